package design

import (
	"slices"

	"outagelab/sim"
)

// The edits below return a changed copy of the design and leave the
// receiver as it was, so the sandbox keeps every step for undo. An edit
// that would break a rule returns a *Problem and the design unchanged.

// AddSite adds a new data center from the template at lat, lon (in
// ten-thousandths of a degree), with a 10-minute UPS and nothing else.
func (d Design) AddSite(lat, lon int32) (Design, error) {
	if len(d.Sites) >= MaxSites {
		return d, problem(ErrTooManySites, "the sandbox holds at most %d sites", MaxSites)
	}
	s := Site{From: -1, Lat: lat, Lon: lon, UPSMin: 10}
	if err := s.onMap(); err != nil {
		return d, err
	}
	e := d.Clone()
	e.Sites = append(e.Sites, s)
	return e, nil
}

// Places are where AddSiteSomewhere puts new data centers, in ten-
// thousandths of a degree: Korean cities away from the capital region,
// then around it, so a second site is a real second region.
var places = [][2]int32{
	{378813, 1277298}, // Chuncheon
	{363504, 1273845}, // Daejeon
	{351796, 1290756}, // Busan
	{351595, 1268526}, // Gwangju
	{358714, 1286014}, // Daegu
	{373219, 1268309}, // Ansan
	{375665, 1269780}, // Seoul
	{362480, 1272890}, // Sejong
}

// AddSiteSomewhere adds a new data center at the first of a list of
// Korean cities with no site within about 30 km.
func (d Design) AddSiteSomewhere() (Design, error) {
	for _, p := range places {
		free := true
		for _, s := range d.Sites {
			dl, dn := s.Lat-p[0], s.Lon-p[1]
			free = free && dl*dl+dn*dn > 3000*3000
		}
		if free {
			return d.AddSite(p[0], p[1])
		}
	}
	return d.AddSite(places[0][0], places[0][1])
}

// RemoveSite removes site i and every copy that ran there; it refuses
// when that would leave a component with no copy at all.
func (d Design) RemoveSite(i int) (Design, error) {
	if i < 0 || i >= len(d.Sites) {
		return d, problem(ErrBroken, "no site %d", i)
	}
	if len(d.Sites) == 1 {
		return d, problem(ErrLastSite, "a design needs at least one site")
	}
	for c, cp := range d.Comps {
		if len(cp.Sites) == 1 && cp.Sites[0] == i {
			return d, problem(ErrOnlyCopy, "component %d runs only in site %d", c, i)
		}
	}
	e := d.Clone()
	e.Sites = slices.Delete(e.Sites, i, i+1)
	for c := range e.Comps {
		var sites []int
		for _, s := range e.Comps[c].Sites {
			switch {
			case s < i:
				sites = append(sites, s)
			case s > i:
				sites = append(sites, s-1)
			}
		}
		e.Comps[c].Sites = sites
	}
	switch {
	case e.Incident.Site == i:
		e.Incident.Site, e.Incident.Room = 0, 0
	case e.Incident.Site > i:
		e.Incident.Site--
	}
	return e, nil
}

// MoveSite moves site i to lat, lon (ten-thousandths of a degree).
func (d Design) MoveSite(i int, lat, lon int32) (Design, error) {
	if err := (Site{Lat: lat, Lon: lon}).onMap(); err != nil {
		return d, err
	}
	return d.editSite(i, func(s *Site) { s.Lat, s.Lon = lat, lon })
}

// RenameSite names site i; an empty name restores the default.
func (d Design) RenameSite(i int, name string) (Design, error) {
	return d.editSite(i, func(s *Site) { s.Name = name })
}

// SetWall puts fire walls around site i's battery room, or takes them
// away.
func (d Design) SetWall(i int, on bool) (Design, error) {
	return d.editSite(i, func(s *Site) { s.Wall = on })
}

// SetZoneCut lets site i cut power zone by zone, or only as a whole.
func (d Design) SetZoneCut(i int, on bool) (Design, error) {
	return d.editSite(i, func(s *Site) { s.ZoneCut = on })
}

// SetGenerators gives site i n generator units with fuel for hours;
// adding the first units brings 24 hours of fuel where none was set.
func (d Design) SetGenerators(i, n, hours int) (Design, error) {
	return d.editSite(i, func(s *Site) {
		if s.Generators == 0 && n > 0 && hours == 0 {
			hours = 24
		}
		s.Generators, s.FuelHours = n, hours
	})
}

// SetUPS sets site i's UPS battery runtime in minutes.
func (d Design) SetUPS(i, minutes int) (Design, error) {
	return d.editSite(i, func(s *Site) { s.UPSMin = minutes })
}

func (d Design) editSite(i int, f func(*Site)) (Design, error) {
	if i < 0 || i >= len(d.Sites) {
		return d, problem(ErrBroken, "no site %d", i)
	}
	s := d.Sites[i]
	f(&s)
	if err := s.check(); err != nil {
		return d, err
	}
	e := d.Clone()
	e.Sites[i] = s
	return e, nil
}

// SetMode sets component c's redundancy mode.
func (d Design) SetMode(c int, m sim.Mode) (Design, error) {
	if c < 0 || c >= len(d.Comps) || !validMode(m) {
		return d, problem(ErrBroken, "no component %d or mode %q", c, m)
	}
	e := d.Clone()
	e.Comps[c].Mode = m
	return e, nil
}

// ToggleCopy adds a copy of component c in site i, or removes the one
// there; it refuses to remove the last copy. Removing the primary makes
// the next copy the primary.
func (d Design) ToggleCopy(c, i int) (Design, error) {
	if c < 0 || c >= len(d.Comps) || i < 0 || i >= len(d.Sites) {
		return d, problem(ErrBroken, "no component %d or site %d", c, i)
	}
	e := d.Clone()
	cp := &e.Comps[c]
	if j := slices.Index(cp.Sites, i); j >= 0 {
		if len(cp.Sites) == 1 {
			return d, problem(ErrLastCopy, "component %d needs a copy somewhere", c)
		}
		cp.Sites = slices.Delete(cp.Sites, j, j+1)
		return e, nil
	}
	cp.Sites = append(cp.Sites, i)
	return e, nil
}

// SetIncident sets what the fire button does.
func (d Design) SetIncident(in Incident) Design {
	e := d.Clone()
	e.Incident = in
	return e
}

package design

import (
	"fmt"
	"slices"

	"outagelab/sim"
)

// defaultRestoreMin is how long a restore from backup takes where the
// base gives no figure: illustrative, half a day for a large data set.
const defaultRestoreMin = 720

// Compile returns the scenario of design d on base: the base's sites as
// the reader changed them and the new ones from the template, the
// component copies placed in those sites, and the design's incident as
// the scenario's incidents. The result passes sim's Validate; a design
// that does not fit base gets an error.
func Compile(base *sim.Scenario, d Design) (*sim.Scenario, error) {
	if err := d.Check(base); err != nil {
		return nil, err
	}
	s := base.Clone()
	s.Sites, s.Groups = nil, nil
	ids := make([]string, len(d.Sites))
	kept := map[string]bool{}
	n := 0
	for i, ds := range d.Sites {
		var st sim.Site
		if ds.From >= 0 {
			st = base.Sites[ds.From]
			kept[st.ID] = true
			setWall(&st, ds.Wall)
		} else {
			n++
			st = newSite(fmt.Sprintf("dc-%d", n), i+1, ds)
			for slices.ContainsFunc(base.Sites, func(b sim.Site) bool { return b.ID == st.ID }) {
				st.ID += "x"
			}
			st.Owner = base.Ops.Owner
		}
		ids[i] = st.ID
		if ds.Name != "" {
			st.Name = sim.Text{En: ds.Name, Ko: ds.Name}
		}
		st.Lat, st.Lon = ds.Degrees()
		st.ZoneCut = ds.ZoneCut
		setGenerators(&st, ds.Generators, ds.FuelHours)
		for u := range st.UPS {
			st.UPS[u].RuntimeMin = ds.UPSMin
		}
		s.Sites = append(s.Sites, st)
	}
	owned := map[string]bool{}
	for _, cp := range base.Comps {
		for _, g := range cp.Groups {
			owned[g] = true
		}
	}
	for _, g := range base.Groups {
		if kept[g.Site] && !owned[g.ID] {
			s.Groups = append(s.Groups, g)
		}
	}
	for c := range s.Comps {
		placeComp(s, base, d, c, ids)
	}
	s.Incidents = commands(d.Incident, s, base)
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("design: the compiled scenario is not valid: %w", err)
	}
	return s, nil
}

// placeComp sets component c's mode, groups and backup place in s from
// the design: the base's groups in the sites kept, new groups of the
// component's full load elsewhere, and a second copy in the primary's
// building where the mode needs two and the design names one site. A
// backup copy stays where the base keeps it while that site is in the
// design, and otherwise lies beside the second copy. The copies keep
// the lags the base states while the mode is the base's; new copies,
// and every copy in a mode the reader chose, take the mode's default.
func placeComp(s, base *sim.Scenario, d Design, c int, ids []string) {
	cp := &s.Comps[c]
	dc := d.Comps[c]
	sites := dc.Sites
	if dc.Mode == sim.ModeSingle {
		sites = sites[:1]
	}
	byID := map[string]sim.Group{}
	for _, g := range base.Groups {
		byID[g.ID] = g
	}
	var groups []string
	for _, si := range sites {
		ds := d.Sites[si]
		found := false
		if ds.From >= 0 {
			for _, gid := range base.Comps[c].Groups {
				if g := byID[gid]; g.Site == base.Sites[ds.From].ID {
					groups = append(groups, g.ID)
					s.Groups = append(s.Groups, g)
					found = true
					if dc.Mode == sim.ModeSingle {
						break
					}
				}
			}
		}
		if !found {
			groups = append(groups, addGroup(s, cp, ids[si], zoneFor(s, ids[si], "")))
		}
	}
	if dc.Mode != sim.ModeSingle && dc.Mode != sim.ModeActive && len(groups) < 2 {
		site := ids[sites[0]]
		first := groupZone(s, groups[0])
		groups = append(groups, addGroup(s, cp, site, zoneFor(s, site, first)))
	}
	keep := cp.Backup
	cp.Lag = keptLags(base.Comps[c], dc.Mode, groups)
	cp.Mode, cp.Groups, cp.Backup = dc.Mode, groups, nil
	if dc.Mode == sim.ModeBackup {
		cp.Backup = backupPlace(s, groups[1])
		if keep != nil && slices.ContainsFunc(s.Sites, func(st sim.Site) bool { return st.ID == keep.Site }) {
			cp.Backup = keep
		}
		if cp.RestoreMin == 0 {
			cp.RestoreMin = defaultRestoreMin
		}
	}
}

// keptLags returns the lags of a component placed on groups in mode m:
// those base states for the groups it keeps, when m is base's mode and
// one that keeps copies on its groups; nil (every default) otherwise.
func keptLags(base sim.Component, m sim.Mode, groups []string) []sim.Lag {
	if m != base.Mode || m == sim.ModeSingle || m == sim.ModeBackup || len(base.Lag) == 0 {
		return nil
	}
	lags := make([]sim.Lag, len(groups))
	stated := false
	for j, g := range groups {
		if k := slices.Index(base.Groups, g); k >= 0 {
			lags[j] = base.Lag[k]
			stated = stated || lags[j] != sim.LagDefault
		}
	}
	if !stated {
		return nil
	}
	return lags
}

// addGroup adds a group of cp's full load to zone of site and returns
// its id, unique in s.
func addGroup(s *sim.Scenario, cp *sim.Component, site, zone string) string {
	id := cp.ID + "-" + site
	for slices.ContainsFunc(s.Groups, func(g sim.Group) bool { return g.ID == id }) {
		id += "x"
	}
	s.Groups = append(s.Groups, sim.Group{ID: id, Site: site, Zone: zone, Servers: cp.Need, Owner: s.Ops.Owner})
	return id
}

// zoneFor picks the zone of site for a new group: the first zone whose
// servers belong to the operator (or any zone), other than avoid where
// the site has another.
func zoneFor(s *sim.Scenario, site, avoid string) string {
	i := slices.IndexFunc(s.Sites, func(st sim.Site) bool { return st.ID == site })
	st := &s.Sites[i]
	owner := map[string]bool{}
	for _, g := range s.Groups {
		if g.Site == site && g.Owner == s.Ops.Owner {
			owner[g.Zone] = true
		}
	}
	pick := ""
	for pass := range 2 {
		for _, z := range st.Zones {
			if z.ID == avoid || (pass == 0 && len(owner) > 0 && !owner[z.ID]) {
				continue
			}
			if pick == "" {
				pick = z.ID
			}
		}
		if pick != "" {
			return pick
		}
	}
	return st.Zones[0].ID
}

// groupZone returns the zone of group id in s.
func groupZone(s *sim.Scenario, id string) string {
	for _, g := range s.Groups {
		if g.ID == id {
			return g.Zone
		}
	}
	return ""
}

// backupPlace returns where a backup copy kept beside group id lives:
// the compartment of that group's zone.
func backupPlace(s *sim.Scenario, id string) *sim.Place {
	for _, g := range s.Groups {
		if g.ID != id {
			continue
		}
		for _, st := range s.Sites {
			if st.ID != g.Site {
				continue
			}
			for _, z := range st.Zones {
				if z.ID == g.Zone {
					return &sim.Place{Site: st.ID, Compartment: z.Compartment}
				}
			}
		}
	}
	panic("design: a placed group has no zone")
}

// setWall removes the spread out of st's battery rooms (a fire wall) or,
// where the site has none and wall is off, lets a battery fire reach the
// first electrical room after the template's delay.
func setWall(st *sim.Site, wall bool) {
	if walled(st) == wall {
		return
	}
	isBattery := map[string]bool{}
	for _, c := range st.Compartments {
		if c.Kind == sim.KindBattery {
			isBattery[c.ID] = true
		}
	}
	if wall {
		st.Spread = slices.DeleteFunc(slices.Clone(st.Spread), func(sp sim.Spread) bool { return isBattery[sp.From] })
		return
	}
	bi := slices.IndexFunc(st.Compartments, func(c sim.Compartment) bool { return c.Kind == sim.KindBattery })
	ei := slices.IndexFunc(st.Compartments, func(c sim.Compartment) bool { return c.Kind == sim.KindElectrical })
	if bi < 0 || ei < 0 {
		return
	}
	st.Spread = append(slices.Clone(st.Spread), sim.Spread{From: st.Compartments[bi].ID, To: st.Compartments[ei].ID, AfterMin: tplSpreadMin})
}

// setGenerators gives st n generator units with fuel for hours, keeping
// the base's plant where nothing changed. n units carry the load with
// one spare (N+1) from three units on.
func setGenerators(st *sim.Site, n, hours int) {
	g := &st.Generators
	if g.Count == n && g.FuelHours == hours {
		return
	}
	if n == 0 {
		*g = sim.Generators{}
		return
	}
	if g.Count == 0 {
		g.StartSec = tplGenStartSec
	}
	if g.Compartment == "" {
		if !slices.ContainsFunc(st.Compartments, func(c sim.Compartment) bool { return c.ID == tplGenRoom }) {
			st.Compartments = append(slices.Clone(st.Compartments), genRoom())
		}
		g.Compartment = tplGenRoom
	}
	g.Count, g.FuelHours = n, hours
	g.Needed = max(1, n-1)
	if n <= 2 {
		g.Needed = 1
	}
}

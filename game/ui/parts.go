package ui

import (
	"slices"

	"outagelab/sim"
	"outagelab/sim/design"
)

// Part is a thing of the Build tab's tray that the reader drags onto
// the map: a data center, one of a building's parts, the fire, or
// (PartComp + c) a copy of the design's component c.
type Part int

// The tray's parts.
const (
	PartSite Part = iota
	PartGen
	PartUPS
	PartWall
	PartZones
	PartFire
	// PartComp + c is a copy of component c.
	PartComp
)

// upsStep is how many minutes of battery one dragged UPS string adds,
// as one press of the UPS stepper does.
const upsStep = 5

// Put is what the last placed part did, for the message that says so:
// the site, the component (or -1) and a count against its limit. Names
// are looked up when the message is shown, in the reader's language.
type Put struct {
	Site, Comp int
	N, Max     int
	// To and Mode, for a copy line tapped, are its other site and the
	// way its parts now take over; Room, for a room tapped in the
	// cut-away, is that compartment of Site.
	To   int
	Mode sim.Mode
	Room int
}

// BuildingParts lists the tray's parts that are not components, in
// the order it shows them.
func BuildingParts() []Part {
	return []Part{PartSite, PartGen, PartUPS, PartWall, PartZones, PartFire}
}

// PartMsg names a building part.
func PartMsg(p Part) Msg {
	return SbPartSite + Msg(p-PartSite)
}

// place puts part p into site i of the design (for a data center: a new
// site at lat, lon, in ten-thousandths of a degree). It returns the
// edited design, what to say and about what, or the reason the part
// does not go there: a design limit (a *design.Problem) or, with a nil
// design error and bad set, a part the site has already.
func (sb *Sandbox) place(p Part, i int, lat, lon int32) (d design.Design, m Msg, put Put, err error, bad bool) {
	d = sb.D
	put = Put{Site: i, Comp: -1, To: -1}
	if p != PartSite && (i < 0 || i >= len(d.Sites)) {
		return d, SbDropOnSite, put, nil, true
	}
	switch p {
	case PartSite:
		d, err = d.AddSite(lat, lon)
		put.Site = len(d.Sites) - 1
		return d, SbPutSite, put, err, false
	case PartGen:
		st := d.Sites[i]
		d, err = d.SetGenerators(i, st.Generators+1, st.FuelHours)
		put.N, put.Max = st.Generators+1, design.MaxGenerators
		return d, SbPutGen, put, err, false
	case PartUPS:
		st := d.Sites[i]
		d, err = d.SetUPS(i, st.UPSMin+upsStep)
		put.N, put.Max = st.UPSMin+upsStep, design.MaxUPSMin
		return d, SbPutUPS, put, err, false
	case PartWall:
		if d.Sites[i].Wall {
			return d, SbHasWall, put, nil, true
		}
		d, err = d.SetWall(i, true)
		return d, SbPutWall, put, err, false
	case PartZones:
		if d.Sites[i].ZoneCut {
			return d, SbHasZones, put, nil, true
		}
		d, err = d.SetZoneCut(i, true)
		return d, SbPutZones, put, err, false
	case PartFire:
		in := d.Incident
		room := batteryIndex(sb.Rooms(i))
		if in.Kind == design.IncFire && in.Site == i && in.Room == room {
			return d, SbHasFire, put, nil, true
		}
		in.Kind, in.Site, in.Room = design.IncFire, i, room
		return d.SetIncident(in), SbPutFire, put, nil, false
	}
	c := int(p - PartComp)
	if c < 0 || c >= len(d.Comps) {
		return d, SbDropOnSite, put, nil, true
	}
	put.Comp = c
	cp := d.Comps[c]
	if slices.Contains(cp.Sites, i) && (cp.Mode != sim.ModeSingle || cp.Sites[0] == i) {
		return d, SbHasCopy, put, nil, true
	}
	if !slices.Contains(cp.Sites, i) {
		if d, err = d.ToggleCopy(c, i); err != nil {
			return d, 0, put, err, false
		}
	}
	// A second copy of a part that ran in one site alone switches over
	// by itself (a copy that nothing would ever switch to changes
	// nothing), and the switch-over tools run in every copy at once, as
	// nothing would switch them. The Services tab sets any other way.
	if cp.Mode == sim.ModeSingle {
		mode := sim.ModeAuto
		if id := sb.Base.Comps[c].ID; id == sb.Base.Ops.Tools || id == sb.Base.Ops.Controller {
			mode = sim.ModeActive
		}
		d, err = d.SetMode(c, mode)
	}
	put.N = len(d.Comps[c].Sites)
	return d, SbPutCopy, put, err, false
}

// Place puts part p into site i (a data center: at lat, lon) as one
// undoable edit, and says what it did or why it did not.
func (sb *Sandbox) Place(p Part, i int, lat, lon int32) bool {
	d, m, put, err, bad := sb.place(p, i, lat, lon)
	if bad {
		sb.sayPut(m, put, true)
		return false
	}
	if !sb.Edit(d, err) {
		return false
	}
	sb.Sel = put.Site
	sb.sayPut(m, put, false)
	return true
}

// PlaceSomewhere puts part p into the picked site, as a tap on the part
// or Enter on it does; a data center goes to the first free city of
// design.AddSiteSomewhere.
func (sb *Sandbox) PlaceSomewhere(p Part) bool {
	if p == PartSite {
		d, err := sb.D.AddSiteSomewhere()
		if !sb.Edit(d, err) {
			return false
		}
		sb.Sel = len(sb.D.Sites) - 1
		sb.sayPut(SbPutSite, Put{Site: sb.Sel, Comp: -1, To: -1}, false)
		return true
	}
	return sb.Place(p, sb.Sel, 0, 0)
}

// sayPut sets the message about a placed part.
func (sb *Sandbox) sayPut(m Msg, put Put, bad bool) {
	sb.say(m, "", bad)
	sb.Put, sb.HasPut = put, true
}

// CopiesIn returns how many sites run a copy of component c (one for a
// part that runs in one site alone, whatever sites it lists).
func (sb *Sandbox) CopiesIn(c int) int {
	cp := sb.D.Comps[c]
	if cp.Mode == sim.ModeSingle {
		return 1
	}
	return len(cp.Sites)
}

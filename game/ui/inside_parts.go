package ui

import (
	"slices"

	"outagelab/sim"
	"outagelab/sim/design"
)

// InsideCutaway returns, on the Inside tab, the site whose building it
// shows and where its rooms are; ok is false on other tabs.
func (s *SandboxScene) InsideCutaway() (st *sim.Site, cw Cutaway, ok bool) {
	site := s.insideSite()
	if s.box.Tab != TabInside || site < 0 {
		return nil, Cutaway{}, false
	}
	st = &s.p.Scenario().Sites[site]
	return st, s.Layout().Cutaway(st), true
}

// insideSite returns the index of the site whose cut-away the Inside
// tab shows, or -1.
func (s *SandboxScene) insideSite() int {
	scn := s.p.Scenario()
	i := slices.IndexFunc(scn.Sites, func(st sim.Site) bool { return st.ID == s.p.FireSite() })
	if i >= len(s.box.D.Sites) {
		return -1
	}
	return i
}

// roomTakes reports whether building part p goes into room of site st
// when dropped there, and if not, the message that says where it goes:
// a UPS string into the battery room or a room holding UPS strings, a
// fire wall around the battery room; generators, the zone switch and
// the fire go anywhere in the building.
func roomTakes(p Part, st *sim.Site, room int) (Msg, bool) {
	cm := st.Compartments[room]
	switch p {
	case PartUPS:
		if cm.Kind == sim.KindBattery || slices.ContainsFunc(st.UPS, func(u sim.UPS) bool { return u.Compartment == cm.ID }) {
			return 0, true
		}
		return SbUPSWhere, false
	case PartWall:
		if cm.Kind == sim.KindBattery {
			return 0, true
		}
		return SbWallWhere, false
	}
	return 0, true
}

// dropInside puts building part p, let go at (x, y) on the Inside tab
// (or tapped there, when tap is set), into the building the tab shows:
// into the room under the finger where it goes there, a flame starting
// the fire in that room. It reports false for a drop outside the
// building, which the map's sites then take as on any tab.
func (s *SandboxScene) dropInside(l *Layout, p Part, x, y float64, tap bool) bool {
	site := s.insideSite()
	if site < 0 {
		return false
	}
	if tap {
		s.putInside(p, site, -1)
		return true
	}
	st := &s.p.Scenario().Sites[site]
	cw := l.Cutaway(st)
	for k, r := range cw.Rooms {
		if r.Contains(x, y) {
			s.putInside(p, site, k)
			return true
		}
	}
	if cw.Building.Inset(-0.6*l.Unit).Contains(x, y) {
		s.putInside(p, site, -1)
		return true
	}
	return false
}

// putInside puts building part p into site, into room where one was
// chosen (-1: where it goes), as one undoable edit, and shows the
// building again at the moment of the incident the reader was looking
// at, paused, so that what the part changed is on screen at once.
func (s *SandboxScene) putInside(p Part, site, room int) {
	sb := s.box
	if p == PartFire {
		if room < 0 {
			room = batteryIndex(sb.Rooms(site))
		}
		s.fireIn(site, room)
		return
	}
	if room >= 0 {
		if m, ok := roomTakes(p, &s.p.Scenario().Sites[site], room); !ok {
			sb.sayPut(m, Put{Site: site, Comp: -1, To: -1}, true)
			return
		}
	}
	t, fired := s.p.Now(), s.p.Fired()
	if sb.Place(p, site, 0, 0) {
		s.reshowInside(t, fired)
	}
}

// reshowInside shows the edited design's building on the Inside tab,
// paused at t into its incident if the reader was watching it (fired).
func (s *SandboxScene) reshowInside(t sim.Seconds, fired bool) {
	s.showDesign()
	s.box.Tab = TabInside
	s.startPaused()
	if fired {
		s.p.Seek(t)
	}
}

// takeable returns the part a drag out of room of site takes: a
// generator out of the generators' room, the fire wall, then a battery
// string (five minutes) out of the battery room, a battery string out
// of a room of UPS strings; -1 where there is nothing to take.
func (s *SandboxScene) takeable(site, room int) Part {
	st := &s.p.Scenario().Sites[site]
	ds := s.box.D.Sites[site]
	cm := st.Compartments[room]
	ups := cm.Kind == sim.KindBattery || slices.ContainsFunc(st.UPS, func(u sim.UPS) bool { return u.Compartment == cm.ID })
	switch {
	case cm.ID == st.Generators.Compartment && ds.Generators > 0:
		return PartGen
	case cm.Kind == sim.KindBattery && ds.Wall:
		return PartWall
	case ups && ds.UPSMin > 0:
		return PartUPS
	}
	return -1
}

// takeOut takes part p out of site as one undoable edit, says what is
// left, and shows the building again at the moment the reader was at.
func (s *SandboxScene) takeOut(p Part, site int) {
	sb := s.box
	ds := sb.D.Sites[site]
	put := Put{Site: site, Comp: -1, To: -1}
	t, fired := s.p.Now(), s.p.Fired()
	var (
		d   design.Design
		err error
		m   Msg
	)
	switch p {
	case PartGen:
		put.N = ds.Generators - 1
		d, err = sb.D.SetGenerators(site, put.N, ds.FuelHours)
		m = SbTookGen
	case PartWall:
		d, err = sb.D.SetWall(site, false)
		m = SbTookWall
	case PartUPS:
		put.N = max(ds.UPSMin-upsStep, 0)
		d, err = sb.D.SetUPS(site, put.N)
		m = SbTookUPS
	default:
		return
	}
	if !sb.Edit(d, err) {
		return
	}
	sb.Sel = site
	sb.sayPut(m, put, false)
	s.reshowInside(t, fired)
}

// pressRoomMove follows a press on a room of the cut-away to (x, y):
// once it moves, it carries the part the room gives up (takeable), if
// any, and says where to let it go.
func (s *SandboxScene) pressRoomMove(l *Layout, x, y float64) {
	s.dragX, s.dragY = x, y
	dx, dy := x-s.dragFromX, y-s.dragFromY
	if s.taking >= 0 || dx*dx+dy*dy < 0.25*l.Unit*l.Unit {
		return
	}
	if p := s.takeable(s.pressSite, s.pressRoom); p >= 0 {
		s.taking = p
		s.box.say(SbTakeOutHint, "", false)
	}
}

// pressRoomUp ends a press on a room of the cut-away at (x, y): a tap
// starts the fire there; a part carried out of the building is taken
// away; one let go inside it stays.
func (s *SandboxScene) pressRoomUp(l *Layout, x, y float64) {
	site, room, p := s.pressSite, s.pressRoom, s.taking
	s.pressRoom, s.taking = -1, -1
	dx, dy := x-s.dragFromX, y-s.dragFromY
	switch {
	case p >= 0 && !l.Cutaway(&s.p.Scenario().Sites[site]).Building.Inset(-0.6*l.Unit).Contains(x, y):
		s.takeOut(p, site)
	case p >= 0:
		s.box.HasNote = false // the hint again: nothing changed
	case dx*dx+dy*dy < 0.25*l.Unit*l.Unit:
		s.fireIn(site, room)
	}
}

// DropRoom returns the room of the cut-away under a building part
// dragged now on the Inside tab, whether there is one, and whether the
// part would go in there.
func (s *SandboxScene) DropRoom() (r Rect, over, takes bool) {
	p := s.partDrag
	if p < 0 {
		return Rect{}, false, false
	}
	st, cw, ok := s.InsideCutaway()
	if !ok {
		return Rect{}, false, false
	}
	for k, r := range cw.Rooms {
		if r.Contains(s.dragX, s.dragY) {
			_, ok := roomTakes(p, st, k)
			return r, true, ok
		}
	}
	return Rect{}, false, false
}

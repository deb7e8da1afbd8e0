package ui

import (
	"math"
	"slices"

	"outagelab/sim"
	"outagelab/sim/design"
)

// lineModes are the ways a copy line's parts take over, in the order a
// tap on the line steps through them.
var lineModes = []sim.Mode{sim.ModeManual, sim.ModeAuto, sim.ModeActive}

// lineAt returns the copy line on the sandbox's map within a finger's
// reach of (x, y), the nearest if several are.
func (s *SandboxScene) lineAt(l *Layout, x, y float64) (Link, bool) {
	if l.Map.W == 0 || !l.MapInner().Contains(x, y) {
		return Link{}, false
	}
	s.lines = Links(s.p.Scenario(), s.p.Snapshot(), s.lines)
	sites := s.p.Scenario().Sites
	pr := l.MapProjection()
	reach := max(0.7*l.Unit, l.finger()/2)
	best, bestD := -1, reach
	for k, ln := range s.lines {
		if ln.Kind != LinkCopy || ln.Mode == sim.ModeBackup {
			continue // a backup's line is restored from, not switched
		}
		ax, ay := pr.Project(sites[ln.From].Lon, sites[ln.From].Lat)
		bx, by := pr.Project(sites[ln.To].Lon, sites[ln.To].Lat)
		cx, cy, ok := l.LinkCurve(ln.Kind, 0, ax, ay, bx, by)
		if !ok {
			continue
		}
		for i := 0; i <= 24; i++ {
			px, py := Bezier(ax, ay, cx, cy, bx, by, float64(i)/24)
			if d := math.Hypot(px-x, py-y); d < bestD {
				best, bestD = k, d
			}
		}
	}
	if best < 0 {
		return Link{}, false
	}
	return s.lines[best], true
}

// cycleLine sets every part copied along line ln to the way of taking
// over after the line's own (by hand, by itself, live in both), as one
// undoable edit, and says so.
func (s *SandboxScene) cycleLine(ln Link) {
	sb := s.box
	next := lineModes[(slices.Index(lineModes, ln.Mode)+1)%len(lineModes)]
	d, n := sb.D, 0
	for c, cp := range d.Comps {
		if !onLine(cp, ln) {
			continue
		}
		var err error
		if d, err = d.SetMode(c, next); err != nil {
			sb.problem(err)
			return
		}
		n++
	}
	if n == 0 || !sb.Edit(d, nil) {
		return
	}
	sb.sayPut(SbLineMode, Put{Site: ln.From, Comp: -1, N: n, To: ln.To, Mode: next}, false)
	s.showDesign()
}

// lineMove follows a press on copy line s.line to (x, y): once it
// moves, the reader carries the line's copies, and the caption says
// where to let them go.
func (s *SandboxScene) lineMove(l *Layout, x, y float64) {
	s.dragX, s.dragY = x, y
	dx, dy := x-s.dragFromX, y-s.dragFromY
	if !s.lineCarried && dx*dx+dy*dy >= 0.25*l.Unit*l.Unit {
		s.lineCarried = true
		s.box.say(SbLineOffHint, "", false)
	}
}

// lineUp ends a press on copy line s.line at (x, y): a tap steps its
// way of taking over (cycleLine); the line carried off the map takes
// its copies away (dropLine); let go on the map, nothing changes.
func (s *SandboxScene) lineUp(l *Layout, x, y float64) {
	ln, carried := s.line, s.lineCarried
	s.lineHeld, s.lineCarried = false, false
	switch {
	case !carried:
		s.cycleLine(ln)
	case !l.Map.Contains(x, y):
		s.dropLine(ln)
	default:
		s.box.HasNote = false
	}
}

// LineDrag returns how many parts are copied along the copy line being
// carried off the map, and where it is now; ok is false when none is.
func (s *SandboxScene) LineDrag() (n int, x, y float64, ok bool) {
	if !s.lineHeld || !s.lineCarried {
		return 0, 0, 0, false
	}
	n = 0
	for _, cp := range s.box.D.Comps {
		if onLine(cp, s.line) {
			n++
		}
	}
	return n, s.dragX, s.dragY, true
}

// onLine reports whether part cp is copied along line ln: in a mode
// that switches over, with copies in both its sites.
func onLine(cp design.Comp, ln Link) bool {
	return slices.Contains(lineModes, cp.Mode) && slices.Contains(cp.Sites, ln.From) && slices.Contains(cp.Sites, ln.To)
}

// dropLine takes away the copies along line ln in its second site, as
// one undoable edit: a part left with one copy runs there alone again.
func (s *SandboxScene) dropLine(ln Link) {
	sb := s.box
	d, n := sb.D, 0
	for c, cp := range sb.D.Comps {
		if !onLine(cp, ln) {
			continue
		}
		n++
		var err error
		if d, err = d.ToggleCopy(c, ln.To); err == nil && len(d.Comps[c].Sites) == 1 {
			d, err = d.SetMode(c, sim.ModeSingle)
		}
		if err != nil {
			sb.problem(err)
			return
		}
	}
	if n == 0 || !sb.Edit(d, nil) {
		return
	}
	sb.sayPut(SbLineRemoved, Put{Site: ln.From, Comp: -1, N: n, To: ln.To}, false)
	s.showDesign()
}

// roomAt returns the site whose cut-away the Inside tab shows and the
// compartment of it under (x, y), if any.
func (s *SandboxScene) roomAt(l *Layout, x, y float64) (site, room int, ok bool) {
	scn := s.p.Scenario()
	if site = s.insideSite(); site < 0 {
		return 0, 0, false
	}
	cw := l.Cutaway(&scn.Sites[site])
	for k, r := range cw.Rooms {
		if r.Contains(x, y) {
			return site, k, true
		}
	}
	return 0, 0, false
}

// fireIn makes the design's incident a fire in room of site, as the
// Incident tab's choices do, and shows the building again at the
// start of that fire.
func (s *SandboxScene) fireIn(site, room int) {
	sb := s.box
	in := sb.D.Incident
	if in.Kind == design.IncFire && in.Site == site && in.Room == room {
		return
	}
	in.Kind, in.Site, in.Room = design.IncFire, site, room
	if !sb.Edit(sb.D.SetIncident(in), nil) {
		return
	}
	sb.sayPut(SbPutFireRoom, Put{Site: site, Comp: -1, To: -1, Room: room}, false)
	s.showDesign()
	sb.Tab = TabInside
	s.startPaused()
}

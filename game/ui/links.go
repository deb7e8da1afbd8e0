package ui

import (
	"math"
	"slices"

	"outagelab/sim"
)

// LinkKind is what a line between two data centers on the map stands
// for.
type LinkKind uint8

// Lines on the map.
const (
	// LinkCopy joins two sites that hold copies of the same data: a
	// component replicated (not single) with groups in both, or one
	// whose backup is kept in the other.
	LinkCopy LinkKind = iota
	// LinkControl runs from a site holding the tools a switch-over
	// needs (the ops tools, for a switch by hand, or the failover
	// controller, for an automatic one) to a site a copy reaches.
	LinkControl
)

// Link is a line the story draws between two of the scenario's sites,
// as the run has it now.
type Link struct {
	Kind     LinkKind
	From, To int // indexes in the scenario's sites
	// Down reports, for a control line, that the servers of every
	// switch-over tool at From are down; a copy line is never down (it shows where
	// the data is, whether or not anything serves from it).
	Down bool
	// Mode is, for a copy line, how the copies on it take over: the
	// readiest mode of the components it joins (active-active, then a
	// standby switched automatically, then one switched by hand, then
	// a backup restored from).
	Mode sim.Mode
}

// Links returns the copy and control lines of scenario scn as snapshot
// snap has them, appended to dst[:0]: one copy line per pair of sites
// that a replicated component spans (from the site of its first
// group), and one control line from each site with switch-over tools
// to each other site a copy line reaches. Nothing is drawn from a
// scenario without copies.
func Links(scn *sim.Scenario, snap *sim.Snapshot, dst []Link) []Link {
	dst = dst[:0]
	groupSite := func(gid string) int {
		i := slices.IndexFunc(scn.Groups, func(g sim.Group) bool { return g.ID == gid })
		if i < 0 {
			return -1
		}
		return slices.IndexFunc(scn.Sites, func(s sim.Site) bool { return s.ID == scn.Groups[i].Site })
	}
	// addCopy adds a copy line from site from to site to in mode m, or
	// makes the pair's line the readier of the two.
	addCopy := func(from, to int, m sim.Mode) {
		if from < 0 || to < 0 || to == from {
			return
		}
		if i := slices.IndexFunc(dst, func(l Link) bool { return samePair(l, from, to) }); i >= 0 {
			if readier(m, dst[i].Mode) {
				dst[i].Mode = m
			}
			return
		}
		dst = append(dst, Link{Kind: LinkCopy, From: from, To: to, Mode: m})
	}
	for _, c := range scn.Comps {
		if c.Mode == sim.ModeSingle || len(c.Groups) == 0 {
			continue
		}
		from := groupSite(c.Groups[0])
		if c.Mode == sim.ModeBackup {
			// The backup is kept where its Place says, not in a group.
			if c.Backup != nil {
				addCopy(from, slices.IndexFunc(scn.Sites, func(s sim.Site) bool { return s.ID == c.Backup.Site }), c.Mode)
			}
			continue
		}
		for _, g := range c.Groups[1:] {
			addCopy(from, groupSite(g), c.Mode)
		}
	}
	copies := len(dst)
	// Where the tools run, and whether any of them works there.
	for _, id := range []string{scn.Ops.Tools, scn.Ops.Controller} {
		ci := slices.IndexFunc(scn.Comps, func(c sim.Component) bool { return c.ID == id })
		if ci < 0 || id == "" {
			continue
		}
		for _, g := range scn.Comps[ci].Groups {
			from := groupSite(g)
			if from < 0 {
				continue
			}
			gi := slices.IndexFunc(scn.Groups, func(gr sim.Group) bool { return gr.ID == g })
			up := gi < len(snap.Groups) && snap.Groups[gi].Up
			for _, cp := range dst[:copies] {
				if cp.Mode == sim.ModeBackup {
					continue // restored, not switched over to
				}
				for _, to := range [2]int{cp.From, cp.To} {
					if to == from {
						continue
					}
					if i := slices.IndexFunc(dst[copies:], func(l Link) bool { return l.From == from && l.To == to }); i >= 0 {
						dst[copies+i].Down = dst[copies+i].Down && !up
						continue
					}
					dst = append(dst, Link{Kind: LinkControl, From: from, To: to, Down: !up})
				}
			}
		}
	}
	return dst
}

// readier reports whether copies in mode a take over sooner than in b.
func readier(a, b sim.Mode) bool {
	rank := func(m sim.Mode) int {
		return slices.Index([]sim.Mode{sim.ModeBackup, sim.ModeManual, sim.ModeAuto, sim.ModeActive}, m)
	}
	return rank(a) > rank(b)
}

// CopyMsg names a copy line of the sandbox by its mode.
func CopyMsg(m sim.Mode) Msg {
	switch m {
	case sim.ModeActive:
		return MsgLinkActive
	case sim.ModeAuto:
		return MsgLinkAuto
	case sim.ModeBackup:
		return MsgLinkBackup
	}
	return MsgLinkManual
}

// samePair reports whether l joins sites a and b, either way round.
func samePair(l Link, a, b int) bool {
	return l.From == a && l.To == b || l.From == b && l.To == a
}

// LinkLabelPx is the size of a map line's label: 0.8 units, never under
// the layout's smallest text.
func (l *Layout) LinkLabelPx() float64 { return max(0.8*l.Unit, l.MinText()) }

// LinkCurve returns the curve a line is drawn along on the map, from
// (ax, ay) to (bx, by): a quadratic Bézier through (cx, cy), bowed up
// for a copy and down for a switch-over path (further for the nth path
// on the same pair), its crest kept inside the map. ok is false for a
// line of no length.
func (l *Layout) LinkCurve(kind LinkKind, nth int, ax, ay, bx, by float64) (cx, cy float64, ok bool) {
	u := l.Unit
	in := l.MapInner()
	px := l.LinkLabelPx()
	dx, dy := bx-ax, by-ay
	d := math.Hypot(dx, dy)
	if d == 0 {
		return 0, 0, false
	}
	// The normal that points up the screen.
	nx, ny := -dy/d, dx/d
	if ny > 0 {
		nx, ny = -nx, -ny
	}
	h := max(0.9*u, 0.3*d)
	my0 := (ay + by) / 2
	room := my0 - in.Y - 0.8*px
	if kind == LinkControl {
		room = in.Y + in.H - my0 - 0.8*px
		nx, ny = -nx, -ny
		h *= 1 + float64(nth)
	}
	h = min(h, max(room, 0.6*u))
	return (ax+bx)/2 + 2*h*nx, (ay+by)/2 + 2*h*ny, true
}

// Bezier returns the point at t of the quadratic Bézier from a through
// control point c to b.
func Bezier(ax, ay, cx, cy, bx, by, t float64) (float64, float64) {
	s := 1 - t
	return s*s*ax + 2*s*t*cx + t*t*bx, s*s*ay + 2*s*t*cy + t*t*by
}

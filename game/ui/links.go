package ui

import (
	"slices"

	"outagelab/sim"
)

// LinkKind is what a line between two data centers on the map stands
// for.
type LinkKind uint8

// Lines on the map.
const (
	// LinkCopy joins two sites that hold copies of the same data: a
	// component replicated (not single, not a backup) with groups in
	// both.
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
	// standby switched automatically, then one switched by hand).
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
	for _, c := range scn.Comps {
		if c.Mode == sim.ModeSingle || c.Mode == sim.ModeBackup || len(c.Groups) < 2 {
			continue
		}
		from := groupSite(c.Groups[0])
		for _, g := range c.Groups[1:] {
			to := groupSite(g)
			if from < 0 || to < 0 || to == from {
				continue
			}
			if i := slices.IndexFunc(dst, func(l Link) bool { return samePair(l, from, to) }); i >= 0 {
				if readier(c.Mode, dst[i].Mode) {
					dst[i].Mode = c.Mode
				}
				continue
			}
			dst = append(dst, Link{Kind: LinkCopy, From: from, To: to, Mode: c.Mode})
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
	rank := func(m sim.Mode) int { return slices.Index([]sim.Mode{sim.ModeManual, sim.ModeAuto, sim.ModeActive}, m) }
	return rank(a) > rank(b)
}

// CopyMsg names a copy line of the sandbox by its mode.
func CopyMsg(m sim.Mode) Msg {
	switch m {
	case sim.ModeActive:
		return MsgLinkActive
	case sim.ModeAuto:
		return MsgLinkAuto
	}
	return MsgLinkManual
}

// samePair reports whether l joins sites a and b, either way round.
func samePair(l Link, a, b int) bool {
	return l.From == a && l.To == b || l.From == b && l.To == a
}

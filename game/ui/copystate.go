package ui

import "outagelab/sim"

// CopyState is what one copy of a service part is doing in the run on
// screen.
type CopyState int

// Copy states: before the incident, serving, ready to take over, and
// down (no power, burned, or waiting for its data).
const (
	CopyIdle CopyState = iota
	CopyServing
	CopyStandby
	CopyDown
)

// CopyStates appends to dst[:0] the state of each copy of design part
// c (one per site it runs in, in the design's order) in run scn at snap:
// serving where a server group of the part in that site serves it,
// standby where one is up, else down. Before the incident (fired
// false) every copy is CopyIdle.
func (sb *Sandbox) CopyStates(c int, scn *sim.Scenario, snap *sim.Snapshot, fired bool, dst []CopyState) []CopyState {
	dst = dst[:0]
	n := sb.CopiesIn(c)
	id := sb.Base.Comps[c].ID
	ci := -1
	for k := range scn.Comps {
		if scn.Comps[k].ID == id {
			ci = k
		}
	}
	for k := range n {
		st := CopyIdle
		site := sb.D.Comps[c].Sites[k]
		if fired && ci >= 0 && site < len(scn.Sites) && len(snap.Groups) == len(scn.Groups) {
			st = CopyDown
			for _, gid := range scn.Comps[ci].Groups {
				for g := range scn.Groups {
					if scn.Groups[g].ID != gid || scn.Groups[g].Site != scn.Sites[site].ID {
						continue
					}
					switch gv := snap.Groups[g]; {
					case gv.Serving:
						st = CopyServing
					case gv.Up && st == CopyDown:
						st = CopyStandby
					}
				}
			}
		}
		dst = append(dst, st)
	}
	return dst
}

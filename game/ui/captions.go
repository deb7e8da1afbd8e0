package ui

import (
	"outagelab/sim"
)

// captionRank orders entry kinds by how much a reader needs them as
// "what is happening now": at one instant the highest rank wins; 0
// never makes a caption.
func captionRank(e sim.Entry) int {
	switch e.Kind {
	case sim.EntPowerCutAll, sim.EntPowerCutZones:
		return 10
	case sim.EntIgnition:
		return 9
	case sim.EntApp:
		if e.Subject == "talk" {
			return 8
		}
		return 7
	case sim.EntSwitchAborted, sim.EntDataLost:
		return 7
	case sim.EntFireSpread, sim.EntKnockdown, sim.EntFireOut, sim.EntPowerHandedBack:
		return 6
	case sim.EntSwitchStarted, sim.EntSwitchDone, sim.EntAutoFailover, sim.EntRepairDone, sim.EntSiteLost:
		return 5
	case sim.EntFireReported, sim.EntUPSEmpty, sim.EntGenFailed, sim.EntUtilityLost:
		return 4
	case sim.EntZonePowerOn, sim.EntZonePowerOff, sim.EntUPSDestroyed, sim.EntCableBurned:
		return 3
	}
	return 0
}

// Caption returns the index in tl of the entry that best says what is
// happening at t: among the entries of the latest instant at or before
// t that has a caption, the highest-ranked (the first of equals). It
// returns -1 before anything has happened.
func Caption(tl []sim.Entry, t sim.Seconds) int {
	best := -1
	for i := range tl {
		e := tl[i]
		if e.At > t {
			break
		}
		r := captionRank(e)
		if r == 0 {
			continue
		}
		if best < 0 || e.At > tl[best].At || r > captionRank(tl[best]) {
			best = i
		}
	}
	return best
}

// MarkKind names a moment marked on the scrub bar.
type MarkKind int

// Marks on the scrub bar.
const (
	MarkFire MarkKind = iota
	MarkCut
	MarkKnockdown
	MarkTextBack
	MarkAllBack
)

// Msg returns the mark's label.
func (k MarkKind) Msg() Msg {
	return [...]Msg{MsgMarkFire, MsgMarkCut, MsgMarkKnockdown, MsgMarkTextBack, MsgMarkAllBack}[k]
}

// Mark is a moment on the scrub bar.
type Mark struct {
	Kind MarkKind
	At   sim.Seconds
}

// Marks finds the story's milestones in tl and r: the fire, the power
// cut, the knock-down, the moment app "talk" (KakaoTalk) stops being
// down, and every app fully back.
func Marks(tl []sim.Entry, r sim.Result) []Mark {
	var out []Mark
	seen := map[MarkKind]bool{}
	add := func(k MarkKind, at sim.Seconds) {
		if !seen[k] {
			seen[k] = true
			out = append(out, Mark{k, at})
		}
	}
	talkDown := false
	for _, e := range tl {
		switch {
		case e.Kind == sim.EntIgnition:
			add(MarkFire, e.At)
		case e.Kind == sim.EntPowerCutAll || e.Kind == sim.EntPowerCutZones:
			add(MarkCut, e.At)
		case e.Kind == sim.EntKnockdown:
			add(MarkKnockdown, e.At)
		case e.Kind == sim.EntApp && e.Subject == "talk":
			if e.Status == sim.StatusDown {
				talkDown = true
			} else if talkDown {
				add(MarkTextBack, e.At)
			}
		}
	}
	if r.AllUp != sim.Never {
		add(MarkAllBack, r.AllUp)
	}
	return out
}

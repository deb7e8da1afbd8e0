package sim

import "fmt"

// Snapshot is a read-only copy of the world's state at one simulated
// time, for drawing. SnapshotInto reuses its slices, so a frame can take
// one without allocating.
type Snapshot struct {
	At     Seconds
	Clock  Clock
	Sites  []SiteView
	Groups []GroupView
	Comps  []CompView
	Apps   []AppView
	// Users is the operator's total number of users.
	Users int64
	// UsersOut is the number of people without service: the users of
	// the most-used app that is down (app user bases overlap, so this is
	// a lower bound).
	UsersOut int64
	// Powered and Servers count the ops owner's servers with power and
	// in all.
	Powered, Servers int64
}

// FirePhase is where a site's fire response stands.
type FirePhase uint8

// Fire phases, in the order they happen.
const (
	FireNone    FirePhase = iota // no fire
	FireBurning                  // burning, power still on
	FireCut                      // the fire service holds the building without power
	FireOut                      // the fire is out; the building is handed back in stages
)

// String returns the phase's lowercase name: "none", "burning", "cut" or
// "out".
func (p FirePhase) String() string {
	names := [...]string{"none", "burning", "cut", "out"}
	if int(p) < len(names) {
		return names[p]
	}
	return fmt.Sprintf("FirePhase(%d)", uint8(p))
}

// SiteView is a site's state in a Snapshot.
type SiteView struct {
	ID           string
	Utility      bool
	Lost         bool
	Fire         FirePhase
	Knocked      bool
	Compartments []CompartmentView
	UPS          []UPSView
	Zones        []ZoneView
	Generators   GeneratorView
}

// CompartmentView is a compartment's state: Burning now, or Burned.
type CompartmentView struct {
	ID              string
	Burning, Burned bool
}

// UPSView is a UPS string's state.
type UPSView struct {
	ID string
	// Dead reports a destroyed or failed string waiting for repair.
	Dead bool
	// OnBattery reports a string carrying its zones from its battery.
	OnBattery bool
	// Left is the battery runtime left.
	Left Seconds
}

// ZoneView is a power zone's state.
type ZoneView struct {
	ID        string
	Energized bool
	// Held reports a zone cut by the fire service and not yet
	// re-energised; Cut one cut by command.
	Held, Cut   bool
	CableBurned bool
}

// GeneratorView is a generator plant's state.
type GeneratorView struct {
	Running, Starting, Failed, Destroyed bool
	FuelLeft                             Seconds
}

// GroupView is a server group's state.
type GroupView struct {
	ID        string
	Site      string
	Owner     string
	Servers   int
	Powered   bool
	Up        bool
	Serving   bool
	Destroyed bool
}

// CompView is a component's state.
type CompView struct {
	ID     string
	Status Status
	// Active is the id of the group serving (or meant to serve) it.
	Active string
	// Switching reports engineers at work on it; Target is the group
	// they are moving it to.
	Switching bool
	Target    string
	Lost      bool
}

// AppView is an app's state.
type AppView struct {
	ID       string
	Status   Status
	UsersOut int64
}

// Snapshot returns a copy of the world's state now.
func (w *World) Snapshot() Snapshot {
	var s Snapshot
	w.SnapshotInto(&s)
	return s
}

// SnapshotInto fills s with the world's state now, reusing the
// capacity of its slices.
func (w *World) SnapshotInto(s *Snapshot) {
	s.At, s.Clock, s.Users = w.now, w.ClockAt(w.now), w.scn.Users
	s.Sites = resize(s.Sites, len(w.sites))
	for si := range w.sites {
		w.siteView(si, &s.Sites[si])
	}
	s.Groups = resize(s.Groups, len(w.groups))
	s.Powered, s.Servers = 0, 0
	for i := range w.groups {
		g := &w.groups[i]
		s.Groups[i] = GroupView{ID: w.scn.Groups[i].ID, Site: w.scn.Groups[i].Site, Owner: w.scn.Groups[i].Owner, Servers: g.servers, Powered: g.powered, Up: g.up, Serving: w.serving(i), Destroyed: g.destroyed}
		if w.scn.Groups[i].Owner == w.scn.Ops.Owner {
			s.Servers += int64(g.servers)
			if g.powered {
				s.Powered += int64(g.servers)
			}
		}
	}
	s.Comps = resize(s.Comps, len(w.comps))
	for c := range w.comps {
		cs := &w.comps[c]
		cp := &w.scn.Comps[c]
		v := CompView{ID: cp.ID, Status: cs.status, Active: cp.Groups[cs.act], Switching: cs.running || cs.autoPending, Lost: cs.lost}
		if cs.running {
			v.Target = cp.Groups[cs.target]
		} else if cs.autoPending {
			v.Target = cp.Groups[cs.autoTarget]
		}
		s.Comps[c] = v
	}
	s.Apps = resize(s.Apps, len(w.apps))
	s.UsersOut = 0
	for a := range w.apps {
		v := AppView{ID: w.scn.Apps[a].ID, Status: w.apps[a].status}
		if v.Status == StatusDown {
			v.UsersOut = w.scn.Apps[a].Users
		}
		s.UsersOut = max(s.UsersOut, v.UsersOut)
		s.Apps[a] = v
	}
}

func (w *World) siteView(si int, v *SiteView) {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	v.ID, v.Utility, v.Lost, v.Knocked = st.ID, ss.feedsDown < st.Feeds, ss.lost, ss.knocked
	switch {
	case ss.hold:
		v.Fire = FireCut
	case ss.fire:
		v.Fire = FireBurning
	case ss.reentered && anyTrue(ss.held):
		v.Fire = FireOut
	default:
		v.Fire = FireNone
	}
	v.Compartments = resize(v.Compartments, len(st.Compartments))
	for c := range st.Compartments {
		v.Compartments[c] = CompartmentView{ID: st.Compartments[c].ID, Burning: ss.burning[c], Burned: ss.burned[c]}
	}
	v.UPS = resize(v.UPS, len(st.UPS))
	for u := range st.UPS {
		left := ss.upsLeft[u]
		if ss.upsDrainAt[u] >= 0 {
			left = max(left-(w.now-ss.upsDrainAt[u]), 0)
		}
		v.UPS[u] = UPSView{ID: st.UPS[u].ID, Dead: ss.upsDead[u], OnBattery: ss.upsDrainAt[u] >= 0, Left: left}
	}
	v.Zones = resize(v.Zones, len(st.Zones))
	for z := range st.Zones {
		v.Zones[z] = ZoneView{ID: st.Zones[z].ID, Energized: ss.energized[z], Held: ss.held[z], Cut: ss.zoneCut[z] || ss.cutAll, CableBurned: ss.cable[z]}
	}
	g := &ss.gen
	fuel := g.fuelLeft
	if g.running {
		fuel = max(fuel-(w.now-g.runSince), 0)
	}
	v.Generators = GeneratorView{Running: g.running, Starting: g.starting, Failed: g.failed, Destroyed: g.destroyed, FuelLeft: fuel}
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// resize returns s with length n, reusing its array when it is big
// enough.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

package ui

import (
	"fmt"
	"slices"

	"outagelab/sim"
	"outagelab/sim/design"
	"outagelab/sim/report"
)

// Versus is a design the Compare tab can set the reader's beside: a
// built-in base by id, or "" for the design the reader started from,
// unedited, and its button's label.
type Versus struct {
	ID    string
	Label Msg
}

// VersusChoices lists what the Compare tab offers, in button order.
func VersusChoices() []Versus {
	return []Versus{{"kakao2022", AnVsKakao}, {"kakao2022-fixed", AnVsPlan}, {"naver2022", AnVsNaver}, {"", AnVersusStart}}
}

// Comparison is the reader's design (Sides[0]) beside another (Sides[1])
// on the same incident, and what differs between them.
type Comparison struct {
	Sides   [2]Side
	Changes []Change
}

// Side is one design's outcome: each app's time down and user-hours,
// and the totals.
type Side struct {
	Title     sim.Text
	Apps      []SideApp
	UserHours int64
	Longest   sim.Seconds
	Cost      float64
	// Data is the worst data any of the side's apps lost.
	Data sim.DataLoss
}

// SideApp is one app's outcome in a Side.
type SideApp struct {
	Name      sim.Text
	Down      sim.Seconds
	UserHours int64
}

// ChangeKind says what a Change is about.
type ChangeKind int

// Change kinds.
const (
	ChOwner      ChangeKind = iota // Subject, Other: the two operators
	ChSiteAdded                    // Subject: the site only the other design has
	ChSiteGone                     // Subject: the site only the reader's design has
	ChWall                         // Subject: site; A, B: 1 with a fire wall, 0 without
	ChZoneCut                      // Subject: site; A, B: 1 cutting zone by zone, 0 not
	ChGenerators                   // Subject: site; A, B: generators
	ChUPS                          // Subject: site; A, B: UPS minutes
	ChMode                         // Subject: component; A, B: indexes into design.Modes()
	ChCopies                       // Subject: component; A, B: numbers of sites with a copy
)

// Change is one difference from the reader's design (A) to the other
// (B), as plain data.
type Change struct {
	Kind           ChangeKind
	Subject, Other sim.Text
	A, B           int
}

// compare works out the comparison of the sandbox's design with the
// base versus ("" for the design's own base, unedited) on the design's
// incident.
func (sb *Sandbox) compare(versus string) (*Comparison, error) {
	ob := sb.Base
	od := design.FromScenario(ob)
	if versus != "" {
		if ob = sb.base(versus); ob == nil {
			return nil, fmt.Errorf("ui: no base %q to compare with", versus)
		}
		od = design.FromScenario(ob)
	}
	od.Incident = transfer(sb.D.Incident, sb.Compiled, ob)
	other, err := design.Compile(ob, od)
	if err != nil {
		return nil, err
	}
	w, err := sim.Run(other, other.Seed, nil, sim.Seconds(other.HorizonHours)*sim.Hour)
	if err != nil {
		return nil, err
	}
	c := &Comparison{}
	c.Sides[0] = sideOf(sb.Compiled, sb.res, sb.Cost.Total())
	c.Sides[1] = sideOf(other, w.Result(), design.CostOf(other, od).Total())
	c.Sides[0].Title = sim.Text{En: Text(AnYourDesign, report.English), Ko: Text(AnYourDesign, report.Korean)}
	c.Sides[1].Title = other.Title
	c.Changes = changes(sb.Compiled, other)
	return c, nil
}

// Comparison returns the comparison the Compare tab shows, working it
// out after a change of the design or of the other side.
func (sb *Sandbox) Comparison() *Comparison {
	if sb.cmp == nil {
		c, err := sb.compare(sb.Versus)
		if err != nil {
			sb.problem(err)
			c = &Comparison{}
		}
		sb.cmp = c
	}
	return sb.cmp
}

// SetVersus sets what the Compare tab shows the design beside.
func (sb *Sandbox) SetVersus(id string) {
	if id != sb.Versus {
		sb.Versus, sb.cmp = id, nil
	}
}

// transfer returns incident in of a design compiled as from, as it
// applies to base to: the same kind on the same site number where to
// has it, a fire in the same kind of room, and to's own record for a
// recorded incident (a fire in its first battery room where it has no
// record).
func transfer(in design.Incident, from, to *sim.Scenario) design.Incident {
	if in.Kind == design.IncRecorded || in.Kind == design.IncChaos {
		if len(to.Incidents) > 0 || in.Kind == design.IncChaos {
			return in
		}
		return design.Incident{Kind: design.IncFire, Room: batteryIndex(to.Sites[0].Compartments)}
	}
	out := in
	out.Site = min(in.Site, len(to.Sites)-1)
	if in.Kind == design.IncFire {
		rooms := to.Sites[out.Site].Compartments
		out.Room = min(in.Room, len(rooms)-1)
		if kind := from.Sites[in.Site].Compartments[in.Room].Kind; rooms[out.Room].Kind != kind {
			if i := slices.IndexFunc(rooms, func(c sim.Compartment) bool { return c.Kind == kind }); i >= 0 {
				out.Room = i
			}
		}
	}
	return out
}

// sideOf sums up one design's run from its result.
func sideOf(s *sim.Scenario, res sim.Result, cost float64) Side {
	out := design.OutcomeOf(res)
	sd := Side{UserHours: out.UserHours, Longest: out.Longest, Cost: cost, Data: out.Data}
	for i, ao := range res.Apps {
		sd.Apps = append(sd.Apps, SideApp{Name: s.Apps[i].Name, Down: ao.Down, UserHours: ao.UserHours})
	}
	return sd
}

// changes lists what differs from scenario a to b: the operator, the
// sites (matched by name), their walls, power cuts, generators and UPS,
// and the components (matched by id) in mode and number of sites.
func changes(a, b *sim.Scenario) []Change {
	var cs []Change
	if a.Ops.Owner != b.Ops.Owner {
		cs = append(cs, Change{Kind: ChOwner, Subject: a.Ops.OwnerName, Other: b.Ops.OwnerName})
	}
	da, db := design.FromScenario(a), design.FromScenario(b)
	find := func(s *sim.Scenario, name string) int {
		return slices.IndexFunc(s.Sites, func(st sim.Site) bool { return st.Name.En == name })
	}
	bit := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	add := func(k ChangeKind, subj sim.Text, x, y int) {
		if x != y {
			cs = append(cs, Change{Kind: k, Subject: subj, A: x, B: y})
		}
	}
	for j, st := range b.Sites {
		i := find(a, st.Name.En)
		if i < 0 {
			cs = append(cs, Change{Kind: ChSiteAdded, Subject: st.Name})
			continue
		}
		x, y := da.Sites[i], db.Sites[j]
		add(ChWall, st.Name, bit(x.Wall), bit(y.Wall))
		add(ChZoneCut, st.Name, bit(x.ZoneCut), bit(y.ZoneCut))
		add(ChGenerators, st.Name, x.Generators, y.Generators)
		add(ChUPS, st.Name, x.UPSMin, y.UPSMin)
	}
	for _, st := range a.Sites {
		if find(b, st.Name.En) < 0 {
			cs = append(cs, Change{Kind: ChSiteGone, Subject: st.Name})
		}
	}
	for j, cp := range b.Comps {
		i := slices.IndexFunc(a.Comps, func(c sim.Component) bool { return c.ID == cp.ID })
		if i < 0 {
			continue
		}
		x, y := da.Comps[i], db.Comps[j]
		add(ChMode, cp.Name, design.ModeIndex(x.Mode), design.ModeIndex(y.Mode))
		add(ChCopies, cp.Name, len(x.Sites), len(y.Sites))
	}
	return cs
}

// ChangeText says change c in words in language l: "Pangyo, Fire wall
// around the battery room: off → on".
func ChangeText(c Change, l report.Lang) string {
	subj := c.Subject.In(string(l))
	val := func(v int) string {
		switch c.Kind {
		case ChWall, ChZoneCut:
			return Text(map[int]Msg{0: SbOff, 1: SbOn}[v], l)
		case ChGenerators:
			return Textf(SbUnits, l, v)
		case ChUPS:
			return Textf(SbMinutes, l, v)
		}
		return Text(ModeMsg(design.Modes()[v]), l)
	}
	switch c.Kind {
	case ChOwner:
		return Textf(AnChOwner, l, subj, c.Other.In(string(l)))
	case ChSiteAdded:
		return Textf(AnChSiteAdded, l, subj)
	case ChSiteGone:
		return Textf(AnChSiteGone, l, subj)
	case ChCopies:
		return Textf(AnChCopies, l, subj, c.A, c.B)
	case ChMode:
		return fmt.Sprintf("%s: %s → %s", subj, val(c.A), val(c.B))
	}
	what := map[ChangeKind]Msg{ChWall: SbWall, ChZoneCut: SbZoneCut, ChGenerators: SbGenerators, ChUPS: SbUPS}[c.Kind]
	return fmt.Sprintf("%s, %s: %s → %s", subj, Text(what, l), val(c.A), val(c.B))
}

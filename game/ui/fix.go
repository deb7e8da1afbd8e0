package ui

import (
	"fmt"
	"slices"

	"outagelab/sim"
	"outagelab/sim/report"
)

// Fix is the reader's set of changes to Kakao's 2022 design in the
// story's "your turn" step, one bit per change.
type Fix uint8

// Changes the reader can make: each puts in Kakao's Anyang data center
// something that in 2022 was only in Pangyo.
const (
	FixTools      Fix = 1 << iota // a second copy of the ops tools, both live
	FixController                 // a second failover controller, both live
	FixKeys                       // a hot standby of the security key store
	FixActive                     // messaging and login active in both, each able to carry the load
	numFixes      = 4
)

// Msg returns the label of the single change f.
func (f Fix) Msg() Msg {
	switch f {
	case FixTools:
		return MsgFixTools
	case FixController:
		return MsgFixController
	case FixKeys:
		return MsgFixKeys
	}
	return MsgFixActive
}

// Apply returns a copy of base (the kakao2022 preset) with the changes
// in f. It fails on a scenario without the parts it changes.
func (f Fix) Apply(base *sim.Scenario) (*sim.Scenario, error) {
	s := base.Clone()
	s.ID = fmt.Sprintf("kakao2022-fix%d", f)
	comp := func(id string) (*sim.Component, error) {
		i := slices.IndexFunc(s.Comps, func(c sim.Component) bool { return c.ID == id })
		if i < 0 {
			return nil, fmt.Errorf("ui: fix: scenario %q has no component %q", base.ID, id)
		}
		return &s.Comps[i], nil
	}
	group := func(id string) int { return slices.IndexFunc(s.Groups, func(g sim.Group) bool { return g.ID == id }) }
	// addStandby gives component id a group in Anyang of the given size
	// (or grows the one it has) and puts the component in mode m.
	addStandby := func(id, gid string, servers int, m sim.Mode) error {
		c, err := comp(id)
		if err != nil {
			return err
		}
		if i := group(gid); i >= 0 {
			s.Groups[i].Servers = max(s.Groups[i].Servers, servers)
		} else {
			s.Groups = append(s.Groups, sim.Group{ID: gid, Site: "anyang", Zone: "z1", Servers: servers, Owner: s.Ops.Owner})
			c.Groups = append(c.Groups, gid)
		}
		c.Mode = m
		return nil
	}
	steps := []struct {
		bit       Fix
		comp, grp string
		mode      sim.Mode
	}{
		{FixTools, "ops", "ops-a", sim.ModeActive},
		{FixController, "failover", "failover-a", sim.ModeActive},
		{FixKeys, "keystore", "keystore-a", sim.ModeAuto},
		{FixActive, "talk-msg", "msg-a", sim.ModeActive},
		{FixActive, "auth", "auth-a", sim.ModeActive},
	}
	for _, st := range steps {
		if f&st.bit == 0 {
			continue
		}
		c, err := comp(st.comp)
		if err != nil {
			return nil, err
		}
		if err := addStandby(st.comp, st.grp, c.Need, st.mode); err != nil {
			return nil, err
		}
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("ui: fix: %w", err)
	}
	return s, nil
}

// Hint returns what the story says after a replay with changes f in
// which KakaoTalk had outage o: that it holds (never dark, or dark for
// at most an hour, and whether it then works only in part), or, where
// it does not, what the changes still lack.
func (f Fix) Hint(o sim.AppOutage) Msg {
	switch {
	case o.Down == 0 && o.Degraded == 0:
		return MsgHintNeverDark
	case o.Down == 0:
		return MsgHintNeverDarkPart
	case o.Down <= sim.Hour && o.Degraded == 0:
		return MsgHintWorks
	case o.Down <= sim.Hour:
		return MsgHintWorksPart
	case f == 0:
		return MsgHintNone
	case f&FixKeys == 0:
		return MsgHintKeys
	case f&(FixTools|FixController) == 0:
		return MsgHintNoSwitch
	case f&(FixController|FixActive) == 0:
		return MsgHintByHand
	}
	return MsgHintCloser
}

// Holds reports whether the replay's hint says the fix holds.
func (r *FixResult) Holds() bool { return r.Hint >= MsgHintWorks && r.Hint <= MsgHintNeverDarkPart }

// HintText returns the replay's hint in language l, with the times of
// the replay's own run: when KakaoTalk went dark, for how long, and how
// long it then worked only in part.
func (r *FixResult) HintText(l report.Lang) string {
	switch r.Hint {
	case MsgHintKeys:
		return Textf(r.Hint, l, fmt.Sprintf("%02d:%02d", r.Dark.Hour, r.Dark.Minute))
	case MsgHintWorks:
		return Textf(r.Hint, l, report.Duration(r.Talk.Down, l))
	case MsgHintWorksPart:
		return Textf(r.Hint, l, report.Duration(r.Talk.Down, l), report.Duration(r.Talk.Degraded, l))
	case MsgHintNeverDarkPart:
		return Textf(r.Hint, l, report.Duration(r.Talk.Degraded, l))
	}
	return Text(r.Hint, l)
}

package ui

import (
	"slices"
	"time"
)

// HostEvent is something the page that embeds the explainer is told
// (the browser glue posts it to the parent window): Name is "step",
// "state" or "fix", and Data the matching HostStep, HostState or
// HostFix, ready to be encoded as JSON. README.md lists them.
type HostEvent struct {
	Name string
	Data any
}

// HostStep is the "step" event: where the story is. It is sent when the
// step, the scene or the language changes (the title is in the reader's
// language).
type HostStep struct {
	Step  int    `json:"step"` // from 1
	Steps int    `json:"steps"`
	Title string `json:"title"`
	Mode  string `json:"mode"` // story, explore or sandbox
	Lang  string `json:"lang"`
}

// HostState is the "state" event: the run on screen, as the hook's
// state() has it.
type HostState struct {
	Scenario string     `json:"scenario"`
	Clock    string     `json:"clock"`
	Hours    float64    `json:"hours"`
	Fired    bool       `json:"fired"`
	Playing  bool       `json:"playing"`
	UsersOut int64      `json:"usersOut"`
	Apps     []AppState `json:"apps"`
}

// HostFix is the "fix" event: the changes picked on the fix step (as
// the hook's fixOn) and the outcome of their last replay (the hook's
// fix), nil until the reader replays them.
type HostFix struct {
	FixOn []int     `json:"fixOn"`
	Fix   *FixState `json:"fix"`
}

// HostStateEvery is the time between two looks at the run for the
// "state" event: it is sent at most twice a second, however fast the
// clock runs. (Time, not ticks: a slow device draws fewer frames, and
// its embedding page should not hear later.)
const HostStateEvery = 500 * time.Millisecond

// Notifier works out the events for the embedding page, one tick at a
// time: each event when what it reports changes, and never when nothing
// did. The first call reports the step, the run and the fix as they are.
type Notifier struct {
	started bool
	looked  time.Duration // when the run was last looked at
	step    HostStep
	state   HostState
	fix     fixKey
}

// fixKey is what the "fix" event reports, as a comparable value: the
// changes picked and their replay's outcome.
type fixKey struct {
	on  Fix
	run *FixResult
}

// Settle makes the next Events look at the run whenever it last did: a
// game about to rest reports the run as it leaves it.
func (n *Notifier) Settle() { n.looked = -HostStateEvery }

// Events returns the events due after a tick of app a at time now (on
// any clock that only goes forward), in the order step, state, fix;
// usually none.
func (n *Notifier) Events(a *App, now time.Duration) []HostEvent {
	var out []HostEvent
	if st := a.hostStep(); !n.started || st != n.step {
		n.step = st
		out = append(out, HostEvent{Name: "step", Data: st})
	}
	if !n.started || now-n.looked >= HostStateEvery {
		n.looked = now
		if st := a.hostState(); !n.started || !st.equal(n.state) {
			n.state = st
			out = append(out, HostEvent{Name: "state", Data: st})
		}
	}
	s := a.story
	if k := (fixKey{on: s.fix, run: s.fixResult}); !n.started || k != n.fix {
		n.fix = k
		var st State
		s.fill(&st)
		out = append(out, HostEvent{Name: "fix", Data: HostFix{FixOn: st.FixOn, Fix: st.Fix}})
	}
	n.started = true
	return out
}

// hostStep returns the "step" event's report of a now.
func (a *App) hostStep() HostStep {
	s := a.story
	title, _ := s.Words()
	return HostStep{Step: s.step + 1, Steps: numSteps, Title: title,
		Mode: a.scene.Mode().String(), Lang: string(a.sh.Lang)}
}

// hostState returns the "state" event's report of a now.
func (a *App) hostState() HostState {
	p := a.scene.stageOf().p
	snap := p.Snapshot()
	return HostState{Scenario: p.Scenario().ID, Clock: snap.Clock.String(), Hours: p.Now().Hours(),
		Fired: p.Fired(), Playing: p.Playing(), UsersOut: snap.UsersOut, Apps: a.appStates()}
}

// equal reports whether s and o report the same.
func (s HostState) equal(o HostState) bool {
	return s.Scenario == o.Scenario && s.Clock == o.Clock && s.Hours == o.Hours && s.Fired == o.Fired &&
		s.Playing == o.Playing && s.UsersOut == o.UsersOut && slices.Equal(s.Apps, o.Apps)
}

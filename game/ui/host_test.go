package ui_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim/report"
)

// hostRun ticks an app and a notifier together, as the game does, at
// the game's rate, and keeps the events each tick gave.
type hostRun struct {
	a   *ui.App
	n   ui.Notifier
	now time.Duration
}

// tick is the time between two ticks.
const tick = time.Second / ui.TicksPerSecond

// every is HostStateEvery in ticks, rounded up: the most ticks
// between two looks at the run.
const every = int((ui.HostStateEvery + tick - 1) / tick)

// start returns the first events.
func (r *hostRun) start() []ui.HostEvent { return r.n.Events(r.a, r.now) }

// ticks runs k ticks and returns the events, in order.
func (r *hostRun) ticks(k int) []ui.HostEvent {
	var out []ui.HostEvent
	for range k {
		r.now += tick
		r.a.Tick()
		out = append(out, r.n.Events(r.a, r.now)...)
	}
	return out
}

// names returns the events' names.
func names(evs []ui.HostEvent) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Name)
	}
	return out
}

// only returns the events named name.
func only(evs []ui.HostEvent, name string) []ui.HostEvent {
	var out []ui.HostEvent
	for _, e := range evs {
		if e.Name == name {
			out = append(out, e)
		}
	}
	return out
}

// TestNotifierStartsWithEverythingThenStaysQuiet checks the first
// events report the story's first step, the run before the fire and no
// fix, and that an app nobody touches sends nothing more.
func TestNotifierStartsWithEverythingThenStaysQuiet(t *testing.T) {
	r := &hostRun{a: storyApp(t)}
	first := r.start()
	require.Equal(t, []string{"step", "state", "fix"}, names(first))
	assert.Equal(t, ui.HostStep{Step: 1, Steps: len(ui.Steps()), Title: "A country on one company's apps", Mode: "story", Lang: "en"}, first[0].Data)
	st := first[1].Data.(ui.HostState)
	assert.Equal(t, "kakao2022", st.Scenario)
	assert.False(t, st.Fired)
	assert.False(t, st.Playing)
	assert.Zero(t, st.Hours)
	assert.Equal(t, r.a.State().Clock, st.Clock)
	assert.Equal(t, r.a.State().Apps, st.Apps, "the apps as state() has them")
	assert.Equal(t, ui.HostFix{FixOn: []int{}}, first[2].Data)
	assert.Empty(t, r.ticks(10*every), "nothing changed, nothing sent")
}

// TestNotifierReportsStepsAndLanguageAtOnce checks a step or language
// change is told on the tick it happens, and the run on screen by the
// next look at it.
func TestNotifierReportsStepsAndLanguageAtOnce(t *testing.T) {
	r := &hostRun{a: storyApp(t)}
	r.start()
	r.ticks(3)
	r.a.Apply(ui.Action{Kind: ui.ActGoStep, N: 3})
	evs := r.ticks(1)
	require.Equal(t, []string{"step"}, names(evs))
	assert.Equal(t, 4, evs[0].Data.(ui.HostStep).Step)
	assert.Equal(t, "16:52: firefighters cut all power", evs[0].Data.(ui.HostStep).Title, "the time of the run's power cut")
	evs = r.ticks(every)
	require.Equal(t, []string{"state"}, names(evs), "step 4 opens 75 minutes into the fire")
	st := evs[0].Data.(ui.HostState)
	assert.True(t, st.Fired)
	assert.InDelta(t, 1.25, st.Hours, 1e-9)
	assert.Empty(t, r.ticks(5*every))

	r.a.Apply(ui.Action{Kind: ui.ActSetLang, Lang: report.Korean})
	evs = r.ticks(1)
	require.Equal(t, []string{"step"}, names(evs))
	assert.Equal(t, ui.HostStep{Step: 4, Steps: len(ui.Steps()), Title: "오후 4시 52분, 건물 전체 전원 차단", Mode: "story", Lang: "ko"}, evs[0].Data)
	evs = r.ticks(every)
	require.Equal(t, []string{"state"}, names(evs), "the apps' names are Korean now")
	assert.Equal(t, r.a.State().Apps, evs[0].Data.(ui.HostState).Apps)

	r.a.Apply(ui.Action{Kind: ui.ActExplore})
	evs = r.ticks(1)
	require.Equal(t, []string{"step"}, names(evs))
	assert.Equal(t, "explore", evs[0].Data.(ui.HostStep).Mode)
}

// TestNotifierThrottlesThePlayingClock checks that while the clock runs
// the state is sent at most once per HostStateEvery ticks, each time
// later, and that once paused it is sent once more and then not again.
func TestNotifierThrottlesThePlayingClock(t *testing.T) {
	r := &hostRun{a: storyApp(t)}
	r.start()
	r.a.Apply(ui.Action{Kind: ui.ActStartFire})
	const seconds = 5
	var sent []ui.HostEvent
	last := -1
	for i := range seconds * ui.TicksPerSecond {
		evs := only(r.ticks(1), "state")
		if len(evs) == 0 {
			continue
		}
		if last >= 0 {
			assert.GreaterOrEqual(t, i-last, every, "at most one state per %v", ui.HostStateEvery)
		}
		last = i
		sent = append(sent, evs...)
	}
	assert.Len(t, sent, seconds*ui.TicksPerSecond/every, "about twice a second while the clock runs")
	for i := 1; i < len(sent); i++ {
		assert.Greater(t, sent[i].Data.(ui.HostState).Hours, sent[i-1].Data.(ui.HostState).Hours)
		assert.True(t, sent[i].Data.(ui.HostState).Playing)
	}
	r.a.Apply(ui.Action{Kind: ui.ActPause})
	evs := only(r.ticks(every), "state")
	require.Len(t, evs, 1)
	assert.False(t, evs[0].Data.(ui.HostState).Playing)
	assert.Empty(t, r.ticks(5*every), "paused: nothing more")
}

// TestNotifierReportsTheFix checks the fix event follows the changes
// picked on the fix step and carries the replay's outcome.
func TestNotifierReportsTheFix(t *testing.T) {
	r := &hostRun{a: storyApp(t)}
	r.start()
	r.a.Apply(ui.Action{Kind: ui.ActGoStep, N: 7})
	r.ticks(every)
	r.a.Apply(ui.Action{Kind: ui.ActToggleFix, N: 1})
	r.a.Apply(ui.Action{Kind: ui.ActToggleFix, N: 2})
	evs := only(r.ticks(1), "fix")
	require.Len(t, evs, 1)
	assert.Equal(t, ui.HostFix{FixOn: []int{1, 2}}, evs[0].Data)
	assert.Empty(t, only(r.ticks(every), "fix"))

	r.a.Apply(ui.Action{Kind: ui.ActStartFire})
	evs = only(r.ticks(1), "fix")
	require.Len(t, evs, 1)
	f := evs[0].Data.(ui.HostFix)
	assert.Equal(t, []int{1, 2}, f.FixOn)
	require.NotNil(t, f.Fix, "the replay's outcome")
	assert.Equal(t, r.a.State().Fix, f.Fix)
	assert.Less(t, f.Fix.DownHours, f.Fix.BaseHours)

	r.a.Apply(ui.Action{Kind: ui.ActToggleFix, N: 1})
	evs = only(r.ticks(1), "fix")
	require.Len(t, evs, 1)
	assert.Equal(t, ui.HostFix{FixOn: []int{2}}, evs[0].Data, "a new pick drops the old outcome")
}

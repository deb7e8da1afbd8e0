package ui_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
	"outagelab/sim/report"
)

// TestStepFiguresAreTheRuns checks that the figures a step quotes from
// the simulation are those of the run the reader is looking at: the
// preset kakao2022 run on its own here, to its horizon, gives the times
// the captions must say, in both languages; and no step is left with a
// figure the run could not fill.
func TestStepFiguresAreTheRuns(t *testing.T) {
	s := kakao(t)
	w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	r := w.Result()
	out := map[string]sim.Seconds{}
	for _, o := range r.Apps {
		out[o.ID] = o.Outage(r.End)
	}
	var cut sim.Seconds
	for _, e := range w.Timeline() {
		if e.Kind == sim.EntPowerCutAll {
			cut = e.At
			break
		}
	}
	require.Positive(t, cut)
	c := w.ClockAt(cut)
	h12 := c.Hour % 12
	if h12 == 0 {
		h12 = 12
	}
	cutWords := map[report.Lang]string{
		report.English: fmt.Sprintf("%02d:%02d", c.Hour, c.Minute),
		report.Korean:  fmt.Sprintf("오후 %d시 %d분", h12, c.Minute),
	}
	for _, l := range langs {
		words := stepWords(t, l)
		for i, w := range words {
			assert.NotContains(t, w[0]+w[1], "{", "step %d in %s keeps a placeholder", i+1, l)
			assert.NotContains(t, w[0]+w[1], "?", "step %d in %s has a figure the run could not fill", i+1, l)
		}
		// Step 4: the power cut, in the title and the task.
		assert.True(t, strings.HasPrefix(words[3][0], cutWords[l]), "step 4 title in %s: %q", l, words[3][0])
		assert.Contains(t, words[3][1], cutWords[l])
		// Step 6: how long texts, taxis and mail were out, and all.
		for _, id := range []string{"talk", "taxi", "mail"} {
			assert.Contains(t, words[5][1], report.Duration(out[id], l), "step 6 in %s quotes %s's outage", l, id)
		}
		assert.Contains(t, words[5][1], report.Duration(r.AllUp-r.FirstDown, l))
	}
}

// TestScrubTaskEndsAtTheRunsPowerCut checks step 4's task ("drag past
// the cut") is done exactly when the playhead passes the run's cut.
func TestScrubTaskEndsAtTheRunsPowerCut(t *testing.T) {
	a := storyApp(t)
	a.Story().GoStep(3)
	p := a.Playback()
	var cut sim.Seconds
	for _, e := range p.Timeline() {
		if e.Kind == sim.EntPowerCutAll {
			cut = e.At
		}
	}
	require.Positive(t, cut)
	p.Seek(cut - sim.Minute)
	a.Tick()
	assert.False(t, a.Story().TaskDone(), "a minute before the cut")
	p.Seek(cut)
	a.Tick()
	assert.True(t, a.Story().TaskDone(), "at the cut")
}

package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim/report"
)

// Opening the explainer on the first step (NewApp, then the link's
// place) builds its playback once; a step whose playback the reader
// touched gets a fresh one.
func TestOpeningBuildsTheFirstPlaybackOnce(t *testing.T) {
	p, err := BuiltinPresets()
	require.NoError(t, err)
	a, err := NewApp(p, report.English)
	require.NoError(t, err)
	first := a.Playback()
	a.Goto(ParsePlace("", Place{Mode: ModeStory, Lang: report.Korean}))
	assert.Same(t, first, a.Playback(), "the link's place is the first step: same playback")
	assert.Equal(t, report.Korean, a.Lang())

	a.Playback().StartFire()
	a.goStep(0)
	assert.NotSame(t, first, a.Playback(), "a fired playback is not reused")
	assert.False(t, a.Playback().Fired(), "the step opens before the fire")

	again := a.Playback()
	a.Playback().SetSpeed(4)
	a.goStep(0)
	assert.NotSame(t, again, a.Playback(), "nor one whose speed the reader chose")

	a.story.applyFix()
	fixed := a.Playback()
	a.goStep(0)
	assert.NotSame(t, fixed, a.Playback(), "the reader's fix is not the preset")
}

package game

import (
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
)

// TestCutawayShowsThePlant checks that the building's cut-away draws
// what the run's generators are doing, in words beside them: AWS's
// failing to start as its storm cuts the grid; a sandbox design's three
// standing by before its fire and cut off with the building once the
// fire service cuts its power; and that the header counts the time
// since a fire, or since an incident that is none began.
func TestCutawayShowsThePlant(t *testing.T) {
	words := func(t *testing.T, fragment string, acts ...ui.Action) []string {
		t.Helper()
		g, err := New(Options{Fragment: fragment})
		require.NoError(t, err)
		g.LayoutF(1280, 720)
		screen := ebiten.NewImage(int(g.w), int(g.h))
		defer screen.Deallocate()
		var got []string
		g.board.tf.drawn = func(s string, _ float64, _ ui.Rect) { got = append(got, s) }
		for _, a := range acts {
			g.Do(a)
			require.NoError(t, g.Update())
		}
		got = got[:0]
		g.Draw(screen)
		return got
	}
	seek := func(min sim.Seconds) ui.Action { return ui.Action{Kind: ui.ActSeek, T: min * sim.Minute} }
	fire := ui.Action{Kind: ui.ActStartFire}
	press := func(id string) ui.Action { return ui.Action{Kind: ui.ActPress, Text: id} }

	aws := words(t, "scenario=aws2012&lang=en", fire, seek(6))
	assert.Contains(t, aws, "failed to start", "AWS's generators")
	// A storm cut AWS's grid: the header counts from its start, not
	// from a fire.
	assert.True(t, slices.ContainsFunc(aws, func(s string) bool { return strings.HasSuffix(s, "after it began") }), "%q", aws)
	assert.False(t, slices.ContainsFunc(aws, func(s string) bool { return strings.HasSuffix(s, "after the fire") }))

	build := []ui.Action{press("part-gen"), press("part-gen"), press("part-gen"), press("tab-4")}
	before := words(t, "sandbox&lang=en", build...)
	assert.Contains(t, before, "standby")
	cut := words(t, "sandbox&lang=en", append(build, fire, seek(90))...)
	assert.Contains(t, cut, "cut off with the building")
	assert.Contains(t, cut, "1 h 30 min after the fire")
	assert.False(t, slices.Contains(cut, "standby"))
	ko := words(t, "sandbox&lang=ko", append(build, fire, seek(90))...)
	assert.Contains(t, ko, "건물 전원과 함께 차단")
}

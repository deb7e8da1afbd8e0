package game

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
)

// TestNotifyComesAfterTheFirstFrameOutsideTheLock checks the embedding
// page hears nothing before the first frame, then the step, the run and
// the fix, then only what changes; and that FirstFrame and Notify run
// without the game's lock, so that the page may act on the game from
// them (as it does with commands queued before the game was ready).
func TestNotifyComesAfterTheFirstFrameOutsideTheLock(t *testing.T) {
	var g *Game
	var log []string
	var steps []ui.HostStep
	free := func(what string) bool {
		if !g.mu.TryLock() {
			t.Errorf("%s is called with the game's lock held", what)
			return false
		}
		g.mu.Unlock()
		return true
	}
	g, err := New(Options{
		FirstFrame: func() {
			log = append(log, "ready")
			if free("FirstFrame") {
				g.Do(ui.Action{Kind: ui.ActGoStep, N: 4})
			}
		},
		Notify: func(e ui.HostEvent) {
			free("Notify")
			log = append(log, e.Name)
			if s, ok := e.Data.(ui.HostStep); ok {
				steps = append(steps, s)
			}
		},
	})
	require.NoError(t, err)
	screen := ebiten.NewImage(ScreenWidth, ScreenHeight)
	defer screen.Deallocate()
	require.NoError(t, g.Update())
	assert.Empty(t, log, "nothing before the first frame")
	g.Draw(screen)
	require.NoError(t, g.Update())
	assert.Equal(t, []string{"ready", "step", "state", "fix"}, log)
	require.Len(t, steps, 1)
	assert.Equal(t, 5, steps[0].Step, "the action asked for at the first frame is applied before the first report")
	log = nil
	for end := time.Now().Add(3 * ui.HostStateEvery); time.Now().Before(end); {
		require.NoError(t, g.Update())
		time.Sleep(time.Second / ui.TicksPerSecond)
	}
	assert.Empty(t, log, "a still story sends nothing")
}

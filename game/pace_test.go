package game

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
)

// paced is a game with its pace calls recorded, stepped by hand: one
// Update and one Draw a frame, on a screen of its own.
type paced struct {
	g      *Game
	screen *ebiten.Image
	calls  []bool
}

func newPaced(t *testing.T, fragment string, still bool) *paced {
	t.Helper()
	p := &paced{screen: ebiten.NewImage(640, 360)}
	g, err := New(Options{Lang: "en", Fragment: fragment, ReducedMotion: still,
		Pace: func(still bool) { p.calls = append(p.calls, still) }})
	require.NoError(t, err)
	g.resize(640, 360)
	p.g = g
	t.Cleanup(func() { ebiten.SetFPSMode(ebiten.FPSModeVsyncOn) })
	return p
}

// frames runs n frames.
func (p *paced) frames(t *testing.T, n int) {
	t.Helper()
	for range n {
		require.NoError(t, p.g.Update())
		p.g.Draw(p.screen)
	}
}

func TestStillSceneStopsAskingForFrames(t *testing.T) {
	p := newPaced(t, "explore", false)
	p.frames(t, 1)
	assert.Empty(t, p.calls, "the first frame is drawn at the moving pace")
	p.frames(t, quietFrames+1)
	assert.Equal(t, []bool{true}, p.calls, "a scene where nothing moves goes still")
	assert.Equal(t, ebiten.FPSModeVsyncOffMinimum, ebiten.FPSMode())

	// The page presses Play: the game asks for frames at once, and keeps
	// the moving pace while the clock plays.
	p.g.Do(ui.Action{Kind: ui.ActStartFire})
	assert.Equal(t, []bool{true, false}, p.calls, "an action from the page wakes the game")
	p.frames(t, 30)
	assert.Equal(t, ebiten.FPSModeVsyncOn, ebiten.FPSMode())
	require.True(t, p.g.State().Playing)
	assert.Equal(t, []bool{true, false}, p.calls, "a playing clock never goes still")

	// Paused, the flames still move.
	p.g.Do(ui.Action{Kind: ui.ActPause})
	p.frames(t, quietFrames+2)
	assert.Equal(t, []bool{true, false}, p.calls, "burning, the flames move")
	assert.Equal(t, ebiten.FPSModeVsyncOn, ebiten.FPSMode())
}

func TestStillFlamesLetTheGameRest(t *testing.T) {
	p := newPaced(t, "explore", true)
	p.g.Do(ui.Action{Kind: ui.ActStartFire})
	p.frames(t, 30)
	p.g.Do(ui.Action{Kind: ui.ActPause})
	p.frames(t, quietFrames+2)
	assert.Equal(t, []bool{true}, p.calls, "with reduced motion, a paused fire is a still scene")
	assert.Equal(t, ebiten.FPSModeVsyncOffMinimum, ebiten.FPSMode())
}

func TestOutOfViewDrawsNothing(t *testing.T) {
	p := newPaced(t, "explore", false)
	p.frames(t, 2)
	marker := color.RGBA{R: 1, G: 2, B: 3, A: 255}
	p.screen.Fill(marker)
	p.g.SetVisible(false)
	p.g.Do(ui.Action{Kind: ui.ActStartFire})
	p.frames(t, 10)
	assert.Equal(t, marker, p.screen.At(5, 5), "out of view, Draw leaves the screen alone")
	assert.True(t, p.g.State().Playing, "the clock runs on out of view")

	p.g.SetVisible(true)
	p.frames(t, 1)
	assert.NotEqual(t, marker, p.screen.At(5, 5), "back in view, the whole screen is drawn")
}

// TestGoingStillReportsTheRun checks that the embedding page hears the
// run as the game leaves it when it goes still, though the last "state"
// event came less than ui.HostStateEvery before: no tick would send it.
func TestGoingStillReportsTheRun(t *testing.T) {
	var last *ui.HostState
	screen := ebiten.NewImage(640, 360)
	g, err := New(Options{Lang: "en", Fragment: "explore", ReducedMotion: true,
		Notify: func(e ui.HostEvent) {
			if s, ok := e.Data.(ui.HostState); ok {
				last = &s
			}
		}})
	require.NoError(t, err)
	t.Cleanup(func() { ebiten.SetFPSMode(ebiten.FPSModeVsyncOn) })
	g.resize(640, 360)
	frame := func() {
		require.NoError(t, g.Update())
		g.Draw(screen)
	}
	frame()
	g.Do(ui.Action{Kind: ui.ActStartFire})
	for range 5 {
		frame()
	}
	require.NotNil(t, last)
	g.Do(ui.Action{Kind: ui.ActPause})
	for i := 0; i < 10 && !g.State().Still; i++ {
		frame()
	}
	require.True(t, g.State().Still, "a paused scene with still flames rests")
	require.False(t, last.Playing, "the page heard the pause before the game went still")
	assert.Equal(t, g.State().Hours, last.Hours)
}

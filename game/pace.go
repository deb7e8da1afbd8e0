package game

import "github.com/hajimehoshi/ebiten/v2"

// A paused explainer left in an article should cost the reader's battery
// next to nothing, yet Ebiten runs Update and Draw 60 times a second
// even when nothing moves. So the game runs at two paces:
//
//   - moving (Ebiten's default, vsync): 60 updates a second, while the
//     clock plays, something is animated, a finger or the mouse button is
//     down, the sandbox's availability run works or its rows are being
//     drawn, or actions from the page wait;
//   - still: Update and Draw run only when input arrives or the page's
//     hook asks for something (ScheduleFrame). This is Ebiten's
//     FPSModeVsyncOffMinimum; it is deprecated since v2.5 in favour of
//     SetScreenClearedEveryFrame(false), which skips the drawing but not
//     the 60 updates and frame callbacks a second we want to avoid.
//
// In the browser the still pace also tells the page (Options.Pace), which
// then holds back Ebiten's request for the next animation frame: in
// FPSModeVsyncOffMinimum Ebiten still asks for one every frame only to
// find it has nothing to do. Input reaches Ebiten by events, which run
// an update whatever the pace; actions from the page call wake.
//
// A frame scrolled out of the page's view (SetVisible) draws nothing.

// quietFrames is how many drawn-nothing frames in a row the game waits
// before it goes still: the frame that settles a change, and one more.
const quietFrames = 2

// pace holds the game's running pace and what decides it.
type pace struct {
	still  bool // running at the still pace
	quiet  int  // frames in a row whose Draw had nothing to draw
	hidden bool // the page says the game is out of view
}

// busy reports whether something moves on its own, so the game must
// keep updating 60 times a second.
func (g *Game) busy() bool {
	if !g.drawn || len(g.pending) > 0 || g.input.touching || g.input.mouse {
		return true
	}
	if g.app.Playback().Playing() || g.animated() {
		return true
	}
	if d, ok := g.drawer().(*sandboxDrawer); ok {
		return d.s.Box().Nines.Running() || d.ninesRowsPending()
	}
	return false
}

// setPace goes still or moving, as the frame just updated needs, at the
// end of an Update; it reports whether the game has just gone still.
func (g *Game) setPace() bool {
	still := g.pace.quiet >= quietFrames && !g.busy()
	if still == g.pace.still {
		return false
	}
	g.switchPace(still)
	return still
}

// switchPace switches Ebiten and the page to the still or the moving
// pace; going still, it first makes the announcement the still pace
// would otherwise hold back.
func (g *Game) switchPace(still bool) {
	if still {
		g.announceNow()
		ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum)
	} else {
		ebiten.SetFPSMode(ebiten.FPSModeVsyncOn)
	}
	g.pace.still = still
	if g.onPace != nil {
		g.onPace(still)
	}
}

// wake goes to the moving pace at once: called when an action comes
// from outside Ebiten's input, which the still pace would not see.
func (g *Game) wake() {
	g.pace.quiet = 0
	if g.pace.still {
		g.switchPace(false)
	}
}

// SetVisible tells the game whether its canvas is in the page's view;
// out of view, Draw draws nothing, and back in view the whole screen is
// drawn again. It is safe to call from the page while the game runs.
func (g *Game) SetVisible(visible bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.pace.hidden == !visible {
		return
	}
	g.pace.hidden = !visible
	if visible {
		g.drawn = false
	}
	g.wake()
}

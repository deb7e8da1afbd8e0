package game

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
)

// drawer draws one kind of scene below the header, from the board's
// layout and view for the frame.
type drawer interface {
	// draw draws the whole scene.
	draw(dst *ebiten.Image)
	// more draws the next part of a picture drawn over several frames
	// when nothing else changed; it reports whether there was one.
	more(dst *ebiten.Image) bool
	// progress redraws only a progress bar when the scene's look moved
	// from was to now in nothing else; it reports whether it did.
	progress(dst *ebiten.Image, was, now any) bool
}

// storyDrawer draws the story: the panels with the step's card in the
// caption's place, then the pulse where to act, the fix step's card,
// the sources and the teacher's notes.
type storyDrawer struct {
	*board
	s *ui.Story
	// sources are the fact sheet's entries by id, compiled in.
	sources map[string]ui.Source
	// links holds the step's lines on the map, and rooms the rooms the
	// fire reaches, reused frame to frame.
	links []ui.Link
	rooms []string
}

// storyCardLook is what the story's card shows.
type storyCardLook struct {
	step int
	done bool
}

func (d *storyDrawer) draw(dst *ebiten.Image) {
	d.links = d.links[:0]
	if d.s.CurrentStep().Draw&ui.DrawLinks != 0 {
		d.links = ui.Links(d.v.P.Scenario(), d.v.P.Snapshot(), d.links)
	}
	d.drawMap(dst, d.links)
	d.drawSite(dst)
	if d.s.CurrentStep().Draw&ui.DrawLinks != 0 { // the lines on the map are the step's idea: the building steps back
		d.paint.rect(dst, d.layout.Site, withAlpha(d.pal.Dark, 0.5))
	}
	if d.s.CurrentStep().Draw&ui.DrawUPS != 0 {
		d.rooms = ui.FireRooms(d.v.P.Timeline(), d.v.P.FireSite(), d.rooms)
		d.drawUPSSpotlight(dst, d.rooms)
	}
	d.drawPhone(dst)
	d.drawDataLost(dst, d.dataLost(d.s.DataLost))
	d.drawCaption(dst, nil, d.drawStoryCard, storyCardLook{d.s.Step(), d.s.TaskDone()})
	d.drawControls(dst)
	d.drawStoryOverlays(dst)
}

func (d *storyDrawer) more(*ebiten.Image) bool { return false }

func (d *storyDrawer) progress(*ebiten.Image, any, any) bool { return false }

// exploreDrawer draws the free view: the panels with the caption of
// what is happening.
type exploreDrawer struct {
	*board
	s *ui.Explore
}

func (d *exploreDrawer) draw(dst *ebiten.Image) {
	d.drawMap(dst, nil)
	d.drawSite(dst)
	d.drawPhone(dst)
	d.drawDataLost(dst, d.dataLost(d.s.DataLost))
	d.drawCaption(dst, d.s.CaptionText, nil, nil)
	d.drawControls(dst)
}

func (d *exploreDrawer) more(*ebiten.Image) bool { return false }

func (d *exploreDrawer) progress(*ebiten.Image, any, any) bool { return false }

// sandboxDrawer draws the sandbox: the map with the sites to drag, the
// editor's tab, the phone where there is room, the toolbar with the
// design's cost and outcome, and the controls. It also paces the Nines
// tab's availability run (work).
type sandboxDrawer struct {
	*board
	s *ui.SandboxScene
	// ninesStaged holds the Nines tab's result rows, drawn a few a
	// frame.
	ninesStaged ninesStaged
	// links holds the design's copy and switch-over lines on the map,
	// badges what each site holds, drawn under its name.
	links  []ui.Link
	badges []badgeRow
	// badgeTaken, badgeOrder, badgeBuf, badgeIdle and legendItems are scratch room
	// for layoutBadges and drawLineLegend, kept so a frame allocates
	// nothing.
	badgeTaken  []ui.Rect
	badgeOrder  []int
	badgeBuf    []badge
	badgeIdle   []badge
	legendItems []ui.Link
	// copyStates is scratch room for a service part's copies' states.
	copyStates []ui.CopyState
	// ninesStep is about the longest recent step of the availability
	// run, ninesWork the time spent on it since the last Draw, for
	// work.
	ninesStep, ninesWork time.Duration
}

func (d *sandboxDrawer) draw(dst *ebiten.Image) {
	ws := d.s.Widgets()
	if d.layout.Map.W > 0 {
		d.links = ui.Links(d.v.P.Scenario(), d.v.P.Snapshot(), d.links)
		d.layoutBadges()
		d.drawMap(dst, d.links)
		d.drawMapEditing(dst, ws)
		d.drawSiteBadges(dst)
		d.drawLineLegend(dst)
	}
	d.drawEditor(dst, ws)
	if d.layout.Phone.W > 0 {
		d.drawPhone(dst)
	}
	d.drawSandboxCaption(dst, ws)
	d.drawControls(dst)
	d.drawWidgetFocus(dst, ws)
	d.drawPartDrag(dst)
	d.drawLineDrag(dst)
}

// more draws more of the Nines rows while some are still to draw.
func (d *sandboxDrawer) more(dst *ebiten.Image) bool {
	if !d.ninesRowsPending() {
		return false
	}
	r := d.ninesRowsRect(d.layout.NinesRect(), d.layout.Unit)
	d.paint.rect(dst, r, d.pal.Panel)
	run := d.s.Box().Nines
	d.drawNinesRowsStaged(dst, r, d.layout.Unit, run.Job, run.Results())
	return true
}

// progress redraws the availability run's status and progress bar, not
// the screen, when the run moved on and nothing else changed.
func (d *sandboxDrawer) progress(dst *ebiten.Image, was, now any) bool {
	if !d.s.OnlyNinesMoved(was, now) {
		return false
	}
	head := d.ninesHead(d.layout.NinesRect(), d.layout.Unit)
	d.paint.rect(dst, head, d.pal.Panel)
	d.drawNinesStatus(dst, head, d.layout.Unit)
	return true
}

// ninesBudget is how long the updates before a frame may spend on the
// Nines tab's availability run. With the status redraw and Ebiten's
// WebGL calls a frame's work then stays within the 4 ms the performance
// budget gives a phone at 60 frames a second (issue 9): at 2.5 ms, the
// run's frames took 3.6-4.4 ms of CPU. 10,000 years of the Kakao design
// take about 200 frames, three or four seconds in SwiftShader.
const ninesBudget = 1500 * time.Microsecond

// work moves the Nines tab's run on for about ninesBudget a frame,
// counting every update since the last Draw (a slow screen gets several
// updates a frame): the frame's first step always runs, so the run
// ends, and a later one only if the longest step seen lately still
// fits.
func (d *sandboxDrawer) work() {
	start := time.Now()
	prev, first := start, d.ninesWork == 0
	d.s.Box().WorkNines(func() bool {
		now := time.Now()
		if first {
			first = false
			return true
		}
		if now != start {
			d.ninesStep = max(now.Sub(prev), d.ninesStep*7/8)
		}
		prev = now
		return d.ninesWork+now.Sub(start)+d.ninesStep <= ninesBudget
	})
	d.ninesWork += time.Since(start)
}

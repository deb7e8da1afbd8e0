package ui

import (
	"outagelab/sim"
	"outagelab/sim/report"
)

// App is the game's state apart from drawing: the playback, the
// language, the keyboard focus and a drag on the scrub bar in progress.
// Game feeds it actions and pointer events and draws what it holds.
type App struct {
	P     *Playback
	Lang  report.Lang
	Focus Control
	Book  *report.Book

	marks    []Mark
	dragging bool
}

// NewApp prepares scn for the reader in language lang.
func NewApp(scn *sim.Scenario, lang report.Lang) (*App, error) {
	p, err := NewPlayback(scn)
	if err != nil {
		return nil, err
	}
	return &App{P: p, Lang: lang, Book: report.NewBook(p.Scenario())}, nil
}

// Marks returns the scrub bar's milestones for the current story.
func (a *App) Marks() []Mark { return a.marks }

// Apply carries out one action.
func (a *App) Apply(act Action) {
	p := a.P
	switch act.Kind {
	case ActStartFire:
		p.StartFire()
		a.marks = Marks(p.Timeline(), p.Result())
	case ActTogglePlay:
		wasFired := p.Fired()
		p.TogglePlay()
		if !wasFired {
			a.marks = Marks(p.Timeline(), p.Result())
		}
	case ActSlower:
		p.SetSpeed(p.Speed() - 1)
	case ActFaster:
		p.SetSpeed(p.Speed() + 1)
	case ActSetSpeed:
		p.SetSpeed(act.Speed)
	case ActSeek:
		p.Seek(act.T)
	case ActStep:
		p.Seek(p.Now() + act.T)
	case ActToggleLang:
		a.Lang = map[report.Lang]report.Lang{report.English: report.Korean, report.Korean: report.English}[a.Lang]
	case ActPlay:
		if !p.Playing() {
			a.Apply(Action{Kind: ActTogglePlay})
		}
	case ActPause:
		if p.Playing() {
			p.TogglePlay()
		}
	case ActSetLang:
		if act.Lang == report.English || act.Lang == report.Korean {
			a.Lang = act.Lang
		}
	case ActFocusNext:
		a.Focus = NextFocus(a.Focus, false)
	case ActFocusPrev:
		a.Focus = NextFocus(a.Focus, true)
	}
}

// PointerPhase is the stage of a mouse press or touch.
type PointerPhase int

// Pointer phases.
const (
	PointerDown PointerPhase = iota
	PointerMove
	PointerUp
)

// Pointer handles a mouse or touch event at (x, y) in layout l: a press
// on a button presses it; a press on the scrub bar seeks there and
// dragging keeps seeking until release.
func (a *App) Pointer(l *Layout, x, y float64, ph PointerPhase) {
	switch ph {
	case PointerDown:
		c := l.Hit(x, y)
		if c == CtlNone {
			return
		}
		a.Focus = c
		if c == CtlScrub {
			a.dragging = true
			a.seekTrack(l, x)
			return
		}
		a.Apply(Press(c))
	case PointerMove:
		if a.dragging {
			a.seekTrack(l, x)
		}
	case PointerUp:
		a.dragging = false
	}
}

// Dragging reports whether the reader is dragging the scrub bar.
func (a *App) Dragging() bool { return a.dragging }

func (a *App) seekTrack(l *Layout, x float64) {
	if !a.P.Fired() {
		a.Apply(Action{Kind: ActStartFire})
		a.P.playing = false
	}
	a.P.Seek(sim.Seconds(l.TrackFraction(x) * float64(a.P.Horizon())))
}

// CaptionText returns what is happening now, in the reader's language,
// prefixed with its clock time; before the fire, the story's opening.
func (a *App) CaptionText() string {
	p := a.P
	i := Caption(p.Timeline(), p.Now())
	if !p.Fired() || i < 0 {
		return Text(MsgIntro, a.Lang)
	}
	e := p.Timeline()[i]
	c := p.ClockAt(e.At)
	return report.Date(c, a.Lang) + " — " + a.Book.Describe(e, a.Lang)
}

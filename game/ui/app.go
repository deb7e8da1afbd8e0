package ui

import (
	"fmt"

	"outagelab/sim"
	"outagelab/sim/report"
)

// Mode is what the screen is for: the guided story or free exploring.
type Mode int

// Modes.
const (
	ModeStory Mode = iota
	ModeExplore
	// ModeSandbox is the reader's own design.
	ModeSandbox
)

// FixResult is what a replay of the reader's fix gave.
type FixResult struct {
	Fix  Fix
	Down sim.Seconds // KakaoTalk's time down with the fix
	Base sim.Seconds // its time down in 2022
	Hint MsgID
}

// App is the game's state apart from drawing: the playback, the
// language, the mode and story step, the keyboard focus, and a drag in
// progress. Game feeds it actions and pointer events and draws what it
// holds.
type App struct {
	P     *Playback
	Lang  report.Lang
	Focus Control
	Book  *report.Book

	Mode        Mode
	Step        int
	TaskDone    bool
	Fix         Fix
	FixResult   *FixResult
	SourcesOpen bool
	// Present is the classroom's presenter mode; NotesOpen shows the
	// teacher's notes for the step; Fullscreen asks Game to toggle full
	// screen on its next update.
	Present    bool
	NotesOpen  bool
	Fullscreen bool

	// Layout is the layout on screen, which the sandbox's keys need;
	// Req what the platform should do for it.
	Layout *Layout
	Req    Requests

	siteDrag             int
	dragFromX, dragFromY float64
	dragX, dragY         float64

	presets  *Presets
	box      *Sandbox // made on first use by Box
	autosave string   // the design Box restores when it makes the sandbox
	shown    string   // id of the scenario on screen
	preset   string   // id of the preset on screen as it ships, or "" (a fix, a design, a file)
	marks    []Mark
	dragging bool
	swipeX   float64
	swiping  bool
}

// NewApp prepares the presets for the reader in language lang, opening
// the story's first step. The sandbox is made when it is first needed.
func NewApp(presets *Presets, lang report.Lang) (*App, error) {
	for _, id := range []string{"kakao2022", "naver2022", "ovh2021"} {
		if !presets.Has(id) {
			return nil, fmt.Errorf("ui: preset %q is missing", id)
		}
	}
	a := &App{Lang: lang, presets: presets, siteDrag: -1}
	if err := a.loadPreset("kakao2022"); err != nil {
		return nil, err
	}
	a.GoStep(0)
	return a, nil
}

// Box returns the sandbox, making it (on the blank design, or the one
// given to Autosaved) the first time.
func (a *App) Box() *Sandbox {
	if a.box == nil {
		a.box = NewSandbox(a.presets)
		if a.autosave != "" {
			a.box.Restore(a.autosave)
		}
	}
	return a.box
}

// Autosaved gives the design the reader left (a share link's design
// part) for the sandbox to open with; a link that does not decode is
// ignored.
func (a *App) Autosaved(link string) {
	if a.box != nil {
		a.box.Restore(link)
		return
	}
	a.autosave = link
}

// show puts scenario s on screen, before its fire.
func (a *App) show(s *sim.Scenario) error {
	p, err := NewPlayback(s)
	if err != nil {
		return err
	}
	a.P, a.shown, a.preset, a.marks = p, s.ID, "", nil
	a.Book = report.NewBook(p.Scenario())
	return nil
}

// loadPreset puts preset id on screen, before its fire. A playback of
// it that the reader has not touched yet is kept: making one runs the
// week twice, and opening the explainer would otherwise make the first
// step's three times (NewApp, its first step, the link's place).
func (a *App) loadPreset(id string) error {
	if a.preset == id && a.P.untouched() {
		return nil
	}
	s, err := a.presets.Get(id)
	if err != nil {
		return err
	}
	if err := a.show(s); err != nil {
		return err
	}
	a.preset = id
	return nil
}

// showPreset is loadPreset for a preset the tests check loads.
func (a *App) showPreset(id string) {
	if err := a.loadPreset(id); err != nil {
		panic("ui: a checked preset failed to load: " + err.Error())
	}
}

// Shown returns the id of the scenario on screen.
func (a *App) Shown() string { return a.shown }

// Marks returns the scrub bar's milestones for the current story.
func (a *App) Marks() []Mark { return a.marks }

// CurrentStep returns the story step on screen.
func (a *App) CurrentStep() Step { return Steps()[a.Step] }

// GoStep opens story step i (clamped): the scenario it shows, at its
// moment, with its task not yet done.
func (a *App) GoStep(i int) {
	i = min(max(i, 0), numSteps-1)
	a.Mode, a.Step, a.TaskDone, a.SourcesOpen = ModeStory, i, false, false
	st := Steps()[i]
	switch {
	case st.Scenario == "":
		a.applyFix()
	default:
		a.showPreset(st.Scenario)
	}
	if st.Fired {
		a.startFire()
		a.P.Seek(st.At)
		a.P.playing = st.Play
	}
}

// applyFix shows kakao2022 with the reader's fix, before the fire.
func (a *App) applyFix() {
	s, err := a.Fix.Apply(a.presets.must("kakao2022"))
	if err != nil {
		panic("ui: the fix does not apply to kakao2022: " + err.Error())
	}
	if err := a.show(s); err != nil {
		panic("ui: a fixed scenario failed to load: " + err.Error())
	}
}

func (a *App) startFire() {
	a.P.StartFire()
	a.marks = Marks(a.P.Timeline(), a.P.Result())
}

// pressFire carries out the fire button, which the story relabels: start
// the fire, replay it, replay it on another preset or on the reader's
// fix, or leave the story.
func (a *App) pressFire() {
	if a.Mode == ModeSandbox {
		a.startFire()
		a.Box().Tab = TabInside
		return
	}
	if a.Mode == ModeExplore {
		a.startFire()
		return
	}
	st := a.CurrentStep()
	switch st.Button {
	case MsgReplayNaver:
		a.showPreset("naver2022")
	case MsgReplayOVH:
		a.showPreset("ovh2021")
	case MsgReplayFix:
		a.applyFix()
	case MsgExplore:
		a.TaskDone = true
		a.EnterSandbox()
		return
	}
	a.startFire()
	if st.Button == MsgReplayFix {
		a.FixResult = a.fixResult()
	}
	if st.Task == TaskStartFire || st.Task == TaskReplay {
		a.TaskDone = true
	}
}

// fixResult measures KakaoTalk's time down in the fix on screen against
// 2022.
func (a *App) fixResult() *FixResult {
	down := func(r sim.Result) sim.Seconds {
		for _, o := range r.Apps {
			if o.ID == "talk" {
				return o.Down
			}
		}
		return 0
	}
	kakao := a.presets.must("kakao2022")
	base, err := sim.Run(kakao, kakao.Seed, nil, a.P.Horizon())
	if err != nil {
		panic("ui: kakao2022 failed to run: " + err.Error())
	}
	d := down(a.P.Result())
	return &FixResult{Fix: a.Fix, Down: d, Base: down(base.Result()), Hint: a.Fix.Hint(d)}
}

// Apply carries out one action.
func (a *App) Apply(act Action) {
	p := a.P
	switch act.Kind {
	case ActStartFire:
		a.pressFire()
	case ActTogglePlay:
		if !p.Fired() {
			a.pressFire()
			return
		}
		p.TogglePlay()
	case ActSlower:
		p.SetSpeed(p.Speed() - 1)
	case ActFaster:
		p.SetSpeed(p.Speed() + 1)
	case ActSetSpeed:
		p.SetSpeed(act.N)
	case ActSeek:
		p.Seek(act.T)
	case ActStep:
		p.Seek(p.Now() + act.T)
	case ActToggleLang:
		a.Lang = map[report.Lang]report.Lang{report.English: report.Korean, report.Korean: report.English}[a.Lang]
	case ActSetLang:
		if act.Lang == report.English || act.Lang == report.Korean {
			a.Lang = act.Lang
		}
	case ActPlay:
		if !p.Playing() {
			a.Apply(Action{Kind: ActTogglePlay})
		}
	case ActPause:
		if p.Playing() {
			p.TogglePlay()
		}
	case ActFocusNext:
		a.Focus = NextFocus(a.FocusOrder(), a.Focus, false)
	case ActFocusPrev:
		a.Focus = NextFocus(a.FocusOrder(), a.Focus, true)
	case ActNextStep:
		if a.Mode == ModeStory && a.Step == numSteps-1 {
			a.Mode = ModeExplore
		} else {
			a.GoStep(a.Step + 1)
		}
	case ActPrevStep:
		a.GoStep(a.Step - 1)
	case ActGoStep:
		a.GoStep(act.N)
	case ActToggleSources:
		a.SourcesOpen = !a.SourcesOpen
	case ActToggleFix:
		a.Fix ^= 1 << act.N
		a.FixResult = nil
		a.applyFix()
	case ActExplore:
		a.Mode = ModeExplore
	case ActSandbox:
		if a.Mode == ModeSandbox {
			a.GoStep(0)
		} else {
			a.EnterSandbox()
		}
	case ActStory:
		a.GoStep(0)
	case ActUndo, ActRedo:
		if a.Mode == ModeSandbox {
			if act.Kind == ActUndo {
				a.Box().Undo()
			} else {
				a.Box().Redo()
			}
			a.showDesign()
		}
	case ActOpenLink:
		if a.Box().Open(act.Text) || a.Mode != ModeSandbox {
			a.EnterSandbox()
		}
	case ActImport:
		if a.Box().Import(act.Text, act.Data) {
			a.EnterSandbox()
		}
	case ActPress:
		a.PressWidgetID(act.Text)
	}
	a.checkTask()
}

// Key handles key k: in presenter mode F, P and N toggle full screen,
// the clock and the teacher's notes; in the story, ← and → turn the
// steps (unless the scrub bar has the focus); everything else as
// KeyAction says.
func (a *App) Key(k Key, shift bool) { a.KeyWith(k, shift, false) }

// KeyWith is Key with the Ctrl (or ⌘) key's state: in the sandbox,
// Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes, arrows move a focused
// site and Backspace edits a focused name.
func (a *App) KeyWith(k Key, shift, ctrl bool) {
	if a.Mode == ModeSandbox && a.sandboxKey(k, shift, ctrl) {
		return
	}
	if ctrl {
		return
	}
	if a.Present {
		switch k {
		case KeyF:
			a.Fullscreen = true
			return
		case KeyP:
			a.Apply(Action{Kind: ActTogglePlay})
			return
		case KeyN:
			a.NotesOpen = !a.NotesOpen
			return
		}
	}
	if a.Mode == ModeStory && a.Focus != CtlScrub {
		switch k {
		case KeyLeft:
			a.Apply(Action{Kind: ActPrevStep})
			return
		case KeyRight:
			a.Apply(Action{Kind: ActNextStep})
			return
		}
	}
	if w, ok := a.focusedWidget(); ok && (k == KeyEnter || k == KeySpace) {
		a.pressWidget(w)
		return
	}
	if a.Mode == ModeSandbox && a.Box().Typing {
		if w, ok := a.focusedWidget(); ok && w.Kind == WName && k != KeyTab && k != KeyEnter {
			return // letters go to the name (TypeText)
		}
	}
	act := KeyAction(k, shift, a.Focus)
	if k == KeyEnter || k == KeySpace {
		if c := a.Focus; c >= CtlBack && c < CtlWidget {
			act = a.press(c)
		}
	}
	a.Apply(act)
}

// Tick advances the playback one update and checks the story's task.
func (a *App) Tick() {
	a.P.Tick()
	a.checkTask()
}

// checkTask marks the step's task done once its condition holds.
func (a *App) checkTask() {
	if a.Mode != ModeStory || a.TaskDone {
		return
	}
	st := a.CurrentStep()
	if st.Task != TaskScrubPast || !a.P.Fired() {
		return
	}
	until := st.Until
	if until == untilAllBack {
		until = a.P.Result().AllUp
	}
	if a.P.Now() >= until {
		a.TaskDone = true
	}
}

// FocusOrder lists the controls Tab visits, in screen order.
func (a *App) FocusOrder() []Control {
	order := []Control{}
	if a.Mode == ModeSandbox {
		for i := range a.widgets() {
			order = append(order, CtlWidget+Control(i))
		}
	}
	if a.Mode == ModeStory {
		order = append(order, CtlBack, CtlNext, CtlSources)
		if a.CurrentStep().Button == MsgReplayFix {
			order = append(order, CtlFix0, CtlFix1, CtlFix2, CtlFix3)
		}
	}
	return append(order, CtlFire, CtlSlower, CtlPlay, CtlFaster, CtlScrub, CtlSandbox, CtlLang)
}

// Active reports whether control c is on screen now.
func (a *App) Active(c Control) bool {
	for _, o := range a.FocusOrder() {
		if o == c {
			return true
		}
	}
	return false
}

// press returns the action for pressing control c.
func (a *App) press(c Control) Action {
	switch c {
	case CtlBack:
		return Action{Kind: ActPrevStep}
	case CtlNext:
		return Action{Kind: ActNextStep}
	case CtlSources:
		return Action{Kind: ActToggleSources}
	case CtlFix0, CtlFix1, CtlFix2, CtlFix3:
		return Action{Kind: ActToggleFix, N: int(c - CtlFix0)}
	}
	return Press(c)
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
// dragging keeps seeking until release; in the story, a tap on an app,
// the building or the map can be the step's task, and a horizontal
// swipe over the story card turns the step.
func (a *App) Pointer(l *Layout, x, y float64, ph PointerPhase) {
	if a.Mode == ModeSandbox && a.sandboxPointer(l, x, y, ph) {
		return
	}
	switch ph {
	case PointerDown:
		if a.SourcesOpen && !l.Buttons[CtlSources].Contains(x, y) {
			a.SourcesOpen = false
			return
		}
		c := l.Hit(x, y)
		if c != CtlNone && !a.Active(c) {
			c = CtlNone
		}
		if c == CtlNone {
			a.tap(l, x, y)
			return
		}
		a.Focus = c
		if c == CtlScrub {
			a.dragging = true
			a.seekTrack(l, x)
			return
		}
		a.Apply(a.press(c))
	case PointerMove:
		if a.dragging {
			a.seekTrack(l, x)
		}
	case PointerUp:
		a.dragging = false
		if a.swiping {
			a.swiping = false
			switch dx := x - a.swipeX; {
			case dx < -3*l.Unit:
				a.Apply(Action{Kind: ActNextStep})
			case dx > 3*l.Unit:
				a.Apply(Action{Kind: ActPrevStep})
			}
		}
	}
}

// tap handles a press on no control: the story's tap tasks and swipes.
func (a *App) tap(l *Layout, x, y float64) {
	if a.Mode != ModeStory {
		return
	}
	if l.Caption.Contains(x, y) {
		a.swiping, a.swipeX = true, x
		return
	}
	switch a.CurrentStep().Task {
	case TaskTapApp:
		for _, cell := range l.AppCells(len(a.P.Scenario().Apps)) {
			if cell.Contains(x, y) {
				a.TaskDone = true
			}
		}
	case TaskTapSite:
		a.TaskDone = a.TaskDone || l.Site.Contains(x, y)
	case TaskTapMap:
		for _, st := range a.P.Scenario().Sites {
			if st.ID != a.CurrentStep().Target {
				continue
			}
			sx, sy := l.MapProjection().Project(st.Lon, st.Lat)
			if (sx-x)*(sx-x)+(sy-y)*(sy-y) <= 4*l.Unit*l.Unit {
				a.TaskDone = true
			}
		}
	}
}

// Dragging reports whether the reader is dragging the scrub bar.
func (a *App) Dragging() bool { return a.dragging }

func (a *App) seekTrack(l *Layout, x float64) {
	if !a.P.Fired() {
		a.startFire()
		a.P.playing = false
	}
	a.P.Seek(sim.Seconds(l.TrackFraction(x) * float64(a.P.Horizon())))
	a.checkTask()
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

// Fragment is where the reader is, as the page's URL fragment keeps it:
// "story=5&lang=ko" (steps counted from 1) or "explore&lang=en".
func (a *App) Fragment() string {
	present := ""
	if a.Present {
		present = "&present=1"
	}
	if a.Mode == ModeExplore {
		return "explore&lang=" + string(a.Lang) + present
	}
	if a.Mode == ModeSandbox {
		return "sandbox=" + a.Box().Link() + "&lang=" + string(a.Lang) + present
	}
	return fmt.Sprintf("story=%d&lang=%s%s", a.Step+1, a.Lang, present)
}

package ui

import (
	"fmt"

	"outagelab/sim"
	"outagelab/sim/report"
)

// FixResult is what a replay of the reader's fix gave.
type FixResult struct {
	Fix  Fix
	Down sim.Seconds // KakaoTalk's time down with the fix
	Base sim.Seconds // its time down in 2022
	Hint Msg
	// Talk is KakaoTalk's outage in the replay, and Dark the clock time
	// it first went dark (if it did).
	Talk sim.AppOutage
	Dark sim.Clock
}

// Story is the guided story "The day Kakao went dark": ten steps, each
// a scenario at a moment and one thing for the reader to do on it.
type Story struct {
	stage
	step      int
	done      bool // the step's task is done
	fix       Fix
	fixResult *FixResult
	// fixBase is KakaoTalk's time down in the 2022 run, the figure the
	// fix step's replays are measured against; fixBaseRun says it is set.
	fixBase     sim.Seconds
	fixBaseRun  bool
	sourcesOpen bool
	swipeX      float64
	swiping     bool

	lay    Layout
	layKey layoutKey

	// words caches the step's title and text as filled from the run
	// (StepWords), for wordsKey.
	words    [2]string
	wordsKey wordsKey
}

// wordsKey names what a step's filled words depend on: the step, the
// language and the run (a playback changes its run only by firing).
type wordsKey struct {
	step    int
	lang    report.Lang
	p       *Playback
	fired   bool
	entries int
}

// Words returns the step's title and text as the reader sees them, their
// figures filled from the run on screen.
func (s *Story) Words() (title, text string) {
	k := wordsKey{s.step, s.sh.Lang, s.p, s.p.Fired(), len(s.p.Timeline())}
	if k != s.wordsKey {
		s.words[0], s.words[1] = StepWords(s.step, s.sh.Lang, s.p)
		s.wordsKey = k
	}
	return s.words[0], s.words[1]
}

// newStory opens the story's first step on the presets.
func newStory(sh *Shared, presets *Presets) (*Story, error) {
	s := &Story{stage: stage{sh: sh, presets: presets}}
	if err := s.loadPreset("kakao2022"); err != nil {
		return nil, err
	}
	s.GoStep(0)
	return s, nil
}

// Mode implements Scene.
func (s *Story) Mode() Mode { return ModeStory }

// Step returns the index of the step on screen, from 0.
func (s *Story) Step() int { return s.step }

// CurrentStep returns the story step on screen.
func (s *Story) CurrentStep() Step { return Steps()[s.step] }

// TaskDone reports whether the reader did the step's task.
func (s *Story) TaskDone() bool { return s.done }

// Fix returns the changes the reader picked on the fix step.
func (s *Story) Fix() Fix { return s.fix }

// FixResult returns what the last replay of the fix gave, or nil.
func (s *Story) FixResult() *FixResult { return s.fixResult }

// SourcesOpen reports whether the step's sources are listed.
func (s *Story) SourcesOpen() bool { return s.sourcesOpen }

// GoStep opens story step i (clamped): the scenario it shows, at its
// moment, with its task not yet done.
func (s *Story) GoStep(i int) {
	i = min(max(i, 0), numSteps-1)
	s.step, s.done, s.sourcesOpen = i, false, false
	st := Steps()[i]
	switch {
	case st.Scenario == "":
		s.measureBase()
		s.applyFix()
	default:
		s.showPreset(st.Scenario)
	}
	if st.Fired {
		s.startFire()
		s.p.Seek(st.At)
		s.p.SetPlaying(st.Play)
	}
}

// applyFix shows kakao2022 with the reader's fix, before the fire.
func (s *Story) applyFix() {
	scn, err := s.fix.Apply(s.presets.must("kakao2022"))
	if err != nil {
		panic("ui: the fix does not apply to kakao2022: " + err.Error())
	}
	if err := s.show(scn); err != nil {
		panic("ui: a fixed scenario failed to load: " + err.Error())
	}
}

// pressFire carries out the fire button, which the story relabels: start
// the fire, replay it, replay it on another preset or on the reader's
// fix, or leave the story for the sandbox.
func (s *Story) pressFire() Request {
	st := s.CurrentStep()
	switch st.Button {
	case MsgReplayNaver:
		s.showPreset("naver2022")
	case MsgReplayDaejeon:
		s.showPreset("nirs2025")
	case MsgReplayOVH:
		s.showPreset("ovh2021")
	case MsgReplayFix:
		s.applyFix()
	case MsgExplore:
		s.done = true
		return Request{Kind: ReqSandbox}
	}
	s.startFire()
	if st.Button == MsgReplayFix {
		s.fixResult = s.measureFix()
	}
	if st.Task == TaskStartFire || st.Task == TaskReplay {
		s.done = true
	}
	return Request{}
}

// FixBase returns KakaoTalk's time down in the 2022 run, which the fix
// step's card names as the figure to beat before the first replay;
// GoStep runs it on arriving at the step, so drawing runs no sim.
func (s *Story) FixBase() sim.Seconds { return s.fixBase }

// measureBase runs kakao2022 once, for KakaoTalk's time down in 2022.
func (s *Story) measureBase() {
	if s.fixBaseRun {
		return
	}
	kakao := s.presets.must("kakao2022")
	base, err := sim.Run(kakao, kakao.Seed, nil, s.p.Horizon())
	if err != nil {
		panic("ui: kakao2022 failed to run: " + err.Error())
	}
	s.fixBase, s.fixBaseRun = talkOutage(base.Result()).Down, true
}

// talkOutage is KakaoTalk messaging's outage in r.
func talkOutage(r sim.Result) sim.AppOutage {
	for _, o := range r.Apps {
		if o.ID == "talk" {
			return o
		}
	}
	return sim.AppOutage{FirstDown: sim.Never}
}

// measureFix measures KakaoTalk's time down in the fix on screen
// against 2022.
func (s *Story) measureFix() *FixResult {
	s.measureBase()
	o := talkOutage(s.p.Result())
	r := &FixResult{Fix: s.fix, Down: o.Down, Base: s.fixBase, Hint: s.fix.Hint(o), Talk: o}
	if o.FirstDown != sim.Never {
		r.Dark = s.p.ClockAt(o.FirstDown)
	}
	return r
}

// Apply implements Scene.
func (s *Story) Apply(act Action) Request {
	defer s.checkTask()
	if r, ok := s.transport(act, s.pressFire, s.FocusOrder()); ok {
		return r
	}
	switch act.Kind {
	case ActStartFire:
		return s.pressFire()
	case ActNextStep:
		if s.step == numSteps-1 {
			return Request{Kind: ReqExplore}
		}
		s.GoStep(s.step + 1)
	case ActPrevStep:
		s.GoStep(s.step - 1)
	case ActGoStep:
		s.GoStep(act.N)
	case ActStory:
		s.GoStep(0)
	case ActToggleSources:
		s.sourcesOpen = !s.sourcesOpen
	case ActToggleFix:
		s.fix ^= 1 << act.N
		s.fixResult = nil
		s.applyFix()
	default:
		r, _ := request(act)
		return r
	}
	return Request{}
}

// Key implements Scene: in presenter mode F, P and N toggle full
// screen, the clock and the teacher's notes; ← and → turn the steps
// (unless the scrub bar has the focus); Enter and Space press the
// focused control; everything else as KeyAction says.
func (s *Story) Key(k Key, shift, ctrl bool) Request {
	if ctrl {
		return Request{}
	}
	if r, ok := s.presenterKey(k, s.pressFire); ok {
		s.checkTask()
		return r
	}
	if s.sh.Focus != CtlScrub {
		switch k {
		case KeyLeft:
			return s.Apply(Action{Kind: ActPrevStep})
		case KeyRight:
			return s.Apply(Action{Kind: ActNextStep})
		}
	}
	return s.Apply(s.keyAction(k, shift))
}

// Pointer implements Scene: a press on a button presses it; on the
// scrub bar it seeks; a tap on an app, the building or the map can be
// the step's task, and a horizontal swipe over the story card turns the
// step. A press anywhere but the Sources button closes the sources.
func (s *Story) Pointer(x, y float64, ph PointerPhase) Request {
	defer s.checkTask()
	l := s.Layout()
	if ph == PointerDown && s.sourcesOpen && !l.Buttons[CtlSources].Contains(x, y) {
		s.sourcesOpen = false
		return Request{}
	}
	c, ok := s.pointer(l, x, y, ph, s.FocusOrder())
	switch {
	case ok && c != CtlNone:
		return s.Apply(pressControl(c))
	case ok:
		return Request{}
	case ph == PointerDown:
		s.tap(l, x, y)
	case ph == PointerUp && s.swiping:
		s.swiping = false
		switch dx := x - s.swipeX; {
		case dx < -3*l.Unit:
			return s.Apply(Action{Kind: ActNextStep})
		case dx > 3*l.Unit:
			return s.Apply(Action{Kind: ActPrevStep})
		}
	}
	return Request{}
}

// pressControl returns the action for pressing control c, the story's
// own controls included (a scene left with one focused still presses
// it with Enter).
func pressControl(c Control) Action {
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

// tap handles a press on no control: the story's tap tasks and swipes.
func (s *Story) tap(l *Layout, x, y float64) {
	if l.Caption.Contains(x, y) {
		s.swiping, s.swipeX = true, x
		return
	}
	switch s.CurrentStep().Task {
	case TaskTapApp:
		for _, cell := range l.AppCells(len(s.p.Scenario().Apps)) {
			if cell.Contains(x, y) {
				s.done = true
			}
		}
	case TaskTapSite:
		s.done = s.done || l.Site.Contains(x, y)
	case TaskTapMap:
		for _, st := range s.p.Scenario().Sites {
			if st.ID != s.CurrentStep().Target {
				continue
			}
			if l.SiteTapped(st, x, y) {
				s.done = true
			}
		}
	}
}

// TypeText implements Scene; the story has no text field.
func (s *Story) TypeText(string) {}

// Typing implements Scene.
func (s *Story) Typing() bool { return false }

// Tick implements Scene: it advances the playback one update and checks
// the step's task.
func (s *Story) Tick() {
	s.p.Tick()
	s.checkTask()
}

// checkTask marks the step's task done once its condition holds.
func (s *Story) checkTask() {
	if s.done {
		return
	}
	if until, ok := s.ScrubTo(); ok && s.p.Fired() && s.p.Now() >= until {
		s.done = true
	}
}

// ScrubTo returns the time a TaskScrubPast step asks the reader to drag
// the playhead past, as the run on screen has it (the power cut, every
// app back), and false on other steps.
func (s *Story) ScrubTo() (sim.Seconds, bool) {
	st := s.CurrentStep()
	if st.Task != TaskScrubPast {
		return 0, false
	}
	switch st.Until {
	case untilAllBack:
		return s.p.Result().AllUp, true
	case untilCut:
		return powerCut(s.p), true
	}
	return st.Until, true
}

// Layout implements Scene.
func (s *Story) Layout() *Layout { return s.storyLayout(&s.lay, &s.layKey, s.CurrentStep().Lean) }

// View implements Scene: the fire button says what the step's button
// does.
func (s *Story) View() View {
	fire := s.CurrentStep().Button
	if fire == MsgReplay {
		fire = MsgStartFire
	}
	return s.view(fire)
}

// storyLook is what the story shows, for Look.
type storyLook struct {
	stage          stageLook
	step           int
	done, sources  bool
	fix            Fix
	fixRun         *FixResult
	notes, present bool
}

// Look implements Scene.
func (s *Story) Look() any {
	return storyLook{stage: s.look(), step: s.step, done: s.done, sources: s.sourcesOpen, fix: s.fix, fixRun: s.fixResult,
		notes: s.sh.Notes, present: s.sh.Present}
}

// Animated implements Scene: the pulse that shows where to act moves
// until the task is done.
func (s *Story) Animated() bool { return !s.done }

// FocusOrder implements Scene.
func (s *Story) FocusOrder() []Control {
	order := []Control{CtlBack, CtlNext, CtlSources}
	if s.CurrentStep().Button == MsgReplayFix {
		order = append(order, CtlFix0, CtlFix1, CtlFix2, CtlFix3)
	}
	return append(order, sharedControls()...)
}

// sharedControls returns the controls every scene has, in focus order.
func sharedControls() []Control {
	return []Control{CtlFire, CtlSlower, CtlPlay, CtlFaster, CtlScrub, CtlSandbox, CtlLang}
}

// Fragment implements Scene: "story=5&lang=ko", steps counted from 1.
func (s *Story) Fragment() string {
	return fmt.Sprintf("story=%d&lang=%s%s", s.step+1, s.sh.Lang, presentPart(s.sh))
}

// presentPart is the fragment's presenter-mode part.
func presentPart(sh *Shared) string {
	if sh.Present {
		return "&present=1"
	}
	return ""
}

// NotesOpen reports whether the teacher's notes are shown (presenter
// mode's N).
func (s *Story) NotesOpen() bool { return s.sh.Notes }

package ui

import (
	"strings"

	"outagelab/game/geo"
	"outagelab/sim"
	"outagelab/sim/report"
)

// stage is what every scene has on screen: a playback of one scenario
// with its book of names and its scrub-bar marks, and the controls
// every scene shares (fire, play, speed, the scrub bar, the language).
// Scenes embed it and add their own state and input.
type stage struct {
	sh      *Shared
	presets *Presets

	p      *Playback
	book   *report.Book
	marks  []Mark
	shown  string // id of the scenario on screen
	preset string // id of the preset on screen as it ships, or "" (a fix, a design, a file)

	dragging bool // the scrub bar is being dragged

	// The caption last worked out, and what it was worked out for.
	caption    string
	captionFor captionKey
}

// captionKey is what the caption depends on: the run (its playback and
// timeline), how far it has played (its version: the caption changes
// only at timeline entries), whether it was fired, the language.
type captionKey struct {
	p     *Playback
	first *sim.Entry
	ver   int
	fired bool
	lang  report.Lang
}

// stageOf implements Scene.
func (s *stage) stageOf() *stage { return s }

// show puts scenario scn on screen, before its fire.
func (s *stage) show(scn *sim.Scenario) error {
	p, err := NewPlayback(scn)
	if err != nil {
		return err
	}
	s.p, s.shown, s.preset, s.marks = p, scn.ID, "", nil
	s.book = report.NewBook(p.Scenario())
	return nil
}

// loadPreset puts preset id on screen, before its fire. A playback of
// it that the reader has not touched yet is kept: making one runs the
// week twice, and opening the explainer would otherwise make the first
// step's three times (NewApp, its first step, the link's place).
func (s *stage) loadPreset(id string) error {
	if s.preset == id && s.p.untouched() {
		return nil
	}
	scn, err := s.presets.Get(id)
	if err != nil {
		return err
	}
	if err := s.show(scn); err != nil {
		return err
	}
	s.preset = id
	return nil
}

// showPreset is loadPreset for a preset the tests check loads.
func (s *stage) showPreset(id string) {
	if err := s.loadPreset(id); err != nil {
		panic("ui: a checked preset failed to load: " + err.Error())
	}
}

// startFire starts the run's incident and marks its milestones.
func (s *stage) startFire() {
	s.p.StartFire()
	s.marks = Marks(s.p.Timeline(), s.p.Result())
}

// startPaused starts the incident, if it has not started, with the
// clock stopped, for a reader who moves the clock by hand.
func (s *stage) startPaused() {
	if !s.p.Fired() {
		s.startFire()
		s.p.SetPlaying(false)
	}
}

// transport carries out the actions every scene shares: the clock, the
// speed, the language and the focus. pressFire is the scene's fire
// button, and order its focus order. It reports whether act was one of
// them, and what pressing the fire button (to play before the fire)
// requested.
func (s *stage) transport(act Action, pressFire func() Request, order []Control) (Request, bool) {
	p := s.p
	switch act.Kind {
	case ActTogglePlay:
		if !p.Fired() {
			return pressFire(), true
		}
		p.TogglePlay()
	case ActPlay:
		if !p.Playing() {
			return s.transport(Action{Kind: ActTogglePlay}, pressFire, order)
		}
	case ActPause:
		p.SetPlaying(false)
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
		s.sh.Lang = map[report.Lang]report.Lang{report.English: report.Korean, report.Korean: report.English}[s.sh.Lang]
	case ActSetLang:
		if act.Lang == report.English || act.Lang == report.Korean {
			s.sh.Lang = act.Lang
		}
	case ActFocusNext:
		s.sh.Focus = NextFocus(order, s.sh.Focus, false)
	case ActFocusPrev:
		s.sh.Focus = NextFocus(order, s.sh.Focus, true)
	default:
		return Request{}, false
	}
	return Request{}, true
}

// request returns the request an action that leaves the scene makes,
// if act is one.
func request(act Action) (Request, bool) {
	switch act.Kind {
	case ActNextStep:
		return Request{Kind: ReqNextStep}, true
	case ActPrevStep:
		return Request{Kind: ReqPrevStep}, true
	case ActGoStep:
		return Request{Kind: ReqStep, N: act.N}, true
	case ActStory:
		return Request{Kind: ReqStep}, true
	case ActExplore:
		return Request{Kind: ReqExplore}, true
	case ActSandbox:
		return Request{Kind: ReqSandbox}, true
	case ActOpenLink:
		return Request{Kind: ReqOpenLink, Text: act.Text}, true
	case ActImport:
		return Request{Kind: ReqImport, Text: act.Text, Data: act.Data}, true
	}
	return Request{}, false
}

// keyAction returns the action for key k as KeyAction says, except that
// Enter and Space press a focused control of the story's own (a scene
// left with one focused still presses it).
func (s *stage) keyAction(k Key, shift bool) Action {
	if c := s.sh.Focus; (k == KeyEnter || k == KeySpace) && c >= CtlBack && c < CtlWidget {
		return pressControl(c)
	}
	return KeyAction(k, shift, s.sh.Focus)
}

// presenterKey handles the presenter's keys every scene shares: F (full
// screen), P (the clock) and N (the teacher's notes). It reports whether it used k.
func (s *stage) presenterKey(k Key, pressFire func() Request) (Request, bool) {
	if !s.sh.Present {
		return Request{}, false
	}
	switch k {
	case KeyF:
		return Request{Kind: ReqFullscreen}, true
	case KeyP:
		r, _ := s.transport(Action{Kind: ActTogglePlay}, pressFire, nil)
		return r, true
	case KeyN:
		s.sh.Notes = !s.sh.Notes
		return Request{}, true
	}
	return Request{}, false
}

// pointer handles a press, drag or release on the controls every scene
// shares: a press on the scrub bar seeks there and dragging keeps
// seeking until release; a press on another active control focuses it
// and returns it (c) for the scene to press. It reports whether the
// event was a press on a control.
func (s *stage) pointer(l *Layout, x, y float64, ph PointerPhase, order []Control) (c Control, ok bool) {
	switch ph {
	case PointerDown:
		c := l.Hit(x, y)
		if c == CtlNone || !active(order, c) {
			return CtlNone, false
		}
		s.sh.Focus = c
		if c == CtlScrub {
			s.dragging = true
			s.seekTrack(l, x)
			return CtlNone, true
		}
		return c, true
	case PointerMove:
		if s.dragging {
			s.seekTrack(l, x)
		}
	case PointerUp:
		s.dragging = false
	}
	return CtlNone, false
}

// seekTrack moves the clock to the scrub bar's time under x, starting
// the incident paused where it has not started.
func (s *stage) seekTrack(l *Layout, x float64) {
	s.startPaused()
	s.p.Seek(sim.Seconds(l.TrackFraction(x) * float64(s.p.Horizon())))
}

// active reports whether control c is in order.
func active(order []Control, c Control) bool {
	for _, o := range order {
		if o == c {
			return true
		}
	}
	return false
}

// CaptionText returns what is happening now, in the reader's language,
// prefixed with its clock time; before the fire, the story's opening.
func (s *stage) CaptionText() string {
	p := s.p
	k := captionKey{p: p, ver: p.Version(), fired: p.Fired(), lang: s.sh.Lang}
	if tl := p.Timeline(); len(tl) > 0 {
		k.first = &tl[0]
	}
	if k != s.captionFor || s.caption == "" {
		s.caption, s.captionFor = s.captionNow(), k
	}
	return s.caption
}

// captionNow works out CaptionText.
func (s *stage) captionNow() string {
	p := s.p
	i := Caption(p.Timeline(), p.Now())
	if !p.Fired() || i < 0 {
		if scn := p.Scenario(); !strings.HasPrefix(scn.ID, "kakao2022") {
			// Another fire: its own setting, not KakaoTalk's users.
			return scn.Summary.In(string(s.sh.Lang))
		}
		return Text(MsgIntro, s.sh.Lang)
	}
	e := p.Timeline()[i]
	c := p.ClockAt(e.At)
	return report.Date(c, s.sh.Lang) + " — " + s.book.Describe(e, s.sh.Lang)
}

// view returns the shared panels' view with the fire button labelled
// fire.
func (s *stage) view(fire Msg) View {
	v := View{Lang: s.sh.Lang, Present: s.sh.Present, Focus: s.sh.Focus, Ring: s.sh.Ring, P: s.p, Book: s.book, Marks: s.marks, Fire: fire}
	if s.p.Fired() && (fire == MsgStartFire || fire == SbStartIncident) {
		v.Fire, v.Replay = MsgReplay, true
	}
	return v
}

// stageLook is what the shared panels show, for Look.
type stageLook struct {
	t                        sim.Seconds
	lang                     report.Lang
	present                  bool
	focus                    Control
	ring                     bool
	playing, fired, dragging bool
	speed                    int
	shown                    string
	p                        *Playback
}

// look returns the shared panels' Look.
func (s *stage) look() stageLook {
	p := s.p
	return stageLook{t: p.Now(), lang: s.sh.Lang, present: s.sh.Present, focus: s.sh.Focus, ring: s.sh.Ring, playing: p.Playing(), fired: p.Fired(),
		dragging: s.dragging, speed: p.Speed(), shown: s.shown, p: p}
}

// layoutKey is what a scene's layout depends on.
type layoutKey struct {
	w, h, scale float64
	present     bool
	tab         Tab
	// scn is the scenario whose sites a phone's map is fitted to; box
	// the sandbox's close-up of its sites.
	scn *sim.Scenario
	box geo.Box
	// lean is the story step's share of a phone's height between the
	// building and the map.
	lean Lean
}

// storyLayout returns the layout of the story and the free view for the
// screen, with the building or the map leaning larger on a phone, made
// anew only when the screen's size, presenter mode, scenario (the map
// closes in on the scenario's sites) or lean changed since the last
// call.
func (s *stage) storyLayout(lay *Layout, key *layoutKey, lean Lean) *Layout {
	k := layoutKey{w: s.sh.W, h: s.sh.H, scale: s.sh.Scale, present: s.sh.Present, scn: s.p.Scenario(), lean: lean}
	if k == *key && lay.W > 0 {
		return lay
	}
	*key = k
	if k.present {
		*lay = ComputePresent(k.w, k.h, k.scale)
	} else {
		*lay = Compute(k.w, k.h, k.scale)
	}
	lay.LeanTo(k.lean)
	lay.FitMap(k.scn.Sites)
	return lay
}

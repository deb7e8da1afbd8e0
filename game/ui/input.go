package ui

import (
	"outagelab/sim"
	"outagelab/sim/report"
)

// Key is a key the game listens to, independent of Ebiten's key codes.
type Key int

// Keys.
const (
	KeyNone Key = iota
	KeyTab
	KeyEnter
	KeySpace
	KeyLeft
	KeyRight
	KeyUp
	KeyDown
	KeyHome
	KeyEnd
	KeyF
	KeyL
	KeyP
	KeyN
	Key1 // Key1 + i is the digit key i+1, up to Key1+5 for "6".
	_    // Key1+1 … Key1+5: the digits 2 to 6
	_
	_
	_
	_
	// KeyZ, KeyY and KeyBackspace serve the sandbox: undo and redo with
	// Ctrl, and deleting from a name.
	KeyZ
	KeyY
	KeyBackspace
)

// ActionKind names what the reader asked for.
type ActionKind int

// Actions.
const (
	ActNone ActionKind = iota
	ActStartFire
	ActTogglePlay
	ActSlower
	ActFaster
	ActSetSpeed // N holds the index
	ActSeek     // T holds the time
	ActStep     // T holds the signed step
	ActToggleLang
	ActFocusNext
	ActFocusPrev
	ActPlay
	ActPause
	ActSetLang // Lang holds the language
	ActNextStep
	ActPrevStep
	ActGoStep // N holds the step index
	ActToggleSources
	ActToggleFix // N holds the change's bit number
	ActExplore
	ActSandbox // open the sandbox
	ActStory   // back to the story's first step
	ActUndo
	ActRedo
	ActOpenLink // Text holds a share link
	ActImport   // Text holds the file's name, Data its bytes
	ActPress    // Text holds a sandbox widget's id
)

// Action is one request from the reader, ready for Game to apply.
type Action struct {
	Kind ActionKind
	T    sim.Seconds
	N    int
	Lang report.Lang
	Text string
	Data []byte
}

// Press returns the action for pressing control c (a click, a tap, or
// Enter/Space while it has focus). Pressing the scrub bar is handled by
// its position, see Layout.TrackFraction.
func Press(c Control) Action {
	switch c {
	case CtlFire:
		return Action{Kind: ActStartFire}
	case CtlPlay:
		return Action{Kind: ActTogglePlay}
	case CtlSlower:
		return Action{Kind: ActSlower}
	case CtlFaster:
		return Action{Kind: ActFaster}
	case CtlLang:
		return Action{Kind: ActToggleLang}
	case CtlSandbox:
		return Action{Kind: ActSandbox}
	}
	return Action{}
}

// KeyAction returns the action for key k (with Shift held or not) while
// control focus has the keyboard focus:
//
//	Tab / Shift+Tab   move the focus
//	Enter, Space      press the focused control (play/pause when none)
//	← →               step an hour (a day with Shift)
//	Home End          jump to the start or the end
//	↑ ↓               faster, slower
//	1–6               pick a speed
//	F                 start the fire;  L  switch language
func KeyAction(k Key, shift bool, focus Control) Action {
	step := sim.Hour
	if shift {
		step = sim.Day
	}
	switch {
	case k == KeyTab && shift:
		return Action{Kind: ActFocusPrev}
	case k == KeyTab:
		return Action{Kind: ActFocusNext}
	case k == KeyEnter || k == KeySpace:
		if focus == CtlNone || focus == CtlScrub {
			return Action{Kind: ActTogglePlay}
		}
		return Press(focus)
	case k == KeyLeft:
		return Action{Kind: ActStep, T: -step}
	case k == KeyRight:
		return Action{Kind: ActStep, T: step}
	case k == KeyHome:
		return Action{Kind: ActSeek, T: 0}
	case k == KeyEnd:
		return Action{Kind: ActSeek, T: sim.Never}
	case k == KeyUp:
		return Action{Kind: ActFaster}
	case k == KeyDown:
		return Action{Kind: ActSlower}
	case k == KeyF:
		return Action{Kind: ActStartFire}
	case k == KeyL:
		return Action{Kind: ActToggleLang}
	case k >= Key1 && k < Key1+Key(len(Speeds())):
		return Action{Kind: ActSetSpeed, N: int(k - Key1)}
	}
	return Action{}
}

// NextFocus returns the control after (or, with back, before) c in
// order, wrapping around; from a control not in order it starts at the
// first (or last).
func NextFocus(order []Control, c Control, back bool) Control {
	n := len(order)
	i := -1
	for k, o := range order {
		if o == c {
			i = k
		}
	}
	switch {
	case i < 0 && back:
		return order[n-1]
	case i < 0:
		return order[0]
	case back:
		return order[(i-1+n)%n]
	}
	return order[(i+1)%n]
}

// PointerPhase is the stage of a mouse press or touch.
type PointerPhase int

// Pointer phases.
const (
	PointerDown PointerPhase = iota
	PointerMove
	PointerUp
)

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
	Key1 // Key1 + i is the digit key i+1, up to Key1+5 for "6".
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
	ActSetSpeed // Speed holds the index
	ActSeek     // T holds the time
	ActStep     // T holds the signed step
	ActToggleLang
	ActFocusNext
	ActFocusPrev
	ActPlay
	ActPause
	ActSetLang // Lang holds the language
)

// Action is one request from the reader, ready for Game to apply.
type Action struct {
	Kind  ActionKind
	T     sim.Seconds
	Speed int
	Lang  report.Lang
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
		return Action{Kind: ActSetSpeed, Speed: int(k - Key1)}
	}
	return Action{}
}

// NextFocus returns the control after (or, with back, before) c in
// focus order, wrapping around.
func NextFocus(c Control, back bool) Control {
	n := int(numControls) - 1
	i := int(c) - 1
	if back {
		i = (i - 1 + n) % n
		if c == CtlNone {
			i = n - 1
		}
	} else {
		i = (i + 1) % n
	}
	return Control(i + 1)
}

package ui

import (
	"outagelab/sim/report"
)

// Mode names the scene on screen: the guided story, the free view or
// the sandbox. Scenes say which they are; the URL fragment and the test
// hook name them.
type Mode int

// Modes.
const (
	ModeStory Mode = iota
	ModeExplore
	// ModeSandbox is the reader's own design.
	ModeSandbox
)

// String names the mode as the URL fragment and the test hook do.
func (m Mode) String() string {
	switch m {
	case ModeStory:
		return "story"
	case ModeExplore:
		return "explore"
	case ModeSandbox:
		return "sandbox"
	}
	return "mode?"
}

// Scene is one thing the reader does: follow the story, look around
// freely, or build a design. It owns its state and its input; what it
// cannot do itself (open another scene, copy a link, save a file) it
// returns as a Request for its owner, App, to carry out.
type Scene interface {
	// Mode says which scene this is.
	Mode() Mode
	// Apply carries out one action.
	Apply(act Action) Request
	// Key handles key k with Shift and Ctrl (or ⌘) held or not.
	Key(k Key, shift, ctrl bool) Request
	// Pointer handles a mouse or touch event at (x, y), in layout
	// pixels.
	Pointer(x, y float64, ph PointerPhase) Request
	// TypeText takes typed characters (only the sandbox's name field
	// does).
	TypeText(s string)
	// Typing reports whether typed characters go to a text field.
	Typing() bool
	// Tick advances the scene one update.
	Tick()
	// Layout returns the scene's layout for the current screen.
	Layout() *Layout
	// View returns what the panels every scene shares draw.
	View() View
	// Look returns a comparable value that changes whenever what the
	// scene shows changes; the game redraws only then.
	Look() any
	// Animated reports whether the scene moves on its own (a pulse, a
	// cursor), apart from the simulation's flames.
	Animated() bool
	// FocusOrder lists the controls Tab visits, in screen order.
	FocusOrder() []Control
	// Fragment is where the reader is, as the URL fragment keeps it.
	Fragment() string
	// Fill adds the scene's part to the test hook's state.
	Fill(s *State)
	// Announce adds the scene's part to the screen reader's summary,
	// before the clock and the caption.
	Announce() string
	// stageOf returns the scene's stage: every scene embeds one.
	stageOf() *stage
}

// Shared is what every scene reads and the owner keeps across scene
// changes: the reader's language, presenter mode, the keyboard focus
// and the screen's size.
type Shared struct {
	Lang    report.Lang
	Present bool
	Focus   Control
	// Ring is set while the focus ring shows: after a key, not after a
	// press by mouse or finger.
	Ring bool
	// Notes shows the teacher's notes in presenter mode.
	Notes bool
	// W and H are the screen's size in layout pixels, Scale the layout
	// pixels per CSS pixel.
	W, H, Scale float64
}

// View is what the panels that every scene shares (the header, the map,
// the building, the phone and the controls) draw, for one frame.
type View struct {
	Lang    report.Lang
	Present bool
	Focus   Control
	// Ring is set while the focus ring shows (Shared.Ring).
	Ring  bool
	P     *Playback
	Book  *report.Book
	Marks []Mark
	// Fire labels the fire button; Replay dims it as a replay.
	Fire   Msg
	Replay bool
}

// RequestKind names what a scene asks its owner (or the platform) to
// do.
type RequestKind int

// Requests.
const (
	ReqNone RequestKind = iota
	// ReqStep opens story step N; ReqNextStep and ReqPrevStep the step
	// after or before the story's last.
	ReqStep
	ReqNextStep
	ReqPrevStep
	ReqExplore
	ReqSandbox
	// ReqOpenLink opens the share link Text in the sandbox; ReqImport
	// the scenario file Text with bytes Data.
	ReqOpenLink
	ReqImport
	// The platform's: full screen, copy the share link, save the design
	// as a file, ask for a file to open, save the Chart, Compare or
	// Nines tab as a picture, save the chart's data.
	ReqFullscreen
	ReqCopyLink
	ReqExport
	ReqOpenFile
	ReqSavePNG
	ReqSaveCSV
)

// String names the request kind for tests and logs.
func (k RequestKind) String() string {
	names := [...]string{"none", "step", "next-step", "prev-step", "explore", "sandbox", "open-link", "import",
		"fullscreen", "copy-link", "export", "open-file", "save-png", "save-csv"}
	if k < 0 || int(k) >= len(names) {
		return "request?"
	}
	return names[k]
}

// Request is what a scene returns for its owner to carry out: open
// another scene, or ask the platform for something.
type Request struct {
	Kind RequestKind
	N    int
	Text string
	Data []byte
}

package ui

import (
	"fmt"

	"outagelab/sim/report"
)

// App is the small owner of the scenes: it holds what they share
// (language, presenter mode, focus, screen size), the story (where Back
// and Next lead from any scene) and the sandbox once made, hands input
// to the scene on screen and carries out the scene changes it requests.
// Requests for the platform (copy a link, save a file…) it returns to
// the game.
type App struct {
	sh      Shared
	presets *Presets
	scene   Scene
	story   *Story
	sandbox *SandboxScene // made on first use by Box
	// autosave, if set, gives the design the sandbox restores when it
	// is made.
	autosave func() string
}

// NewApp prepares the presets for the reader in language lang, opening
// the story's first step. The sandbox is made when it is first needed.
func NewApp(presets *Presets, lang report.Lang) (*App, error) {
	for _, id := range []string{"kakao2022", "naver2022", "ovh2021"} {
		if !presets.Has(id) {
			return nil, fmt.Errorf("ui: preset %q is missing", id)
		}
	}
	a := &App{sh: Shared{Lang: lang, W: 1280, H: 720, Scale: 1}, presets: presets}
	story, err := newStory(&a.sh, presets)
	if err != nil {
		return nil, err
	}
	a.story, a.scene = story, story
	return a, nil
}

// Scene returns the scene on screen.
func (a *App) Scene() Scene { return a.scene }

// Story returns the guided story (on screen or not).
func (a *App) Story() *Story { return a.story }

// Mode returns which scene is on screen.
func (a *App) Mode() Mode { return a.scene.Mode() }

// Lang returns the reader's language.
func (a *App) Lang() report.Lang { return a.sh.Lang }

// Present reports whether presenter mode is on.
func (a *App) Present() bool { return a.sh.Present }

// Focus returns the control with the keyboard focus.
func (a *App) Focus() Control { return a.sh.Focus }

// Playback returns the run on screen.
func (a *App) Playback() *Playback { return a.scene.stageOf().p }

// Layout returns the layout of the scene on screen.
func (a *App) Layout() *Layout { return a.scene.Layout() }

// Resize sets the screen's size: w × h layout pixels at scale layout
// pixels per CSS pixel.
func (a *App) Resize(w, h, scale float64) { a.sh.W, a.sh.H, a.sh.Scale = w, h, scale }

// sandboxScene returns the sandbox, making it (on the blank design, or
// the one given to Autosaved) the first time.
func (a *App) sandboxScene() *SandboxScene {
	if a.sandbox == nil {
		box := NewSandbox(a.presets)
		if a.autosave != nil {
			if link := a.autosave(); link != "" {
				box.Restore(link)
			}
		}
		a.sandbox = newSandboxScene(&a.sh, a.presets, box)
	}
	return a.sandbox
}

// Box returns the sandbox's design and what it shows about it, making
// the sandbox the first time.
func (a *App) Box() *Sandbox { return a.sandboxScene().box }

// Autosaved gives the sandbox what load returns, the design the reader
// left (a share link's design part), to open with; load is called when
// the sandbox is made, not before (reading a browser's storage costs
// the first frame). A link that does not decode is ignored.
func (a *App) Autosaved(load func() string) {
	if a.sandbox != nil {
		if link := load(); link != "" {
			a.sandbox.box.Restore(link)
		}
		return
	}
	a.autosave = load
}

// Apply carries out one action on the scene on screen and returns what
// the platform should do for it, if anything.
func (a *App) Apply(act Action) Request {
	if act.Kind == ActFocusNext || act.Kind == ActFocusPrev {
		a.sh.Ring = true
	}
	return a.carry(a.scene.Apply(act))
}

// Key handles key k with Shift and Ctrl (or ⌘) held or not.
// The focus ring shows from then on, as a browser's :focus-visible
// does for a keyboard reader.
func (a *App) Key(k Key, shift, ctrl bool) Request {
	a.sh.Ring = true
	return a.carry(a.scene.Key(k, shift, ctrl))
}

// Pointer handles a mouse or touch event at (x, y) in layout pixels.
// A press hides the focus ring: the control it moved the focus to is
// the one under the reader's finger, which needs no ring.
func (a *App) Pointer(x, y float64, ph PointerPhase) Request {
	if ph == PointerDown {
		a.sh.Ring = false
	}
	return a.carry(a.scene.Pointer(x, y, ph))
}

// TypeText hands typed characters to the scene.
func (a *App) TypeText(s string) { a.scene.TypeText(s) }

// Typing reports whether typed characters go to a text field.
func (a *App) Typing() bool { return a.scene.Typing() }

// Tick advances the scene one update.
func (a *App) Tick() { a.scene.Tick() }

// Fragment is where the reader is, as the page's URL fragment keeps it.
func (a *App) Fragment() string { return a.scene.Fragment() }

// carry carries out request r if it is a scene change, and returns it
// if it is the platform's.
func (a *App) carry(r Request) Request {
	switch r.Kind {
	case ReqStep:
		a.goStep(r.N)
	case ReqNextStep:
		a.goStep(a.story.step + 1)
	case ReqPrevStep:
		a.goStep(a.story.step - 1)
	case ReqExplore:
		a.explore()
	case ReqSandbox:
		a.enterSandbox()
	case ReqOpenLink:
		if a.Box().Open(r.Text) || a.scene.Mode() != ModeSandbox {
			a.enterSandbox()
		}
	case ReqImport:
		if a.Box().Import(r.Text, r.Data) {
			a.enterSandbox()
		}
	default:
		return r
	}
	return Request{}
}

// goStep opens story step i.
func (a *App) goStep(i int) {
	a.story.GoStep(i)
	a.scene = a.story
}

// explore opens the free view on what the story has on screen.
func (a *App) explore() {
	if a.scene.Mode() != ModeExplore {
		a.scene = newExplore(a.story.stage)
	}
}

// enterSandbox opens the sandbox on the design it holds.
func (a *App) enterSandbox() {
	sb := a.sandboxScene()
	sb.enter()
	a.scene = sb
}

// Sandbox returns the sandbox scene, making it the first time.
func (a *App) Sandbox() *SandboxScene { return a.sandboxScene() }

// CaptionText returns what is happening now on screen, in the reader's
// language.
func (a *App) CaptionText() string { return a.scene.stageOf().CaptionText() }

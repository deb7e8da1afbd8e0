package ui

// Explore is the free view: a preset on screen with the controls every
// scene shares and nothing to do but look, play and scrub.
type Explore struct {
	stage
	lay    Layout
	layKey layoutKey
}

// newExplore opens the free view on what st has on screen.
func newExplore(st stage) *Explore {
	st.dragging = false
	return &Explore{stage: st}
}

// Mode implements Scene.
func (e *Explore) Mode() Mode { return ModeExplore }

// Apply implements Scene.
func (e *Explore) Apply(act Action) Request {
	if r, ok := e.transport(act, e.pressFire, e.FocusOrder()); ok {
		return r
	}
	if act.Kind == ActStartFire {
		return e.pressFire()
	}
	r, _ := request(act)
	return r
}

// pressFire starts (or replays) the fire.
func (e *Explore) pressFire() Request {
	e.startFire()
	return Request{}
}

// showPreset puts preset id on screen, if there is one by that name.
func (e *Explore) showPreset(id string) {
	if e.presets.Has(id) {
		e.stage.showPreset(id)
	}
}

// Key implements Scene: the presenter's keys, then KeyAction's.
func (e *Explore) Key(k Key, shift, ctrl bool) Request {
	if ctrl {
		return Request{}
	}
	if r, ok := e.presenterKey(k, e.pressFire); ok {
		return r
	}
	return e.Apply(e.keyAction(k, shift))
}

// Pointer implements Scene.
func (e *Explore) Pointer(x, y float64, ph PointerPhase) Request {
	if c, ok := e.pointer(e.Layout(), x, y, ph, e.FocusOrder()); ok && c != CtlNone {
		return e.Apply(pressControl(c))
	}
	return Request{}
}

// TypeText implements Scene; the free view has no text field.
func (e *Explore) TypeText(string) {}

// Typing implements Scene.
func (e *Explore) Typing() bool { return false }

// Tick implements Scene.
func (e *Explore) Tick() { e.p.Tick() }

// Layout implements Scene.
func (e *Explore) Layout() *Layout { return e.storyLayout(&e.lay, &e.layKey, LeanEven) }

// View implements Scene.
func (e *Explore) View() View { return e.view(MsgStartFire) }

// Look implements Scene.
func (e *Explore) Look() any { return e.look() }

// Animated implements Scene: nothing moves but the flames.
func (e *Explore) Animated() bool { return false }

// FocusOrder implements Scene.
func (e *Explore) FocusOrder() []Control { return sharedControls() }

// Fragment implements Scene: "explore&lang=en".
func (e *Explore) Fragment() string {
	return "explore&lang=" + string(e.sh.Lang) + presentPart(e.sh)
}

// Fill implements Scene: the free view adds nothing.
func (e *Explore) Fill(*State) {}

// Announce implements Scene: the free view adds nothing before the
// clock.
func (e *Explore) Announce() string { return "" }

package ui

import (
	"unicode/utf8"

	"outagelab/game/geo"

	"outagelab/sim/design"
)

// CtlWidget is the first Control that stands for a sandbox widget:
// CtlWidget + i is Widgets()[i].
const CtlWidget Control = 1000

// siteStep is how far an arrow key moves a site, in ten-thousandths of
// a degree (Shift moves five times as far).
const siteStep = 500

// SandboxScene is the sandbox on screen: the reader's design (Sandbox),
// run under its incident, with its editor's widgets, a site dragged
// across the map, and the shared controls.
type SandboxScene struct {
	stage
	box *Sandbox

	siteDrag             int // the site dragged across the map, or -1
	dragFromX, dragFromY float64
	dragX, dragY         float64
	// partDrag is the tray's part being dragged (dragFrom and drag
	// say where), or -1.
	partDrag Part
	// pressRoom is the room of the Inside tab's cut-away (of site
	// pressSite) pressed, or -1; taking the part a drag from it
	// carries out of the building, or -1.
	pressSite, pressRoom int
	taking               Part
	// line is the copy line pressed while lineHeld, carried once the
	// press moves (lineCarried).
	line                  Link
	lineHeld, lineCarried bool
	// lines is scratch room for the map's lines a tap is tested on; pts
	// for the sites the map closes in on.
	lines []Link
	pts   []geo.Point

	lay    Layout
	layKey layoutKey
}

// newSandboxScene makes the sandbox scene on the design box holds.
func newSandboxScene(sh *Shared, presets *Presets, box *Sandbox) *SandboxScene {
	return &SandboxScene{stage: stage{sh: sh, presets: presets}, box: box, siteDrag: -1, partDrag: -1, pressRoom: -1, taking: -1}
}

// Mode implements Scene.
func (s *SandboxScene) Mode() Mode { return ModeSandbox }

// Box returns the reader's design and everything the sandbox shows
// about it.
func (s *SandboxScene) Box() *Sandbox { return s.box }

// enter opens the sandbox on the design it holds, with no control
// focused.
func (s *SandboxScene) enter() {
	s.sh.Focus = CtlNone
	s.showDesign()
}

// showDesign puts the sandbox's design on screen, before its incident.
func (s *SandboxScene) showDesign() {
	if err := s.show(s.box.Compiled); err != nil {
		panic("ui: a compiled design failed to load: " + err.Error())
	}
	if s.box.Tab == TabInside {
		s.box.Tab = TabSites
	}
}

// edit applies a design edit and shows the result.
func (s *SandboxScene) edit(d design.Design, err error) {
	if s.box.Edit(d, err) {
		s.showDesign()
	}
}

// Widgets returns the sandbox's controls on screen now.
func (s *SandboxScene) Widgets() []Widget { return s.box.Widgets(s.Layout()) }

// focusedWidget returns the widget with the keyboard focus, if any.
func (s *SandboxScene) focusedWidget() (Widget, bool) {
	ws := s.Widgets()
	if i := int(s.sh.Focus - CtlWidget); s.sh.Focus >= CtlWidget && i < len(ws) {
		return ws[i], true
	}
	return Widget{}, false
}

// pressWidgetID presses the sandbox widget named id, as the test hook
// does.
func (s *SandboxScene) pressWidgetID(id string) Request {
	for i, w := range s.Widgets() {
		if w.ID() == id {
			s.sh.Focus = CtlWidget + Control(i)
			return s.pressWidget(w)
		}
	}
	return Request{}
}

// pressFire starts (or replays) the incident and shows the building.
func (s *SandboxScene) pressFire() Request {
	s.startFire()
	s.box.Tab = TabInside
	return Request{}
}

// Apply implements Scene.
func (s *SandboxScene) Apply(act Action) Request {
	if r, ok := s.transport(act, s.pressFire, s.FocusOrder()); ok {
		return r
	}
	switch act.Kind {
	case ActStartFire:
		return s.pressFire()
	case ActUndo:
		s.box.Undo()
		s.showDesign()
	case ActRedo:
		s.box.Redo()
		s.showDesign()
	case ActPress:
		return s.pressWidgetID(act.Text)
	case ActSandbox:
		return Request{Kind: ReqStep}
	default:
		r, _ := request(act)
		return r
	}
	return Request{}
}

// editKey handles keys that mean something only in the sandbox: undo
// and redo with Ctrl, arrows moving a focused site, Backspace in the
// name field. It reports whether it used the key.
func (s *SandboxScene) editKey(k Key, shift, ctrl bool) bool {
	sb := s.box
	switch {
	case ctrl && (k == KeyZ && shift || k == KeyY):
		sb.Redo()
		s.showDesign()
		return true
	case ctrl && k == KeyZ:
		sb.Undo()
		s.showDesign()
		return true
	}
	w, ok := s.focusedWidget()
	if !ok {
		return false
	}
	if w.Kind == WMapSite {
		step := int32(siteStep)
		if shift {
			step *= 5
		}
		st := sb.D.Sites[w.I]
		lat, lon := st.Lat, st.Lon
		switch k {
		case KeyLeft:
			lon -= step
		case KeyRight:
			lon += step
		case KeyUp:
			lat += step
		case KeyDown:
			lat -= step
		default:
			return false
		}
		sb.Sel = w.I
		s.edit(sb.D.MoveSite(w.I, lat, lon))
		return true
	}
	if w.Kind == WChart && s.chartKey(k, shift) {
		return true
	}
	if w.Kind == WName && k == KeyBackspace {
		name := sb.D.Sites[sb.Sel].Name
		if name == "" {
			name = sb.SiteName(sb.Sel, string(s.sh.Lang))
		}
		if _, n := utf8.DecodeLastRuneInString(name); n > 0 {
			s.rename(name[:len(name)-n])
		}
		return true
	}
	return false
}

// Key implements Scene: the sandbox's own keys (editKey), the
// presenter's, Enter or Space on a focused widget, letters for a name
// being typed, then KeyAction's.
func (s *SandboxScene) Key(k Key, shift, ctrl bool) Request {
	if s.editKey(k, shift, ctrl) || ctrl {
		return Request{}
	}
	if r, ok := s.presenterKey(k, s.pressFire); ok {
		return r
	}
	w, ok := s.focusedWidget()
	if ok && (k == KeyEnter || k == KeySpace) {
		return s.pressWidget(w)
	}
	if ok && s.box.Typing && w.Kind == WName && k != KeyTab && k != KeyEnter {
		return Request{} // letters go to the name (TypeText)
	}
	return s.Apply(s.keyAction(k, shift))
}

// TypeText implements Scene: typed characters go to the focused name
// field.
func (s *SandboxScene) TypeText(text string) {
	if !s.box.Typing || text == "" {
		return
	}
	if w, ok := s.focusedWidget(); !ok || w.Kind != WName {
		return
	}
	s.rename(s.box.D.Sites[s.box.Sel].Name + text)
}

// Typing implements Scene: the name field takes letters once pressed.
func (s *SandboxScene) Typing() bool { return s.box.Typing }

// rename renames the picked site; a run of typing is one undo step.
func (s *SandboxScene) rename(name string) {
	sb := s.box
	for len(name) > design.MaxNameBytes {
		_, n := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-n]
	}
	d, err := sb.D.RenameSite(sb.Sel, name)
	if err != nil {
		sb.problem(err)
		return
	}
	if sb.renaming && len(sb.undo) > 0 {
		if err := sb.set(sb.Base, d); err == nil {
			s.showDesign()
		}
		return
	}
	if sb.Edit(d, nil) {
		sb.renaming = true
		s.showDesign()
	}
}

// Pointer implements Scene: a press on a widget presses it (on the
// chart it moves the clock there; on a site on the map it starts a
// drag that moves the site where it is let go, or takes it away if let
// go off the map; on a part of the tray, a drag that puts it where it
// is let go); the shared controls work as in every scene.
func (s *SandboxScene) Pointer(x, y float64, ph PointerPhase) Request {
	l := s.Layout()
	sb := s.box
	switch ph {
	case PointerDown:
		ws := sb.Widgets(l)
		for i := len(ws) - 1; i >= 0; i-- {
			w := ws[i]
			if !w.R.Contains(x, y) {
				continue
			}
			s.sh.Focus = CtlWidget + Control(i)
			switch w.Kind {
			case WChart:
				s.ChartSeek(x)
			case WMapSite:
				s.siteDrag, s.dragFromX, s.dragFromY, s.dragX, s.dragY = w.I, x, y, x, y
				sb.Sel = w.I
				if sb.Tab != TabBuild {
					sb.Tab = TabSites
				}
			case WPart:
				s.partDrag, s.dragFromX, s.dragFromY, s.dragX, s.dragY = Part(w.I), x, y, x, y
			default:
				return s.pressWidget(w)
			}
			return Request{}
		}
		// A press on a room of the cut-away: a tap starts the fire
		// there, a drag takes a part out (pressRoomUp).
		if sb.Tab == TabInside {
			if site, room, ok := s.roomAt(l, x, y); ok {
				s.pressSite, s.pressRoom = site, room
				s.dragFromX, s.dragFromY, s.dragX, s.dragY = x, y, x, y
				return Request{}
			}
		}
		// A press on a copy line: a tap steps its parts' way of taking
		// over, a drag off the map takes its copies away (lineUp).
		if ln, ok := s.lineAt(l, x, y); ok {
			s.line, s.lineHeld, s.lineCarried = ln, true, false
			s.dragFromX, s.dragFromY, s.dragX, s.dragY = x, y, x, y
			return Request{}
		}
	case PointerMove:
		if s.lineHeld {
			s.lineMove(l, x, y)
			return Request{}
		}
		if s.pressRoom >= 0 {
			s.pressRoomMove(l, x, y)
			return Request{}
		}
		if s.siteDrag >= 0 || s.partDrag >= 0 {
			s.dragX, s.dragY = x, y
			return Request{}
		}
	case PointerUp:
		if s.lineHeld {
			s.lineUp(l, x, y)
			return Request{}
		}
		if s.pressRoom >= 0 {
			s.pressRoomUp(l, x, y)
			return Request{}
		}
		if p := s.partDrag; p >= 0 {
			s.partDrag = -1
			s.dropPart(l, p, x, y)
			return Request{}
		}
		if s.siteDrag >= 0 {
			i := s.siteDrag
			s.siteDrag = -1
			dx, dy := s.dragX-s.dragFromX, s.dragY-s.dragFromY
			if !l.Map.Contains(s.dragX, s.dragY) {
				// Dragged off the map: taken away.
				name := sb.SiteName(i, string(s.sh.Lang))
				if sb.Edit(sb.D.RemoveSite(i)) {
					sb.say(SbRemoved, name, false)
					s.showDesign()
				}
				return Request{}
			}
			if dx*dx+dy*dy >= 0.25*l.Unit*l.Unit {
				lon, lat := l.MapProjection().Unproject(s.dragX, s.dragY)
				s.edit(sb.D.MoveSite(i, int32(lat*1e4), int32(lon*1e4)))
			}
			return Request{}
		}
	}
	if c, ok := s.pointer(l, x, y, ph, s.FocusOrder()); ok && c != CtlNone {
		return s.Apply(pressControl(c))
	}
	return Request{}
}

// dropPart puts part p where the reader let it go at (x, y): a short
// press is a tap, which puts it into the picked site (on the Inside
// tab, the building it shows); a data center goes where it was dropped
// on the map, anything else into the site or, on the Inside tab, the
// room it was dropped on.
func (s *SandboxScene) dropPart(l *Layout, p Part, x, y float64) {
	sb := s.box
	dx, dy := x-s.dragFromX, y-s.dragFromY
	tap := dx*dx+dy*dy < 0.25*l.Unit*l.Unit
	if sb.Tab == TabInside && s.dropInside(l, p, x, y, tap) {
		return
	}
	if tap {
		if sb.PlaceSomewhere(p) {
			s.showDesign()
		}
		return
	}
	if p == PartSite {
		if !l.MapInner().Contains(x, y) {
			sb.sayPut(SbDropOnMap, Put{Site: -1, Comp: -1, To: -1}, true)
			return
		}
		lon, lat := l.MapProjection().Unproject(x, y)
		if sb.Place(p, -1, int32(lat*1e4), int32(lon*1e4)) {
			s.showDesign()
		}
		return
	}
	if sb.Place(p, s.siteAt(l, x, y), 0, 0) {
		s.showDesign()
	}
}

// siteAt returns the site whose marker on the map is under (x, y), the
// nearest where markers overlap, or -1.
func (s *SandboxScene) siteAt(l *Layout, x, y float64) int {
	best, bestD := -1, 0.0
	for _, w := range s.box.Widgets(l) {
		if w.Kind != WMapSite || !w.R.Inset(-0.4*l.Unit).Contains(x, y) {
			continue
		}
		cx, cy := w.R.X+w.R.W/2, w.R.Y+w.R.H/2
		if d := (cx-x)*(cx-x) + (cy-y)*(cy-y); best < 0 || d < bestD {
			best, bestD = w.I, d
		}
	}
	return best
}

// PartDrag returns the part being dragged, from the tray or out of the
// building, and where it is now, in layout pixels; ok is false when
// none is.
func (s *SandboxScene) PartDrag() (p Part, x, y float64, ok bool) {
	if s.taking >= 0 {
		return s.taking, s.dragX, s.dragY, true
	}
	return s.partDrag, s.dragX, s.dragY, s.partDrag >= 0
}

// DropTarget returns the site a part dragged now would go into, or -1.
func (s *SandboxScene) DropTarget() int {
	if s.partDrag < 0 || s.partDrag == PartSite {
		return -1
	}
	return s.siteAt(s.Layout(), s.dragX, s.dragY)
}

// SiteDrag returns the site being dragged across the map and where it
// is now, in layout pixels; ok is false when none is.
func (s *SandboxScene) SiteDrag() (i int, x, y float64, ok bool) {
	return s.siteDrag, s.dragX, s.dragY, s.siteDrag >= 0
}

package ui

import (
	"unicode/utf8"

	"outagelab/sim"
	"outagelab/sim/design"
	"outagelab/sim/report"
)

// CtlWidget is the first Control that stands for a sandbox widget:
// CtlWidget + i is Widgets()[i].
const CtlWidget Control = 1000

// Requests the platform carries out for the sandbox: copy the link,
// save the design as a file, ask the reader for a file to open.
type Requests struct {
	CopyLink, Export, Import bool
	// SavePNG asks for a picture of the Chart, Compare or Nines tab,
	// SaveCSV for the chart's data.
	SavePNG, SaveCSV bool
}

// siteStep is how far an arrow key moves a site, in ten-thousandths of
// a degree (Shift moves five times as far).
const siteStep = 500

// EnterSandbox opens the sandbox on the design it holds.
func (a *App) EnterSandbox() {
	a.Mode, a.SourcesOpen, a.Focus = ModeSandbox, false, CtlNone
	a.showDesign()
}

// showDesign puts the sandbox's design on screen, before its incident.
func (a *App) showDesign() {
	if err := a.show(a.Box().Compiled); err != nil {
		panic("ui: a compiled design failed to load: " + err.Error())
	}
	if a.Box().Tab == TabInside {
		a.Box().Tab = TabSites
	}
}

// edit applies a design edit and shows the result.
func (a *App) edit(d design.Design, err error) {
	if a.Box().Edit(d, err) {
		a.showDesign()
	}
}

// widgets returns the sandbox's widgets in the current layout.
func (a *App) widgets() []Widget {
	if a.Layout == nil || a.Mode != ModeSandbox {
		return nil
	}
	return a.Box().Widgets(a.Layout)
}

// Widgets returns the sandbox's controls on screen now (none outside
// the sandbox).
func (a *App) Widgets() []Widget { return a.widgets() }

// focusedWidget returns the widget with the keyboard focus, if any.
func (a *App) focusedWidget() (Widget, bool) {
	ws := a.widgets()
	if i := int(a.Focus - CtlWidget); a.Focus >= CtlWidget && i < len(ws) {
		return ws[i], true
	}
	return Widget{}, false
}

// PressWidgetID presses the sandbox widget named id, as the test hook
// does; it reports whether one was there.
func (a *App) PressWidgetID(id string) bool {
	for i, w := range a.widgets() {
		if w.ID() == id {
			a.Focus = CtlWidget + Control(i)
			a.pressWidget(w)
			return true
		}
	}
	return false
}

// pressWidget carries out a press on sandbox widget w.
func (a *App) pressWidget(w Widget) {
	sb := a.Box()
	d := sb.D
	sel := sb.Sel
	st := d.Sites[sel]
	sb.Typing = w.Kind == WName
	switch w.Kind {
	case WTab:
		sb.Tab = Tab(w.I)
		if sb.Tab == TabInside && !a.P.Fired() {
			a.startFire()
			a.P.playing = false
		}
	case WUndo:
		sb.Undo()
		a.showDesign()
	case WRedo:
		sb.Redo()
		a.showDesign()
	case WCopyLink:
		a.Req.CopyLink = true
		sb.say(SbCopied, "", false)
	case WSiteChip, WMapSite:
		sb.Sel = w.I
		if w.Kind == WMapSite {
			sb.Tab = TabSites
		}
	case WSiteAdd:
		if a.Box().Edit(d.AddSiteSomewhere()) {
			sb.Sel = len(sb.D.Sites) - 1
			sb.say(SbAdded, "", false)
			a.showDesign()
		}
	case WName:
	case WWall:
		a.edit(d.SetWall(sel, !st.Wall))
	case WZoneCut:
		a.edit(d.SetZoneCut(sel, !st.ZoneCut))
	case WGenMinus, WGenPlus:
		a.edit(d.SetGenerators(sel, st.Generators+sign(w.Kind == WGenPlus), st.FuelHours))
	case WFuelMinus, WFuelPlus:
		a.edit(d.SetGenerators(sel, st.Generators, st.FuelHours+12*sign(w.Kind == WFuelPlus)))
	case WUPSMinus, WUPSPlus:
		a.edit(d.SetUPS(sel, st.UPSMin+5*sign(w.Kind == WUPSPlus)))
	case WSiteRemove:
		a.edit(d.RemoveSite(sel))
	case WCompMode:
		modes := design.Modes()
		i := (design.ModeIndex(d.Comps[w.I].Mode) + 1) % len(modes)
		a.edit(d.SetMode(w.I, modes[i]))
	case WCompSite:
		a.edit(d.ToggleCopy(w.I, w.J))
	case WPagePrev:
		sb.Page = max(sb.Page-1, 0)
	case WPageNext:
		sb.Page = min(sb.Page+1, sb.Pages(a.Layout)-1)
	case WIncKind:
		in := d.Incident
		in.Kind = design.Incidents()[w.I]
		if in.Kind == design.IncChaos && in.Seed == 0 {
			in.Seed = 1
		}
		a.edit(d.SetIncident(in), nil)
	case WIncSite:
		in := d.Incident
		in.Site, in.Room = w.I, 0
		in.Room = batteryIndex(sb.Rooms(w.I))
		a.edit(d.SetIncident(in), nil)
	case WIncRoom:
		in := d.Incident
		in.Room = w.I
		a.edit(d.SetIncident(in), nil)
	case WReroll:
		in := d.Incident
		in.Seed++
		a.edit(d.SetIncident(in), nil)
	case WBase:
		sb.StartFrom(sb.order[w.I])
		a.showDesign()
	case WExport:
		a.Req.Export = true
		sb.say(SbSaved, ExportName, false)
	case WImport:
		a.Req.Import = true
	case WChart, WSavePNG, WSaveCSV, WVersus, WNinesRun:
		a.pressAnalysis(w)
	}
}

// ExportName is the file name a saved design gets.
const ExportName = "outagelab-design.json"

func sign(plus bool) int {
	if plus {
		return 1
	}
	return -1
}

// batteryIndex returns the index of the first battery room, or 0.
func batteryIndex(rooms []sim.Compartment) int {
	for i, r := range rooms {
		if r.Kind == sim.KindBattery {
			return i
		}
	}
	return 0
}

// sandboxKey handles keys that mean something only in the sandbox: undo
// and redo with Ctrl, arrows moving a focused site, Backspace in the
// name field. It reports whether it used the key.
func (a *App) sandboxKey(k Key, shift, ctrl bool) bool {
	sb := a.Box()
	switch {
	case ctrl && (k == KeyZ && shift || k == KeyY):
		sb.Redo()
		a.showDesign()
		return true
	case ctrl && k == KeyZ:
		sb.Undo()
		a.showDesign()
		return true
	}
	w, ok := a.focusedWidget()
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
		a.edit(sb.D.MoveSite(w.I, lat, lon))
		return true
	}
	if w.Kind == WChart && a.chartKey(k, shift) {
		return true
	}
	if w.Kind == WName && k == KeyBackspace {
		name := sb.D.Sites[sb.Sel].Name
		if name == "" {
			name = sb.SiteName(sb.Sel, string(a.Lang))
		}
		if _, n := utf8.DecodeLastRuneInString(name); n > 0 {
			a.rename(name[:len(name)-n])
		}
		return true
	}
	return false
}

// TypeText adds typed characters to the focused name field.
func (a *App) TypeText(s string) {
	if a.Mode != ModeSandbox || !a.Box().Typing || s == "" {
		return
	}
	if w, ok := a.focusedWidget(); !ok || w.Kind != WName {
		return
	}
	a.rename(a.Box().D.Sites[a.Box().Sel].Name + s)
}

// rename renames the picked site; a run of typing is one undo step.
func (a *App) rename(name string) {
	sb := a.Box()
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
			a.showDesign()
		}
		return
	}
	if sb.Edit(d, nil) {
		sb.renaming = true
		a.showDesign()
	}
}

// sandboxPointer handles a press, drag or release in the sandbox that
// is not on one of the shared controls: widgets, and dragging a site
// across the map. It reports whether it used the event.
func (a *App) sandboxPointer(l *Layout, x, y float64, ph PointerPhase) bool {
	sb := a.Box()
	switch ph {
	case PointerDown:
		ws := sb.Widgets(l)
		for i := len(ws) - 1; i >= 0; i-- {
			w := ws[i]
			if !w.R.Contains(x, y) {
				continue
			}
			a.Focus = CtlWidget + Control(i)
			if w.Kind == WChart {
				a.ChartSeek(x)
				return true
			}
			if w.Kind == WMapSite {
				a.siteDrag, a.dragFromX, a.dragFromY, a.dragX, a.dragY = w.I, x, y, x, y
				sb.Sel, sb.Tab = w.I, TabSites
				return true
			}
			a.pressWidget(w)
			return true
		}
		return false
	case PointerMove:
		if a.siteDrag >= 0 {
			a.dragX, a.dragY = x, y
			return true
		}
	case PointerUp:
		if a.siteDrag >= 0 {
			i := a.siteDrag
			a.siteDrag = -1
			dx, dy := a.dragX-a.dragFromX, a.dragY-a.dragFromY
			if dx*dx+dy*dy < 0.25*l.Unit*l.Unit {
				return true
			}
			lon, lat := l.MapProjection().Unproject(a.dragX, a.dragY)
			a.edit(sb.D.MoveSite(i, int32(lat*1e4), int32(lon*1e4)))
			return true
		}
	}
	return false
}

// SiteDrag returns the site being dragged across the map and where it
// is now, in layout pixels; ok is false when none is.
func (a *App) SiteDrag() (i int, x, y float64, ok bool) {
	return a.siteDrag, a.dragX, a.dragY, a.siteDrag >= 0
}

// SandboxNote returns the sandbox's last message in the reader's
// language, and whether it reports a problem.
func (a *App) SandboxNote() (string, bool) {
	sb := a.Box()
	if !sb.HasNote {
		return SbText(SbIntro, a.Lang), false
	}
	if sb.NoteArg != "" {
		return SbTextf(sb.Note, a.Lang, sb.NoteArg), sb.Bad
	}
	return SbText(sb.Note, a.Lang), sb.Bad
}

// SandboxCost returns the design's cost line in the reader's language.
func (a *App) SandboxCost() string {
	return SbTextf(SbCost, a.Lang, report.Count(int64(a.Box().Cost.Total()+0.5), a.Lang))
}

// SandboxOutcome returns what the incident did, in the reader's
// language.
func (a *App) SandboxOutcome() string {
	o := a.Box().Out
	if o.Dark == 0 {
		return SbText(SbNoOutage, a.Lang)
	}
	name := o.LongestApp
	for _, ap := range a.Box().Compiled.Apps {
		if ap.ID == o.LongestApp {
			name = ap.Name.In(string(a.Lang))
		}
	}
	return SbTextf(SbOutage, a.Lang, Big(o.UserHours, a.Lang), report.Duration(o.Longest, a.Lang), name)
}

// IncidentLines says in words what the design's incident does, one line
// for each thing that starts going wrong, in time order as given.
func (a *App) IncidentLines() []string {
	s := a.Box().Compiled
	lang := string(a.Lang)
	site := func(id string) string {
		for _, st := range s.Sites {
			if st.ID == id {
				return st.Name.In(lang)
			}
		}
		return id
	}
	room := func(sid, cid string) string {
		for _, st := range s.Sites {
			for _, c := range st.Compartments {
				if st.ID == sid && c.ID == cid {
					return c.Name.In(lang)
				}
			}
		}
		return cid
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range s.Incidents {
		at := "+" + report.Duration(c.At, a.Lang)
		if c.At == 0 {
			at = SbText(SbAtOnce, a.Lang)
		}
		var line string
		switch c.Kind {
		case sim.CmdFire:
			if a.Lang == report.Korean {
				line = SbTextf(SbDoFire, a.Lang, at, site(c.Site), room(c.Site, c.Compartment))
			} else {
				line = SbTextf(SbDoFire, a.Lang, at, room(c.Site, c.Compartment), site(c.Site))
			}
		case sim.CmdUtilityLoss:
			line = SbTextf(SbDoGrid, a.Lang, at, site(c.Site))
		case sim.CmdGeneratorsFail:
			line = SbTextf(SbDoGen, a.Lang, at, site(c.Site))
		case sim.CmdUPSFail:
			line = SbTextf(SbDoUPS, a.Lang, at, site(c.Site))
		case sim.CmdPowerCut:
			line = SbTextf(SbDoCut, a.Lang, at, site(c.Site))
		case sim.CmdSiteLoss:
			line = SbTextf(SbDoLoss, a.Lang, at, site(c.Site))
		default:
			continue
		}
		if !seen[line] {
			seen[line] = true
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		out = append(out, SbText(SbDoNothing, a.Lang))
	}
	return out
}

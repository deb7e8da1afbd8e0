package ui

import (
	"fmt"

	"outagelab/sim/design"
)

// ComputeSandbox returns the sandbox's layout for a viewport of w × h
// layout pixels with editor tab tab open. A landscape screen keeps its
// panels: the building's panel holds the tabs and the editor (or, on
// the Inside tab, the building), the caption the toolbar and the
// outcome. A portrait screen is too short for all of that at once, so
// the tab decides: Sites shows the map above the editor, Inside the
// building above the phone, the others the editor alone.
func ComputeSandbox(w, h, scale float64, tab Tab) Layout {
	if h <= w*1.1 {
		l := landscape(w, h)
		l.Sandbox = true
		u := l.Unit
		s := l.Site
		l.Tabs = Rect{s.X, s.Y, s.W, 2.8 * u}
		l.Site = Rect{s.X, s.Y + 3.0*u, s.W, s.H - 3.0*u}
		if tab == TabInside {
			l.insideParts(3.4 * u)
		}
		return l
	}
	l := portrait(w, h, scale)
	l.Sandbox = true
	u := l.Unit
	pad := 0.8 * u
	// The toolbar, then the status's lines (SandboxStatusLines).
	l.Caption = Rect{pad, l.Header.H + pad/2, w - 2*pad, 8.3*u + float64(l.SandboxStatusLines()-4)*1.15*u}
	y := l.Caption.Y + l.Caption.H + pad/2
	rows := float64((numTabs + TabsPerRow - 1) / TabsPerRow)
	l.Tabs = Rect{pad, y, w - 2*pad, rows*l.tabH() + (rows-1)*0.3*u}
	y += l.Tabs.H + pad/2
	bottom := l.Controls.Y - pad/2
	full := Rect{pad, y, w - 2*pad, bottom - y}
	l.Map, l.Phone, l.Site = Rect{}, Rect{}, full
	switch tab {
	case TabSites:
		// The editor takes its five rows at a finger's height; the map
		// the rest, where the reader drags the sites.
		eh := sitesCompactRows*l.rowH() + (sitesCompactRows-1)*sitesGap*u + 1.2*u
		mh := full.H - eh - pad/2
		l.Map = Rect{full.X, full.Y, full.W, mh}
		l.Site = Rect{full.X, full.Y + mh + pad/2, full.W, eh}
	case TabBuild:
		// The tray under the map it is dragged onto.
		eh := l.trayHeight()
		mh := full.H - eh - pad/2
		l.Map = Rect{full.X, full.Y, full.W, mh}
		l.Site = Rect{full.X, full.Y + mh + pad/2, full.W, eh}
	case TabInside:
		// The apps' panel at its most compact (one row of four a
		// little short), so that the building keeps its height under
		// the strip of parts.
		ph := min(10.2*u, h*0.18)
		l.Site = Rect{full.X, full.Y, full.W, full.H - ph - pad/2}
		l.Phone = Rect{full.X, full.Y + full.H - ph, full.W, ph}
		l.insideParts(l.finger() + 0.9*u)
	}
	return l
}

// insideParts takes a strip of height h off the top of the building's
// panel for the building parts the Inside tab drags into the cut-away.
func (l *Layout) insideParts(h float64) {
	gap := 0.3 * l.Unit
	l.InsideParts = Rect{l.Site.X, l.Site.Y, l.Site.W, h}
	l.Site.Y += h + gap
	l.Site.H -= h + gap
}

// InsidePartList is the building parts the Inside tab offers, in order:
// the ones that go into a building, and the fire.
func InsidePartList() []Part { return []Part{PartGen, PartUPS, PartWall, PartZones, PartFire} }

// insideWidgets lays out the Inside tab's strip of parts, side by side.
func (sb *Sandbox) insideWidgets(l *Layout, add func(WidgetKind, int, int, Rect)) {
	r := l.InsideParts.Inset(0.3 * l.Unit)
	ps := InsidePartList()
	gap := 0.3 * l.Unit
	w := (r.W - gap*float64(len(ps)-1)) / float64(len(ps))
	for k, p := range ps {
		add(WPart, int(p), 0, Rect{r.X + float64(k)*(w+gap), r.Y, w, r.H})
	}
}

// WidgetKind names a sandbox control.
type WidgetKind int

// Sandbox controls. I and J say which site, part, tab or choice.
const (
	WTab WidgetKind = iota // I: tab
	WUndo
	WRedo
	WCopyLink
	WSiteChip // I: site
	WSiteAdd
	WName
	WWall
	WZoneCut
	WGenMinus
	WGenPlus
	WFuelMinus
	WFuelPlus
	WUPSMinus
	WUPSPlus
	WSiteRemove
	WCompMode // I: component
	WCompSite // I: component, J: site
	WPagePrev
	WPageNext
	WIncKind // I: index into design.Incidents()
	WIncSite // I: site
	WIncRoom // I: compartment
	WReroll
	WBase // I: index into Sandbox.Bases()
	WExport
	WImport
	WMapSite // I: site, its marker on the map
	// WChart is the timeline chart: a press jumps the clock there.
	WChart
	WSavePNG
	WSaveCSV
	WVersus // I: index into VersusChoices()
	// WNinesRun starts the availability run, or cancels it while it runs.
	WNinesRun
	// WPart is a part of the Build tab's tray (I: its Part), dragged
	// onto the map or tapped to go into the picked site; WTrayPrev and
	// WTrayNext page through the service parts.
	WPart
	WTrayPrev
	WTrayNext
	// WMapZoom shows all of Korea on the map, or closes in on the
	// design's sites again.
	WMapZoom
)

// Widget is one sandbox control and where it is.
type Widget struct {
	Kind WidgetKind
	I, J int
	R    Rect
}

// ID names the widget for the page's test hook: "undo", "tab-2",
// "comp-3-site-1", "map-site-0"…
func (w Widget) ID() string {
	n := w.Kind.String()
	switch w.Kind {
	case WCompMode:
		return fmt.Sprintf("comp-%d-mode", w.I)
	case WCompSite:
		return fmt.Sprintf("comp-%d-site-%d", w.I, w.J)
	case WTab, WSiteChip, WIncKind, WIncSite, WIncRoom, WBase, WMapSite, WVersus:
		return fmt.Sprintf("%s-%d", n, w.I)
	case WPart:
		if p := Part(w.I); p >= PartComp {
			return fmt.Sprintf("part-comp-%d", p-PartComp)
		}
		return "part-" + [...]string{"site", "gen", "ups", "wall", "zones", "fire"}[w.I]
	}
	return n
}

// Toolbar is the row of the sandbox's undo, redo and copy-link buttons,
// at the top of the caption panel.
func (l *Layout) Toolbar() Rect {
	u := l.Unit
	return Rect{l.Caption.X + 0.5*u, l.Caption.Y + 0.4*u, l.Caption.W - u, max(2.4*u, l.finger())}
}

// tabH is the height of an editor tab: a finger's on a phone.
func (l *Layout) tabH() float64 { return max(2.8*l.Unit, l.finger()) }

// SandboxStatus is where the cost and the outcome are written, under
// the toolbar.
func (l *Layout) SandboxStatus() Rect {
	t := l.Toolbar()
	u := l.Unit
	return Rect{t.X, t.Y + t.H + 0.3*u, t.W, l.Caption.Y + l.Caption.H - (t.Y + t.H + 0.3*u) - 0.3*u}
}

// SandboxStatusLines is how many lines of text a phone's sandbox status
// holds: the cost, the outcome, the data lost and the message share
// four, or five on a tall phone, which has the room for the outcome on
// two lines as well as the rest.
func (l *Layout) SandboxStatusLines() int {
	if l.H >= 780*l.Scale {
		return 5
	}
	return 4
}

// EditorBody is the inside of the editor's panel, below its tabs.
func (l *Layout) EditorBody() Rect { return l.Site.Inset(0.6 * l.Unit) }

// rowH is the height of one row of editor controls: roomy for fingers
// on a phone.
func (l *Layout) rowH() float64 {
	if l.Portrait {
		return max(2.4*l.Unit, l.finger())
	}
	return 2.2 * l.Unit
}

// Widgets returns every sandbox control on screen for sb in layout l,
// in keyboard order: the toolbar, the tabs, the tab's controls, then
// the sites on the map.
func (sb *Sandbox) Widgets(l *Layout) []Widget {
	u := l.Unit
	var ws []Widget
	add := func(k WidgetKind, i, j int, r Rect) { ws = append(ws, Widget{k, i, j, r}) }
	t := l.Toolbar()
	bw := min(7*u, (t.W-0.8*u)/3)
	for i, k := range []WidgetKind{WUndo, WRedo, WCopyLink} {
		add(k, 0, 0, Rect{t.X + float64(i)*(bw+0.4*u), t.Y, bw, t.H})
	}
	tb := l.Tabs
	per := int(numTabs)
	if l.Portrait {
		per = TabsPerRow
	}
	order := TabOrder()
	for i, t := range order {
		// Each row's tabs share its width: a short last row's are wider
		// ("Compare" whole on a 320 px phone).
		inRow := min(per, len(order)-i/per*per)
		tw := tb.W / float64(inRow)
		add(WTab, int(t), 0, Rect{tb.X + float64(i%per)*tw, tb.Y + float64(i/per)*(l.tabH()+0.3*u), tw - 0.3*u, l.tabH()})
	}
	body := l.EditorBody()
	rh := l.rowH()
	switch sb.Tab {
	case TabBuild:
		sb.trayWidgets(l, add)
	case TabInside:
		sb.insideWidgets(l, add)
	case TabSites:
		sb.siteWidgets(l, body, u, add)
	case TabServices:
		sb.serviceWidgets(l, body, rh, u, add)
	case TabIncident:
		sb.incidentWidgets(body, rh, u, add)
	case TabChart, TabCompare, TabNines:
		sb.analysisWidgets(l, body, rh, u, add)
	case TabStart:
		cw := (body.W - 0.4*u) / 2
		for i := range sb.order {
			add(WBase, i, 0, Rect{body.X + float64(i%2)*(cw+0.4*u), body.Y + 1.6*u + float64(i/2)*(rh+0.3*u), cw, rh})
		}
		y := body.Y + 1.6*u + float64((len(sb.order)+1)/2)*(rh+0.3*u) + 1.6*u
		add(WExport, 0, 0, Rect{body.X, y, cw, rh})
		add(WImport, 0, 0, Rect{body.X + cw + 0.4*u, y, cw, rh})
	}
	if l.Map.W == 0 {
		return ws
	}
	add(WMapZoom, 0, 0, l.MapZoomButton())
	pr := l.MapProjection()
	for i, st := range sb.D.Sites {
		lat, lon := st.Degrees()
		x, y := pr.Project(lon, lat)
		d := max(1.3*u, l.finger()/2)
		add(WMapSite, i, 0, Rect{x - d, y - d, 2 * d, 2 * d})
	}
	return ws
}

// siteWidgets lays out the Sites tab: a chip per site and the add
// button, then the picked site's name, walls, zone cut, generators,
// fuel, UPS and remove.
func (sb *Sandbox) siteWidgets(l *Layout, b Rect, u float64, add func(WidgetKind, int, int, Rect)) {
	if l.SitesCompact() {
		sb.siteWidgetsCompact(l, b, u, add)
		return
	}
	step, rh := l.sitesRow()
	cw := min(2.8*u, (b.W-7.4*u)/float64(max(len(sb.D.Sites), 1)))
	for i := range sb.D.Sites {
		add(WSiteChip, i, 0, Rect{b.X + float64(i)*cw, b.Y, cw - 0.2*u, rh})
	}
	add(WSiteAdd, 0, 0, Rect{b.X + b.W - 7*u, b.Y, 7 * u, rh})
	row := func(i int) float64 { return b.Y + float64(i)*step }
	vw := min(12*u, b.W*0.45)
	vx := b.X + b.W - vw
	add(WName, 0, 0, Rect{vx, row(1), vw, rh})
	add(WWall, 0, 0, Rect{vx, row(2), vw, rh})
	add(WZoneCut, 0, 0, Rect{vx, row(3), vw, rh})
	sw := 2.6 * u
	for i, k := range [][2]WidgetKind{{WGenMinus, WGenPlus}, {WFuelMinus, WFuelPlus}, {WUPSMinus, WUPSPlus}} {
		add(k[0], 0, 0, Rect{vx, row(4 + i), sw, rh})
		add(k[1], 0, 0, Rect{vx + vw - sw, row(4 + i), sw, rh})
	}
	add(WSiteRemove, 0, 0, Rect{vx, row(7), vw, rh})
}

// Sites tab on a phone: four rows of finger-sized controls, sitesGap
// units apart.
const (
	sitesCompactRows = 4
	sitesGap         = 0.25
)

// SitesCompact reports whether the Sites tab is laid out for a phone
// held upright: four rows instead of eight, every control a finger's
// size, the switches and steppers two to a row with their names inside.
// It has no site chips: the map beside it picks the site (by finger, or
// by keyboard through the map's sites), and the name field says which.
func (l *Layout) SitesCompact() bool { return l.Portrait }

// SitesRow returns row i of the compact Sites tab.
func (l *Layout) SitesRow(i int) Rect {
	b := l.EditorBody()
	rh := l.rowH()
	return Rect{b.X, b.Y + float64(i)*(rh+sitesGap*l.Unit), b.W, rh}
}

// siteWidgetsCompact lays out the Sites tab on a phone: the picked
// site's name and the add button; the two switches; generators and
// fuel; the UPS and remove. A stepper is a half row: its minus and plus
// buttons either side of its name and value.
func (sb *Sandbox) siteWidgetsCompact(l *Layout, b Rect, u float64, add func(WidgetKind, int, int, Rect)) {
	rh := l.rowH()
	gap := 0.4 * u
	half := (b.W - gap) / 2
	r0, r1, r2, r3 := l.SitesRow(0), l.SitesRow(1), l.SitesRow(2), l.SitesRow(3)
	add(WName, 0, 0, Rect{r0.X, r0.Y, half, rh})
	add(WSiteAdd, 0, 0, Rect{r0.X + half + gap, r0.Y, half, rh})
	add(WWall, 0, 0, Rect{r1.X, r1.Y, half, rh})
	add(WZoneCut, 0, 0, Rect{r1.X + half + gap, r1.Y, half, rh})
	stepper := func(minus, plus WidgetKind, x, y float64) {
		add(minus, 0, 0, Rect{x, y, rh, rh})
		add(plus, 0, 0, Rect{x + half - rh, y, rh, rh})
	}
	stepper(WGenMinus, WGenPlus, r2.X, r2.Y)
	stepper(WFuelMinus, WFuelPlus, r2.X+half+gap, r2.Y)
	stepper(WUPSMinus, WUPSPlus, r3.X, r3.Y)
	add(WSiteRemove, 0, 0, Rect{r3.X + half + gap, r3.Y, half, rh})
}

// sitesRow returns the Sites tab's row pitch and row height: the usual
// row, shrunk where the panel is short so that all eight rows fit.
func (l *Layout) sitesRow() (step, rh float64) {
	gap := 0.25 * l.Unit
	step = min(l.rowH()+gap, l.EditorBody().H/8)
	return step, step - gap
}

// SitesRowLabel returns where the label of row i of the Sites tab goes.
func (l *Layout) SitesRowLabel(i int) Rect {
	b := l.EditorBody()
	step, rh := l.sitesRow()
	vw := min(12*l.Unit, b.W*0.45)
	return Rect{b.X, b.Y + float64(i)*step, b.W - vw - 0.4*l.Unit, rh}
}

// ServiceRows returns how many components the Services tab shows a page,
// and whether each takes two lines (a narrow screen).
func (l *Layout) ServiceRows() (n int, twoLine bool) {
	b := l.EditorBody()
	twoLine = b.W < 34*l.Unit
	per := l.rowH() + 0.2*l.Unit
	if twoLine {
		per = 2*l.rowH() + 0.5*l.Unit
	}
	return max(int((b.H-l.rowH()-0.3*l.Unit)/per), 1), twoLine
}

// ServiceRow returns the rectangle of the i-th row on the Services page.
func (l *Layout) ServiceRow(i int) Rect {
	b := l.EditorBody()
	_, two := l.ServiceRows()
	h := l.rowH()
	per := h + 0.2*l.Unit
	if two {
		h = 2*l.rowH() + 0.3*l.Unit
		per = h + 0.2*l.Unit
	}
	return Rect{b.X, b.Y + l.rowH() + 0.3*l.Unit + float64(i)*per, b.W, h}
}

// Pages returns the number of pages the Services tab has in layout l.
func (sb *Sandbox) Pages(l *Layout) int {
	n, _ := l.ServiceRows()
	return max((len(sb.D.Comps)+n-1)/n, 1)
}

// PageComps returns the components on the Services tab's page, in row
// order.
func (sb *Sandbox) PageComps(l *Layout) []int {
	n, _ := l.ServiceRows()
	page := min(sb.Page, sb.Pages(l)-1)
	var cs []int
	for c := page * n; c < min((page+1)*n, len(sb.D.Comps)); c++ {
		cs = append(cs, c)
	}
	return cs
}

// serviceWidgets lays out the Services tab: paging in the header row,
// then per component its mode button and a chip per site.
func (sb *Sandbox) serviceWidgets(l *Layout, b Rect, rh, u float64, add func(WidgetKind, int, int, Rect)) {
	pw := max(2.6*u, rh)
	add(WPagePrev, 0, 0, Rect{b.X + b.W - 2*pw - 3.4*u, b.Y, pw, rh})
	add(WPageNext, 0, 0, Rect{b.X + b.W - pw, b.Y, pw, rh})
	_, two := l.ServiceRows()
	for r, c := range sb.PageComps(l) {
		row := l.ServiceRow(r)
		modeW := min(9*u, row.W*0.34)
		mode := Rect{row.X + row.W*0.34, row.Y, modeW, rh}
		chips := Rect{mode.X + modeW + 0.4*u, row.Y, row.X + row.W - (mode.X + modeW + 0.4*u), rh}
		if two {
			mode = Rect{row.X + row.W - modeW, row.Y, modeW, rh}
			chips = Rect{row.X, row.Y + rh + 0.3*u, row.W, rh}
		}
		add(WCompMode, c, 0, mode)
		cw := min(max(3.2*u, rh+0.2*u), chips.W/float64(max(len(sb.D.Sites), 1)))
		for s := range sb.D.Sites {
			add(WCompSite, c, s, Rect{chips.X + float64(s)*cw, chips.Y, cw - 0.2*u, rh})
		}
	}
}

// incidentWidgets lays out the Incident tab: the kinds in two columns,
// the site, and the room for a fire or a new draw for chaos.
func (sb *Sandbox) incidentWidgets(b Rect, rh, u float64, add func(WidgetKind, int, int, Rect)) {
	kinds := design.Incidents()
	cw := (b.W - 0.4*u) / 2
	for i := range kinds {
		add(WIncKind, i, 0, Rect{b.X + float64(i%2)*(cw+0.4*u), b.Y + float64(i/2)*(rh+0.25*u), cw, rh})
	}
	y := b.Y + float64((len(kinds)+1)/2)*(rh+0.25*u) + 1.5*u
	k := sb.D.Incident.Kind
	if k == design.IncRecorded {
		return
	}
	if k == design.IncChaos {
		add(WReroll, 0, 0, Rect{b.X, y, min(9*u, b.W), rh})
		return
	}
	sw := min(3.2*u, b.W/float64(len(sb.D.Sites)))
	for i := range sb.D.Sites {
		add(WIncSite, i, 0, Rect{b.X + float64(i)*sw, y, sw - 0.2*u, rh})
	}
	if k != design.IncFire {
		return
	}
	y += rh + 1.5*u
	rooms := sb.Rooms(sb.D.Incident.Site)
	per := max(int(b.W/(7*u)), 1)
	rw := b.W / float64(per)
	for i := range rooms {
		r := Rect{b.X + float64(i%per)*rw, y + float64(i/per)*(rh+0.2*u), rw - 0.2*u, rh}
		if r.Y+r.H > b.Y+b.H+u {
			break
		}
		add(WIncRoom, i, 0, r)
	}
}

// IncidentRowY returns the top of the Incident tab's site row; the room
// row starts one row and a label lower.
func (l *Layout) IncidentRowY() float64 {
	b := l.EditorBody()
	n := len(design.Incidents())
	return b.Y + float64((n+1)/2)*(l.rowH()+0.25*l.Unit) + 1.5*l.Unit
}

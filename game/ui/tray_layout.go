package ui

// The Build tab's tray: a row of building parts (a data center, a
// generator, a battery, a fire wall, a zone switch, the fire) with
// icons and names, then the design's service parts as chips, a page of
// them at a time where they do not all fit. On a phone held upright
// the tray sits under the map it is dragged onto.

// trayBuilding returns how the building parts are laid out: in how
// many columns and rows, each how tall. A laptop gives them one row of
// tokens, an icon over a name; a phone two rows of finger-high chips,
// the icon beside the name, which then has room.
func (l *Layout) trayBuilding() (cols, rows int, h float64) {
	if l.Portrait {
		return 3, 2, l.rowH()
	}
	return len(BuildingParts()), 1, 3.6 * l.Unit
}

// trayGap is the space between the tray's tokens.
func (l *Layout) trayGap() float64 { return 0.3 * l.Unit }

// trayHead is the height of a row's heading; a short phone (under
// 760 CSS px) leaves the headings out, so the map keeps room.
func (l *Layout) trayHead() float64 {
	if l.Portrait && l.H/l.Scale < 760 {
		return 0
	}
	return max(1.3*l.Unit, 1.5*l.MinText())
}

// trayBuildingH is the height of the building parts under their
// heading.
func (l *Layout) trayBuildingH() float64 {
	_, rows, h := l.trayBuilding()
	return float64(rows)*h + float64(rows-1)*l.trayGap()
}

// trayHeight is how tall the tray is on a phone: the building parts and
// one row of service parts, each under its heading.
func (l *Layout) trayHeight() float64 {
	return 2*l.trayHead() + l.trayBuildingH() + l.rowH() + 0.4*l.Unit + 1.2*l.Unit
}

// TrayRows returns where the tray's two headings go: over the building
// parts and over the service parts.
func (l *Layout) TrayRows() (building, services Rect) {
	b := l.EditorBody()
	h := l.trayHead()
	building = Rect{b.X, b.Y, b.W, h}
	services = Rect{b.X, b.Y + h + l.trayBuildingH() + 0.4*l.Unit, b.W, h}
	return building, services
}

// trayCols returns how many service parts the tray shows a row, and
// how many rows.
func (l *Layout) trayCols() (cols, rows int) {
	b := l.EditorBody()
	_, sv := l.TrayRows()
	cols = 3
	if l.Portrait {
		cols = 2 // and the page buttons, finger-square, beside them
	}
	gap := l.trayGap()
	rows = max(int((b.Y+b.H-(sv.Y+sv.H)+gap)/(l.rowH()+gap)), 1)
	return cols, rows
}

// TrayPages returns how many pages the tray's service parts take.
func (sb *Sandbox) TrayPages(l *Layout) int {
	cols, rows := l.trayCols()
	per := cols * rows
	if len(sb.D.Comps) > per && !l.Portrait {
		per = max(per-1, 1) // the last place holds the page buttons
	}
	return max((len(sb.D.Comps)+per-1)/per, 1)
}

// trayWidgets lays out the Build tab: a token per building part, the
// service parts of the page, and the page buttons where there is more
// than one page.
func (sb *Sandbox) trayWidgets(l *Layout, add func(WidgetKind, int, int, Rect)) {
	b := l.EditorBody()
	bh, sv := l.TrayRows()
	gap := l.trayGap()
	bc, _, th := l.trayBuilding()
	tw := (b.W - gap*float64(bc-1)) / float64(bc)
	for i, p := range BuildingParts() {
		add(WPart, int(p), 0, Rect{b.X + float64(i%bc)*(tw+gap), bh.Y + bh.H + float64(i/bc)*(th+gap), tw, th})
	}
	cols, rows := l.trayCols()
	per, pages := cols*rows, sb.TrayPages(l)
	rh := l.rowH()
	w := b.W
	switch {
	case pages > 1 && l.Portrait:
		w -= 2 * (rh + gap) // the page buttons at the row's end
	case pages > 1:
		per--
	}
	page := min(sb.TrayPage, pages-1)
	cw := (w - gap*float64(cols-1)) / float64(cols)
	cell := func(k int) Rect {
		return Rect{b.X + float64(k%cols)*(cw+gap), sv.Y + sv.H + float64(k/cols)*(rh+gap), cw, rh}
	}
	k := 0
	for c := page * per; c < len(sb.D.Comps) && k < per; c++ {
		add(WPart, int(PartComp)+c, 0, cell(k))
		k++
	}
	switch {
	case pages > 1 && l.Portrait:
		y := sv.Y + sv.H
		add(WTrayPrev, 0, 0, Rect{b.X + b.W - 2*rh - gap, y, rh, rh})
		add(WTrayNext, 0, 0, Rect{b.X + b.W - rh, y, rh, rh})
	case pages > 1:
		r := cell(cols*rows - 1)
		half := (r.W - gap) / 2
		add(WTrayPrev, 0, 0, Rect{r.X, r.Y, half, r.H})
		add(WTrayNext, 0, 0, Rect{r.X + half + gap, r.Y, half, r.H})
	}
}

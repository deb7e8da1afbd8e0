package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
)

// drawBuildTab draws the Build tab's tray: the building parts as
// tokens, an icon over a name, then the design's service parts as
// chips with a dot for each site that runs a copy, and the page
// buttons.
func (d *sandboxDrawer) drawBuildTab(dst *ebiten.Image, ws []ui.Widget) {
	l := &d.layout
	u := l.Unit
	sb := d.s.Box()
	lang := d.v.Lang
	px := max(0.75*u, l.MinText())
	if bh, sv := l.TrayRows(); bh.H > 0 {
		d.tf.draw(dst, d.clip(ui.Text(ui.SbTrayBuilding, lang), px, bh.W), px, bh.X, bh.Y+(bh.H-1.2*px)/2, d.pal.Muted, alignLeft)
		d.tf.draw(dst, d.clip(ui.Text(ui.SbTrayServices, lang), px, sv.W), px, sv.X, sv.Y+(sv.H-1.2*px)/2, d.pal.Muted, alignLeft)
	}
	pages := sb.TrayPages(l)
	page := min(sb.TrayPage, pages-1)
	for _, w := range ws {
		switch w.Kind {
		case ui.WPart:
			p := ui.Part(w.I)
			if p >= ui.PartComp {
				d.drawCompToken(dst, w.R, int(p-ui.PartComp), px)
				continue
			}
			d.paint.fillRound(dst, w.R, 0.4*u, d.pal.PanelHi)
			d.drawPartToken(dst, w.R, p, px)
		case ui.WTrayPrev:
			d.button(dst, w.R, "◀", d.pal.PanelHi, page > 0)
		case ui.WTrayNext:
			d.button(dst, w.R, "▶", d.pal.PanelHi, page < pages-1)
		}
	}
}

// drawInsideParts draws the Inside tab's strip of building parts to
// drag into the cut-away.
func (d *sandboxDrawer) drawInsideParts(dst *ebiten.Image, ws []ui.Widget) {
	l := &d.layout
	u := l.Unit
	d.paint.fillRound(dst, l.InsideParts, 0.5*u, d.pal.Panel)
	px := max(0.7*u, l.MinText())
	for _, w := range ws {
		if w.Kind == ui.WPart {
			d.paint.fillRound(dst, w.R, 0.4*u, d.pal.PanelHi)
			d.drawPartToken(dst, w.R, ui.Part(w.I), px)
		}
	}
}

// drawPartToken draws building part p in r: its icon over its name
// in a token, or beside it in a chip (a wide r), the name on up to two
// lines.
func (d *sandboxDrawer) drawPartToken(dst *ebiten.Image, r ui.Rect, p ui.Part, px float64) {
	u := d.layout.Unit
	name := ui.Text(ui.PartMsg(p), d.v.Lang)
	if r.W > 1.8*r.H {
		s := min(r.H*0.6, 1.6*u)
		d.drawPartIcon(dst, ui.Rect{X: r.X + 0.35*u, Y: r.Y + (r.H-s)/2, W: s, H: s}, p)
		x := r.X + 0.7*u + s
		d.drawLines(dst, name, px, ui.Rect{X: x, Y: r.Y, W: r.X + r.W - x - 0.2*u, H: r.H}, alignLeft)
		return
	}
	lines := d.atMost(ui.Wrap(name, px, r.W-0.3*u, d.tf.width), 2, px, r.W-0.3*u)
	textH := float64(len(lines)) * px * 1.15
	s := min(r.H-textH-0.5*u, r.W*0.5, 2.2*u)
	d.drawPartIcon(dst, ui.Rect{X: r.X + (r.W-s)/2, Y: r.Y + 0.25*u, W: s, H: s}, p)
	top := r.Y + r.H - textH - 0.15*u
	for i, ln := range lines {
		d.tf.draw(dst, ln, px, r.X+r.W/2, top+float64(i)*px*1.15, d.pal.Text, alignCenter)
	}
}

// drawLines draws s in r, wrapped to as many lines as r holds (up to
// three: "Ops and / management / tools" in a phone's chip) and centred
// upright in it.
func (d *sandboxDrawer) drawLines(dst *ebiten.Image, s string, px float64, r ui.Rect, a align) {
	n := 1
	if r.H >= 2.5*px {
		n = 2
	}
	if r.H >= 3.5*px {
		n = 3
	}
	lines := d.atMost(ui.Wrap(s, px, r.W, d.tf.width), n, px, r.W)
	top := r.Y + (r.H-float64(len(lines))*px*1.15)/2
	for i, ln := range lines {
		d.tf.draw(dst, ln, px, r.X, top+float64(i)*px*1.15, d.pal.Text, a)
	}
}

// drawCompToken draws service part c as a chip: a rack, its name, and
// a dot for each site that runs a copy of it.
func (d *sandboxDrawer) drawCompToken(dst *ebiten.Image, r ui.Rect, c int, px float64) {
	u := d.layout.Unit
	sb := d.s.Box()
	copies := sb.CopiesIn(c)
	bg := d.pal.PanelHi
	if copies > 1 {
		bg = withAlpha(d.pal.Up, 0.3)
	}
	d.paint.fillRound(dst, r, 0.4*u, bg)
	// A dot per copy, in the run's state during the incident: filled
	// green while it serves (or before the incident), a green ring
	// while it stands ready, red while it is down.
	p := d.v.P
	d.copyStates = sb.CopyStates(c, p.Scenario(), p.Snapshot(), p.Fired(), d.copyStates)
	rad := 0.36 * px
	step := 2.6 * rad
	dw := float64(len(d.copyStates))*step - (step - 2*rad)
	for k, st := range d.copyStates {
		cx := r.X + r.W - 0.3*u - dw + rad + float64(k)*step
		cy := r.Y + r.H/2
		switch st {
		case ui.CopyStandby:
			d.paint.ring(dst, cx, cy, rad*0.85, max(1.5, rad*0.35), d.pal.Up)
		case ui.CopyDown:
			d.paint.circle(dst, cx, cy, rad, d.pal.Fire)
		default:
			d.paint.circle(dst, cx, cy, rad, d.pal.Up)
		}
	}
	x := r.X + 0.4*u
	if s := min(r.H*0.6, 1.4*u); r.W > 12*u {
		// A rack, where the chip has room beside the name.
		d.drawGlyph(dst, "server", ui.Rect{X: r.X + 0.3*u, Y: r.Y + (r.H-s)/2, W: s, H: s}, d.pal.Text)
		x = r.X + 0.6*u + s
	}
	name := sb.Base.Comps[c].Name.In(string(d.v.Lang))
	d.drawLines(dst, name, px, ui.Rect{X: x, Y: r.Y, W: r.X + r.W - x - dw - 0.5*u, H: r.H}, alignLeft)
}

// drawPartIcon draws building part p's icon in r.
func (d *sandboxDrawer) drawPartIcon(dst *ebiten.Image, r ui.Rect, p ui.Part) {
	pt := d.paint
	c := d.pal.Text
	w := max(1.5, r.W*0.08)
	cx := r.X + r.W/2
	switch p {
	case ui.PartSite:
		// A hall of racks under a roof.
		pt.triangle(dst, r.X, r.Y+r.H*0.3, cx, r.Y, r.X+r.W, r.Y+r.H*0.3, c)
		pt.frame(dst, ui.Rect{X: r.X + r.W*0.08, Y: r.Y + r.H*0.3, W: r.W * 0.84, H: r.H * 0.7}, w, c)
		for k := range 3 {
			x := r.X + r.W*(0.22+0.22*float64(k))
			pt.line(dst, x, r.Y+r.H*0.45, x, r.Y+r.H*0.9, w*1.3, c)
		}
	case ui.PartGen:
		d.genIcon(dst, r, c, d.pal.Power)
	case ui.PartUPS:
		// A battery, two thirds full.
		pt.frame(dst, ui.Rect{X: r.X, Y: r.Y + r.H*0.25, W: r.W * 0.88, H: r.H * 0.5}, w, c)
		pt.rect(dst, ui.Rect{X: r.X + r.W*0.88, Y: r.Y + r.H*0.4, W: r.W * 0.12, H: r.H * 0.2}, c)
		pt.rect(dst, ui.Rect{X: r.X + r.W*0.1, Y: r.Y + r.H*0.35, W: r.W * 0.45, H: r.H * 0.3}, d.pal.Up)
	case ui.PartWall:
		// Bricks, each row offset by half a brick.
		rows := [][][2]float64{{{0, 0.48}, {0.52, 1}}, {{0, 0.23}, {0.27, 0.73}, {0.77, 1}}, {{0, 0.48}, {0.52, 1}}}
		for k, row := range rows {
			for _, b := range row {
				pt.rect(dst, ui.Rect{X: r.X + r.W*b[0], Y: r.Y + r.H*(0.15+0.25*float64(k)), W: r.W * (b[1] - b[0]), H: r.H * 0.2}, d.pal.Fire)
			}
		}
	case ui.PartZones:
		// Three zones, one switched off.
		for k := range 3 {
			col := color.Color(d.pal.Up)
			if k == 1 {
				col = d.pal.Muted
			}
			pt.rect(dst, ui.Rect{X: r.X + r.W*0.36*float64(k), Y: r.Y + r.H*0.3, W: r.W * 0.28, H: r.H * 0.4}, col)
		}
	case ui.PartFire:
		pt.flame(dst, cx, r.Y+r.H, r.W*0.7, r.H, d.pal.Fire)
	}
}

// genIcon draws a generator in r: an engine's box in colour box with a
// bolt in colour bolt.
func (b *board) genIcon(dst *ebiten.Image, r ui.Rect, box, bolt color.Color) {
	b.paint.strokeRound(dst, ui.Rect{X: r.X, Y: r.Y + r.H*0.2, W: r.W, H: r.H * 0.7}, r.W*0.1, max(1.5, r.W*0.08), box)
	b.bolt(dst, ui.Rect{X: r.X + r.W*0.3, Y: r.Y + r.H*0.28, W: r.W * 0.4, H: r.H * 0.54}, bolt)
}

// bolt draws a lightning bolt in r.
func (b *board) bolt(dst *ebiten.Image, r ui.Rect, c color.Color) {
	pt := b.paint
	pt.triangle(dst, r.X+r.W*0.6, r.Y, r.X, r.Y+r.H*0.6, r.X+r.W*0.55, r.Y+r.H*0.55, c)
	pt.triangle(dst, r.X+r.W*0.45, r.Y+r.H*0.45, r.X+r.W, r.Y+r.H*0.4, r.X+r.W*0.4, r.Y+r.H, c)
}

// drawPartDrag draws the part under the reader's finger and rings the
// site it would go into, or outlines the room of the cut-away under it
// (green where it goes in, red where it does not).
func (d *sandboxDrawer) drawPartDrag(dst *ebiten.Image) {
	p, x, y, ok := d.s.PartDrag()
	if !ok {
		return
	}
	u := d.layout.Unit
	if i := d.s.DropTarget(); i >= 0 {
		for _, w := range d.s.Widgets() {
			if w.Kind == ui.WMapSite && w.I == i {
				d.paint.ring(dst, w.R.X+w.R.W/2, w.R.Y+w.R.H/2, 1.6*u, max(3, 0.22*u), d.pal.Up)
			}
		}
	}
	if r, over, takes := d.s.DropRoom(); over {
		c := d.pal.Up // green where it goes, red where it does not
		if !takes {
			c = d.pal.Fire
		}
		d.paint.strokeRound(dst, r, 0.3*u, max(3, 0.22*u), c)
	}
	d.drawCarried(dst, x, y, d.partName(p), func(r ui.Rect) {
		if p >= ui.PartComp {
			d.drawGlyph(dst, "server", r, d.pal.Text)
		} else {
			d.drawPartIcon(dst, r, p)
		}
	})
}

// drawLineDrag draws the copies of a copy line being carried off the
// map: a rack and how many parts it holds, above the finger.
func (d *sandboxDrawer) drawLineDrag(dst *ebiten.Image) {
	n, x, y, ok := d.s.LineDrag()
	if !ok {
		return
	}
	d.drawCarried(dst, x, y, ui.Textf(ui.SbLineCopies, d.v.Lang, n), func(r ui.Rect) { d.drawGlyph(dst, "server", r, d.pal.Up) })
}

// drawCarried draws what the reader carries at (x, y): above the
// finger, so that the finger does not hide it, its icon (drawn by
// icon in the square it is given) with its name under it.
func (d *sandboxDrawer) drawCarried(dst *ebiten.Image, x, y float64, name string, icon func(ui.Rect)) {
	u := d.layout.Unit
	s := 2.4 * u
	px := max(0.7*u, d.layout.MinText())
	tw := min(d.tf.width(name, px), 12*u)
	r := ui.Rect{X: x - s/2, Y: y - s - 1.4*u - 1.3*px, W: s, H: s}
	bg := ui.Rect{X: x - max(s, tw)/2 - 0.3*u, Y: r.Y - 0.3*u, W: max(s, tw) + 0.6*u, H: s + 0.6*u + 1.3*px}
	d.paint.fillRound(dst, bg, 0.4*u, withAlpha(d.pal.PanelHi, 0.92))
	icon(r)
	d.tf.draw(dst, d.clip(name, px, tw), px, x, r.Y+s+0.2*u, d.pal.Text, alignCenter)
}

// partName names tray part p in the reader's language.
func (d *sandboxDrawer) partName(p ui.Part) string {
	if p >= ui.PartComp {
		return d.s.Box().Base.Comps[p-ui.PartComp].Name.In(string(d.v.Lang))
	}
	return ui.Text(ui.PartMsg(p), d.v.Lang)
}

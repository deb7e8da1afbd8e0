package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
)

// appColor is each app's icon colour when it works.
func appColor(icon string) color.RGBA {
	switch icon {
	case "chat":
		return color.RGBA{0xfe, 0xe5, 0x00, 0xff}
	case "photo":
		return color.RGBA{0xff, 0x8a, 0x5b, 0xff}
	case "key":
		return color.RGBA{0x8e, 0xc5, 0xff, 0xff}
	case "taxi":
		return color.RGBA{0xff, 0xc1, 0x07, 0xff}
	case "pay":
		return color.RGBA{0x2f, 0x2f, 0x3a, 0xff}
	case "map":
		return color.RGBA{0x4c, 0xc9, 0x7a, 0xff}
	case "gift":
		return color.RGBA{0xff, 0x6f, 0x91, 0xff}
	case "mail":
		return color.RGBA{0x5b, 0x8d, 0xef, 0xff}
	case "cloud":
		return color.RGBA{0x9a, 0xd0, 0xf5, 0xff}
	case "web":
		return color.RGBA{0x6f, 0xb3, 0xa8, 0xff}
	case "search":
		return color.RGBA{0x03, 0xc7, 0x5a, 0xff}
	case "news":
		return color.RGBA{0xe8, 0xec, 0xf3, 0xff}
	case "shop":
		return color.RGBA{0xff, 0x9f, 0x43, 0xff}
	case "cafe":
		return color.RGBA{0xb7, 0x8b, 0x62, 0xff}
	case "blog":
		return color.RGBA{0x7b, 0xd8, 0x8f, 0xff}
	case "plane":
		return color.RGBA{0x2a, 0xab, 0xee, 0xff}
	case "game":
		return color.RGBA{0xb3, 0x9d, 0xf5, 0xff}
	case "server":
		return color.RGBA{0xb4, 0xc2, 0xd6, 0xff}
	}
	return color.RGBA{0x7c, 0x8d, 0xb0, 0xff}
}

// drawPhone draws the operator's apps on a phone (landscape) or as a
// strip of icons (portrait): lit when they work, marked "in part" when
// degraded, greyed and struck through when dark, with the number of
// people without service.
func (b *board) drawPhone(dst *ebiten.Image) {
	cached(dst, &b.phoneLayer, b.panelKeyFor(b.layout.Phone), b.layout.Phone, b.drawPhoneStatic)
}

// drawPhoneStatic draws the phone into its layer.
func (b *board) drawPhoneStatic(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	lang := b.v.Lang
	r := l.Phone
	snap := b.v.P.Snapshot()
	apps := b.v.P.Scenario().Apps
	if l.Portrait {
		b.paint.fillRound(dst, r, 0.6*u, b.pal.Panel)
	} else {
		body := r
		b.paint.fillRound(dst, body, 1.6*u, b.pal.Dark)
		b.paint.strokeRound(dst, body, 1.6*u, max(2, 0.25*u), b.pal.Line)
		b.paint.fillRound(dst, ui.Rect{X: body.X + body.W/2 - 2*u, Y: body.Y + 0.55*u, W: 4 * u, H: 0.55 * u}, 0.3*u, b.pal.PanelHi)
		b.tf.draw(dst, ui.Textf(ui.MsgPhone, lang, b.v.Book.Owner(lang)), 0.8*u, body.X+body.W/2, body.Y+1.5*u, b.pal.Text, alignCenter)
	}
	cells := l.AppCells(len(apps))
	tile := b.appTile(cells, apps)
	for i, cell := range cells {
		b.drawAppIcon(dst, cell, tile, apps[i], snap.Apps[i].Status)
	}
	out, tone := ui.Headline(b.v.P.Scenario(), snap, b.v.P.ClockAt(0), lang)
	c := b.pal.Up
	switch tone {
	case sim.StatusDown:
		c = b.pal.Fire
	case sim.StatusDegraded:
		c = b.pal.Degraded
	}
	// Two lines under one row of apps, or on a laptop's phone; under
	// two rows a phone has room for one (the tiles say the rest).
	most := 2
	if l.Portrait && len(cells) > 0 && cells[len(cells)-1].Y > cells[0].Y {
		most = 1
	}
	px, lines := b.tf.fit(out, 0.78*u, r.W-1.2*u, most)
	lines = b.atMost(lines, most, px, r.W-1.2*u)
	y := r.Y + r.H - 1.0*u - float64(len(lines))*px*1.25
	if l.Portrait {
		y = r.Y + r.H - 1.5*u - float64(len(lines)-1)*px*1.25
	}
	for k, line := range lines {
		b.tf.draw(dst, line, px, r.X+r.W/2, y+float64(k)*px*1.25, c, alignCenter)
	}
}

// appTile is the shape every app's tile shares: the icon's size and
// the most lines of name under it.
type appTile struct {
	icon  float64
	lines int
}

// appTile returns the tiles' shape for apps in cells (all of one
// size): room under the icon for as many lines of name as the longest
// wraps to, up to six, while the icon keeps a readable size (one line
// in a small phone's short cell), and the status word, at the size they
// are drawn (never under the smallest). Every icon is drawn at one
// size, so a long name does not make its app look smaller.
func (b *board) appTile(cells []ui.Rect, apps []sim.App) appTile {
	if len(cells) == 0 {
		return appTile{}
	}
	u := b.layout.Unit
	cell := cells[0]
	tpx := max(0.6*u, b.layout.MinText())
	iconFor := func(lines int) float64 {
		return min(cell.W*0.62, cell.H-(0.3*u+(1.15*float64(lines)+1.1)*tpx)-0.3*u)
	}
	lines := 1
	for _, app := range apps {
		lines = max(lines, len(ui.Wrap(app.Name.In(string(b.v.Lang)), tpx, cell.W-0.2*u, b.tf.width)))
	}
	lines = min(lines, 6)
	for lines > 1 && iconFor(lines) < min(0.26*cell.W, 3*u) {
		lines--
	}
	return appTile{icon: max(iconFor(lines), 0.2*cell.W), lines: lines}
}

// drawAppIcon draws one app in its cell, shaped as tile: icon, name and
// status word (so status is never shown by colour alone).
func (b *board) drawAppIcon(dst *ebiten.Image, cell ui.Rect, tile appTile, app sim.App, st sim.Status) {
	u := b.layout.Unit
	lang := b.v.Lang
	name := app.Name.In(string(lang))
	nameLines, s := tile.lines, tile.icon
	icon := ui.Rect{X: cell.X + (cell.W-s)/2, Y: cell.Y + 0.1*u, W: s, H: s}
	bg := appColor(app.Icon)
	fg := color.RGBA{0x1c, 0x1c, 0x24, 0xff}
	if app.Icon == "pay" {
		fg = color.RGBA{0xfe, 0xe5, 0x00, 0xff}
	}
	if st == sim.StatusDown {
		bg, fg = b.pal.Down, color.RGBA{0x2a, 0x30, 0x40, 0xff}
	}
	b.paint.fillRound(dst, icon, s*0.24, bg)
	b.drawGlyph(dst, app.Icon, icon.Inset(s*0.2), fg)
	switch st {
	case sim.StatusDown:
		b.paint.line(dst, icon.X+s*0.12, icon.Y+s*0.88, icon.X+s*0.88, icon.Y+s*0.12, max(2, s*0.08), b.pal.Fire)
	case sim.StatusDegraded:
		cx, cy := icon.X+icon.W-s*0.06, icon.Y+s*0.06
		b.paint.circle(dst, cx, cy, s*0.2, b.pal.Degraded)
		if s*0.3 >= b.layout.MinText() { // the mark fits its badge
			b.tf.draw(dst, "!", s*0.3, cx, cy-s*0.17, b.pal.Dark, alignCenter)
		}
	}
	px, lines := b.tf.fit(name, 0.6*u, cell.W-0.2*u, nameLines)
	lines = b.atMost(lines, nameLines, px, cell.W-0.2*u)
	for k, line := range lines {
		b.tf.draw(dst, line, px, cell.X+cell.W/2, icon.Y+s+0.1*u+float64(k)*px*1.15, b.pal.Text, alignCenter)
	}
	word, c := ui.Text(ui.MsgUp, lang), b.pal.Up
	switch st {
	case sim.StatusDegraded:
		word, c = ui.Text(ui.MsgDegraded, lang), b.pal.Degraded
	case sim.StatusDown:
		word, c = ui.Text(ui.MsgDown, lang), b.pal.Fire
		// The people cut off, where the cell has room for them.
		if with := word + " · " + ui.Short(app.Users, lang); app.Users > 0 && b.tf.width(with, max(0.55*u, b.layout.MinText())) <= cell.W-0.1*u {
			word = with
		}
	}
	b.tf.draw(dst, word, 0.55*u, cell.X+cell.W/2, icon.Y+s+0.2*u+float64(len(lines))*px*1.15, c, alignCenter)
}

// drawGlyph draws a simple picture for an app's icon inside r.
func (b *board) drawGlyph(dst *ebiten.Image, icon string, r ui.Rect, c color.Color) {
	p := b.paint
	w := max(1.5, r.W*0.09)
	cx, cy := r.X+r.W/2, r.Y+r.H/2
	switch icon {
	case "chat":
		p.circle(dst, cx, cy-r.H*0.05, r.W*0.42, c)
		p.triangle(dst, cx-r.W*0.22, cy+r.H*0.2, cx-r.W*0.32, cy+r.H*0.45, cx, cy+r.H*0.3, c)
	case "photo":
		p.frame(dst, ui.Rect{X: r.X, Y: r.Y + r.H*0.15, W: r.W, H: r.H * 0.7}, w, c)
		p.triangle(dst, r.X+r.W*0.1, r.Y+r.H*0.78, r.X+r.W*0.4, r.Y+r.H*0.4, r.X+r.W*0.65, r.Y+r.H*0.78, c)
		p.circle(dst, r.X+r.W*0.72, r.Y+r.H*0.35, r.W*0.09, c)
	case "key":
		p.ring(dst, r.X+r.W*0.32, cy, r.W*0.2, w, c)
		p.line(dst, r.X+r.W*0.52, cy, r.X+r.W*0.95, cy, w, c)
		p.line(dst, r.X+r.W*0.8, cy, r.X+r.W*0.8, cy+r.H*0.18, w, c)
	case "taxi":
		p.fillRound(dst, ui.Rect{X: r.X, Y: cy - r.H*0.12, W: r.W, H: r.H * 0.32}, r.W*0.08, c)
		p.fillRound(dst, ui.Rect{X: r.X + r.W*0.2, Y: cy - r.H*0.34, W: r.W * 0.6, H: r.H * 0.26}, r.W*0.08, c)
		p.circle(dst, r.X+r.W*0.25, cy+r.H*0.25, r.W*0.1, c)
		p.circle(dst, r.X+r.W*0.75, cy+r.H*0.25, r.W*0.1, c)
	case "pay":
		p.strokeRound(dst, ui.Rect{X: r.X, Y: r.Y + r.H*0.18, W: r.W, H: r.H * 0.64}, r.W*0.1, w, c)
		p.line(dst, r.X, r.Y+r.H*0.38, r.X+r.W, r.Y+r.H*0.38, w*1.5, c)
	case "map":
		p.circle(dst, cx, cy-r.H*0.12, r.W*0.28, c)
		p.triangle(dst, cx-r.W*0.24, cy-r.H*0.02, cx, r.Y+r.H, cx+r.W*0.24, cy-r.H*0.02, c)
	case "gift":
		p.frame(dst, ui.Rect{X: r.X + r.W*0.08, Y: r.Y + r.H*0.35, W: r.W * 0.84, H: r.H * 0.6}, w, c)
		p.line(dst, cx, r.Y+r.H*0.35, cx, r.Y+r.H*0.95, w, c)
		p.line(dst, r.X, r.Y+r.H*0.35, r.X+r.W, r.Y+r.H*0.35, w, c)
		p.ring(dst, cx-r.W*0.14, r.Y+r.H*0.22, r.W*0.12, w, c)
		p.ring(dst, cx+r.W*0.14, r.Y+r.H*0.22, r.W*0.12, w, c)
	case "mail":
		p.frame(dst, ui.Rect{X: r.X, Y: r.Y + r.H*0.2, W: r.W, H: r.H * 0.6}, w, c)
		p.line(dst, r.X, r.Y+r.H*0.2, cx, cy+r.H*0.05, w, c)
		p.line(dst, r.X+r.W, r.Y+r.H*0.2, cx, cy+r.H*0.05, w, c)
	case "cloud":
		p.circle(dst, r.X+r.W*0.32, cy+r.H*0.06, r.W*0.2, c)
		p.circle(dst, r.X+r.W*0.55, cy-r.H*0.08, r.W*0.26, c)
		p.circle(dst, r.X+r.W*0.76, cy+r.H*0.1, r.W*0.17, c)
		p.fillRound(dst, ui.Rect{X: r.X + r.W*0.12, Y: cy + r.H*0.06, W: r.W * 0.8, H: r.H * 0.21}, r.W*0.1, c)
	case "web":
		p.ring(dst, cx, cy, r.W*0.42, w, c)
		p.line(dst, r.X+r.W*0.08, cy, r.X+r.W*0.92, cy, w, c)
		p.line(dst, cx, cy-r.H*0.42, cx, cy+r.H*0.42, w, c)
		p.ring(dst, cx, cy, r.W*0.2, w, c)
	case "search":
		p.ring(dst, r.X+r.W*0.42, r.Y+r.H*0.4, r.W*0.28, w*1.3, c)
		p.line(dst, r.X+r.W*0.62, r.Y+r.H*0.6, r.X+r.W*0.92, r.Y+r.H*0.9, w*1.8, c)
	case "news":
		p.frame(dst, ui.Rect{X: r.X + r.W*0.08, Y: r.Y + r.H*0.1, W: r.W * 0.84, H: r.H * 0.8}, w, c)
		p.rect(dst, ui.Rect{X: r.X + r.W*0.2, Y: r.Y + r.H*0.22, W: r.W * 0.6, H: r.H * 0.16}, c)
		for _, f := range []float64{0.5, 0.63, 0.76} {
			p.line(dst, r.X+r.W*0.2, r.Y+r.H*f, r.X+r.W*0.8, r.Y+r.H*f, w*0.8, c)
		}
	case "shop":
		p.fillRound(dst, ui.Rect{X: r.X + r.W*0.12, Y: r.Y + r.H*0.35, W: r.W * 0.76, H: r.H * 0.58}, r.W*0.08, c)
		p.ring(dst, cx, r.Y+r.H*0.35, r.W*0.2, w, c)
	case "cafe":
		p.fillRound(dst, ui.Rect{X: r.X + r.W*0.1, Y: r.Y + r.H*0.3, W: r.W * 0.6, H: r.H * 0.55}, r.W*0.1, c)
		p.ring(dst, r.X+r.W*0.74, r.Y+r.H*0.52, r.W*0.14, w, c)
		p.line(dst, r.X+r.W*0.05, r.Y+r.H*0.92, r.X+r.W*0.8, r.Y+r.H*0.92, w, c)
	case "blog":
		// A pencil, writing.
		p.line(dst, r.X+r.W*0.2, r.Y+r.H*0.8, r.X+r.W*0.8, r.Y+r.H*0.2, w*2.6, c)
		p.triangle(dst, r.X+r.W*0.08, r.Y+r.H*0.92, r.X+r.W*0.12, r.Y+r.H*0.7, r.X+r.W*0.3, r.Y+r.H*0.88, c)
		p.line(dst, r.X+r.W*0.45, r.Y+r.H*0.92, r.X+r.W*0.92, r.Y+r.H*0.92, w, c)
	case "plane":
		// A paper plane, as messengers draw sending.
		p.triangle(dst, r.X, r.Y+r.H*0.45, r.X+r.W, r.Y+r.H*0.1, r.X+r.W*0.4, r.Y+r.H*0.62, c)
		p.triangle(dst, r.X+r.W*0.4, r.Y+r.H*0.62, r.X+r.W, r.Y+r.H*0.1, r.X+r.W*0.75, r.Y+r.H*0.9, c)
		p.triangle(dst, r.X+r.W*0.4, r.Y+r.H*0.62, r.X+r.W*0.45, r.Y+r.H*0.9, r.X+r.W*0.58, r.Y+r.H*0.72, c)
	case "game":
		// A game pad: its outline, the cross and two buttons.
		p.strokeRound(dst, ui.Rect{X: r.X, Y: r.Y + r.H*0.22, W: r.W, H: r.H * 0.56}, r.H*0.24, w, c)
		p.rect(dst, ui.Rect{X: r.X + r.W*0.16, Y: cy - r.H*0.05, W: r.W * 0.26, H: r.H * 0.1}, c)
		p.rect(dst, ui.Rect{X: r.X + r.W*0.24, Y: cy - r.H*0.13, W: r.W * 0.1, H: r.H * 0.26}, c)
		p.circle(dst, r.X+r.W*0.68, cy+r.H*0.06, r.W*0.07, c)
		p.circle(dst, r.X+r.W*0.8, cy-r.H*0.07, r.W*0.07, c)
	case "server":
		// A rack of three servers, each with its light.
		for k := range 3 {
			y := r.Y + r.H*(0.08+0.3*float64(k))
			p.strokeRound(dst, ui.Rect{X: r.X + r.W*0.1, Y: y, W: r.W * 0.8, H: r.H * 0.24}, r.W*0.05, w, c)
			p.circle(dst, r.X+r.W*0.72, y+r.H*0.12, r.W*0.05, c)
		}
	default:
		p.circle(dst, cx, cy, r.W*0.35, c)
	}
}

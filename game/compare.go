package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// drawCompareTab draws the Compare tab: the choice of the other design,
// the two designs' outcomes side by side and what differs.
func (g *Game) drawCompareTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	u := g.layout.Unit
	a := g.app
	lang := a.Lang
	sb := a.Box()
	g.tf.draw(dst, ui.AnText(ui.AnVersus, lang), 0.7*u, body.X, body.Y+0.2*u, g.pal.Muted, alignLeft)
	for _, w := range ws {
		switch w.Kind {
		case ui.WVersus:
			v := ui.VersusChoices()[w.I]
			g.button(dst, w.R, ui.AnText(v.Label, lang), g.pal.PanelHi, true)
			if v.ID == sb.Versus {
				g.paint.strokeRound(dst, w.R, 0.5*u, max(1, 0.12*u), g.pal.Focus)
			}
		case ui.WSavePNG:
			g.button(dst, w.R, ui.AnText(ui.AnSavePNG, lang), g.pal.PanelHi, true)
		}
	}
	g.drawComparison(dst, g.layout.CompareRect(), u)
}

// drawComparison draws the comparison in r at text unit u: the incident,
// each design's apps with a bar of their time down on one scale, the
// totals, and the list of differences in the room left.
func (g *Game) drawComparison(dst *ebiten.Image, r ui.Rect, u float64) {
	a := g.app
	lang := a.Lang
	cmp := a.Box().Comparison()
	px := 0.62 * u
	lh := px * 1.45
	inc := a.IncidentLines()[0]
	g.tf.draw(dst, g.clip(ui.AnTextf(ui.AnCmpSame, lang, inc), px, r.W), px, r.X, r.Y, g.pal.Muted, alignLeft)
	longest := sim.Hour
	for _, sd := range cmp.Sides {
		for _, ap := range sd.Apps {
			longest = max(longest, ap.Down)
		}
	}
	colW := (r.W - u) / 2
	twoLine := colW < 16*u
	y0 := r.Y + lh*1.3
	used := 0.0
	for i, sd := range cmp.Sides {
		col := ui.Rect{X: r.X + float64(i)*(colW+u), Y: y0, W: colW, H: r.Y + r.H - y0}
		tint := []color.RGBA{g.pal.Power, g.pal.Focus}[i]
		used = max(used, g.drawSide(dst, col, sd, longest, tint, twoLine, px, u))
	}
	y := y0 + used + 0.4*u
	if y+lh > r.Y+r.H {
		return
	}
	g.tf.draw(dst, ui.AnText(ui.AnCmpChanges, lang), px, r.X, y, g.pal.Text, alignLeft)
	y += lh
	if len(cmp.Changes) == 0 {
		g.tf.draw(dst, ui.AnText(ui.AnCmpNoChange, lang), px, r.X, y, g.pal.Muted, alignLeft)
		return
	}
	room := max(int((r.Y+r.H-y)/lh), 1)
	for k, c := range cmp.Changes {
		if k == room-1 && len(cmp.Changes) > room {
			g.tf.draw(dst, ui.AnTextf(ui.AnCmpMore, lang, len(cmp.Changes)-k), px, r.X, y, g.pal.Muted, alignLeft)
			break
		}
		g.tf.draw(dst, g.clip("· "+ui.ChangeText(c, lang), px, r.W), px, r.X, y, g.pal.Muted, alignLeft)
		y += lh
	}
}

// drawSide draws one design's column in r: its title, a row per app
// (name, a bar of its time down against longest, the hours) and its
// totals. It returns the height it used.
func (g *Game) drawSide(dst *ebiten.Image, r ui.Rect, sd ui.Side, longest sim.Seconds, tint color.RGBA, twoLine bool, px, u float64) float64 {
	lang := g.app.Lang
	lh := px * 1.45
	g.tf.draw(dst, g.clip(sd.Title.In(string(lang)), px*1.1, r.W), px*1.1, r.X, r.Y, tint, alignLeft)
	y := r.Y + lh*1.3
	nameW, valW := r.W*0.42, 3.4*u
	if twoLine {
		nameW = r.W
	}
	for _, ap := range sd.Apps {
		val := report.Duration(ap.Down, lang)
		if ap.Down == 0 {
			val = "0"
		}
		bar := ui.Rect{X: r.X + nameW, Y: y + 0.15*lh, W: r.W - nameW - valW, H: 0.7 * lh}
		if twoLine {
			bar = ui.Rect{X: r.X, Y: y + lh, W: r.W - valW, H: 0.45 * lh}
		}
		g.tf.draw(dst, g.clip(ap.Name.In(string(lang)), px, nameW-0.3*u), px, r.X, y, g.pal.Text, alignLeft)
		g.paint.rect(dst, bar, g.pal.Dark)
		if ap.Down > 0 {
			w := max(bar.W*float64(ap.Down)/float64(longest), 2)
			g.paint.rect(dst, ui.Rect{X: bar.X, Y: bar.Y, W: w, H: bar.H}, g.pal.Fire)
		}
		vy := y
		if twoLine {
			vy = y + lh*0.75
		}
		g.tf.draw(dst, val, px, r.X+r.W, vy, g.pal.Text, alignRight)
		y += lh
		if twoLine {
			y += lh * 0.65
		}
	}
	tot := ui.AnTextf(ui.AnCmpTotals, lang, ui.Big(sd.UserHours, lang), report.Duration(sd.Longest, lang),
		report.Count(int64(sd.Cost+0.5), lang))
	_, lines := g.tf.fit(tot, px, r.W, 2)
	for _, l := range lines {
		g.tf.draw(dst, l, px, r.X, y+0.2*u, tint, alignLeft)
		y += lh
	}
	return y + 0.2*u - r.Y
}

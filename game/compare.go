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
func (d *sandboxDrawer) drawCompareTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	u := d.layout.Unit
	a := d.s
	lang := d.v.Lang
	sb := a.Box()
	d.tf.draw(dst, ui.Text(ui.AnVersus, lang), 0.7*u, body.X, body.Y+0.2*u, d.pal.Muted, alignLeft)
	for _, w := range ws {
		switch w.Kind {
		case ui.WVersus:
			v := ui.VersusChoices()[w.I]
			d.button(dst, w.R, ui.Text(v.Label, lang), d.pal.PanelHi, true)
			if v.ID == sb.Versus {
				d.paint.strokeRound(dst, w.R, 0.5*u, max(1, 0.12*u), d.pal.Focus)
			}
		case ui.WSavePNG:
			d.button(dst, w.R, ui.Text(ui.AnSavePNG, lang), d.pal.PanelHi, true)
		}
	}
	d.drawComparison(dst, d.layout.CompareRect(), u)
}

// drawComparison draws the comparison in r at text unit u: the incident,
// each design's apps with a bar of their time down on one scale, the
// totals, and the list of differences in the room left.
func (d *sandboxDrawer) drawComparison(dst *ebiten.Image, r ui.Rect, u float64) {
	a := d.s
	lang := d.v.Lang
	cmp := a.Box().Comparison()
	// Rows spaced for the size the words are drawn at.
	px := max(0.62*u, d.layout.MinText())
	lh := px * 1.45
	inc := a.IncidentLines()[0]
	d.tf.draw(dst, d.clip(ui.Textf(ui.AnCmpSame, lang, inc), px, r.W), px, r.X, r.Y, d.pal.Muted, alignLeft)
	longest := sim.Hour
	for _, sd := range cmp.Sides {
		for _, ap := range sd.Apps {
			longest = max(longest, ap.Down)
		}
	}
	colW := (r.W - u) / 2
	narrow := colW < 16*u
	y0 := r.Y + lh*1.3
	used := 0.0
	for i, sd := range cmp.Sides {
		col := ui.Rect{X: r.X + float64(i)*(colW+u), Y: y0, W: colW, H: r.Y + r.H - y0}
		tint := []color.RGBA{d.pal.Power, d.pal.Focus}[i]
		used = max(used, d.drawSide(dst, col, sd, longest, tint, narrow, px, u))
	}
	y := y0 + used + 0.4*u
	if y+lh > r.Y+r.H {
		return
	}
	d.tf.draw(dst, ui.Text(ui.AnCmpChanges, lang), px, r.X, y, d.pal.Text, alignLeft)
	y += lh
	if len(cmp.Changes) == 0 {
		d.tf.draw(dst, ui.Text(ui.AnCmpNoChange, lang), px, r.X, y, d.pal.Muted, alignLeft)
		return
	}
	room := max(int((r.Y+r.H-y)/lh), 1)
	for k, c := range cmp.Changes {
		if k == room-1 && len(cmp.Changes) > room {
			d.tf.draw(dst, ui.Textf(ui.AnCmpMore, lang, len(cmp.Changes)-k), px, r.X, y, d.pal.Muted, alignLeft)
			break
		}
		d.tf.draw(dst, d.clip("· "+ui.ChangeText(c, lang), px, r.W), px, r.X, y, d.pal.Muted, alignLeft)
		y += lh
	}
}

// drawSide draws one design's column in r: its title, a row per app
// (name, a bar of its time down against longest, the hours) and its
// totals, as many rows as r holds. A narrow column (a phone) draws each
// bar behind its row, under the name and the hours. It returns the
// height it used.
func (d *sandboxDrawer) drawSide(dst *ebiten.Image, r ui.Rect, sd ui.Side, longest sim.Seconds, tint color.RGBA, narrow bool, px, u float64) float64 {
	lang := d.v.Lang
	lh := px * 1.45
	d.tf.draw(dst, d.clip(sd.Title.In(string(lang)), px*1.1, r.W), px*1.1, r.X, r.Y, tint, alignLeft)
	y := r.Y + lh*1.3
	nameW, valW := r.W*0.42, 3.4*u
	rowH := lh
	if narrow {
		// The hours as wide as the widest, the name the rest.
		for _, ap := range sd.Apps {
			valW = max(valW, d.tf.width(report.Duration(ap.Down, lang), px)+0.5*u)
		}
		nameW, rowH = r.W-valW, lh*1.1
	}
	tot := ui.Textf(ui.AnCmpTotals, lang, ui.Big(sd.UserHours, lang), report.Duration(sd.Longest, lang),
		report.Count(int64(sd.Cost+0.5), lang))
	if sd.Data.Kind != sim.LossNone {
		tot += ui.Textf(ui.AnCmpData, lang, report.LossSummary(sd.Data, lang))
	}
	_, lines := d.tf.fit(tot, px, r.W, 2)
	lines = d.atMost(lines, 2, px, r.W)
	// The totals keep their lines; the rows take what is left.
	rows := min(len(sd.Apps), int((r.Y+r.H-y-float64(len(lines))*lh-0.2*u)/rowH))
	for _, ap := range sd.Apps[:max(rows, 0)] {
		val := report.Duration(ap.Down, lang)
		if ap.Down == 0 {
			val = "0"
		}
		bar := ui.Rect{X: r.X + nameW, Y: y + 0.15*lh, W: r.W - nameW - valW, H: 0.7 * lh}
		if narrow {
			bar = ui.Rect{X: r.X, Y: y, W: r.W, H: rowH - 0.1*lh}
		}
		d.paint.rect(dst, bar, d.pal.Dark)
		if ap.Down > 0 {
			w := max(bar.W*float64(ap.Down)/float64(longest), 2)
			fill := color.Color(d.pal.Fire)
			if narrow {
				fill = withAlpha(d.pal.Fire, 0.45)
			}
			d.paint.rect(dst, ui.Rect{X: bar.X, Y: bar.Y, W: w, H: bar.H}, fill)
		}
		ty := y
		if narrow {
			ty = y + (rowH-0.1*lh-px*1.2)/2
		}
		d.tf.draw(dst, d.clip(ap.Name.In(string(lang)), px, nameW-0.3*u), px, r.X+0.1*u, ty, d.pal.Text, alignLeft)
		d.tf.draw(dst, val, px, r.X+r.W-0.1*u, ty, d.pal.Text, alignRight)
		y += rowH
	}
	for _, l := range lines {
		d.tf.draw(dst, l, px, r.X, y+0.2*u, tint, alignLeft)
		y += lh
	}
	return y + 0.2*u - r.Y
}

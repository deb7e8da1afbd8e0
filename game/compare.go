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
	var save ui.Rect
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
			save = w.R
		}
	}
	d.drawComparison(dst, d.layout.CompareRect(), save, u)
}

// drawComparison draws the comparison in r at text unit u: the incident,
// each design's apps with a bar of their time down on one scale, the
// totals, and the list of differences in the room left, its lines short
// of avoid (a phone's save button, in r's last row).
func (d *sandboxDrawer) drawComparison(dst *ebiten.Image, r, avoid ui.Rect, u float64) {
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
	y0 := r.Y + lh*1.3
	used := 0.0
	if colW < 16*u { // a phone: one table, each app's name once, above the save button
		foot := r.Y + r.H
		if avoid.W > 0 {
			foot = min(foot, avoid.Y-0.3*u)
		}
		// The other design named as its button is, short enough for
		// its column ("Kakao 2022").
		titles := []string{cmp.Sides[0].Title.In(string(lang)), cmp.Sides[1].Title.In(string(lang))}
		for _, v := range ui.VersusChoices() {
			if v.ID == a.Box().Versus {
				titles[1] = ui.Text(v.Label, lang)
			}
		}
		used = d.drawTable(dst, ui.Rect{X: r.X, Y: y0, W: r.W, H: foot - y0}, cmp.Sides[:], titles, longest, px, u)
	}
	for i, sd := range cmp.Sides {
		if colW < 16*u {
			break
		}
		col := ui.Rect{X: r.X + float64(i)*(colW+u), Y: y0, W: colW, H: r.Y + r.H - y0}
		used = max(used, d.drawSide(dst, col, sd, longest, d.sideTint(i), px, u))
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
		w := r.W
		if y+lh > avoid.Y && y < avoid.Y+avoid.H && avoid.W > 0 {
			w = avoid.X - 0.4*u - r.X
		}
		if k == room-1 && len(cmp.Changes) > room {
			d.tf.draw(dst, ui.Textf(ui.AnCmpMore, lang, len(cmp.Changes)-k), px, r.X, y, d.pal.Muted, alignLeft)
			break
		}
		d.tf.draw(dst, d.clip("· "+ui.ChangeText(c, lang), px, w), px, r.X, y, d.pal.Muted, alignLeft)
		y += lh
	}
}

// sideTint is the colour of side i's title and totals: the reader's
// design, then the other.
func (d *sandboxDrawer) sideTint(i int) color.RGBA {
	return []color.RGBA{d.pal.Power, d.pal.Focus}[i]
}

// drawSide draws one design's column in r: its title, a row per app
// (name, a bar of its time down against longest, the hours) and its
// totals, as many rows as r holds. It returns the height it used.
func (d *sandboxDrawer) drawSide(dst *ebiten.Image, r ui.Rect, sd ui.Side, longest sim.Seconds, tint color.RGBA, px, u float64) float64 {
	lang := d.v.Lang
	lh := px * 1.45
	d.tf.draw(dst, d.clip(sd.Title.In(string(lang)), px*1.1, r.W), px*1.1, r.X, r.Y, tint, alignLeft)
	y := r.Y + lh*1.3
	nameW, valW := r.W*0.42, 3.4*u
	for _, ap := range sd.Apps { // the bars stop short of the widest time
		valW = max(valW, d.tf.width(downText(ap.Down, lang), px)+0.5*u)
	}
	tot := ui.Textf(ui.AnCmpTotals, lang, ui.Big(sd.UserHours, lang), report.Duration(sd.Longest, lang),
		report.Count(int64(sd.Cost+0.5), lang))
	if sd.Data.Kind != sim.LossNone {
		tot += ui.Textf(ui.AnCmpData, lang, report.LossSummary(sd.Data, lang))
	}
	_, lines := d.tf.fit(tot, px, r.W, 2)
	lines = d.atMost(lines, 2, px, r.W)
	// The totals keep their lines; the rows take what is left.
	rows := min(len(sd.Apps), int((r.Y+r.H-y-float64(len(lines))*lh-0.2*u)/lh))
	for _, ap := range sd.Apps[:max(rows, 0)] {
		bar := ui.Rect{X: r.X + nameW, Y: y + 0.15*lh, W: r.W - nameW - valW, H: 0.7 * lh}
		d.paint.rect(dst, bar, d.pal.Dark)
		if ap.Down > 0 {
			d.paint.rect(dst, ui.Rect{X: bar.X, Y: bar.Y, W: max(bar.W*float64(ap.Down)/float64(longest), 2), H: bar.H}, d.pal.Fire)
		}
		d.tf.draw(dst, d.clip(ap.Name.In(string(lang)), px, nameW-0.3*u), px, r.X+0.1*u, y, d.pal.Text, alignLeft)
		d.tf.draw(dst, downText(ap.Down, lang), px, r.X+r.W-0.1*u, y, d.pal.Text, alignRight)
		y += lh
	}
	for _, l := range lines {
		d.tf.draw(dst, l, px, r.X, y+0.2*u, tint, alignLeft)
		y += lh
	}
	return y + 0.2*u - r.Y
}

// downText is an app's time down as the comparison writes it.
func downText(down sim.Seconds, lang report.Lang) string {
	if down == 0 {
		return "0"
	}
	return report.Duration(down, lang)
}

// drawTable draws both designs in one table in r, for a phone, under
// their titles: a column of names (each app's once, as wide as a phone allows), then a
// column per design with each app's time down and, under it, a bar of
// it against longest; then rows of the totals (user-hours lost, cost,
// and data lost where either lost any). Nothing is written over a bar.
// It returns the height it used.
func (d *sandboxDrawer) drawTable(dst *ebiten.Image, r ui.Rect, sides []ui.Side, titles []string, longest sim.Seconds, px, u float64) float64 {
	if len(sides) == 0 {
		return 0
	}
	lang := d.v.Lang
	lh := px * 1.35
	rowH := lh + max(3, 0.25*u) + 0.1*u // the words, the bar, a gap
	// Each design's column as wide as its widest time and a gap; the
	// names take the rest.
	colW := 0.0
	for _, sd := range sides {
		for _, ap := range sd.Apps {
			colW = max(colW, d.tf.width(downText(ap.Down, lang), px)+1.2*u)
		}
	}
	colW = max(colW, r.W*0.28)
	nameW := r.W - float64(len(sides))*colW
	colX := func(i int) float64 { return r.X + nameW + float64(i)*colW }
	for i, title := range titles {
		d.tf.draw(dst, d.clip(title, px, colW-0.3*u), px, colX(i), r.Y, d.sideTint(i), alignLeft)
	}
	y := r.Y + lh*1.2
	type total struct {
		name ui.Msg
		val  func(ui.Side) string
	}
	totals := []total{
		{ui.AnCmpRowHours, func(sd ui.Side) string { return ui.Big(sd.UserHours, lang) }},
		{ui.AnCmpRowCost, func(sd ui.Side) string { return report.Count(int64(sd.Cost+0.5), lang) }},
	}
	for _, sd := range sides {
		if sd.Data.Kind != sim.LossNone {
			totals = append(totals, total{ui.AnCmpRowData, func(sd ui.Side) string { return report.LossSummary(sd.Data, lang) }})
			break
		}
	}
	apps := sides[0].Apps
	rows := min(len(apps), int((r.Y+r.H-y-float64(len(totals))*lh-0.2*u)/rowH))
	for k, ap := range apps[:max(rows, 0)] {
		d.tf.draw(dst, d.clip(ap.Name.In(string(lang)), px, nameW-0.4*u), px, r.X, y, d.pal.Text, alignLeft)
		for i, sd := range sides {
			if k >= len(sd.Apps) {
				continue
			}
			down := sd.Apps[k].Down
			d.tf.draw(dst, downText(down, lang), px, colX(i), y, d.pal.Text, alignLeft)
			bar := ui.Rect{X: colX(i), Y: y + lh, W: colW - 0.5*u, H: max(3, 0.25*u)}
			d.paint.rect(dst, bar, d.pal.Dark)
			if down > 0 {
				d.paint.rect(dst, ui.Rect{X: bar.X, Y: bar.Y, W: max(bar.W*float64(down)/float64(longest), 2), H: bar.H}, d.pal.Fire)
			}
		}
		y += rowH
	}
	y += 0.2 * u
	for _, tt := range totals {
		d.tf.draw(dst, d.clip(ui.Text(tt.name, lang), px, nameW-0.4*u), px, r.X, y, d.pal.Muted, alignLeft)
		for i, sd := range sides {
			d.tf.draw(dst, d.clip(tt.val(sd), px, colW-0.3*u), px, colX(i), y, d.sideTint(i), alignLeft)
		}
		y += lh
	}
	return y - r.Y
}

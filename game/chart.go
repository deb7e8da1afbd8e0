package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
)

// statusColor is the colour of an app's status on the chart: green
// when it works, amber when partly, red when dark.
func (d *sandboxDrawer) statusColor(s sim.Status) color.RGBA {
	switch s {
	case sim.StatusDown:
		return d.pal.Fire
	case sim.StatusDegraded:
		return d.pal.Degraded
	}
	return d.pal.Up
}

// drawChartTab draws the Chart tab: the save buttons, the legend and
// the timeline chart with the playhead.
func (d *sandboxDrawer) drawChartTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	u := d.layout.Unit
	lang := d.v.Lang
	for _, w := range ws {
		switch w.Kind {
		case ui.WSavePNG:
			d.button(dst, w.R, ui.Text(ui.AnSavePNG, lang), d.pal.PanelHi, true)
		case ui.WSaveCSV:
			d.button(dst, w.R, ui.Text(ui.AnSaveCSV, lang), d.pal.PanelHi, true)
		}
	}
	lg := d.layout.ChartLegend()
	d.legend(dst, lg.X, lg.Y, u)
	d.tf.draw(dst, ui.Text(ui.AnChartHint, lang), 0.6*u, lg.X, lg.Y+1.3*u, d.pal.Muted, alignLeft)
	c := d.s.Chart(d.layout.ChartRect())
	playhead := sim.Seconds(-1)
	if d.v.P.Fired() {
		playhead = d.v.P.Now()
	}
	d.drawChart(dst, &c, u, playhead)
}

// legend draws the three status colours with their names from (x, y).
func (d *sandboxDrawer) legend(dst *ebiten.Image, x, y, u float64) {
	lang := d.v.Lang
	px := 0.65 * u
	for _, it := range []struct {
		s   sim.Status
		msg ui.Msg
	}{{sim.StatusUp, ui.AnUp}, {sim.StatusDegraded, ui.AnDegraded}, {sim.StatusDown, ui.AnDown}} {
		d.paint.fillRound(dst, ui.Rect{X: x, Y: y + 0.1*u, W: 0.9 * u, H: 0.7 * u}, 0.2*u, d.statusColor(it.s))
		label := ui.Text(it.msg, lang)
		d.tf.draw(dst, label, px, x+1.2*u, y, d.pal.Text, alignLeft)
		x += 1.2*u + d.tf.width(label, px) + 0.9*u
	}
}

// drawChart draws chart c at text unit u: each app's name and bar, the
// area of people without service with its peak, the day ticks, and a
// line at playhead (none when it is negative).
func (d *sandboxDrawer) drawChart(dst *ebiten.Image, c *ui.Chart, u float64, playhead sim.Seconds) {
	lang := d.v.Lang
	px := min(0.65*u, 0.8*c.Plot.H/float64(max(len(c.Rows), 1)))
	for _, row := range c.Rows {
		d.tf.draw(dst, d.clip(row.Label, px, c.LabelW), px, c.LabelX, row.Y+(row.H-px*1.2)/2, d.pal.Text, alignLeft)
		for _, b := range row.Bars {
			d.paint.rect(dst, ui.Rect{X: b.X, Y: row.Y, W: max(b.W, 1), H: row.H}, d.statusColor(b.Status))
		}
	}
	a := c.Area
	d.paint.rect(dst, a, d.pal.Dark)
	path := d.paint.begin()
	for i, p := range c.Line {
		if i == 0 {
			path.MoveTo(float32(p.X), float32(p.Y))
		} else {
			path.LineTo(float32(p.X), float32(p.Y))
		}
	}
	path.Close()
	d.paint.fill(dst, withAlpha(d.pal.Fire, 0.75))
	// The area's name and peak in the labels' column, wrapped to it.
	y := a.Y
	for _, it := range []struct {
		s  string
		c  color.Color
		on bool
	}{{ui.Text(ui.AnChartOut, lang), d.pal.Muted, true}, {ui.Textf(ui.AnChartPeak, lang, ui.Big(c.Peak, lang)), d.pal.Fire, c.Peak > 0}} {
		if !it.on {
			continue
		}
		lpx, lines := d.tf.fit(it.s, 0.6*u, c.LabelW, 2)
		for _, line := range lines {
			d.tf.draw(dst, line, lpx, c.LabelX, y, it.c, alignLeft)
			y += lpx * 1.2
		}
	}
	bottom := c.Plot.Y + c.Plot.H
	for i, t := range c.Ticks {
		d.paint.line(dst, t.X, c.Plot.Y, t.X, bottom+0.3*u, 1, withAlpha(d.pal.Line, 0.8))
		next := c.Plot.X + c.Plot.W
		if i+1 < len(c.Ticks) {
			next = c.Ticks[i+1].X
		}
		if next-t.X > d.tf.width(t.Label, 0.55*u) {
			d.tf.draw(dst, t.Label, 0.55*u, (t.X+next)/2, bottom+0.4*u, d.pal.Muted, alignCenter)
		}
	}
	if playhead >= 0 {
		x := c.XAt(playhead)
		d.paint.line(dst, x, c.Plot.Y-0.2*u, x, bottom+0.2*u, max(2, 0.15*u), d.pal.Power)
		d.paint.circle(dst, x, bottom+0.2*u, 0.35*u, d.pal.Power)
	}
}

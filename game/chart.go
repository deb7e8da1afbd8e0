package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
)

// statusColor is the colour of an app's status on the chart: green
// when it works, amber when partly, red when dark.
func (g *Game) statusColor(s sim.Status) color.RGBA {
	switch s {
	case sim.StatusDown:
		return g.pal.Fire
	case sim.StatusDegraded:
		return g.pal.Degraded
	}
	return g.pal.Up
}

// drawChartTab draws the Chart tab: the save buttons, the legend and
// the timeline chart with the playhead.
func (g *Game) drawChartTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	u := g.layout.Unit
	lang := g.app.Lang
	for _, w := range ws {
		switch w.Kind {
		case ui.WSavePNG:
			g.button(dst, w.R, ui.AnText(ui.AnSavePNG, lang), g.pal.PanelHi, true)
		case ui.WSaveCSV:
			g.button(dst, w.R, ui.AnText(ui.AnSaveCSV, lang), g.pal.PanelHi, true)
		}
	}
	lg := g.layout.ChartLegend()
	g.legend(dst, lg.X, lg.Y, u)
	g.tf.draw(dst, ui.AnText(ui.AnChartHint, lang), 0.6*u, lg.X, lg.Y+1.3*u, g.pal.Muted, alignLeft)
	c := g.app.Chart(g.layout.ChartRect())
	playhead := sim.Seconds(-1)
	if g.app.P.Fired() {
		playhead = g.app.P.Now()
	}
	g.drawChart(dst, &c, u, playhead)
}

// legend draws the three status colours with their names from (x, y).
func (g *Game) legend(dst *ebiten.Image, x, y, u float64) {
	lang := g.app.Lang
	px := 0.65 * u
	for _, it := range []struct {
		s   sim.Status
		msg ui.AnMsg
	}{{sim.StatusUp, ui.AnUp}, {sim.StatusDegraded, ui.AnDegraded}, {sim.StatusDown, ui.AnDown}} {
		g.paint.fillRound(dst, ui.Rect{X: x, Y: y + 0.1*u, W: 0.9 * u, H: 0.7 * u}, 0.2*u, g.statusColor(it.s))
		label := ui.AnText(it.msg, lang)
		g.tf.draw(dst, label, px, x+1.2*u, y, g.pal.Text, alignLeft)
		x += 1.2*u + g.tf.width(label, px) + 0.9*u
	}
}

// drawChart draws chart c at text unit u: each app's name and bar, the
// area of people without service with its peak, the day ticks, and a
// line at playhead (none when it is negative).
func (g *Game) drawChart(dst *ebiten.Image, c *ui.Chart, u float64, playhead sim.Seconds) {
	lang := g.app.Lang
	px := min(0.65*u, 0.8*c.Plot.H/float64(max(len(c.Rows), 1)))
	for _, row := range c.Rows {
		g.tf.draw(dst, g.clip(row.Label, px, c.LabelW), px, c.LabelX, row.Y+(row.H-px*1.2)/2, g.pal.Text, alignLeft)
		for _, b := range row.Bars {
			g.paint.rect(dst, ui.Rect{X: b.X, Y: row.Y, W: max(b.W, 1), H: row.H}, g.statusColor(b.Status))
		}
	}
	a := c.Area
	g.paint.rect(dst, a, g.pal.Dark)
	path := g.paint.begin()
	for i, p := range c.Line {
		if i == 0 {
			path.MoveTo(float32(p.X), float32(p.Y))
		} else {
			path.LineTo(float32(p.X), float32(p.Y))
		}
	}
	path.Close()
	g.paint.fill(dst, withAlpha(g.pal.Fire, 0.75))
	g.tf.draw(dst, ui.AnText(ui.AnChartOut, lang), 0.6*u, a.X-0.4*u, a.Y, g.pal.Muted, alignRight)
	if c.Peak > 0 {
		g.tf.draw(dst, ui.AnTextf(ui.AnChartPeak, lang, ui.Big(c.Peak, lang)), 0.6*u, a.X-0.4*u, a.Y+0.9*u, g.pal.Fire, alignRight)
	}
	bottom := c.Plot.Y + c.Plot.H
	for i, t := range c.Ticks {
		g.paint.line(dst, t.X, c.Plot.Y, t.X, bottom+0.3*u, 1, withAlpha(g.pal.Line, 0.8))
		next := c.Plot.X + c.Plot.W
		if i+1 < len(c.Ticks) {
			next = c.Ticks[i+1].X
		}
		if next-t.X > g.tf.width(t.Label, 0.55*u) {
			g.tf.draw(dst, t.Label, 0.55*u, (t.X+next)/2, bottom+0.4*u, g.pal.Muted, alignCenter)
		}
	}
	if playhead >= 0 {
		x := c.XAt(playhead)
		g.paint.line(dst, x, c.Plot.Y-0.2*u, x, bottom+0.2*u, max(2, 0.15*u), g.pal.Power)
		g.paint.circle(dst, x, bottom+0.2*u, 0.35*u, g.pal.Power)
	}
}

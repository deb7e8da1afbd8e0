package game

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// drawHeader draws the title, the clock and the time since the fire.
func (g *Game) drawHeader(dst *ebiten.Image) {
	l := &g.layout
	lang := g.app.Lang
	p := g.app.P
	c := p.Snapshot().Clock
	k := headerKey{r: l.Header, u: l.Unit, lang: lang, mode: g.app.Mode, portrait: l.Portrait, present: g.app.Present,
		right: l.Buttons[ui.CtlSandbox].X - l.Unit,
		clock: fmt.Sprintf("%02d:%02d", c.Hour, c.Minute), date: report.Day(c, lang) + " " + sim.ZoneName(c.Offset)}
	if p.Fired() {
		k.since = ui.Textf(ui.MsgAfterFire, lang, report.Duration(p.Now(), lang))
	}
	cached(dst, &g.headerLayer, k, l.Header, func(img *ebiten.Image) { g.drawHeaderText(img, k) })
}

// headerKey is what the header shows: the title, the clock, the date
// and the time since the fire, where.
type headerKey struct {
	r                  ui.Rect
	u, right           float64
	lang               report.Lang
	mode               ui.Mode
	portrait, present  bool
	clock, date, since string
}

// drawHeaderText draws the header k describes.
func (g *Game) drawHeaderText(dst *ebiten.Image, k headerKey) {
	h, u, lang, right := k.r, k.u, k.lang, k.right
	g.paint.rect(dst, h, g.pal.Panel)
	g.paint.line(dst, h.X, h.Y+h.H, h.X+h.W, h.Y+h.H, 1, g.pal.Line)
	title, subtitle := ui.Text(ui.MsgTitle, lang), ui.Text(ui.MsgSubtitle, lang)
	if k.mode == ui.ModeSandbox {
		title, subtitle = ui.SbText(ui.SbTitle, lang), ui.SbText(ui.SbSubtitle, lang)
	}
	if k.portrait && k.mode == ui.ModeSandbox {
		title = ui.SbText(ui.SbOpenSandbox, lang)
	}
	if k.portrait {
		// The title has the line to itself; the clock goes with the date.
		g.tf.draw(dst, g.clip(title, 1.1*u, right-1.6*u), 1.1*u, 0.8*u, h.Y+0.45*u, g.pal.Text, alignLeft)
		line := k.date
		if k.since != "" {
			line = k.since
		}
		g.tf.draw(dst, k.clock, 0.9*u, 0.8*u, h.Y+1.9*u, g.pal.Power, alignLeft)
		g.tf.draw(dst, g.clip(line, 0.72*u, right-4.6*u), 0.72*u, 0.8*u+g.tf.width(k.clock, 0.9*u)+0.6*u, h.Y+2.0*u, g.pal.Muted, alignLeft)
		return
	}
	g.tf.draw(dst, title, 1.35*u, u, h.Y+0.45*u, g.pal.Text, alignLeft)
	g.tf.draw(dst, subtitle, 0.8*u, u, h.Y+2.1*u, g.pal.Muted, alignLeft)
	g.tf.draw(dst, k.clock, 2.0*u, right, h.Y+0.5*u, g.pal.Power, alignRight)
	tw := g.tf.width(k.clock, 2.0*u)
	g.tf.draw(dst, k.date, 0.8*u, right-tw-0.8*u, h.Y+0.55*u, g.pal.Text, alignRight)
	g.tf.draw(dst, k.since, 0.8*u, right-tw-0.8*u, h.Y+1.75*u, g.pal.Muted, alignRight)
}

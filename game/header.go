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
	p := g.app.P
	k := headerKey{r: l.Header, u: l.Unit, lang: g.app.Lang, mode: g.app.Mode, portrait: l.Portrait, present: g.app.Present,
		right: l.Buttons[ui.CtlSandbox].X - l.Unit, clock: p.Snapshot().Clock, fired: p.Fired(), since: p.Now() / sim.Minute}
	k.clock.Second = 0 // the header shows whole minutes
	g.headerKey = k
	cached(dst, &g.headerLayer, k, l.Header, g.drawHeaderText)
}

// headerKey is what the header shows: the title, the clock to the
// minute, and the whole minutes since the fire, where. It holds no
// strings, so working it out each frame allocates nothing.
type headerKey struct {
	r                 ui.Rect
	u, right          float64
	lang              report.Lang
	mode              ui.Mode
	portrait, present bool
	clock             sim.Clock
	fired             bool
	since             sim.Seconds // in minutes
}

// drawHeaderText draws the header g.headerKey describes.
func (g *Game) drawHeaderText(dst *ebiten.Image) {
	k := g.headerKey
	h, u, lang, right := k.r, k.u, k.lang, k.right
	clock := fmt.Sprintf("%02d:%02d", k.clock.Hour, k.clock.Minute)
	date := report.Day(k.clock, lang) + " " + sim.ZoneName(k.clock.Offset)
	since := ""
	if k.fired {
		since = ui.Textf(ui.MsgAfterFire, lang, report.Duration(k.since*sim.Minute, lang))
	}
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
		// The title has the line to itself, a little smaller where it
		// does not fit a narrow phone; the clock goes with the date.
		px, w := 1.1*u, right-1.6*u
		for px > 0.85*u && g.tf.width(title, px) > w {
			px-- // faces come in whole pixels
		}
		g.tf.draw(dst, g.clip(title, px, w), px, 0.8*u, h.Y+0.45*u+(1.1*u-px)/2, g.pal.Text, alignLeft)
		line := date
		if since != "" {
			line = since
		}
		g.tf.draw(dst, clock, 0.9*u, 0.8*u, h.Y+1.9*u, g.pal.Power, alignLeft)
		g.tf.draw(dst, g.clip(line, 0.72*u, right-4.6*u), 0.72*u, 0.8*u+g.tf.width(clock, 0.9*u)+0.6*u, h.Y+2.0*u, g.pal.Muted, alignLeft)
		return
	}
	g.tf.draw(dst, title, 1.35*u, u, h.Y+0.45*u, g.pal.Text, alignLeft)
	g.tf.draw(dst, subtitle, 0.8*u, u, h.Y+2.1*u, g.pal.Muted, alignLeft)
	g.tf.draw(dst, clock, 2.0*u, right, h.Y+0.5*u, g.pal.Power, alignRight)
	tw := g.tf.width(clock, 2.0*u)
	g.tf.draw(dst, date, 0.8*u, right-tw-0.8*u, h.Y+0.55*u, g.pal.Text, alignRight)
	g.tf.draw(dst, since, 0.8*u, right-tw-0.8*u, h.Y+1.75*u, g.pal.Muted, alignRight)
}

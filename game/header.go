package game

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// drawHeader draws the title, the clock and the time since the fire.
func (b *board) drawHeader(dst *ebiten.Image) {
	l := &b.layout
	p := b.v.P
	k := headerKey{r: l.Header, u: l.Unit, lang: b.v.Lang, sandbox: l.Sandbox, portrait: l.Portrait, present: b.v.Present,
		right: l.Buttons[ui.CtlSandbox].X - l.Unit, langBtn: l.Buttons[ui.CtlLang], sandboxBtn: l.Buttons[ui.CtlSandbox], scn: p.Scenario(), clock: p.Snapshot().Clock, fired: p.Fired(), fire: p.FireFirst(), since: p.Now() / sim.Minute}
	k.clock.Second = 0 // the header shows whole minutes
	b.headerKey = k
	cached(dst, &b.headerLayer, k, l.Header, b.drawHeaderText)
}

// headerKey is what the header shows: the title, the clock to the
// minute, and the whole minutes since the fire, where. It holds no
// strings, so working it out each frame allocates nothing.
type headerKey struct {
	r                   ui.Rect
	u, right            float64
	langBtn, sandboxBtn ui.Rect // the language and sandbox buttons
	lang                report.Lang
	sandbox             bool
	scn                 *sim.Scenario // the scenario on screen, for the subtitle
	portrait, present   bool
	clock               sim.Clock
	fired, fire         bool        // fire: the incident began with a fire
	since               sim.Seconds // in minutes
}

// drawHeaderText draws the header b.headerKey describes, with its
// buttons.
func (b *board) drawHeaderText(dst *ebiten.Image) {
	defer b.drawHeaderButtons(dst)
	k := b.headerKey
	h, u, lang, right := k.r, k.u, k.lang, k.right
	clock := fmt.Sprintf("%02d:%02d", k.clock.Hour, k.clock.Minute)
	date := report.Day(k.clock, lang) + " " + sim.ZoneName(k.clock.Offset)
	since := ""
	if k.fired {
		msg := ui.MsgAfterStart // a grid failure (AWS), a lost site
		if k.fire {
			msg = ui.MsgAfterFire
		}
		since = ui.Textf(msg, lang, report.Duration(k.since*sim.Minute, lang))
	}
	b.paint.rect(dst, h, b.pal.Panel)
	b.paint.line(dst, h.X, h.Y+h.H, h.X+h.W, h.Y+h.H, 1, b.pal.Line)
	title, subtitle := ui.Text(ui.MsgTitle, lang), ui.Text(ui.MsgSubtitle, lang)
	if !strings.HasPrefix(k.scn.ID, "kakao2022") {
		// Another fire: its own record is the title, the explainer's
		// the line under it.
		title, subtitle = k.scn.Title.In(string(lang)), title
	}
	if k.sandbox {
		title, subtitle = ui.Text(ui.SbTitle, lang), ui.Text(ui.SbSubtitle, lang)
	}
	if k.portrait && k.sandbox {
		title = ui.Text(ui.SbOpenSandbox, lang)
	}
	if k.portrait {
		// The title has the line to itself, a little smaller where it
		// does not fit a narrow phone; the clock goes with the date.
		px, w := 1.1*u, right-1.6*u
		for px > 0.85*u && b.tf.width(title, px) > w {
			px-- // faces come in whole pixels
		}
		b.tf.draw(dst, b.clip(title, px, w), px, 0.8*u, h.Y+0.45*u+(1.1*u-px)/2, b.pal.Text, alignLeft)
		line := date
		if since != "" {
			line = since
		}
		b.tf.draw(dst, clock, 0.9*u, 0.8*u, h.Y+1.9*u, b.pal.Power, alignLeft)
		b.tf.draw(dst, b.clip(line, 0.72*u, right-4.6*u), 0.72*u, 0.8*u+b.tf.width(clock, 0.9*u)+0.6*u, h.Y+2.0*u, b.pal.Muted, alignLeft)
		return
	}
	tw := b.tf.width(clock, 2.0*u)
	// The title takes the room left of the date, a little smaller
	// where a long one (another fire's record) would run into it.
	room := right - tw - 0.8*u - max(b.tf.width(date, 0.8*u), b.tf.width(since, 0.8*u)) - 1.6*u
	px := 1.35 * u
	for px > 0.95*u && b.tf.width(title, px) > room {
		px-- // faces come in whole pixels
	}
	b.tf.draw(dst, b.clip(title, px, room), px, u, h.Y+0.45*u+(1.35*u-px)/2, b.pal.Text, alignLeft)
	b.tf.draw(dst, b.clip(subtitle, 0.8*u, room), 0.8*u, u, h.Y+2.1*u, b.pal.Muted, alignLeft)
	b.tf.draw(dst, clock, 2.0*u, right, h.Y+0.5*u, b.pal.Power, alignRight)
	b.tf.draw(dst, date, 0.8*u, right-tw-0.8*u, h.Y+0.55*u, b.pal.Text, alignRight)
	b.tf.draw(dst, since, 0.8*u, right-tw-0.8*u, h.Y+1.75*u, b.pal.Muted, alignRight)
}

// drawHeaderButtons draws the language and sandbox buttons in the
// header.
func (b *board) drawHeaderButtons(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	lang := b.v.Lang
	bt := &l.Buttons
	lr := bt[ui.CtlLang]
	b.paint.strokeRound(dst, lr, 0.4*u, max(1, 0.1*u), b.pal.Line)
	b.tf.draw(dst, ui.Text(ui.MsgLangSwitch, lang), 0.75*u, lr.X+lr.W/2, lr.Y+(lr.H-0.9*u)/2, b.pal.Text, alignCenter)

	sbr := bt[ui.CtlSandbox]
	sbLabel := ui.Text(ui.SbOpenSandbox, lang)
	if l.Sandbox {
		sbLabel = ui.Text(ui.SbOpenStory, lang)
	}
	b.paint.fillRound(dst, sbr, 0.4*u, withAlpha(b.pal.Focus, 0.3))
	px, _ := b.tf.fit(sbLabel, 0.75*u, sbr.W-0.6*u, 1)
	b.tf.draw(dst, sbLabel, px, sbr.X+sbr.W/2, sbr.Y+(sbr.H-px*1.2)/2, b.pal.Text, alignCenter)
}

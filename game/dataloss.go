package game

import (
	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim/report"
)

// lostKey is what the data-lost lines depend on: the run, how far it
// has played (its state changes only at timeline entries) and the
// language.
type lostKey struct {
	p    *ui.Playback
	ver  int
	lang report.Lang
}

// dataLost returns the lines of data lost by the playhead, asking get
// only when the run, its timeline position or the language moved.
func (b *board) dataLost(get func() []ui.DataLine) []ui.DataLine {
	k := lostKey{p: b.v.P, ver: b.v.P.Version(), lang: b.v.Lang}
	if k != b.lostKey {
		b.lostKey, b.lost = k, get()
	}
	return b.lost
}

// drawDataLost draws, over the foot of the building, what data the run
// has lost so far and the rule that lost it: the data that had no copy
// outside the burning room disappears as the reader watches.
func (b *board) drawDataLost(dst *ebiten.Image, lines []ui.DataLine) {
	if len(lines) == 0 {
		return
	}
	l := &b.layout
	u := l.Unit
	r := l.Site
	head, px, small := 0.85*u, 0.72*u, 0.62*u
	per := px*1.3 + small*1.35
	n := min(len(lines), max(1, int((r.H*0.45-head*1.6)/per)))
	h := head*1.6 + float64(n)*per + 0.4*u
	card := ui.Rect{X: r.X + 0.4*u, Y: r.Y + r.H - h - 0.4*u, W: r.W - 0.8*u, H: h}
	b.paint.fillRound(dst, card, 0.5*u, withAlpha(b.pal.Dark, 0.94))
	b.cover(card)
	b.paint.strokeRound(dst, card, 0.5*u, max(1, 0.12*u), b.pal.Fire)
	b.tf.draw(dst, ui.Text(ui.MsgDataLost, b.v.Lang), head, card.X+0.6*u, card.Y+0.35*u, b.pal.Fire, alignLeft)
	y := card.Y + 0.35*u + head*1.6
	w := card.W - 1.2*u
	for _, d := range lines[:n] {
		c := b.pal.Degraded
		if d.ForGood {
			c = b.pal.Fire
		}
		b.tf.draw(dst, b.clip(d.App+": "+d.Summary, px, w), px, card.X+0.6*u, y, c, alignLeft)
		y += px * 1.3
		b.tf.draw(dst, b.clip(d.Rule, small, w), small, card.X+0.6*u, y, b.pal.Text, alignLeft)
		y += small * 1.35
	}
}

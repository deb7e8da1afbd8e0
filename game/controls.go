package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// captionKey is what the caption panel shows: the story's card (its
// look), or the caption's words.
type captionKey struct {
	r    ui.Rect
	lang report.Lang
	card any
	text string
}

// drawCaption draws what is happening now (caption's words), as large
// as fits; in the story, the step's card (drawn by card, whose look
// says when it changes) instead. Wrapping and shaping the words is the
// costly part, so the panel is redrawn only when they change.
func (b *board) drawCaption(dst *ebiten.Image, caption func() string, card func(*ebiten.Image), look any) {
	key := captionKey{r: b.layout.Caption, lang: b.v.Lang, card: look}
	draw := card
	if card == nil {
		key.text = caption()
		draw = b.drawCaptionText
	}
	cached(dst, &b.captionLayer, key, b.layout.Caption, draw)
}

// drawCaptionText draws the caption's words, which its layer's key holds,
// into the caption's layer.
func (b *board) drawCaptionText(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	r := l.Caption
	b.paint.fillRound(dst, r, 0.5*u, b.pal.Panel)
	b.paint.rect(dst, ui.Rect{X: r.X, Y: r.Y + 0.5*u, W: max(3, 0.22*u), H: r.H - u}, b.pal.Fire)
	maxLines := 2
	if l.Portrait {
		maxLines = 3
	}
	px, lines := b.tf.fit(b.captionLayer.key.text, 1.1*u, r.W-1.6*u, maxLines)
	lh := px * 1.3
	y := r.Y + (r.H-float64(len(lines))*lh)/2
	for k, line := range lines {
		b.tf.draw(dst, line, px, r.X+0.9*u, y+float64(k)*lh, b.pal.Text, alignLeft)
	}
}

// controlsKey is what the cached part of the controls shows: the
// buttons' labels and states, and the scrub bar's days and marks.
type controlsKey struct {
	w, h, unit     float64
	lang           report.Lang
	fire           string
	fired, playing bool
	speed          int
	p              *ui.Playback
	marks          int
	present        bool
}

// drawControls draws the buttons, the speed and the scrub bar with its
// marks from a layer redrawn only when they change, then what moves
// every frame: the part of the week played and the playhead, the
// header's buttons and the keyboard focus ring.
func (b *board) drawControls(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	p := b.v.P
	fire, _ := b.fireLabel()
	key := controlsKey{w: l.W, h: l.H, unit: u, lang: b.v.Lang, fire: fire, fired: p.Fired(), playing: p.Playing(),
		speed: p.Speed(), p: p, marks: len(b.v.Marks), present: b.v.Present}
	tr := l.Track()
	top := min(l.Controls.Y, tr.Y-4*u)
	cached(dst, &b.controlsLayer, key, ui.Rect{X: 0, Y: top, W: l.W, H: l.H - top}, b.drawControlsStatic)
	b.drawScrubPlayed(dst)
	if f := b.v.Focus; b.v.Ring && f != ui.CtlNone && f < ui.CtlWidget {
		b.paint.strokeRound(dst, l.Buttons[f].Inset(-0.2*u), 0.6*u, max(2, 0.15*u), b.pal.Focus)
	}
}

// fireLabel returns the fire button's label and colour: the step's
// action in the story, replay once the fire has started, the sandbox's
// incident.
func (b *board) fireLabel() (string, color.RGBA) {
	lang := b.v.Lang
	if b.v.Replay {
		return ui.Text(b.v.Fire, lang), b.pal.PanelHi
	}
	return ui.Text(b.v.Fire, lang), b.pal.Button
}

// drawControlsStatic draws the fire and speed buttons, the speed and
// the scrub bar's days and marks into the controls' layer.
func (b *board) drawControlsStatic(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	lang := b.v.Lang
	p := b.v.P
	bt := &l.Buttons

	fire, fireBG := b.fireLabel()
	b.paint.fillRound(dst, bt[ui.CtlFire], 0.5*u, fireBG)
	px, _ := b.tf.fit(fire, 0.85*u, bt[ui.CtlFire].W-0.8*u, 1)
	b.tf.draw(dst, fire, px, bt[ui.CtlFire].X+bt[ui.CtlFire].W/2, bt[ui.CtlFire].Y+(bt[ui.CtlFire].H-px*1.2)/2, b.pal.Text, alignCenter)

	for _, c := range []ui.Control{ui.CtlSlower, ui.CtlPlay, ui.CtlFaster} {
		r := bt[c]
		b.paint.fillRound(dst, r, 0.5*u, b.pal.PanelHi)
		cx, cy, s := r.X+r.W/2, r.Y+r.H/2, r.H*0.22
		switch c {
		case ui.CtlPlay:
			if p.Playing() {
				b.paint.rect(dst, ui.Rect{X: cx - s*0.9, Y: cy - s, W: s * 0.6, H: 2 * s}, b.pal.Text)
				b.paint.rect(dst, ui.Rect{X: cx + s*0.3, Y: cy - s, W: s * 0.6, H: 2 * s}, b.pal.Text)
			} else {
				b.triangle(dst, cx-s*0.7, cy, s*1.6, 1, b.pal.Text)
			}
		case ui.CtlSlower:
			b.triangle(dst, cx+s*0.1, cy, s*1.1, -1, b.pal.Text)
			b.triangle(dst, cx+s*1.0, cy, s*1.1, -1, b.pal.Text)
		case ui.CtlFaster:
			b.triangle(dst, cx-s*1.0, cy, s*1.1, 1, b.pal.Text)
			b.triangle(dst, cx-s*0.1, cy, s*1.1, 1, b.pal.Text)
		}
	}
	sp := ui.Text(ui.Speeds()[p.Speed()].Msg, lang)
	mid := (bt[ui.CtlSlower].X + bt[ui.CtlFaster].X + bt[ui.CtlFaster].W) / 2
	b.tf.draw(dst, sp, 0.62*u, mid, bt[ui.CtlPlay].Y+bt[ui.CtlPlay].H+0.3*u, b.pal.Muted, alignCenter)
	b.drawScrub(dst)
}

// triangle draws a play-style triangle with its left (dir 1) or right
// (dir -1) edge at x, width w and height 2w·0.6, centred on y.
func (b *board) triangle(dst *ebiten.Image, x, y, w, dir float64, c color.Color) {
	h := w * 0.62
	b.paint.triangle(dst, x, y-h, x+dir*w, y, x, y+h, c)
}

// drawScrub draws the seven days as a bar: day ticks, the story's marks,
// the part played, and the playhead.
func (b *board) drawScrub(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	lang := b.v.Lang
	p := b.v.P
	tr := l.Track()
	horizon := float64(p.Horizon())
	xAt := func(t sim.Seconds) float64 { return tr.X + tr.W*float64(t)/horizon }
	b.paint.fillRound(dst, tr, tr.H/2, b.pal.Track)
	// Day ticks at local midnight.
	start := p.ClockAt(0)
	first := sim.Seconds(24*3600-(start.Hour*3600+start.Minute*60+start.Second)) % sim.Day
	// A day's name under its middle, every other day where the names
	// would touch at the size they are drawn.
	dayW := sim2px(sim.Day, tr.W, horizon)
	every := 1
	for t := first; t <= p.Horizon(); t += sim.Day {
		if b.tf.width(report.MonthDay(p.ClockAt(t), lang), 0.55*u)+0.4*u > dayW {
			every = 2
		}
	}
	for i, t := 0, first; t <= p.Horizon(); i, t = i+1, t+sim.Day {
		x := xAt(t)
		b.paint.line(dst, x, tr.Y+tr.H, x, tr.Y+tr.H+0.5*u, 1, b.pal.Line)
		label := report.MonthDay(p.ClockAt(t), lang)
		if t+sim.Day/2 <= p.Horizon() && i%every == 0 {
			b.tf.draw(dst, label, 0.55*u, x+dayW/2, tr.Y+tr.H+0.35*u, b.pal.Muted, alignCenter)
		}
	}
	// Marks, each label on the lowest of three rows (two on a phone,
	// whose bar has less room above it) where it fits; rows as tall as
	// the words are drawn (never under the smallest size).
	mpx := max(0.55*u, l.MinText())
	rows := 3
	if l.Portrait {
		rows = 2
	}
	// Labels on a row keep a clear gap, so that two read as two
	// ("Fire", "Knock-down"), not as one phrase; one pushed off its
	// tick is tied back to it by a thin leader.
	gap := 0.9 * u
	rowEnd := [3]float64{-1e9, -1e9, -1e9}
	for _, m := range b.v.Marks {
		x := xAt(m.At)
		c := b.markColor(m.Kind)
		b.paint.line(dst, x, tr.Y-0.3*u, x, tr.Y+tr.H+0.1*u, max(1.5, 0.12*u), c)
		label := ui.Text(m.Kind.Msg(), lang)
		w := b.tf.width(label, mpx)
		lx := min(max(x, tr.X+w/2), tr.X+tr.W-w/2)
		row := 0
		for row < rows && lx-w/2 < rowEnd[row]+gap {
			row++
		}
		if row == rows { // every row taken here: shift right on the lowest
			row, lx = 0, rowEnd[0]+gap+w/2
		}
		rowEnd[row] = lx + w/2
		y := tr.Y - 0.8*u - float64(row+1)*1.15*mpx
		if ax := min(max(x, lx-w/2+0.2*u), lx+w/2-0.2*u); math.Abs(ax-x) > 0.5*u {
			// Along the top of the bar from the tick, then up to the
			// label: a bracket under the other labels, not through them.
			lw, lc := max(1, 0.08*u), withAlpha(c, 0.75)
			by := tr.Y - 0.55*u
			b.paint.line(dst, x, by, ax, by, lw, lc)
			b.paint.line(dst, ax, by, ax, y+1.15*mpx, lw, lc)
		}
		b.tf.draw(dst, label, mpx, lx, y, c, alignCenter)
	}
}

// drawScrubPlayed draws over the cached scrub bar what moves: the part
// of the week played, the marks it passed (again, on top of it) and the
// playhead.
func (b *board) drawScrubPlayed(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	p := b.v.P
	tr := l.Track()
	horizon := float64(p.Horizon())
	xAt := func(t sim.Seconds) float64 { return tr.X + tr.W*float64(t)/horizon }
	if p.Fired() {
		b.paint.fillRound(dst, ui.Rect{X: tr.X, Y: tr.Y, W: xAt(p.Now()) - tr.X, H: tr.H}, tr.H/2, b.pal.Power)
		for _, m := range b.v.Marks {
			if m.At <= p.Now() {
				b.paint.line(dst, xAt(m.At), tr.Y, xAt(m.At), tr.Y+tr.H, max(1.5, 0.12*u), b.markColor(m.Kind))
			}
		}
	}
	b.paint.circle(dst, xAt(p.Now()), tr.Y+tr.H/2, 0.55*u, b.pal.Text)
	b.paint.circle(dst, xAt(p.Now()), tr.Y+tr.H/2, 0.3*u, b.pal.Power)
}

// markColor is the colour of a mark on the scrub bar: red for the fire
// and the power cut, green for services coming back.
func (b *board) markColor(k ui.MarkKind) color.RGBA {
	switch k {
	case ui.MarkFire, ui.MarkCut:
		return b.pal.Fire
	case ui.MarkTextBack, ui.MarkAllBack:
		return b.pal.Up
	}
	return b.pal.Muted
}

// sim2px converts a span of simulated time to pixels along a track of
// width w for a story of the given length.
func sim2px(t sim.Seconds, w, horizon float64) float64 { return w * float64(t) / horizon }

package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// captionKey is what the caption panel shows: the story step and
// whether its task is done, or the caption's words.
type captionKey struct {
	r    ui.Rect
	lang report.Lang
	mode ui.Mode
	step int
	done bool
	text string
}

// drawCaption draws what is happening now, as large as fits; in the
// story, the step's card instead. Wrapping and shaping the words is
// the costly part, so the panel is redrawn only when they change.
func (g *Game) drawCaption(dst *ebiten.Image) {
	a := g.app
	key := captionKey{r: g.layout.Caption, lang: a.Lang, mode: a.Mode, step: a.Step, done: a.TaskDone}
	if a.Mode != ui.ModeStory {
		key.text = g.captionText()
	}
	cached(dst, &g.captionLayer, key, g.layout.Caption, g.drawCaptionStatic)
}

// drawCaptionStatic draws the caption panel into its layer.
func (g *Game) drawCaptionStatic(dst *ebiten.Image) {
	if g.app.Mode == ui.ModeStory {
		g.drawStoryCard(dst)
		return
	}
	l := &g.layout
	u := l.Unit
	r := l.Caption
	g.paint.fillRound(dst, r, 0.5*u, g.pal.Panel)
	g.paint.rect(dst, ui.Rect{X: r.X, Y: r.Y + 0.5*u, W: max(3, 0.22*u), H: r.H - u}, g.pal.Fire)
	maxLines := 2
	if l.Portrait {
		maxLines = 3
	}
	px, lines := g.tf.fit(g.captionText(), 1.1*u, r.W-1.6*u, maxLines)
	lh := px * 1.3
	y := r.Y + (r.H-float64(len(lines))*lh)/2
	for k, line := range lines {
		g.tf.draw(dst, line, px, r.X+0.9*u, y+float64(k)*lh, g.pal.Text, alignLeft)
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
func (g *Game) drawControls(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	a := g.app
	p := a.P
	fire, _ := g.fireLabel()
	key := controlsKey{w: l.W, h: l.H, unit: u, lang: a.Lang, fire: fire, fired: p.Fired(), playing: p.Playing(),
		speed: p.Speed(), p: p, marks: len(a.Marks()), present: a.Present}
	tr := l.Track()
	top := min(l.Controls.Y, tr.Y-4*u)
	cached(dst, &g.controlsLayer, key, ui.Rect{X: 0, Y: top, W: l.W, H: l.H - top}, g.drawControlsStatic)
	g.drawScrubPlayed(dst)
	g.drawHeaderButtons(dst)
	if f := a.Focus; f != ui.CtlNone && f < ui.CtlWidget {
		g.paint.strokeRound(dst, l.Buttons[f].Inset(-0.2*u), 0.6*u, max(2, 0.15*u), g.pal.Focus)
	}
}

// fireLabel returns the fire button's label and colour: the step's
// action in the story, replay once the fire has started, the sandbox's
// incident.
func (g *Game) fireLabel() (string, color.RGBA) {
	lang := g.app.Lang
	switch {
	case g.app.Mode == ui.ModeStory && g.app.CurrentStep().Button != ui.MsgReplay && g.app.CurrentStep().Button != ui.MsgStartFire:
		return ui.Text(g.app.CurrentStep().Button, lang), g.pal.Button
	case g.app.P.Fired():
		return ui.Text(ui.MsgReplay, lang), g.pal.PanelHi
	case g.app.Mode == ui.ModeSandbox:
		return ui.SbText(ui.SbStartIncident, lang), g.pal.Button
	}
	return ui.Text(ui.MsgStartFire, lang), g.pal.Button
}

// drawControlsStatic draws the fire and speed buttons, the speed and
// the scrub bar's days and marks into the controls' layer.
func (g *Game) drawControlsStatic(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	lang := g.app.Lang
	p := g.app.P
	bt := &l.Buttons

	fire, fireBG := g.fireLabel()
	g.paint.fillRound(dst, bt[ui.CtlFire], 0.5*u, fireBG)
	px, _ := g.tf.fit(fire, 0.85*u, bt[ui.CtlFire].W-0.8*u, 1)
	g.tf.draw(dst, fire, px, bt[ui.CtlFire].X+bt[ui.CtlFire].W/2, bt[ui.CtlFire].Y+(bt[ui.CtlFire].H-px*1.2)/2, g.pal.Text, alignCenter)

	for _, c := range []ui.Control{ui.CtlSlower, ui.CtlPlay, ui.CtlFaster} {
		r := bt[c]
		g.paint.fillRound(dst, r, 0.5*u, g.pal.PanelHi)
		cx, cy, s := r.X+r.W/2, r.Y+r.H/2, r.H*0.22
		switch c {
		case ui.CtlPlay:
			if p.Playing() {
				g.paint.rect(dst, ui.Rect{X: cx - s*0.9, Y: cy - s, W: s * 0.6, H: 2 * s}, g.pal.Text)
				g.paint.rect(dst, ui.Rect{X: cx + s*0.3, Y: cy - s, W: s * 0.6, H: 2 * s}, g.pal.Text)
			} else {
				g.triangle(dst, cx-s*0.7, cy, s*1.6, 1, g.pal.Text)
			}
		case ui.CtlSlower:
			g.triangle(dst, cx+s*0.1, cy, s*1.1, -1, g.pal.Text)
			g.triangle(dst, cx+s*1.0, cy, s*1.1, -1, g.pal.Text)
		case ui.CtlFaster:
			g.triangle(dst, cx-s*1.0, cy, s*1.1, 1, g.pal.Text)
			g.triangle(dst, cx-s*0.1, cy, s*1.1, 1, g.pal.Text)
		}
	}
	sp := ui.Text(ui.Speeds()[p.Speed()].Msg, lang)
	mid := (bt[ui.CtlSlower].X + bt[ui.CtlFaster].X + bt[ui.CtlFaster].W) / 2
	g.tf.draw(dst, sp, 0.62*u, mid, bt[ui.CtlPlay].Y+bt[ui.CtlPlay].H+0.3*u, g.pal.Muted, alignCenter)
	g.drawScrub(dst)
}

// drawHeaderButtons draws the language and sandbox buttons in the
// header.
func (g *Game) drawHeaderButtons(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	lang := g.app.Lang
	bt := &l.Buttons
	lr := bt[ui.CtlLang]
	g.paint.strokeRound(dst, lr, 0.4*u, max(1, 0.1*u), g.pal.Line)
	g.tf.draw(dst, ui.Text(ui.MsgLangSwitch, lang), 0.75*u, lr.X+lr.W/2, lr.Y+(lr.H-0.9*u)/2, g.pal.Text, alignCenter)

	sbr := bt[ui.CtlSandbox]
	sbLabel := ui.SbText(ui.SbOpenSandbox, lang)
	if g.app.Mode == ui.ModeSandbox {
		sbLabel = ui.SbText(ui.SbOpenStory, lang)
	}
	g.paint.fillRound(dst, sbr, 0.4*u, withAlpha(g.pal.Focus, 0.3))
	px, _ := g.tf.fit(sbLabel, 0.75*u, sbr.W-0.6*u, 1)
	g.tf.draw(dst, sbLabel, px, sbr.X+sbr.W/2, sbr.Y+(sbr.H-px*1.2)/2, g.pal.Text, alignCenter)
}

// triangle draws a play-style triangle with its left (dir 1) or right
// (dir -1) edge at x, width w and height 2w·0.6, centred on y.
func (g *Game) triangle(dst *ebiten.Image, x, y, w, dir float64, c color.Color) {
	h := w * 0.62
	path := g.paint.begin()
	if dir > 0 {
		path.MoveTo(float32(x), float32(y-h))
		path.LineTo(float32(x+w), float32(y))
		path.LineTo(float32(x), float32(y+h))
	} else {
		path.MoveTo(float32(x), float32(y-h))
		path.LineTo(float32(x-w), float32(y))
		path.LineTo(float32(x), float32(y+h))
	}
	path.Close()
	g.paint.fill(dst, c)
}

// drawScrub draws the seven days as a bar: day ticks, the story's marks,
// the part played, and the playhead.
func (g *Game) drawScrub(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	lang := g.app.Lang
	p := g.app.P
	tr := l.Track()
	horizon := float64(p.Horizon())
	xAt := func(t sim.Seconds) float64 { return tr.X + tr.W*float64(t)/horizon }
	g.paint.fillRound(dst, tr, tr.H/2, g.pal.Dark)
	// Day ticks at local midnight.
	start := p.ClockAt(0)
	first := sim.Seconds(24*3600-(start.Hour*3600+start.Minute*60+start.Second)) % sim.Day
	for t := first; t <= p.Horizon(); t += sim.Day {
		x := xAt(t)
		g.paint.line(dst, x, tr.Y+tr.H, x, tr.Y+tr.H+0.5*u, 1, g.pal.Line)
		label := report.MonthDay(p.ClockAt(t), lang)
		if t+sim.Day/2 <= p.Horizon() {
			g.tf.draw(dst, label, 0.55*u, x+sim2px(sim.Day/2, tr.W, horizon), tr.Y+tr.H+0.35*u, g.pal.Muted, alignCenter)
		}
	}
	// Marks, each label on the lowest of three rows where it fits.
	rowEnd := [3]float64{-1e9, -1e9, -1e9}
	for _, m := range g.app.Marks() {
		x := xAt(m.At)
		c := g.markColor(m.Kind)
		g.paint.line(dst, x, tr.Y-0.3*u, x, tr.Y+tr.H+0.1*u, max(1.5, 0.12*u), c)
		label := ui.Text(m.Kind.Msg(), lang)
		w := g.tf.width(label, 0.55*u)
		lx := min(max(x, tr.X+w/2), tr.X+tr.W-w/2)
		row := 0
		for row < 3 && lx-w/2 < rowEnd[row]+0.3*u {
			row++
		}
		if row == 3 { // every row taken here: shift right on the lowest
			row, lx = 0, rowEnd[0]+0.3*u+w/2
		}
		rowEnd[row] = lx + w/2
		g.tf.draw(dst, label, 0.55*u, lx, tr.Y-1.05*u-float64(row)*0.72*u, c, alignCenter)
	}
}

// drawScrubPlayed draws over the cached scrub bar what moves: the part
// of the week played, the marks it passed (again, on top of it) and the
// playhead.
func (g *Game) drawScrubPlayed(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	p := g.app.P
	tr := l.Track()
	horizon := float64(p.Horizon())
	xAt := func(t sim.Seconds) float64 { return tr.X + tr.W*float64(t)/horizon }
	if p.Fired() {
		g.paint.fillRound(dst, ui.Rect{X: tr.X, Y: tr.Y, W: xAt(p.Now()) - tr.X, H: tr.H}, tr.H/2, g.pal.Power)
		for _, m := range g.app.Marks() {
			if m.At <= p.Now() {
				g.paint.line(dst, xAt(m.At), tr.Y, xAt(m.At), tr.Y+tr.H, max(1.5, 0.12*u), g.markColor(m.Kind))
			}
		}
	}
	g.paint.circle(dst, xAt(p.Now()), tr.Y+tr.H/2, 0.55*u, g.pal.Text)
	g.paint.circle(dst, xAt(p.Now()), tr.Y+tr.H/2, 0.3*u, g.pal.Power)
}

// markColor is the colour of a mark on the scrub bar: red for the fire
// and the power cut, green for services coming back.
func (g *Game) markColor(k ui.MarkKind) color.RGBA {
	switch k {
	case ui.MarkFire, ui.MarkCut:
		return g.pal.Fire
	case ui.MarkTextBack, ui.MarkAllBack:
		return g.pal.Up
	}
	return g.pal.Muted
}

// sim2px converts a span of simulated time to pixels along a track of
// width w for a story of the given length.
func sim2px(t sim.Seconds, w, horizon float64) float64 { return w * float64(t) / horizon }

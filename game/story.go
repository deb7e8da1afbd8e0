package game

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim/report"
)

// drawStoryCard draws the story step in the caption's place: title,
// text, "well done" once the task is done, the step dots, Back, Next
// (lit once the task is done) and Sources.
func (g *Game) drawStoryCard(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	a := g.app
	lang := a.Lang
	r := l.Caption
	g.paint.fillRound(dst, r, 0.5*u, g.pal.Panel)
	g.paint.rect(dst, ui.Rect{X: r.X, Y: r.Y + 0.5*u, W: max(3, 0.22*u), H: r.H - u}, g.pal.Power)
	titlePx, title, textPx, text, _ := ui.StoryFit(l, a.Step, lang, a.TaskDone, g.tf.width)
	box := l.StoryText()
	y := box.Y
	for _, line := range title {
		g.tf.draw(dst, line, titlePx, box.X, y, g.pal.Power, alignLeft)
		y += titlePx * ui.TitleLead
	}
	done := ui.Text(ui.MsgDone, lang)
	for _, line := range text {
		c := g.pal.Text
		if a.TaskDone && line == done {
			c = g.pal.Up
		}
		g.tf.draw(dst, line, textPx, box.X, y, c, alignLeft)
		y += textPx * ui.TextLead
	}

	bt := &l.Buttons
	g.button(dst, bt[ui.CtlBack], ui.Text(ui.MsgBack, lang), g.pal.PanelHi, a.Step > 0)
	nextBG := g.pal.PanelHi
	if a.TaskDone {
		nextBG = g.pal.Button
	}
	g.button(dst, bt[ui.CtlNext], ui.Text(ui.MsgNext, lang)+" →", nextBG, true)
	label := ui.Text(ui.MsgSources, lang)
	if a.CurrentStep().Disputed {
		label += " ※"
	}
	src := bt[ui.CtlSources]
	g.paint.strokeRound(dst, src, 0.5*u, max(1, 0.1*u), g.pal.Focus)
	g.tf.draw(dst, label, 0.72*u, src.X+src.W/2, src.Y+(src.H-0.9*u)/2, g.pal.Focus, alignCenter)

	// Progress: "n of 10" and a dot per step, lit up to this one.
	d := l.StepDots()
	n := len(ui.Steps())
	of := fmt.Sprintf(ui.Text(ui.MsgStepOf, lang), a.Step+1, n)
	g.tf.draw(dst, of, 0.6*u, d.X, d.Y+d.H/2-0.4*u, g.pal.Muted, alignLeft)
	x0 := d.X + g.tf.width(of, 0.6*u) + 0.8*u
	step := (d.X + d.W - x0) / float64(n)
	for i := range n {
		c := g.pal.Line
		if i <= a.Step {
			c = g.pal.Power
		}
		g.paint.circle(dst, x0+(float64(i)+0.5)*step, d.Y+d.H/2, min(0.22*u, step*0.3), c)
	}
}

// button draws a rounded button with a centred label, dimmed when not
// enabled.
func (g *Game) button(dst *ebiten.Image, r ui.Rect, label string, bg color.Color, enabled bool) {
	u := g.layout.Unit
	c := g.pal.Text
	if !enabled {
		c = g.pal.Muted
	}
	g.paint.fillRound(dst, r, 0.5*u, bg)
	px, _ := g.tf.fit(label, 0.8*u, r.W-0.6*u, 1)
	g.tf.draw(dst, label, px, r.X+r.W/2, r.Y+(r.H-px*1.2)/2, c, alignCenter)
}

// drawStoryOverlays draws, over the panels, the pulse that shows where
// the step's task is, the fix step's card and the sources list.
func (g *Game) drawStoryOverlays(dst *ebiten.Image) {
	a := g.app
	if a.Mode != ui.ModeStory {
		return
	}
	l := &g.layout
	u := l.Unit
	if !a.TaskDone {
		if r, ok := g.taskTarget(); ok {
			pulse := 0.5 + 0.5*math.Sin(g.anim()/8)
			g.paint.strokeRound(dst, r.Inset(-0.3*u-0.2*u*pulse), 0.7*u, max(2, 0.18*u), withAlpha(g.pal.Power, 0.5+0.5*pulse))
		}
	}
	if a.CurrentStep().Button == ui.MsgReplayFix {
		g.drawFixCard(dst)
	}
	if a.SourcesOpen {
		g.drawSources(dst)
	}
	if a.NotesOpen {
		g.drawNotes(dst)
	}
}

// drawNotes shows the teacher's notes for the step over the building,
// in presenter mode.
func (g *Game) drawNotes(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	lang := g.app.Lang
	r := l.Site
	g.paint.fillRound(dst, r, 0.6*u, g.pal.Dark)
	g.paint.strokeRound(dst, r, 0.6*u, max(1, 0.12*u), g.pal.Power)
	g.tf.draw(dst, ui.Text(ui.MsgNotes, lang), 0.9*u, r.X+0.8*u, r.Y+0.6*u, g.pal.Power, alignLeft)
	px, lines := g.tf.fit(ui.StepNotes(g.app.Step, lang), 1.1*u, r.W-1.6*u, 7)
	y := r.Y + 2.4*u
	for _, line := range lines {
		g.tf.draw(dst, line, px, r.X+0.8*u, y, g.pal.Text, alignLeft)
		y += px * 1.35
	}
	g.tf.draw(dst, ui.Text(ui.MsgGuideLink, lang), 0.7*u, r.X+0.8*u, r.Y+r.H-1.4*u, g.pal.Muted, alignLeft)
}

// taskTarget returns where the reader should act for the step's task.
func (g *Game) taskTarget() (ui.Rect, bool) {
	l := &g.layout
	u := l.Unit
	st := g.app.CurrentStep()
	switch st.Task {
	case ui.TaskTapApp:
		return l.Phone, true
	case ui.TaskTapSite:
		return l.Site, true
	case ui.TaskScrubPast:
		return l.Buttons[ui.CtlScrub], true
	case ui.TaskTapMap:
		for _, s := range g.app.P.Scenario().Sites {
			if s.ID == st.Target {
				x, y := l.MapProjection().Project(s.Lon, s.Lat)
				return ui.Rect{X: x - 1.2*u, Y: y - 1.2*u, W: 2.4 * u, H: 2.4 * u}, true
			}
		}
	case ui.TaskStartFire, ui.TaskReplay, ui.TaskExplore:
		return l.Buttons[ui.CtlFire], true
	}
	return ui.Rect{}, false
}

// drawFixCard draws the "your turn" step's choices over the building,
// with the outcome of the last replay.
func (g *Game) drawFixCard(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	a := g.app
	lang := a.Lang
	card := l.FixCard()
	g.paint.fillRound(dst, card, 0.6*u, withAlpha(g.pal.Dark, 0.95))
	g.paint.strokeRound(dst, card, 0.6*u, max(1, 0.1*u), g.pal.Power)
	g.tf.draw(dst, ui.StepTitle(a.Step, lang), 0.85*u, card.X+0.6*u, card.Y+0.5*u, g.pal.Power, alignLeft)
	for i := range 4 {
		c := ui.CtlFix0 + ui.Control(i)
		r := l.Buttons[c]
		on := a.Fix&(1<<i) != 0
		bg := g.pal.Panel
		if on {
			bg = g.pal.PanelHi
		}
		g.paint.fillRound(dst, r, 0.4*u, bg)
		box := ui.Rect{X: r.X + 0.4*u, Y: r.Y + (r.H-1.1*u)/2, W: 1.1 * u, H: 1.1 * u}
		g.paint.strokeRound(dst, box, 0.2*u, max(1, 0.12*u), g.pal.Text)
		if on {
			g.paint.line(dst, box.X+box.W*0.2, box.Y+box.H*0.55, box.X+box.W*0.45, box.Y+box.H*0.8, max(2, 0.15*u), g.pal.Up)
			g.paint.line(dst, box.X+box.W*0.45, box.Y+box.H*0.8, box.X+box.W*0.85, box.Y+box.H*0.2, max(2, 0.15*u), g.pal.Up)
		}
		label := ui.Text(ui.Fix(1<<i).Msg(), lang)
		px, _ := g.tf.fit(label, 0.72*u, r.W-2.2*u, 1)
		g.tf.draw(dst, label, px, box.X+box.W+0.5*u, r.Y+(r.H-px*1.2)/2, g.pal.Text, alignLeft)
		if a.Focus == c {
			g.paint.strokeRound(dst, r.Inset(-0.15*u), 0.5*u, max(2, 0.15*u), g.pal.Focus)
		}
	}
	res := a.FixResult
	if res == nil {
		return
	}
	y := l.Buttons[ui.CtlFix3].Y + l.Buttons[ui.CtlFix3].H + 0.5*u
	out := ui.Textf(ui.MsgFixOutcome, lang, report.Duration(res.Down, lang), report.Duration(res.Base, lang))
	c := g.pal.Fire
	if res.Hint == ui.MsgHintWorks {
		c = g.pal.Up
	}
	g.tf.draw(dst, out, 0.75*u, card.X+0.6*u, y, c, alignLeft)
	px, lines := g.tf.fit(ui.Text(res.Hint, lang), 0.7*u, card.W-1.2*u, 2)
	for k, line := range lines {
		g.tf.draw(dst, line, px, card.X+0.6*u, y+1.1*u+float64(k)*px*1.25, g.pal.Text, alignLeft)
	}
}

// drawSources lists the step's sources over the building and the map,
// with the fact sheet's titles and links (as text: the page works
// offline).
func (g *Game) drawSources(dst *ebiten.Image) {
	l := &g.layout
	u := l.Unit
	a := g.app
	lang := a.Lang
	r := ui.Rect{X: l.Map.X, Y: l.Site.Y, W: l.Site.X + l.Site.W - l.Map.X, H: l.Site.H}
	if l.Portrait {
		r = ui.Rect{X: l.Site.X, Y: l.Site.Y, W: l.Site.W, H: l.Map.Y + l.Map.H - l.Site.Y}
	}
	g.paint.fillRound(dst, r, 0.6*u, g.pal.Dark)
	g.paint.strokeRound(dst, r, 0.6*u, max(1, 0.1*u), g.pal.Focus)
	g.tf.draw(dst, ui.Text(ui.MsgSources, lang)+" — "+ui.StepTitle(a.Step, lang), 0.85*u, r.X+0.8*u, r.Y+0.6*u, g.pal.Focus, alignLeft)
	y := r.Y + 2.2*u
	if a.CurrentStep().Disputed {
		g.tf.draw(dst, "※ "+ui.Text(ui.MsgDisputed, lang), 0.7*u, r.X+0.8*u, y, g.pal.Degraded, alignLeft)
		y += 1.3 * u
	}
	for _, id := range a.CurrentStep().Sources {
		s, ok := g.source(id)
		if !ok {
			s.Title = "?"
		}
		px, lines := g.tf.fit("["+id+"] "+s.Title, 0.68*u, r.W-1.6*u, 2)
		for _, line := range lines {
			g.tf.draw(dst, line, px, r.X+0.8*u, y, g.pal.Text, alignLeft)
			y += px * 1.25
		}
		if s.Link != "" {
			link := g.clip(s.Link, 0.56*u, r.W-2.4*u)
			g.tf.draw(dst, link, 0.56*u, r.X+1.6*u, y, g.pal.Muted, alignLeft)
			y += 0.56 * u * 1.5
		}
		y += 0.3 * u
		if y > r.Y+r.H-u {
			break
		}
	}
}

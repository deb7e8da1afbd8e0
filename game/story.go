package game

import (
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// drawStoryCard draws the story step in the caption's place: title,
// text, "well done" once the task is done, the step dots, Back, Next
// (lit once the task is done) and Sources.
func (d *storyDrawer) drawStoryCard(dst *ebiten.Image) {
	l := &d.layout
	u := l.Unit
	a := d.s
	lang := d.v.Lang
	r := l.Caption
	d.paint.fillRound(dst, r, 0.5*u, d.pal.Panel)
	d.paint.rect(dst, ui.Rect{X: r.X, Y: r.Y + 0.5*u, W: max(3, 0.22*u), H: r.H - u}, d.pal.Power)
	head, body := a.Words()
	titlePx, title, textPx, text, _ := ui.StoryFit(l, [2]string{head, body}, lang, a.TaskDone(), d.tf.width)
	box := l.StoryText()
	y := box.Y
	for _, line := range title {
		d.tf.draw(dst, line, titlePx, box.X, y, d.pal.Power, alignLeft)
		y += titlePx * ui.TitleLead
	}
	done := ui.Text(ui.MsgDone, lang)
	for _, line := range text {
		c := d.pal.Text
		if a.TaskDone() && line == done {
			c = d.pal.Up
		}
		d.tf.draw(dst, line, textPx, box.X, y, c, alignLeft)
		y += textPx * ui.TextLead
	}

	bt := &l.Buttons
	d.button(dst, bt[ui.CtlBack], ui.Text(ui.MsgBack, lang), d.pal.PanelHi, a.Step() > 0)
	nextBG := d.pal.PanelHi
	if a.TaskDone() {
		nextBG = d.pal.Button
	}
	next := ui.MsgNext
	if a.Step() == len(ui.Steps())-1 { // the last step's Next opens the free view
		next = ui.MsgFreeView
	}
	d.button(dst, bt[ui.CtlNext], ui.Text(next, lang)+" →", nextBG, true)
	label := ui.Text(ui.MsgSources, lang)
	if a.CurrentStep().Disputed {
		label += " ※"
	}
	src := bt[ui.CtlSources]
	d.paint.strokeRound(dst, src, 0.5*u, max(1, 0.1*u), d.pal.Focus)
	d.tf.draw(dst, label, 0.72*u, src.X+src.W/2, src.Y+(src.H-0.9*u)/2, d.pal.Focus, alignCenter)

	// Progress: "n of 10" and a dot per step, lit up to this one.
	dots := l.StepDots()
	n := len(ui.Steps())
	of := fmt.Sprintf(ui.Text(ui.MsgStepOf, lang), a.Step()+1, n)
	d.tf.draw(dst, of, 0.6*u, dots.X, dots.Y+dots.H/2-0.4*u, d.pal.Muted, alignLeft)
	x0 := dots.X + d.tf.width(of, 0.6*u) + 0.8*u
	step := (dots.X + dots.W - x0) / float64(n)
	for i := range n {
		c := d.pal.Line
		if i <= a.Step() {
			c = d.pal.Power
		}
		d.paint.circle(dst, x0+(float64(i)+0.5)*step, dots.Y+dots.H/2, min(0.22*u, step*0.3), c)
	}
}

// drawStoryOverlays draws, over the panels, the pulse that shows where
// the step's task is, the fix step's card and the sources list.
func (d *storyDrawer) drawStoryOverlays(dst *ebiten.Image) {
	a := d.s
	l := &d.layout
	u := l.Unit
	if !a.TaskDone() {
		pulse := 0.5 + 0.5*math.Sin(d.anim()/8)
		ring := withAlpha(d.pal.Power, 0.5+0.5*pulse)
		if to, ok := a.ScrubTo(); ok {
			// The thing to drag is the playhead: a ring round it, clear
			// of the marks' names above and the days below, and the
			// stretch of track to drag it along, to the moment asked for.
			tr := l.Track()
			xAt := func(t sim.Seconds) float64 { return tr.X + tr.W*float64(t)/float64(d.v.P.Horizon()) }
			x, cy := xAt(d.v.P.Now()), tr.Y+tr.H/2
			if end := xAt(to); end > x+1.2*u {
				d.paint.line(dst, x+0.9*u, cy, end, cy, max(2, tr.H*0.6), ring)
				d.paint.triangle(dst, end, cy-0.45*u, end+0.7*u, cy, end, cy+0.45*u, ring)
			}
			d.paint.ring(dst, x, cy, 0.85*u+0.2*u*pulse, max(2, 0.18*u), ring)
		} else if r, ok := d.taskTarget(); ok {
			d.paint.strokeRound(dst, r.Inset(-0.3*u-0.2*u*pulse), 0.7*u, max(2, 0.18*u), ring)
		}
	}
	if a.CurrentStep().Button == ui.MsgReplayFix {
		d.drawFixCard(dst)
	}
	if a.SourcesOpen() {
		d.drawSources(dst)
	}
	if a.NotesOpen() {
		d.drawNotes(dst)
	}
}

// drawNotes shows the teacher's notes for the step over the top of the
// building, in presenter mode, in a box as tall as its words.
func (d *storyDrawer) drawNotes(dst *ebiten.Image) {
	l := &d.layout
	u := l.Unit
	lang := d.v.Lang
	r := l.Site
	px, lines := d.tf.fit(ui.StepNotes(d.s.Step(), lang), 1.1*u, r.W-1.6*u, 7)
	// As tall as its words: the heading, the notes and the guide's link.
	r.H = min(r.H, 2.4*u+float64(len(lines))*px*1.35+2.4*u)
	d.paint.fillRound(dst, r, 0.6*u, d.pal.Dark)
	d.cover(r)
	d.paint.strokeRound(dst, r, 0.6*u, max(1, 0.12*u), d.pal.Power)
	d.tf.draw(dst, ui.Text(ui.MsgNotes, lang), 0.9*u, r.X+0.8*u, r.Y+0.6*u, d.pal.Power, alignLeft)
	y := r.Y + 2.4*u
	for _, line := range lines {
		d.tf.draw(dst, line, px, r.X+0.8*u, y, d.pal.Text, alignLeft)
		y += px * 1.35
	}
	d.tf.draw(dst, ui.Text(ui.MsgGuideLink, lang), 0.7*u, r.X+0.8*u, r.Y+r.H-1.4*u, d.pal.Muted, alignLeft)
}

// taskTarget returns where the reader should act for the step's task
// (the playhead's ring, for dragging it, is drawStoryOverlays').
func (d *storyDrawer) taskTarget() (ui.Rect, bool) {
	l := &d.layout
	u := l.Unit
	st := d.s.CurrentStep()
	switch st.Task {
	case ui.TaskTapApp:
		return l.Phone, true
	case ui.TaskTapSite:
		return l.Site, true
	case ui.TaskTapMap:
		for _, s := range d.v.P.Scenario().Sites {
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
func (d *storyDrawer) drawFixCard(dst *ebiten.Image) {
	l := &d.layout
	u := l.Unit
	a := d.s
	lang := d.v.Lang
	card := l.FixCard()
	d.paint.fillRound(dst, card, 0.6*u, d.pal.Dark)
	d.cover(card)
	d.paint.strokeRound(dst, card, 0.6*u, max(1, 0.1*u), d.pal.Power)
	if !l.Portrait { // a phone's card has no room for the title the story card above already shows
		title, _ := a.Words()
		d.tf.draw(dst, title, 0.85*u, card.X+0.6*u, card.Y+0.5*u, d.pal.Power, alignLeft)
	}
	for i := range 4 {
		c := ui.CtlFix0 + ui.Control(i)
		r := l.Buttons[c]
		on := a.Fix()&(1<<i) != 0
		bg := d.pal.Panel
		if on {
			bg = d.pal.PanelHi
		}
		d.paint.fillRound(dst, r, 0.4*u, bg)
		box := ui.Rect{X: r.X + 0.4*u, Y: r.Y + (r.H-1.1*u)/2, W: 1.1 * u, H: 1.1 * u}
		d.paint.strokeRound(dst, box, 0.2*u, max(1, 0.12*u), d.pal.Text)
		if on {
			d.paint.line(dst, box.X+box.W*0.2, box.Y+box.H*0.55, box.X+box.W*0.45, box.Y+box.H*0.8, max(2, 0.15*u), d.pal.Up)
			d.paint.line(dst, box.X+box.W*0.45, box.Y+box.H*0.8, box.X+box.W*0.85, box.Y+box.H*0.2, max(2, 0.15*u), d.pal.Up)
		}
		label := ui.Text(ui.Fix(1<<i).Msg(), lang)
		px, lines := d.tf.fit(label, 0.72*u, r.W-2.2*u, 2)
		top := r.Y + (r.H-float64(len(lines))*px*1.2)/2
		for k, line := range lines {
			d.tf.draw(dst, line, px, box.X+box.W+0.5*u, top+float64(k)*px*1.2, d.pal.Text, alignLeft)
		}
		if d.v.Ring && d.v.Focus == c {
			d.paint.strokeRound(dst, r.Inset(-0.15*u), 0.5*u, max(2, 0.15*u), d.pal.Focus)
		}
	}
	res := a.FixResult()
	y := l.Buttons[ui.CtlFix3].Y + l.Buttons[ui.CtlFix3].H + 0.2*u
	if res == nil { // what to do, and the 2022 run's figure to beat
		rows := max(1, int((card.Y+card.H-0.2*u-y)/(max(0.7*u, d.tf.floor)*1.25)))
		goal := ui.Textf(ui.MsgFixGoal, lang, report.Duration(a.FixBase(), lang))
		px, lines := d.tf.fit(goal, 0.72*u, card.W-1.2*u, rows)
		for k, line := range lines[:min(len(lines), rows)] {
			d.tf.draw(dst, line, px, card.X+0.6*u, y+float64(k)*px*1.25, d.pal.Muted, alignLeft)
		}
		return
	}
	out := ui.Textf(ui.MsgFixOutcome, lang, report.Duration(res.Down, lang), report.Duration(res.Base, lang))
	c := d.pal.Fire
	if res.Holds() {
		c = d.pal.Up
	}
	d.tf.draw(dst, out, 0.75*u, card.X+0.6*u, y, c, alignLeft)
	top := y + max(0.75*u, d.tf.floor)*1.3
	rows := 2
	if l.Portrait { // as many as the card holds under the outcome
		rows = max(1, int((card.Y+card.H-0.2*u-top)/(max(0.7*u, d.tf.floor)*1.25)))
	}
	px, lines := d.tf.fit(res.HintText(lang), 0.7*u, card.W-1.2*u, rows)
	for k, line := range lines[:min(len(lines), rows)] {
		d.tf.draw(dst, line, px, card.X+0.6*u, top+float64(k)*px*1.25, d.pal.Text, alignLeft)
	}
}

// drawSources lists the step's sources over the building and the map,
// with the fact sheet's titles and links (as text: the page works
// offline).
func (d *storyDrawer) drawSources(dst *ebiten.Image) {
	l := &d.layout
	u := l.Unit
	a := d.s
	lang := d.v.Lang
	r := ui.Rect{X: l.Map.X, Y: l.Site.Y, W: l.Site.X + l.Site.W - l.Map.X, H: l.Site.H}
	if l.Portrait {
		r = ui.Rect{X: l.Site.X, Y: l.Site.Y, W: l.Site.W, H: l.Map.Y + l.Map.H - l.Site.Y}
	}
	d.paint.fillRound(dst, r, 0.6*u, d.pal.Dark)
	d.cover(r)
	d.paint.strokeRound(dst, r, 0.6*u, max(1, 0.1*u), d.pal.Focus)
	title, _ := a.Words()
	d.tf.draw(dst, ui.Text(ui.MsgSources, lang)+" — "+title, 0.85*u, r.X+0.8*u, r.Y+0.6*u, d.pal.Focus, alignLeft)
	y := r.Y + 2.2*u
	if a.CurrentStep().Disputed {
		d.tf.draw(dst, "※ "+ui.Text(ui.MsgDisputed, lang), 0.7*u, r.X+0.8*u, y, d.pal.Degraded, alignLeft)
		y += 1.3 * u
	}
	for _, id := range a.CurrentStep().Sources {
		s, ok := d.sources[id]
		if !ok {
			s.Title = "?"
		}
		px, lines := d.tf.fit("["+id+"] "+s.Title, 0.68*u, r.W-1.6*u, 2)
		for _, line := range lines {
			d.tf.draw(dst, line, px, r.X+0.8*u, y, d.pal.Text, alignLeft)
			y += px * 1.25
		}
		if s.Link != "" {
			link := d.clip(s.Link, 0.56*u, r.W-2.4*u)
			d.tf.draw(dst, link, 0.56*u, r.X+1.6*u, y, d.pal.Muted, alignLeft)
			y += 0.56 * u * 1.5
		}
		y += 0.3 * u
		if y > r.Y+r.H-u {
			break
		}
	}
}

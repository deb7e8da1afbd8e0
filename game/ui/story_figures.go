package ui

import (
	"fmt"
	"strings"

	"outagelab/sim"
	"outagelab/sim/report"
)

// A step's words may hold placeholders that the run on screen fills, so
// that a figure in a caption is the figure of the run the reader is
// looking at, never one typed beside it:
//
//	{out:ID}  how long app ID was out ("11 h 43 min");
//	{all}     from the first app going dark to every app back;
//	{cut}     the clock time of the whole-building power cut ("16:52",
//	          "오후 4시 52분").
//
// A placeholder the run cannot fill (the app is not in it, nothing was
// cut) becomes noFigure, which a test looks for on every step.
const noFigure = "?"

// fillFigures returns words with its placeholders filled from the run
// p (the whole run, its timeline and result), in language l.
func fillFigures(words string, l report.Lang, p *Playback) string {
	if !strings.Contains(words, "{") {
		return words
	}
	var b strings.Builder
	for {
		before, rest, ok := strings.Cut(words, "{")
		name, after, closed := strings.Cut(rest, "}")
		if !ok || !closed {
			b.WriteString(words)
			return b.String()
		}
		b.WriteString(before)
		b.WriteString(figure(name, l, p))
		words = after
	}
}

// figure returns the value of one placeholder's name in run p.
func figure(name string, l report.Lang, p *Playback) string {
	r := p.Result()
	switch {
	case name == "all":
		if r.AllUp == sim.Never || r.FirstDown == sim.Never {
			return noFigure
		}
		return report.Duration(r.AllUp-r.FirstDown, l)
	case name == "cut":
		if at := powerCut(p); at != sim.Never {
			return clockWords(p.ClockAt(at), l)
		}
	case strings.HasPrefix(name, "out:"):
		for _, o := range r.Apps {
			if o.ID == name[len("out:"):] && o.FirstDown != sim.Never {
				return report.Duration(o.Outage(r.End), l)
			}
		}
	}
	return noFigure
}

// powerCut returns when run p's building lost all power, or Never.
func powerCut(p *Playback) sim.Seconds {
	for _, e := range p.Timeline() {
		if e.Kind == sim.EntPowerCutAll {
			return e.At
		}
	}
	return sim.Never
}

// clockWords writes c's time of day as a newsroom does: "16:52" in
// English, "오후 4시 52분" in Korean.
func clockWords(c sim.Clock, l report.Lang) string {
	if l != report.Korean {
		return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
	}
	half, h := "오전", c.Hour
	if h >= 12 {
		half, h = "오후", h-12
	}
	if h == 0 {
		h = 12
	}
	if c.Minute == 0 {
		return fmt.Sprintf("%s %d시", half, h)
	}
	return fmt.Sprintf("%s %d시 %d분", half, h, c.Minute)
}

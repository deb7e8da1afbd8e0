package ui

import (
	"strings"

	"outagelab/sim"
	"outagelab/sim/report"
)

// Announcement is what the page's aria-live region says, so that a
// screen-reader user follows what the canvas shows: in the story, the
// step and its words; the clock (to the hour, so that playing does not
// flood the reader); the caption; and which apps are dark or working in
// part.
func (a *App) Announcement() string {
	var b strings.Builder
	st := a.scene.stageOf()
	lang := a.sh.Lang
	c := st.p.Snapshot().Clock
	c.Minute, c.Second = 0, 0
	clock := report.Date(c, lang) + " " + sim.ZoneName(c.Offset) + ". "
	b.WriteString(a.scene.Announce())
	b.WriteString(clock)
	b.WriteString(st.CaptionText())
	var dark, part []string
	snap := st.p.Snapshot()
	for i, v := range snap.Apps {
		name := st.p.Scenario().Apps[i].Name.In(string(lang))
		switch v.Status {
		case sim.StatusDown:
			dark = append(dark, name)
		case sim.StatusDegraded:
			part = append(part, name)
		}
	}
	if len(dark) == 0 && len(part) == 0 {
		b.WriteString(" " + Text(MsgNobodyOut, lang) + ".")
	}
	if len(dark) > 0 {
		b.WriteString(" " + Textf(MsgA11yDark, lang, strings.Join(dark, ", ")))
	}
	if len(part) > 0 {
		b.WriteString(" " + Textf(MsgA11yPart, lang, strings.Join(part, ", ")))
	}
	return b.String()
}

// Announce implements Scene: the step's number, title and words, and
// what the task or the fix's replay gave.
func (s *Story) Announce() string {
	lang := s.sh.Lang
	var b strings.Builder
	title, text := s.Words()
	b.WriteString(Textf(MsgA11yStep, lang, s.step+1, numSteps, title))
	b.WriteString(" ")
	b.WriteString(text)
	if s.done {
		b.WriteString(" " + Text(MsgDone, lang))
	}
	if r := s.fixResult; r != nil {
		b.WriteString(" " + Textf(MsgFixOutcome, lang, report.Duration(r.Down, lang), report.Duration(r.Base, lang)) + ". " + r.HintText(lang))
	}
	b.WriteString(" ")
	return b.String()
}

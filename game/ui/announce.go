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
	c := a.P.Snapshot().Clock
	c.Minute, c.Second = 0, 0
	clock := report.Date(c, a.Lang) + " " + sim.ZoneName(c.Offset) + ". "
	if a.Mode == ModeStory {
		b.WriteString(Textf(MsgA11yStep, a.Lang, a.Step+1, numSteps, StepTitle(a.Step, a.Lang)))
		b.WriteString(" ")
		b.WriteString(StepText(a.Step, a.Lang))
		if a.TaskDone {
			b.WriteString(" " + Text(MsgDone, a.Lang))
		}
		if r := a.FixResult; r != nil {
			b.WriteString(" " + Textf(MsgFixOutcome, a.Lang, report.Duration(r.Down, a.Lang), report.Duration(r.Base, a.Lang)) + ". " + Text(r.Hint, a.Lang))
		}
		b.WriteString(" ")
	}
	b.WriteString(clock)
	b.WriteString(a.CaptionText())
	var dark, part []string
	snap := a.P.Snapshot()
	for i, v := range snap.Apps {
		name := a.P.Scenario().Apps[i].Name.In(string(a.Lang))
		switch v.Status {
		case sim.StatusDown:
			dark = append(dark, name)
		case sim.StatusDegraded:
			part = append(part, name)
		}
	}
	if len(dark) == 0 && len(part) == 0 {
		b.WriteString(" " + Text(MsgNobodyOut, a.Lang) + ".")
	}
	if len(dark) > 0 {
		b.WriteString(" " + Textf(MsgA11yDark, a.Lang, strings.Join(dark, ", ")))
	}
	if len(part) > 0 {
		b.WriteString(" " + Textf(MsgA11yPart, a.Lang, strings.Join(part, ", ")))
	}
	return b.String()
}

package ui

import (
	"net/url"
	"strconv"

	"outagelab/sim/report"
)

// Place is where the reader is, as a URL fragment keeps it: the mode,
// the story step (from 0) and the language.
type Place struct {
	Mode Mode
	Step int
	Lang report.Lang
}

// ParsePlace reads a URL fragment such as "story=5&lang=ko" (steps
// counted from 1, as readers and teachers count) or "explore". Missing
// or broken parts keep def's; it never fails, so a mangled link still
// opens the story.
func ParsePlace(fragment string, def Place) Place {
	p := def
	q, err := url.ParseQuery(fragment)
	if err != nil {
		return p
	}
	if _, ok := q["explore"]; ok {
		p.Mode = ModeExplore
	}
	if s := q.Get("story"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= numSteps {
			p.Mode, p.Step = ModeStory, n-1
		}
	}
	if l, err := report.ParseLang(q.Get("lang")); err == nil {
		p.Lang = l
	}
	return p
}

// Goto puts the reader at place p.
func (a *App) Goto(p Place) {
	a.Lang = p.Lang
	a.GoStep(p.Step)
	a.Mode = p.Mode
}

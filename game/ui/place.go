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
	// Scenario, in the free view, is the preset to show; Autoplay starts
	// its fire (or the story step's) and plays.
	Scenario string
	Autoplay bool
	// Present is the classroom's presenter mode: large text, high
	// contrast, and the keys F (full screen), P (pause), N (notes).
	Present bool
	// Link, in the sandbox, is the shared design to open ("" keeps the
	// design the sandbox holds).
	Link string
}

// ParsePlace reads a URL fragment or query such as "story=5&lang=ko"
// (steps counted from 1, as readers and teachers count), "step=5",
// "explore", "scenario=naver2022" (the free view on that preset),
// "sandbox=<design>" (the sandbox, on a shared design) and "autoplay=1". Missing or broken parts keep def's; it never fails, so a
// mangled link still opens the story.
func ParsePlace(fragment string, def Place) Place {
	p := def
	q, err := url.ParseQuery(fragment)
	if err != nil {
		return p
	}
	if _, ok := q["explore"]; ok {
		p.Mode = ModeExplore
	}
	for _, k := range []string{"story", "step"} {
		if s := q.Get(k); s != "" {
			if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= numSteps {
				p.Mode, p.Step = ModeStory, n-1
			}
		}
	}
	if s := q.Get("scenario"); s != "" {
		p.Mode, p.Scenario = ModeExplore, s
	}
	if _, ok := q["sandbox"]; ok {
		p.Mode, p.Link = ModeSandbox, q.Get("sandbox")
	}
	if q.Get("autoplay") == "1" {
		p.Autoplay = true
	}
	if q.Get("present") == "1" {
		p.Present = true
	}
	if l, err := report.ParseLang(q.Get("lang")); err == nil {
		p.Lang = l
	}
	return p
}

// Goto puts the reader at place p: the story's step, then the free view
// (on the place's preset, if there is one by that name) or the sandbox
// (on the place's design, if it has one); Autoplay starts the fire and
// plays.
func (a *App) Goto(p Place) {
	a.sh.Lang, a.sh.Present = p.Lang, p.Present
	a.goStep(p.Step)
	switch p.Mode {
	case ModeExplore:
		a.explore()
		a.scene.(*Explore).showPreset(p.Scenario)
	case ModeSandbox:
		if p.Link != "" {
			a.Box().Open(p.Link)
		}
		a.enterSandbox()
	}
	if p.Autoplay {
		st := a.scene.stageOf()
		if !st.p.Fired() {
			st.startFire()
		}
		st.p.SetPlaying(true)
	}
}

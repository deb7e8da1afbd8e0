package ui

import (
	"outagelab/sim"
	"outagelab/sim/report"
)

// DataLine is one app's data lost in the run on screen, as the panels
// say it: the app, how much ("everything, for good") and the rule of
// the model that decided it.
type DataLine struct {
	App, Summary, Rule string
	ForGood            bool
}

// DataLost returns, for each app of the run on screen that has lost
// data by the playhead, what it lost and why, in the reader's language;
// nothing before the fire.
func (s *stage) DataLost() []DataLine {
	p, lang := s.p, s.sh.Lang
	if !p.Fired() {
		return nil
	}
	var out []DataLine
	for i, o := range p.Result().Apps {
		d := o.Data
		if d.Kind == sim.LossNone || d.At > p.Now() {
			continue
		}
		out = append(out, DataLine{App: p.Scenario().Apps[i].Name.In(string(lang)), Summary: report.LossSummary(d, lang),
			Rule: s.book.Component(d.Comp, lang) + ": " + s.book.LossRule(d, lang), ForGood: d.ForGood})
	}
	return out
}

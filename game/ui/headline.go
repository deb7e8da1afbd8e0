package ui

import (
	"time"

	"outagelab/sim"
	"outagelab/sim/report"
)

// Headline returns the line the phone shows under the apps at snap, in a
// run of scn that began at start, and the worst status among the apps
// (the line's tone): every app up, some working only in part (named:
// "Naver Search and 2 more work only in part"), or some dark. Only
// figures on record count: the people without the dark app with the
// most users on record ("47.5 million people without KakaoTalk
// messaging"); where no dark app has a user figure, the dark apps are
// named instead ("Daum Mail still dark: day 4"), never given another
// app's users.
func Headline(scn *sim.Scenario, snap *sim.Snapshot, start sim.Clock, l report.Lang) (string, sim.Status) {
	most, first, dark := -1, -1, 0
	firstPart, part := -1, 0
	for i, v := range snap.Apps {
		if v.Status == sim.StatusDegraded {
			part++
			if firstPart < 0 {
				firstPart = i
			}
		}
		if v.Status != sim.StatusDown {
			continue
		}
		dark++
		if first < 0 {
			first = i
		}
		if v.UsersOut > 0 && (most < 0 || v.UsersOut > snap.Apps[most].UsersOut) {
			most = i
		}
	}
	switch {
	case dark == 0 && part == 0:
		return Text(MsgNobodyOut, l), sim.StatusUp
	case dark == 0 && part == 1:
		return Textf(MsgAppPart, l, scn.Apps[firstPart].Name.In(string(l))), sim.StatusDegraded
	case dark == 0:
		return Textf(MsgAppsPart, l, scn.Apps[firstPart].Name.In(string(l)), part-1), sim.StatusDegraded
	case most >= 0:
		return Textf(MsgPeopleOut, l, People(snap.Apps[most].UsersOut, l), scn.Apps[most].Name.In(string(l))), sim.StatusDown
	}
	name := scn.Apps[first].Name.In(string(l))
	day := incidentDay(start, snap.Clock)
	switch {
	case day > 1 && dark > 1:
		return Textf(MsgAppsDarkDay, l, name, dark-1, day), sim.StatusDown
	case day > 1:
		return Textf(MsgAppDarkDay, l, name, day), sim.StatusDown
	case dark > 1:
		return Textf(MsgAppsDark, l, name, dark-1), sim.StatusDown
	}
	return Textf(MsgAppDark, l, name), sim.StatusDown
}

// incidentDay is the calendar day of now counted from start's, which is
// day 1, both read on the run's own clock.
func incidentDay(start, now sim.Clock) int {
	d := func(c sim.Clock) time.Time {
		return time.Date(c.Year, time.Month(c.Month), c.Day, 0, 0, 0, 0, time.UTC)
	}
	return int(d(now).Sub(d(start)).Hours()/24) + 1
}

package report

import (
	"fmt"
	"io"
	"strings"

	"outagelab/sim"
)

// words are the report's fixed phrases in English and Korean.
type words struct {
	scenario, happened, apps, app, dark, back, outFor, fullyBack string
	never, none, sources                                         string
	people, noPeople, counted, servers, allBack, notAllBack      string
	dataLost, perApp, perComp, noneLost, stop                    string
}

func phrases(l Lang) words {
	if l == Korean {
		return words{
			scenario: "시나리오 %s, 시드 %d, 시각은 %s, %d시간 시뮬레이션", happened: "무슨 일이 있었나", apps: "서비스별 장애",
			app: "서비스", dark: "멈춘 시각", back: "돌아온 시각", outFor: "장애 시간", fullyBack: "완전 정상화",
			never: "-", none: "장애 없음",
			people:     "서비스를 못 쓴 사람: 동시에 최대 %s 명, 누적 %s 인·시간",
			noPeople:   "서비스를 못 쓴 사람: 기록 없음",
			counted:    "사용자 수가 기록된 서비스만 포함: %s",
			servers:    "%s 서버 전원: 처음 %s대, 최저 %s대(%s), 끝 %s대",
			allBack:    "모든 서비스 완전 정상화: %s, 첫 장애 뒤 %s",
			notAllBack: "시뮬레이션이 끝날 때까지 정상화되지 않은 서비스가 있음",
			sources:    "출처",
			dataLost:   "잃은 데이터", perApp: "서비스별", perComp: "구성 요소별",
			noneLost: "데이터를 잃은 서비스 없음", stop: "",
		}
	}
	return words{
		scenario: "Scenario %s, seed %d; clock in %s; %d h simulated.", happened: "What happened", apps: "Each app's outage",
		app: "App", dark: "Went dark", back: "Back", outFor: "Out for", fullyBack: "Fully back",
		never: "-", none: "no outage",
		people:     "People without service: up to %s at once; %s person-hours in all.",
		noPeople:   "People without service: not on record for this scenario.",
		counted:    "Counted only for the apps with a user figure on record: %s.",
		servers:    "%s's servers with power: %s at the start, lowest %s (%s), %s at the end.",
		allBack:    "Every app fully back: %s, %s after the first went dark.",
		notAllBack: "Some apps were still not fully back when the simulation ended.",
		sources:    "Sources",
		dataLost:   "Data lost", perApp: "Each app", perComp: "Each component",
		noneLost: "No app lost data.", stop: ".",
	}
}

// inText reports whether an entry belongs in the text report's
// timeline; the JSON keeps every entry.
func inText(e sim.Entry) bool {
	switch e.Kind {
	case sim.EntComponent, sim.EntServers, sim.EntRepairStarted, sim.EntUPSOnBattery:
		return false
	}
	return true
}

// WriteText writes a readable report of the run w (advanced to the end
// of its story) in language l. Control and bidirectional formatting
// characters in the scenario's text are written escaped, as "\x1b" or
// "\u202e", so that the report is safe to print to a terminal.
func WriteText(out io.Writer, w *sim.World, l Lang) error {
	s := w.Scenario()
	b := NewBook(s)
	p := phrases(l)
	r := w.Result()
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s\n%s\n", escape(s.Title.In(string(l))), escape(s.Summary.In(string(l))))
	fmt.Fprintf(&sb, p.scenario+"\n\n", s.ID, w.Seed(), sim.ZoneName(w.Start().Offset), int(r.End/sim.Hour))
	fmt.Fprintf(&sb, "%s\n", p.happened)
	for _, e := range w.Timeline() {
		if inText(e) {
			fmt.Fprintf(&sb, "  %s  %-10s %s\n", Date(w.ClockAt(e.At), l), e.At, escape(b.Describe(e, l)))
		}
	}
	fmt.Fprintf(&sb, "\n%s\n", p.apps)
	date := func(t sim.Seconds) string {
		if t == sim.Never {
			return p.never
		}
		return Date(w.ClockAt(t), l)
	}
	names := make([]string, len(r.Apps))
	nameW := width(p.app)
	for i, a := range r.Apps {
		names[i] = escape(b.App(a.ID, l))
		nameW = max(nameW, width(names[i]))
	}
	row := func(cols ...string) {
		sb.WriteString("  " + pad(cols[0], nameW))
		for _, c := range cols[1:] {
			sb.WriteString("  " + pad(c, 14))
		}
		sb.WriteString("\n")
	}
	row(p.app, p.dark, p.back, p.outFor, p.fullyBack)
	for i, a := range r.Apps {
		if a.FirstDown == sim.Never && a.Degraded == 0 {
			row(names[i], p.none, "", "", "")
			continue
		}
		out := a.Outage(r.End)
		if a.Back == sim.Never && a.FirstDown != sim.Never {
			out = sim.Never
		}
		row(names[i], date(a.FirstDown), date(a.Back), Duration(out, l), date(a.Restored))
	}
	sb.WriteString("\n")
	if counted := countedApps(r, names); len(counted) > 0 {
		fmt.Fprintf(&sb, p.people+"\n", Count(r.PeakUsersOut, l), Count(r.UserHours, l))
		if len(counted) < len(names) {
			fmt.Fprintf(&sb, p.counted+"\n", strings.Join(counted, ", "))
		}
	} else {
		fmt.Fprintf(&sb, "%s\n", p.noPeople)
	}
	if len(r.Powered) > 0 && r.Servers > 0 {
		low := r.Powered[0]
		for _, x := range r.Powered {
			if x.Powered < low.Powered {
				low = x
			}
		}
		last := r.Powered[len(r.Powered)-1]
		fmt.Fprintf(&sb, p.servers+"\n", escape(b.Owner(l)), Count(r.Powered[0].Powered, l), Count(low.Powered, l), Date(w.ClockAt(low.At), l), Count(last.Powered, l))
	}
	if r.AllUp != sim.Never {
		fmt.Fprintf(&sb, p.allBack+"\n", Date(w.ClockAt(r.AllUp), l), Duration(r.AllUp-r.FirstDown, l))
	} else if r.FirstDown != sim.Never {
		fmt.Fprintf(&sb, "%s\n", p.notAllBack)
	}
	writeLosses(&sb, b, r, p, l)
	if len(s.Sources) > 0 {
		fmt.Fprintf(&sb, "\n%s\n", p.sources)
		for _, src := range s.Sources {
			fmt.Fprintf(&sb, "  [%s] %s\n", escape(src.ID), escape(src.Title))
		}
	}
	_, err := io.WriteString(out, sb.String())
	return err
}

// writeLosses writes the report's section on data lost: a line per app
// (the worst of its components, named) and per component, each with the
// rule of the model that decided it.
func writeLosses(sb *strings.Builder, b *Book, r sim.Result, p words, l Lang) {
	fmt.Fprintf(sb, "\n%s\n", p.dataLost)
	lost := false
	for _, a := range r.Apps {
		lost = lost || a.Data.Kind != sim.LossNone
	}
	if !lost {
		fmt.Fprintf(sb, "  %s\n", p.noneLost)
	}
	fmt.Fprintf(sb, "  %s\n", p.perApp)
	for _, a := range r.Apps {
		fmt.Fprintf(sb, "    %s: %s%s\n", escape(b.App(a.ID, l)), escape(b.LossLine(a.Data, true, l)), p.stop)
	}
	fmt.Fprintf(sb, "  %s\n", p.perComp)
	for _, d := range r.Data {
		fmt.Fprintf(sb, "    %s: %s%s\n", escape(b.Component(d.Comp, l)), escape(b.LossLine(d, false, l)), p.stop)
	}
}

// countedApps returns the names of the apps in r with a number of users
// on record (names holds every app's, in r's order): the people without
// service are counted from them alone, and with none, no count means
// anything.
func countedApps(r sim.Result, names []string) []string {
	var out []string
	for i, a := range r.Apps {
		if a.Users > 0 {
			out = append(out, names[i])
		}
	}
	return out
}

// width is the number of terminal columns s takes: Hangul and other
// wide characters take two.
func width(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x1100 && (r <= 0x115F || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFF00 && r <= 0xFF60)) {
			n++
		}
	}
	return n
}

// pad pads s with spaces to n columns.
func pad(s string, n int) string {
	if w := width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

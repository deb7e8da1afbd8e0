package ui

import (
	"outagelab/sim"
	"outagelab/sim/report"
)

// AppState is one app as the test hook reports it.
type AppState struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Status   string `json:"status"`
	UsersOut int64  `json:"usersOut"`
}

// State is what the page's test hook (window.outageLab.state()) reports:
// what the reader sees, without reading pixels.
type State struct {
	Ready    bool          `json:"ready"`
	Lang     string        `json:"lang"`
	Scenario string        `json:"scenario"`
	T        sim.Seconds   `json:"t"`
	Hours    float64       `json:"hours"`
	Clock    string        `json:"clock"`
	Fired    bool          `json:"fired"`
	Playing  bool          `json:"playing"`
	Speed    string        `json:"speed"`
	Caption  string        `json:"caption"`
	UsersOut int64         `json:"usersOut"`
	Powered  int64         `json:"serversPowered"`
	Servers  int64         `json:"servers"`
	Focus    string        `json:"focus"`
	Apps     []AppState    `json:"apps"`
	Frames   int64         `json:"frames"`
	Mode     string        `json:"mode"`
	Step     int           `json:"step"`
	Steps    int           `json:"steps"`
	StepDone bool          `json:"stepDone"`
	Title    string        `json:"title"`
	Text     string        `json:"text"`
	Sources  []string      `json:"sources"`
	Shown    string        `json:"shownScenario"`
	Fix      *FixState     `json:"fix,omitempty"`
	FixOn    []int         `json:"fixOn"`
	Present  bool          `json:"present"`
	Notes    bool          `json:"notes"`
	Sandbox  *SandboxState `json:"sandbox,omitempty"`
}

// SandboxState is the sandbox as the test hook reports it: the design,
// its link, cost and outcome, the message shown and the editor's place.
type SandboxState struct {
	Base      string        `json:"base"`
	Link      string        `json:"link"`
	Sites     []SiteState   `json:"sites"`
	Comps     []CompState   `json:"comps"`
	Incident  string        `json:"incident"`
	Cost      float64       `json:"cost"`
	UserHours int64         `json:"userHours"`
	Longest   float64       `json:"longestHours"`
	Dark      int           `json:"dark"`
	Note      string        `json:"note"`
	Bad       bool          `json:"bad"`
	CanUndo   bool          `json:"canUndo"`
	CanRedo   bool          `json:"canRedo"`
	Tab       int           `json:"tab"`
	Sel       int           `json:"sel"`
	Commands  []sim.Command `json:"commands"`
	// Peak is the chart's most people without service at once.
	Peak int64 `json:"peak"`
	// Versus and Compare are the Compare tab's other design and the two
	// sides' totals (only while that tab is open); Nines the
	// availability run, once started.
	Versus  string      `json:"versus"`
	Compare []SideState `json:"compare,omitempty"`
	Nines   *NinesState `json:"nines,omitempty"`
}

// SideState is one side of the comparison.
type SideState struct {
	Title     string  `json:"title"`
	UserHours int64   `json:"userHours"`
	Longest   float64 `json:"longestHours"`
	Changes   int     `json:"changes"`
}

// NinesState is the availability run as the hook reports it.
type NinesState struct {
	Years     int             `json:"years"`
	Done      bool            `json:"done"`
	Cancelled bool            `json:"cancelled"`
	Progress  float64         `json:"progress"`
	Apps      []NinesAppState `json:"apps"`
}

// NinesAppState is one app's availability so far.
type NinesAppState struct {
	ID           string  `json:"id"`
	Availability float64 `json:"availability"`
	Low          float64 `json:"low"`
	High         float64 `json:"high"`
	Formula      float64 `json:"formula"`
	DownHours    float64 `json:"downHoursPerYear"`
	RTOHours     float64 `json:"rtoHours"`
	RPOHours     float64 `json:"rpoHours"`
}

// SiteState is one site of the sandbox's design.
type SiteState struct {
	Name       string  `json:"name"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Wall       bool    `json:"wall"`
	ZoneCut    bool    `json:"zoneCut"`
	Generators int     `json:"generators"`
	FuelHours  int     `json:"fuelHours"`
	UPSMin     int     `json:"upsMin"`
}

// CompState is one component of the sandbox's design.
type CompState struct {
	ID    string `json:"id"`
	Mode  string `json:"mode"`
	Sites []int  `json:"sites"`
}

// sandboxState returns the hook's view of the sandbox.
func (a *App) sandboxState() *SandboxState {
	sb := a.Box()
	note, bad := a.SandboxNote()
	st := &SandboxState{Base: sb.Base.ID, Link: sb.Link(), Incident: sb.D.Incident.Kind.String(), Cost: sb.Cost.Total(),
		UserHours: sb.Out.UserHours, Longest: sb.Out.Longest.Hours(), Dark: sb.Out.Dark, Note: note, Bad: bad,
		CanUndo: sb.CanUndo(), CanRedo: sb.CanRedo(), Tab: int(sb.Tab), Sel: sb.Sel, Commands: sb.Compiled.Incidents}
	for i, s := range sb.D.Sites {
		lat, lon := s.Degrees()
		st.Sites = append(st.Sites, SiteState{Name: sb.SiteName(i, string(a.Lang)), Lat: lat, Lon: lon, Wall: s.Wall, ZoneCut: s.ZoneCut,
			Generators: s.Generators, FuelHours: s.FuelHours, UPSMin: s.UPSMin})
	}
	for i, c := range sb.D.Comps {
		st.Comps = append(st.Comps, CompState{ID: sb.Base.Comps[i].ID, Mode: string(c.Mode), Sites: c.Sites})
	}
	st.Peak, st.Versus = sb.Series.Peak, sb.Versus
	if sb.Tab == TabCompare {
		cmp := sb.Comparison()
		for _, sd := range cmp.Sides {
			st.Compare = append(st.Compare, SideState{Title: sd.Title.In(string(a.Lang)), UserHours: sd.UserHours,
				Longest: sd.Longest.Hours(), Changes: len(cmp.Changes)})
		}
	}
	if r := sb.Nines; r != nil {
		ns := &NinesState{Years: r.Job.Years(), Done: r.Job.Done(), Cancelled: r.Cancelled, Progress: r.Job.Progress()}
		if res := r.Results(); res != nil {
			for i, e := range res.Est {
				ns.Apps = append(ns.Apps, NinesAppState{ID: r.Job.Apps[i].ID, Availability: e.Availability, Low: e.Low, High: e.High,
					Formula: res.Formula[i], DownHours: e.DowntimeHoursPerYear, RTOHours: e.MaxOutageHours, RPOHours: e.LossHours})
			}
		}
		st.Nines = ns
	}
	return st
}

// FixState is the outcome of the reader's last fix, for the hook.
type FixState struct {
	Changes   []string `json:"changes"`
	DownHours float64  `json:"downHours"`
	BaseHours float64  `json:"baseHours"`
	Hint      string   `json:"hint"`
}

// State returns the hook's view of the app now.
func (a *App) State() State {
	p := a.P
	snap := p.Snapshot()
	s := State{
		Ready: true, Lang: string(a.Lang), Scenario: p.Scenario().ID,
		T: p.Now(), Hours: p.Now().Hours(), Clock: snap.Clock.String(),
		Fired: p.Fired(), Playing: p.Playing(), Speed: Text(Speeds()[p.Speed()].Msg, report.English),
		Caption: a.CaptionText(), UsersOut: snap.UsersOut, Powered: snap.Powered, Servers: snap.Servers,
		Focus: a.Focus.String(),
	}
	s.Mode, s.Step, s.Steps, s.StepDone, s.Shown = "story", a.Step+1, numSteps, a.TaskDone, a.shown
	s.Present, s.Notes = a.Present, a.NotesOpen
	if a.Mode == ModeExplore {
		s.Mode = "explore"
	}
	if a.Mode == ModeSandbox {
		s.Mode = "sandbox"
		s.Sandbox = a.sandboxState()
		if w, ok := a.focusedWidget(); ok {
			s.Focus = "sb-" + w.ID()
		}
	}
	s.Title, s.Text, s.Sources = StepTitle(a.Step, a.Lang), StepText(a.Step, a.Lang), a.CurrentStep().Sources
	s.FixOn = []int{}
	for i := range numFixes {
		if a.Fix&(1<<i) != 0 {
			s.FixOn = append(s.FixOn, i)
		}
	}
	if r := a.FixResult; r != nil {
		fs := &FixState{DownHours: r.Down.Hours(), BaseHours: r.Base.Hours(), Hint: Text(r.Hint, a.Lang)}
		for i := range numFixes {
			if r.Fix&(1<<i) != 0 {
				fs.Changes = append(fs.Changes, Text(Fix(1<<i).Msg(), report.English))
			}
		}
		s.Fix = fs
	}
	for i, v := range snap.Apps {
		s.Apps = append(s.Apps, AppState{ID: v.ID, Name: p.Scenario().Apps[i].Name.In(string(a.Lang)), Status: v.Status.String(), UsersOut: v.UsersOut})
	}
	return s
}

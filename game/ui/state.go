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
	sb := a.Box
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

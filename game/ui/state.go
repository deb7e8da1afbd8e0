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
	Still    bool          `json:"still"` // the game rests: nothing moves, no frames run until input
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

// FixState is the outcome of the reader's last fix, for the hook.
type FixState struct {
	Changes   []string `json:"changes"`
	DownHours float64  `json:"downHours"`
	BaseHours float64  `json:"baseHours"`
	Hint      string   `json:"hint"`
}

// State returns the hook's view of the app now: the run on screen,
// the story's step (in every scene: it is where Back and Next lead) and
// what the scene on screen adds.
func (a *App) State() State {
	st := a.scene.stageOf()
	p := st.p
	snap := p.Snapshot()
	lang := a.sh.Lang
	s := State{
		Ready: true, Lang: string(lang), Scenario: p.Scenario().ID,
		T: p.Now(), Hours: p.Now().Hours(), Clock: snap.Clock.String(),
		Fired: p.Fired(), Playing: p.Playing(), Speed: Text(Speeds()[p.Speed()].Msg, report.English),
		Caption: st.CaptionText(), UsersOut: snap.UsersOut, Powered: snap.Powered, Servers: snap.Servers,
		Focus: a.sh.Focus.String(), Mode: a.scene.Mode().String(), Shown: st.shown, Present: a.sh.Present, Notes: a.sh.Notes,
	}
	a.story.fill(&s)
	a.scene.Fill(&s)
	s.Apps = a.appStates()
	return s
}

// appStates returns the apps of the run on screen as the hook reports
// them.
func (a *App) appStates() []AppState {
	p := a.scene.stageOf().p
	var out []AppState
	for i, v := range p.Snapshot().Apps {
		out = append(out, AppState{ID: v.ID, Name: p.Scenario().Apps[i].Name.In(string(a.sh.Lang)), Status: v.Status.String(), UsersOut: v.UsersOut})
	}
	return out
}

// fill adds the story's step, task and fix to the hook's state.
func (s *Story) fill(st *State) {
	lang := s.sh.Lang
	st.Step, st.Steps, st.StepDone = s.step+1, numSteps, s.done
	st.Title, st.Text = s.Words()
	st.Sources = s.CurrentStep().Sources
	st.FixOn = []int{}
	for i := range numFixes {
		if s.fix&(1<<i) != 0 {
			st.FixOn = append(st.FixOn, i)
		}
	}
	if r := s.fixResult; r != nil {
		fs := &FixState{DownHours: r.Down.Hours(), BaseHours: r.Base.Hours(), Hint: r.HintText(lang)}
		for i := range numFixes {
			if r.Fix&(1<<i) != 0 {
				fs.Changes = append(fs.Changes, Text(Fix(1<<i).Msg(), report.English))
			}
		}
		st.Fix = fs
	}
}

// Fill implements Scene: the story's part is there in every scene
// (fill).
func (s *Story) Fill(*State) {}

package ui

import (
	"math"

	"outagelab/game/geo"
	"outagelab/sim"
	"outagelab/sim/report"
)

// SandboxState is the sandbox as the test hook reports it: the design,
// its link, cost and outcome, the message shown and the editor's place.
type SandboxState struct {
	Base      string      `json:"base"`
	Link      string      `json:"link"`
	Sites     []SiteState `json:"sites"`
	Comps     []CompState `json:"comps"`
	Incident  string      `json:"incident"`
	Cost      float64     `json:"cost"`
	UserHours int64       `json:"userHours"`
	Longest   float64     `json:"longestHours"`
	Dark      int         `json:"dark"`
	// DataLost is the worst data any app lost, in English: "none",
	// "up to 5 minutes, restorable", "everything, for good".
	DataLost string `json:"dataLost"`
	Note     string `json:"note"`
	Bad      bool   `json:"bad"`
	CanUndo  bool   `json:"canUndo"`
	CanRedo  bool   `json:"canRedo"`
	Tab      int    `json:"tab"`
	Sel      int    `json:"sel"`
	// TrayPage is the Build tab's page of service parts.
	TrayPage int `json:"trayPage"`
	// MapWide is set while the map shows all of Korea.
	MapWide  bool          `json:"mapWide"`
	Commands []sim.Command `json:"commands"`
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
	// DataLost says the worst data lost, in English ("none" if none).
	DataLost string `json:"dataLost"`
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

// state returns the hook's view of the sandbox.
func (s *SandboxScene) state() *SandboxState {
	sb := s.box
	note, bad := s.Note()
	st := &SandboxState{Base: sb.Base.ID, Link: sb.Link(), Incident: sb.D.Incident.Kind.String(), Cost: sb.Cost.Total(),
		UserHours: sb.Out.UserHours, Longest: sb.Out.Longest.Hours(), Dark: sb.Out.Dark, DataLost: report.LossSummary(sb.Out.Data, report.English), Note: note, Bad: bad,
		CanUndo: sb.CanUndo(), CanRedo: sb.CanRedo(), Tab: int(sb.Tab), Sel: sb.Sel, TrayPage: sb.TrayPage, MapWide: sb.MapWide, Commands: sb.Compiled.Incidents}
	for i, d := range sb.D.Sites {
		lat, lon := d.Degrees()
		st.Sites = append(st.Sites, SiteState{Name: sb.SiteName(i, string(s.sh.Lang)), Lat: lat, Lon: lon, Wall: d.Wall, ZoneCut: d.ZoneCut,
			Generators: d.Generators, FuelHours: d.FuelHours, UPSMin: d.UPSMin})
	}
	for i, c := range sb.D.Comps {
		st.Comps = append(st.Comps, CompState{ID: sb.Base.Comps[i].ID, Mode: string(c.Mode), Sites: c.Sites})
	}
	st.Peak, st.Versus = sb.Series.Peak, sb.Versus
	if sb.Tab == TabCompare {
		cmp := sb.Comparison()
		for _, sd := range cmp.Sides {
			st.Compare = append(st.Compare, SideState{Title: sd.Title.In(string(s.sh.Lang)), UserHours: sd.UserHours,
				Longest: sd.Longest.Hours(), Changes: len(cmp.Changes), DataLost: report.LossSummary(sd.Data, report.English)})
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

// Tick implements Scene.
func (s *SandboxScene) Tick() { s.p.Tick() }

// Layout implements Scene: the sandbox's layout for the screen and the
// editor's tab, made anew only when either changed.
func (s *SandboxScene) Layout() *Layout {
	k := layoutKey{w: s.sh.W, h: s.sh.H, scale: s.sh.Scale, tab: s.box.Tab, box: s.mapBox()}
	if k != s.layKey || s.lay.W == 0 {
		s.layKey, s.lay = k, ComputeSandbox(k.w, k.h, k.scale, k.tab)
		if k.box != (geo.Box{}) {
			s.lay.FitSandboxMap(s.pts)
		}
	}
	return &s.lay
}

// mapBox returns the part of Korea the map shows: all of it (the zero
// box) when the reader asked for it, else the close-up of the design's
// sites (whose points it leaves in s.pts), kept as it was while
// something is dragged across the map so that the map does not move
// under the finger.
func (s *SandboxScene) mapBox() geo.Box {
	switch {
	case s.siteDrag >= 0 || s.partDrag >= 0:
		return s.layKey.box
	case s.box.MapWide:
		return geo.Box{}
	}
	s.pts = s.pts[:0]
	for _, st := range s.box.D.Sites {
		lat, lon := st.Degrees()
		s.pts = append(s.pts, geo.Point{Lon: lon, Lat: lat})
	}
	return SandboxCloseUp(s.pts)
}

// View implements Scene: the fire button starts the design's incident.
func (s *SandboxScene) View() View { return s.view(SbStartIncident) }

// sandboxLook is what the sandbox shows, for Look.
type sandboxLook struct {
	stage           stageLook
	design          string
	tab, sel, page  int
	note            Msg
	noteArg         string
	put             Put
	hasPut          bool
	trayPage        int
	mapWide         bool
	part            Part
	partX, partY    float64
	hasNote, typing bool
	versus          string
	dragX, dragY    float64
	lineN           int     // the parts on a copy line carried off the map
	nines           float64 // the availability run's progress, in whole per cent
	ninesOff        bool    // it was cancelled
}

// Look implements Scene.
func (s *SandboxScene) Look() any {
	sb := s.box
	k := sandboxLook{stage: s.look(), design: sb.Link(), tab: int(sb.Tab), sel: sb.Sel, page: sb.Page, note: sb.Note,
		noteArg: sb.NoteArg, put: sb.Put, hasPut: sb.HasPut, trayPage: sb.TrayPage, mapWide: sb.MapWide, hasNote: sb.HasNote,
		typing: sb.Typing, versus: sb.Versus, part: -1}
	if r := sb.Nines; r != nil {
		// Redraw at each whole per cent, not every update.
		k.nines, k.ninesOff = 1+math.Floor(100*r.Job.Progress()), r.Cancelled
	}
	if _, x, y, ok := s.SiteDrag(); ok {
		k.dragX, k.dragY = x, y
	}
	if p, x, y, ok := s.PartDrag(); ok {
		k.part, k.partX, k.partY = p, x, y
	}
	if n, x, y, ok := s.LineDrag(); ok {
		k.lineN, k.dragX, k.dragY = n, x, y
	}
	return k
}

// OnlyNinesMoved reports whether the sandbox's look now differs from
// was only in the availability run's progress, while it runs on the
// Nines tab.
func (s *SandboxScene) OnlyNinesMoved(was, now any) bool {
	w, ok1 := was.(sandboxLook)
	n, ok2 := now.(sandboxLook)
	if !ok1 || !ok2 || s.box.Tab != TabNines || !s.box.Nines.Running() {
		return false
	}
	moved := n.nines != w.nines
	n.nines = w.nines
	return moved && n == w
}

// Animated implements Scene: the name field's cursor blinks.
func (s *SandboxScene) Animated() bool { return s.box.Typing }

// FocusOrder implements Scene: the widgets, then the shared controls.
func (s *SandboxScene) FocusOrder() []Control {
	order := []Control{}
	for i := range s.Widgets() {
		order = append(order, CtlWidget+Control(i))
	}
	return append(order, sharedControls()...)
}

// Fragment implements Scene: "sandbox=<design>&lang=en".
func (s *SandboxScene) Fragment() string {
	return "sandbox=" + s.box.Link() + "&lang=" + string(s.sh.Lang) + presentPart(s.sh)
}

// Fill implements Scene: the design, and the focused widget by name.
func (s *SandboxScene) Fill(st *State) {
	st.Sandbox = s.state()
	if w, ok := s.focusedWidget(); ok {
		st.Focus = "sb-" + w.ID()
	}
}

// Announce implements Scene: what the last change did ("Generator
// added to Data center 2: 1 of 12."), or why it was refused, and the
// design's outcome, before the clock.
func (s *SandboxScene) Announce() string {
	out := s.Outcome() + ". "
	if !s.box.HasNote {
		return out
	}
	note, _ := s.Note()
	return note + " " + out
}

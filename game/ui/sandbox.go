package ui

import (
	"bytes"
	"errors"
	"slices"

	"outagelab/sim"
	"outagelab/sim/design"
)

// Tab is a page of the sandbox's editor.
type Tab int

// Editor tabs.
const (
	TabSites Tab = iota
	TabServices
	TabIncident
	TabStart
	TabInside
	// TabChart shows the run as a timeline chart, TabCompare the design
	// beside another on the same incident, TabNines its availability
	// over many simulated years.
	TabChart
	TabCompare
	TabNines
	// TabBuild holds the parts tray. It is the first tab on screen
	// (TabOrder) but numbered last, so the other tabs keep their
	// numbers in links and the page's test hook.
	TabBuild
	numTabs
)

// TabOrder lists the tabs in the order the sandbox shows them.
func TabOrder() []Tab {
	return []Tab{TabBuild, TabSites, TabServices, TabIncident, TabStart, TabInside, TabChart, TabCompare, TabNines}
}

// TabsPerRow is how many tabs a portrait screen puts in a row.
const TabsPerRow = 5

// maxHistory is how many steps undo keeps.
const maxHistory = 200

// version is one state of the sandbox that undo returns to.
type version struct {
	base *sim.Scenario
	d    design.Design
}

// Sandbox is the reader's own design and everything the sandbox shows
// about it: the base it started from, the design, undo and redo, the
// site picked, the editor's tab and page, the last message, and the
// design's cost and outcome under its incident.
type Sandbox struct {
	presets *Presets
	blank   *sim.Scenario // the blank base, built from kakao2022
	order   []string

	Base *sim.Scenario
	D    design.Design
	undo []version
	redo []version

	Sel  int
	Tab  Tab
	Page int
	// MapWide is set while the map shows all of Korea rather than
	// closing in on the design's sites (SandboxCloseUp).
	MapWide bool
	// TrayPage is the page of service parts the Build tab shows where
	// they do not all fit.
	TrayPage int
	// Note is the last message (a refused edit, a broken link, a copied
	// link); NoteArg fills its %s, or Put, where HasPut is set, its
	// site, part and count; Bad marks it as a problem.
	Note    Msg
	NoteArg string
	Put     Put
	HasPut  bool
	HasNote bool
	Bad     bool

	// Compiled is the design's scenario with its incident; Cost and Out
	// price it and say what the incident did over the whole run.
	Compiled *sim.Scenario
	Cost     design.Cost
	Out      design.Outcome
	res      sim.Result
	// Series is the run under the incident, for the timeline chart.
	Series sim.Series
	// Versus is the base the Compare tab sets the design beside; cmp
	// the comparison, worked out when the tab first needs it after a
	// change; Nines the availability run, started from its tab.
	Versus string
	cmp    *Comparison
	Nines  *NinesRun
	link   string
	// Typing reports whether the name field takes typed characters;
	// renaming whether the last edit was typing, so that a run of typing
	// is one undo step.
	Typing   bool
	renaming bool
}

// NewSandbox prepares a sandbox on the presets and the blank base built
// from kakao2022, opening the blank design.
func NewSandbox(presets *Presets) *Sandbox {
	blank := design.Blank(presets.must("kakao2022"))
	sb := &Sandbox{presets: presets, blank: blank, Tab: TabBuild, Versus: VersusChoices()[0].ID}
	for _, id := range design.BaseIDs() {
		if id == design.BlankID || presets.Has(id) {
			sb.order = append(sb.order, id)
		}
	}
	sb.set(blank, design.FromScenario(blank))
	return sb
}

// Bases returns the ids of the bases the reader can start from.
func (sb *Sandbox) Bases() []string { return sb.order }

// BaseScenario returns the built-in base id, or nil.
func (sb *Sandbox) BaseScenario(id string) *sim.Scenario { return sb.base(id) }

// base returns the built-in base id, or nil.
func (sb *Sandbox) base(id string) *sim.Scenario {
	if id == design.BlankID {
		return sb.blank
	}
	if !sb.presets.Has(id) {
		return nil
	}
	return sb.presets.must(id)
}

// set makes (b, d) the design on screen and works out its scenario,
// cost and outcome; a design that does not compile is refused.
func (sb *Sandbox) set(b *sim.Scenario, d design.Design) error {
	s, err := design.Compile(b, d)
	if err != nil {
		return err
	}
	w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	if err != nil {
		return err
	}
	sb.Base, sb.D, sb.Compiled, sb.link = b, d, s, design.Encode(d, b)
	sb.res = w.Result()
	sb.Cost, sb.Out = design.CostOf(s, d), design.OutcomeOf(sb.res)
	sb.Series, sb.cmp, sb.Nines = w.Series(), nil, nil
	sb.Sel = min(max(sb.Sel, 0), len(d.Sites)-1)
	return nil
}

// Edit applies one edit of the design; on success the old design goes
// on the undo stack, on failure the reader is told why and nothing
// changes. It reports whether the design changed.
func (sb *Sandbox) Edit(d design.Design, err error) bool {
	sb.renaming = false
	if err == nil && d.Equal(sb.D) {
		return false
	}
	if err == nil {
		old := version{sb.Base, sb.D}
		if err = sb.set(sb.Base, d); err == nil {
			sb.push(old)
			sb.HasNote = false
			return true
		}
	}
	sb.problem(err)
	return false
}

func (sb *Sandbox) push(v version) {
	sb.undo = append(sb.undo, v)
	if len(sb.undo) > maxHistory {
		sb.undo = slices.Delete(sb.undo, 0, 1)
	}
	sb.redo = sb.redo[:0]
}

// problem shows err to the reader.
func (sb *Sandbox) problem(err error) {
	var p *design.Problem
	code := design.ErrBroken
	if errors.As(err, &p) {
		code = p.Code
	}
	sb.say(problemMsg(code), "", true)
}

func (sb *Sandbox) say(m Msg, arg string, bad bool) {
	sb.Note, sb.NoteArg, sb.HasNote, sb.Bad, sb.HasPut = m, arg, true, bad, false
}

// Undo returns to the design before the last change.
func (sb *Sandbox) Undo() { sb.step(&sb.undo, &sb.redo, SbNothingToUndo) }

// Redo brings back the change Undo took away.
func (sb *Sandbox) Redo() { sb.step(&sb.redo, &sb.undo, SbNothingToRedo) }

func (sb *Sandbox) step(from, to *[]version, none Msg) {
	if len(*from) == 0 {
		sb.say(none, "", false)
		return
	}
	v := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	cur := version{sb.Base, sb.D}
	if err := sb.set(v.base, v.d); err != nil {
		panic("ui: a design from the history does not compile: " + err.Error())
	}
	*to = append(*to, cur)
	sb.HasNote = false
}

// CanUndo and CanRedo report whether there is a step to take.
func (sb *Sandbox) CanUndo() bool { return len(sb.undo) > 0 }

// CanRedo reports whether Undo took a change away that Redo brings back.
func (sb *Sandbox) CanRedo() bool { return len(sb.redo) > 0 }

// StartFrom replaces the design with base id as it is; undo brings the
// old design back.
func (sb *Sandbox) StartFrom(id string) {
	b := sb.base(id)
	if b == nil {
		return
	}
	old := version{sb.Base, sb.D}
	if err := sb.set(b, design.FromScenario(b)); err != nil {
		sb.problem(err)
		return
	}
	sb.push(old)
	sb.Sel, sb.HasNote = 0, false
}

// Link returns the design as a share-link string, encoded once per
// change (the page's address asks for it every update).
func (sb *Sandbox) Link() string { return sb.link }

// Open replaces the design with the one in link; a bad link leaves the
// design as it was and tells the reader why. Undo brings the old design
// back. It reports whether the link opened.
func (sb *Sandbox) Open(link string) bool {
	d, b, err := design.Decode(link, sb.base)
	if err != nil {
		sb.problem(err)
		return false
	}
	if d.Equal(sb.D) && b.ID == sb.Base.ID {
		return true
	}
	old := version{sb.Base, sb.D}
	if err := sb.set(b, d); err != nil {
		sb.problem(err)
		return false
	}
	sb.push(old)
	sb.HasNote = false
	return true
}

// Restore opens an autosaved design silently, without an undo step; it
// reports whether the link held a design.
func (sb *Sandbox) Restore(link string) bool {
	d, b, err := design.Decode(link, sb.base)
	if err != nil {
		return false
	}
	return sb.set(b, d) == nil
}

// Import opens a scenario file as a new base; name is shown to the
// reader. A file that cannot be opened is refused with the reason.
func (sb *Sandbox) Import(name string, data []byte) bool {
	d, b, err := design.Import(bytes.NewReader(data))
	if err != nil {
		sb.say(SbErrFile, err.Error(), true)
		return false
	}
	old := version{sb.Base, sb.D}
	if err := sb.set(b, d); err != nil {
		sb.say(SbErrFile, err.Error(), true)
		return false
	}
	sb.push(old)
	sb.Sel = 0
	sb.say(SbOpened, name, false)
	return true
}

// Export returns the design as a scenario file.
func (sb *Sandbox) Export() []byte {
	var buf bytes.Buffer
	if err := design.Export(&buf, sb.Base, sb.D); err != nil {
		panic("ui: the design on screen does not export: " + err.Error())
	}
	return buf.Bytes()
}

// Saved tells the reader where the design was saved.
func (sb *Sandbox) Saved(where string) { sb.say(SbSaved, where, false) }

// SiteName returns the name of site i of the design as the reader sees
// it in language lang.
func (sb *Sandbox) SiteName(i int, lang string) string {
	if i < 0 || i >= len(sb.Compiled.Sites) {
		return ""
	}
	return sb.Compiled.Sites[i].Name.In(lang)
}

// Rooms returns the compartments of site i as compiled.
func (sb *Sandbox) Rooms(i int) []sim.Compartment { return sb.Compiled.Sites[i].Compartments }

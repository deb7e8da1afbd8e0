package ui

import "outagelab/sim"

// Task is the one thing a story step asks the reader to do.
type Task int

// Tasks.
const (
	TaskTapApp    Task = iota // tap an app on the phone
	TaskStartFire             // press "Start the fire"
	TaskTapSite               // tap the building
	TaskScrubPast             // drag the playhead past Step.Until
	TaskTapMap                // tap the standby site on the map
	TaskReplay                // press the replay button (another scenario, or the fix)
	TaskExplore               // leave the story for the free view
)

// Drawn is what a story step draws and labels over the panels, on the
// run the reader is watching: the one thing the step teaches.
type Drawn uint8

// What a step may draw.
const (
	// DrawUPS rings the UPS strings in the room that burns and says
	// they were the backup power.
	DrawUPS Drawn = 1 << iota
	// DrawLinks draws the copy and control lines on the map (Links).
	DrawLinks
)

// Step is one step of the guided story: what is on screen when it
// opens, what the reader is asked to do, and the sources of its facts.
type Step struct {
	// Scenario is the preset on screen ("" keeps the reader's fix).
	Scenario string
	// Fired, At and Play set the story's state when the step opens.
	Fired bool
	At    sim.Seconds
	Play  bool
	Task  Task
	// Until is the time TaskScrubPast asks for, or untilAllBack or
	// untilCut for a moment of the run on screen.
	Until sim.Seconds
	// Button labels the fire button in this step.
	Button Msg
	// Target is the site TaskTapMap asks for.
	Target string
	// Draw is what the step draws and labels on the live simulation.
	Draw Drawn
	// Lean is which of the building and the map a phone shows larger
	// on this step.
	Lean Lean
	// Sources are the fact sheet's ids for the step's figures;
	// Disputed marks a step whose facts the sources disagree on.
	Sources  []string
	Disputed bool
}

// numSteps is the number of story steps.
const numSteps = 11

// Moments TaskScrubPast may ask for that the run on screen decides:
// every app back, and the whole-building power cut.
const (
	untilAllBack sim.Seconds = -1
	untilCut     sim.Seconds = -2
)

// Steps returns the guided story "The day Kakao went dark".
func Steps() []Step {
	return []Step{
		{Scenario: "kakao2022", Task: TaskTapApp, Button: MsgStartFire, Sources: []string{"S62", "S63"}},
		{Scenario: "kakao2022", Task: TaskStartFire, Button: MsgStartFire, Lean: LeanSite, Sources: []string{"S5", "S6", "S13", "S14", "S44"}},
		{Scenario: "kakao2022", Fired: true, At: 5 * sim.Minute, Play: true, Task: TaskTapSite, Button: MsgReplay, Draw: DrawUPS, Lean: LeanSite, Sources: []string{"S5", "S10", "S22", "S23", "S16"}, Disputed: true},
		{Scenario: "kakao2022", Fired: true, At: 75 * sim.Minute, Task: TaskScrubPast, Until: untilCut, Button: MsgReplay, Lean: LeanSite, Sources: []string{"S14", "S16", "S8", "S4"}},
		{Scenario: "kakao2022", Fired: true, At: 95 * sim.Minute, Task: TaskTapMap, Target: "anyang", Button: MsgReplay, Draw: DrawLinks, Lean: LeanMap, Sources: []string{"S8", "S9", "S10", "S78", "S80"}},
		{Scenario: "kakao2022", Fired: true, At: 2 * sim.Hour, Task: TaskScrubPast, Until: untilAllBack, Button: MsgReplay, Draw: DrawLinks, Lean: LeanMap, Sources: []string{"S33", "S34", "S41", "S46", "S54", "S4"}},
		{Scenario: "kakao2022", Fired: true, At: 2 * sim.Hour, Task: TaskReplay, Button: MsgReplayNaver, Draw: DrawLinks, Sources: []string{"S4", "S7", "S8", "S72", "S73"}},
		{Scenario: "", Task: TaskReplay, Button: MsgReplayFix, Draw: DrawLinks, Lean: LeanCard, Sources: []string{"S8", "S11", "S78", "S79", "S81", "S82"}},
		{Scenario: "nirs2025", Task: TaskReplay, Button: MsgReplayDaejeon, Sources: []string{"S125", "S126", "S127", "S128", "S129"}},
		{Scenario: "kakao2022", Fired: true, At: 2 * sim.Hour, Task: TaskReplay, Button: MsgReplayOVH, Sources: []string{"S120", "S121", "S122", "S124", "S98", "S99"}},
		{Scenario: "kakao2022", Fired: true, At: 2 * sim.Hour, Task: TaskExplore, Button: MsgExplore, Sources: []string{"S78", "S8", "S98"}},
	}
}

package ui

import (
	"fmt"
	"sort"

	"outagelab/sim"
)

// Speed is a playback rate: how much simulated time passes per second
// of the reader's time.
type Speed struct {
	PerSecond sim.Seconds
	Msg       Msg
}

// Speeds lists the playback rates, from real time to a day a second.
func Speeds() []Speed {
	return []Speed{
		{1, MsgSpeedReal}, {sim.Minute, MsgSpeedMinute}, {10 * sim.Minute, MsgSpeed10Min},
		{sim.Hour, MsgSpeedHour}, {6 * sim.Hour, MsgSpeed6Hours}, {sim.Day, MsgSpeedDay},
	}
}

// Story pace: until the reader picks a speed, the first hours of the
// fire play at ten minutes a second (the power cut comes nine seconds
// in) and the days of recovery at an hour a second.
const (
	slowSpeed = 2
	fastSpeed = 3
	slowUntil = 3 * sim.Hour
)

// TicksPerSecond is the game's update rate.
const TicksPerSecond = 60

// Playback owns the simulation run the reader watches: the scenario
// without its incidents, the commands the reader gave, a world advanced
// to the playhead, and the full-week run for captions and marks.
type Playback struct {
	scn   *sim.Scenario
	seed  uint64
	start []sim.Command
	cmds  []sim.Command
	fired bool

	world *sim.World
	full  []sim.Entry
	res   sim.Result
	snap  sim.Snapshot

	t       sim.Seconds
	sub     sim.Seconds // simulated seconds carried over between ticks, × TicksPerSecond
	playing bool
	speed   int
	chosen  bool // the reader picked a speed; story pace is off
}

// NewPlayback prepares scn for the reader: its incidents are held back
// (they become what "start the fire" applies) so the story opens before
// anything has happened.
func NewPlayback(scn *sim.Scenario) (*Playback, error) {
	s := scn.Clone()
	if len(s.Sites) == 0 {
		return nil, fmt.Errorf("ui: scenario %q has no site to show", s.ID)
	}
	p := &Playback{scn: s, seed: s.Seed, start: s.Incidents, speed: slowSpeed}
	p.scn.Incidents = nil
	if err := p.rebuild(0); err != nil {
		return nil, err
	}
	return p, nil
}

// rebuild re-simulates from the start to t with the reader's commands,
// and the whole story for the captions and the scrub bar's marks.
func (p *Playback) rebuild(t sim.Seconds) error {
	full, err := sim.Run(p.scn, p.seed, p.cmds, p.Horizon())
	if err != nil {
		return err
	}
	p.full, p.res = full.Timeline(), full.Result()
	w, err := sim.Run(p.scn, p.seed, p.cmds, t)
	if err != nil {
		return err
	}
	p.world, p.t = w, t
	p.world.SnapshotInto(&p.snap)
	return nil
}

// Horizon returns the end of the story.
func (p *Playback) Horizon() sim.Seconds { return sim.Seconds(p.scn.HorizonHours) * sim.Hour }

// Scenario returns the scenario being played (without its incidents).
func (p *Playback) Scenario() *sim.Scenario { return p.scn }

// FireSite returns the id of the site the story's first incident
// strikes, or the first site's where there is none.
func (p *Playback) FireSite() string {
	if len(p.start) == 0 {
		return p.scn.Sites[0].ID
	}
	return p.start[0].Site
}

// Now returns the playhead.
func (p *Playback) Now() sim.Seconds { return p.t }

// untouched reports whether the playback is as NewPlayback made it: not
// fired, not moved, no command of the reader's, the story's pace.
func (p *Playback) untouched() bool {
	return !p.fired && p.t == 0 && p.sub == 0 && len(p.cmds) == 0 && !p.playing && p.speed == slowSpeed && !p.chosen
}

// Fired reports whether the reader has started the fire.
func (p *Playback) Fired() bool { return p.fired }

// Playing reports whether the clock runs.
func (p *Playback) Playing() bool { return p.playing }

// Speed returns the index of the playback rate in Speeds.
func (p *Playback) Speed() int { return p.speed }

// Snapshot returns the world's state at the playhead; it is valid until
// the next call that moves the playhead.
func (p *Playback) Snapshot() *sim.Snapshot { return &p.snap }

// Version counts the timeline entries at or before the playhead: the
// world's state, and so everything drawn from it, changes only when
// this does.
func (p *Playback) Version() int {
	return sort.Search(len(p.full), func(i int) bool { return p.full[i].At > p.t })
}

// Timeline returns the whole story's entries (empty before the fire).
func (p *Playback) Timeline() []sim.Entry { return p.full }

// Result returns the whole story's summary.
func (p *Playback) Result() sim.Result { return p.res }

// ClockAt returns the civil time at t.
func (p *Playback) ClockAt(t sim.Seconds) sim.Clock { return p.world.ClockAt(t) }

// FireFirst reports whether the incident the fire button starts begins
// with a fire (not a grid failure or a lost site), so that the time
// since it can be called the time since the fire.
func (p *Playback) FireFirst() bool { return len(p.start) > 0 && p.start[0].Kind == sim.CmdFire }

// StartFire applies the scenario's incidents and plays from time 0;
// pressed again, it replays the story from the start.
func (p *Playback) StartFire() {
	p.cmds, p.fired = p.start, true
	if err := p.rebuild(0); err != nil {
		panic("ui: a checked scenario failed to run: " + err.Error())
	}
	p.playing, p.sub = true, 0
}

// TogglePlay starts or stops the clock. Starting at the end replays
// from the beginning; starting before the fire starts the fire.
func (p *Playback) TogglePlay() {
	switch {
	case !p.Fired():
		p.StartFire()
	case p.playing:
		p.playing = false
	default:
		if p.t >= p.Horizon() {
			p.Seek(0)
		}
		p.playing = true
	}
}

// SetPlaying starts or stops the clock where it is.
func (p *Playback) SetPlaying(on bool) { p.playing = on }

// SetSpeed sets the playback rate to Speeds()[i], clamped to the table,
// and turns the story pace off.
func (p *Playback) SetSpeed(i int) {
	p.speed = min(max(i, 0), len(Speeds())-1)
	p.chosen = true
}

// Seek moves the playhead to t (clamped to the story), re-simulating
// from the start when t is earlier than the world's time.
func (p *Playback) Seek(t sim.Seconds) {
	t = min(max(t, 0), p.Horizon())
	p.sub = 0
	if t < p.world.Now() {
		w, err := sim.Run(p.scn, p.seed, p.cmds, t)
		if err != nil {
			panic("ui: a checked scenario failed to run: " + err.Error())
		}
		p.world = w
	} else {
		p.world.Advance(t)
	}
	p.t = t
	p.world.SnapshotInto(&p.snap)
}

// Tick advances the playhead by one update at the current speed, and
// stops the clock at the end of the story.
func (p *Playback) Tick() {
	if !p.playing {
		return
	}
	if !p.chosen {
		p.speed = slowSpeed
		if p.t >= slowUntil {
			p.speed = fastSpeed
		}
	}
	p.sub += Speeds()[p.speed].PerSecond
	step := p.sub / TicksPerSecond
	p.sub %= TicksPerSecond
	if step == 0 {
		return
	}
	next := p.t + step
	if next >= p.Horizon() {
		next, p.playing = p.Horizon(), false
	}
	p.t = next
	p.world.Advance(next)
	p.world.SnapshotInto(&p.snap)
}

package sim

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
)

// World is one run of a scenario: its state at the current simulated
// time, the events still to come and the timeline so far. Create one
// with NewWorld, drive it with Apply and Advance, read it with Now,
// Snapshot, Timeline and Result.
type World struct {
	scn     *Scenario
	ix      *index
	start   Instant
	horizon Seconds
	seed    uint64
	rng     *rand.Rand

	now Seconds
	seq uint64
	q   eventQueue

	sites  []siteState
	groups []groupState
	comps  []compState
	apps   []appState
	ops    opsState

	cmds    []Command
	log     []Entry
	powered int64 // the owner's servers powered, as last logged
	scratch []int // reused by trackCopies

	initApps    []Status // app statuses at time 0
	initPowered int64    // the owner's servers powered at time 0
}

// NewWorld checks scn and returns a world at time 0 with every part
// running, the scenario's incidents queued and randomness drawn from
// seed. The world keeps its own copy of the scenario.
func NewWorld(scn *Scenario, seed uint64) (*World, error) {
	if err := scn.Validate(); err != nil {
		return nil, err
	}
	s := scn.clone()
	start, _ := ParseInstant(s.Start)
	w := &World{
		scn:     s,
		ix:      s.index(&checker{}),
		start:   start,
		horizon: Seconds(s.HorizonHours) * Hour,
		seed:    seed,
		rng:     rand.New(rand.NewPCG(seed, 0x6f75746167656c61)),
	}
	w.initState()
	for _, cmd := range s.Incidents {
		w.queueCommand(cmd)
	}
	return w, nil
}

// Scenario returns a copy of the scenario the world runs.
func (w *World) Scenario() *Scenario { return w.scn.clone() }

// Seed returns the seed the world draws its random numbers from.
func (w *World) Seed() uint64 { return w.seed }

// Now returns the current simulated time.
func (w *World) Now() Seconds { return w.now }

// Horizon returns the end of the scenario's story in simulated time.
func (w *World) Horizon() Seconds { return w.horizon }

// Start returns the civil time at simulated time 0.
func (w *World) Start() Instant { return w.start }

// ClockAt returns the civil time at simulated time t.
func (w *World) ClockAt(t Seconds) Clock { return w.start.Add(t).Clock() }

// Commands returns a copy of every command applied so far, the
// scenario's incidents first.
func (w *World) Commands() []Command { return append([]Command(nil), w.cmds...) }

// Apply checks cmd and queues it to run at cmd.At, which must not be
// before Now. A bad command is refused with an error and changes
// nothing.
func (w *World) Apply(cmd Command) error {
	if cmd.At < w.now {
		return fmt.Errorf("sim: command %s at %s is in the past (now %s)", cmd.Kind, cmd.At, w.now)
	}
	if err := w.scn.checkCommand(cmd, w.ix); err != nil {
		return fmt.Errorf("sim: command %s: %w", cmd.Kind, err)
	}
	w.queueCommand(cmd)
	return nil
}

func (w *World) queueCommand(cmd Command) {
	w.cmds = append(w.cmds, cmd)
	w.schedule(cmd.At, evCommand, len(w.cmds)-1, 0, 0)
}

// Advance runs every event up to and including simulated time to, then
// sets Now to to. Advancing to a time before Now does nothing.
func (w *World) Advance(to Seconds) {
	for len(w.q) > 0 && w.q[0].at <= to {
		t := w.q[0].at
		w.now = t
		for len(w.q) > 0 && w.q[0].at == t {
			e := heap.Pop(&w.q).(event)
			w.handle(e)
		}
		w.settle()
	}
	if to > w.now {
		w.now = to
	}
}

// Run is a convenience that builds a world for scn and seed, applies
// cmds and advances it to until.
func Run(scn *Scenario, seed uint64, cmds []Command, until Seconds) (*World, error) {
	w, err := NewWorld(scn, seed)
	if err != nil {
		return nil, err
	}
	for _, c := range cmds {
		if err := w.Apply(c); err != nil {
			return nil, err
		}
	}
	w.Advance(until)
	return w, nil
}

// handle applies one event.
func (w *World) handle(e event) {
	switch e.kind {
	case evCommand:
		w.runCommand(w.cmds[e.a])
	case evSpread:
		w.spread(e.a, e.b, e.tok)
	case evReport, evCut, evKnockdown, evOut, evLift:
		w.fireStage(e.kind, e.a, e.tok)
	case evZoneStep:
		w.zoneStep(e.a, e.tok)
	case evRepairDone:
		w.repairDone(e.a, e.b)
	case evUPSEmpty:
		w.upsEmpty(e.a, e.b, e.tok)
	case evGenOnline:
		w.genOnline(e.a, e.tok)
	case evGenFuelOut:
		w.genFuelOut(e.a, e.tok)
	case evBoot:
		w.booted(e.a, e.tok)
	case evReady, evWake:
		// Nothing to change: settle sees the new time (a group's data
		// ready, engineers arriving).
	case evAutoSwitch:
		w.autoSwitch(e.a, e.tok)
	case evTaskDone:
		w.taskDone(e.a, e.tok)
	default:
		panic(fmt.Sprintf("sim: unknown event kind %v", e.kind))
	}
}

// runCommand carries out a command that Apply or NewWorld checked.
func (w *World) runCommand(c Command) {
	switch c.Kind {
	case CmdFire:
		si := w.ix.sites[c.Site]
		w.ignite(si, w.ix.compartments[si][c.Compartment], -1)
	case CmdUtilityLoss:
		si := w.ix.sites[c.Site]
		n := c.N
		if n == 0 {
			n = w.scn.Sites[si].Feeds
		}
		w.sites[si].feedsDown = max(w.sites[si].feedsDown, n)
		w.note(Entry{Kind: EntUtilityLost, Site: c.Site, N: int64(n)})
	case CmdUtilityRestore:
		w.sites[w.ix.sites[c.Site]].feedsDown = 0
		w.note(Entry{Kind: EntUtilityBack, Site: c.Site})
	case CmdGeneratorsFail:
		w.genFail(w.ix.sites[c.Site])
	case CmdGeneratorsStart:
		w.genManualStart(w.ix.sites[c.Site])
	case CmdUPSFail:
		si := w.ix.sites[c.Site]
		w.killUPS(si, w.ix.ups[si][c.UPS], EntUPSFailed)
	case CmdPowerCut, CmdPowerRestore:
		w.manualCut(w.ix.sites[c.Site], c.Zone, c.Kind == CmdPowerCut)
	case CmdSiteLoss:
		w.loseSite(w.ix.sites[c.Site])
	case CmdAddServers:
		g := &w.groups[w.ix.groups[c.Group]]
		g.servers = min(g.servers+c.N, MaxServers)
	case CmdRemoveServers:
		g := &w.groups[w.ix.groups[c.Group]]
		g.servers = max(g.servers-c.N, 0)
	}
}

// settle brings every derived state up to date after the events of one
// instant: power, servers, components, engineers' work and apps.
func (w *World) settle() {
	for si := range w.sites {
		w.settlePower(si)
	}
	w.settleGroups()
	w.settleComponents()
	w.settleTasks()
	for si := range w.sites {
		w.startRepairs(si)
	}
	w.settleApps()
	w.logServers()
}

// note appends an entry to the timeline at the current time.
func (w *World) note(e Entry) {
	e.At = w.now
	w.log = append(w.log, e)
}

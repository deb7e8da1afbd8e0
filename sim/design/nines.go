package design

import (
	"math"
	"slices"

	"outagelab/sim"
	"outagelab/sim/avail"
)

// Rates is how often each kind of trouble strikes, for the availability
// run. Every figure is illustrative: the fact sheet has no measured
// rates for them, so each is an order of magnitude chosen to show the
// mechanism, and the panel says so.
type Rates struct {
	// BatteryFire and RoomFire are fires a year in each battery room and
	// in each other room.
	BatteryFire, RoomFire float64
	// GridLoss is utility losses a site a year, each GridLossHours long;
	// the site's generators then start or not as their units' chance of
	// failing to start says (sim.Generators.FailPermille).
	GridLoss float64
	// UPSFail is failures of all a site's UPS strings at once a year.
	UPSFail float64
	// PowerCut is whole-site power cuts (an emergency power-off, a
	// maintenance error) a year, each GridLossHours long.
	PowerCut float64
	// SwitchError is the chance that engineers botch the manual switches
	// of an incident, which then take SwitchErrorTimes as long.
	SwitchError      float64
	SwitchErrorTimes int
}

// DefaultRates returns the illustrative rates the Nines tab uses.
func DefaultRates() Rates {
	return Rates{BatteryFire: 0.002, RoomFire: 0.0005, GridLoss: 1, UPSFail: 0.02, PowerCut: 0.01, SwitchError: 0.1, SwitchErrorTimes: 4}
}

// AllData stands for "everything written since the service began" in
// an RPO: every copy of the data was lost.
const AllData = 1e6

// Class is one kind of incident the availability run draws: a kind on
// a site (and for fires a room), how often it strikes, and what it did
// to each app when the sandbox ran it.
type Class struct {
	Incident Incident
	// Botched marks the variant in which the manual switches go wrong.
	Botched bool
	PerYear float64
	// Down is each app's time down in the run, in hours; Loss the data
	// it lost in the run (its worst component's sim.DataLoss, for good
	// or restorable), in hours of writes (AllData for everything).
	Down, Loss []float64
}

// Nines works out a design's availability in steps, so that a caller
// can spread the work over frames: first one simulation run per kind
// of incident (Classes), then Years simulated years drawn from the
// rates.
type Nines struct {
	base    *sim.Scenario
	d       Design
	rates   Rates
	years   int
	seed    uint64
	todo    []Class
	done    int
	cur     *classRun // the incident run under way, if any
	Classes []Class
	Apps    []sim.App
	// HorizonHours is how long each incident's run lasts: an outage
	// still going at its end counts as this long.
	HorizonHours float64
	model        avail.Model
	runner       *avail.Runner
	err          error
}

// classRun is one incident's simulation under way; Step advances it
// classStep of simulated time at a time.
type classRun struct {
	c Class
	s *sim.Scenario
	w *sim.World
}

// classStep is how much simulated time one Step runs an incident: a
// week's run of the Kakao design takes a few milliseconds as
// WebAssembly, too long for one frame.
const classStep = 12 * sim.Hour

// ninesChunk is how many simulated years one Step runs: about half a
// millisecond of the Kakao design as WebAssembly, so that a caller can
// stop close to its time budget.
const ninesChunk = 25

// NewNines prepares the availability run of d on base over years
// simulated years from seed.
func NewNines(base *sim.Scenario, d Design, r Rates, years int, seed uint64) (*Nines, error) {
	s, err := Compile(base, d)
	if err != nil {
		return nil, err
	}
	n := &Nines{base: base, d: d, rates: r, years: years, seed: seed, Apps: s.Apps, HorizonHours: float64(s.HorizonHours)}
	for si, st := range s.Sites {
		for ri, c := range st.Compartments {
			rate := r.RoomFire
			if c.Kind == sim.KindBattery {
				rate = r.BatteryFire
			}
			n.todo = append(n.todo, Class{Incident: Incident{Kind: IncFire, Site: si, Room: ri}, PerYear: rate})
		}
		fail := plantFails(st.Generators)
		n.todo = append(n.todo,
			Class{Incident: Incident{Kind: IncGridLoss, Site: si}, PerYear: r.GridLoss * (1 - fail)},
			Class{Incident: Incident{Kind: IncGenFail, Site: si}, PerYear: r.GridLoss * fail},
			Class{Incident: Incident{Kind: IncUPSFail, Site: si}, PerYear: r.UPSFail},
			Class{Incident: Incident{Kind: IncPowerCut, Site: si}, PerYear: r.PowerCut})
	}
	n.todo = slices.DeleteFunc(n.todo, func(c Class) bool { return c.PerYear <= 0 })
	return n, nil
}

// plantFails returns the chance that fewer of a plant's units start than
// it needs, each failing independently with its FailPermille; 1 with no
// generators.
func plantFails(g sim.Generators) float64 {
	if g.Count == 0 || g.Needed > g.Count {
		return 1
	}
	p := float64(g.FailPermille) / 1000
	ok := 0.0
	for k := g.Needed; k <= g.Count; k++ {
		ok += binom(g.Count, k) * math.Pow(1-p, float64(k)) * math.Pow(p, float64(g.Count-k))
	}
	return min(max(1-ok, 0), 1)
}

func binom(n, k int) float64 {
	r := 1.0
	for i := 1; i <= k; i++ {
		r = r * float64(n-k+i) / float64(i)
	}
	return r
}

// Step does the next piece of work: classStep of one incident's run,
// or ninesChunk simulated years. It reports whether everything is done.
func (n *Nines) Step() bool {
	if n.err != nil || n.Done() {
		return true
	}
	if n.cur != nil {
		n.err = n.advance()
		return n.err != nil
	}
	if len(n.todo) > 0 {
		c := n.todo[0]
		n.todo = n.todo[1:]
		n.done++
		n.err = n.begin(c)
		return n.err != nil
	}
	if n.runner == nil {
		n.model = n.buildModel()
		n.runner, n.err = avail.NewRunner(n.model, n.seed)
		return n.err != nil
	}
	n.runner.Run(min(ninesChunk, n.years-n.runner.Years()))
	return n.Done()
}

// begin starts the run of class c.
func (n *Nines) begin(c Class) error {
	d := n.d.Clone()
	d.Incident = c.Incident
	s, err := Compile(n.base, d)
	if err != nil {
		return err
	}
	if c.Incident.Kind == IncGridLoss {
		s.Sites[c.Incident.Site].Generators.FailPermille = 0
	}
	return n.start(c, s)
}

// start begins simulating s for class c.
func (n *Nines) start(c Class, s *sim.Scenario) error {
	w, err := sim.NewWorld(s, s.Seed)
	if err != nil {
		return err
	}
	n.cur = &classRun{c: c, s: s, w: w}
	return nil
}

// advance runs the current incident classStep further. At its end it
// records what the incident did to each app; where engineers switched
// something by hand, it then starts the botched variant, whose share
// of the class's rate it takes away.
func (n *Nines) advance() error {
	r := n.cur
	end := sim.Seconds(r.s.HorizonHours) * sim.Hour
	r.w.Advance(min(r.w.Now()+classStep, end))
	if r.w.Now() < end {
		return nil
	}
	n.cur = nil
	c := r.c
	switched := tally(r.w, r.s, &c)
	if c.Botched || !switched || n.rates.SwitchError <= 0 {
		n.Classes = append(n.Classes, c)
		return nil
	}
	bad := Class{Incident: c.Incident, Botched: true, PerYear: c.PerYear * n.rates.SwitchError}
	c.PerYear -= bad.PerYear
	n.Classes = append(n.Classes, c)
	r.s.Ops.SwitchMin *= max(n.rates.SwitchErrorTimes, 1)
	return n.start(bad, r.s)
}

// tally fills c's Down and Loss from the run w of s; it reports whether
// engineers switched anything by hand.
func tally(w *sim.World, s *sim.Scenario, c *Class) (switched bool) {
	res := w.Result()
	for _, e := range w.Timeline() {
		if e.Kind == sim.EntSwitchStarted {
			switched = true
			break
		}
	}
	c.Down = make([]float64, len(s.Apps))
	c.Loss = make([]float64, len(s.Apps))
	for a := range s.Apps {
		c.Down[a] = float64(res.Apps[a].Down) / float64(sim.Hour)
		c.Loss[a] = LossHours(res.Apps[a].Data)
	}
	return switched
}

// LossHours returns the data d lost in hours of writes, the unit of an
// RPO: 0 for none, its window for recent writes, AllData for
// everything.
func LossHours(d sim.DataLoss) float64 {
	switch d.Kind {
	case sim.LossRecent:
		return float64(d.Window) / float64(sim.Hour)
	case sim.LossEverything:
		return AllData
	}
	return 0
}

// buildModel turns the measured classes into the availability model:
// for each app, in series, a unit per class that took it down, failing
// at the class's rate and repaired in the time it was down.
func (n *Nines) buildModel() avail.Model {
	var m avail.Model
	for a, app := range n.Apps {
		var kids []avail.Node
		for _, c := range n.Classes {
			if c.Down[a] <= 0 {
				continue
			}
			kids = append(kids, avail.Leaf(len(m.Units)))
			m.Units = append(m.Units, avail.Unit{Name: c.Incident.Kind.String(), PerYear: c.PerYear, RepairHours: c.Down[a], LossHours: c.Loss[a]})
		}
		if len(kids) == 0 {
			kids = append(kids, avail.Leaf(len(m.Units)))
			m.Units = append(m.Units, avail.Unit{Name: "none"})
		}
		m.Systems = append(m.Systems, avail.System{Name: app.ID, Up: avail.Series(kids...)})
	}
	return m
}

// Done reports whether the run has finished (or failed).
func (n *Nines) Done() bool {
	return n.err != nil || n.runner != nil && n.runner.Years() >= n.years
}

// Err returns what stopped the run, if anything did.
func (n *Nines) Err() error { return n.err }

// Progress returns how much of the work is done, from 0 to 1: the
// incident runs count as the first tenth.
func (n *Nines) Progress() float64 {
	if n.runner == nil {
		return 0.1 * float64(n.done) / float64(max(n.done+len(n.todo), 1))
	}
	return 0.1 + 0.9*float64(n.runner.Years())/float64(max(n.years, 1))
}

// Years returns how many simulated years have run.
func (n *Nines) Years() int {
	if n.runner == nil {
		return 0
	}
	return n.runner.Years()
}

// Estimates returns each app's availability so far, in the order of
// Apps (nil before the years start).
func (n *Nines) Estimates() []avail.Estimate {
	if n.runner == nil {
		return nil
	}
	return n.runner.Estimates()
}

// Formula returns app a's availability by the textbook formula for
// independent units in series, which the Monte Carlo should match.
func (n *Nines) Formula(a int) float64 {
	f, _ := avail.Analytic(n.model, a)
	return f
}

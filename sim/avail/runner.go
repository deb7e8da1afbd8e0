package avail

import "math/rand/v2"

// Runner is a Monte Carlo simulation of a Model. Create it with
// NewRunner, advance it with Run (in one call or many) and read it with
// Years and Estimates. A Runner is not safe for concurrent use.
type Runner struct {
	rng   *rand.Rand
	units []unitParams
	up    []bool // up[u]: unit u is up
	heap  eventHeap

	nodes  []flatNode // every system's tree, flattened
	roots  []int32    // roots[s]: index in nodes of system s's root
	names  []string
	never  []bool  // never[s]: system s cannot go down
	usFrom []int32 // systems containing unit u: usList[usFrom[u]:usFrom[u+1]]
	usList []int32

	sys     []sysState
	batches []float64 // batches[s*maxBatches+k]: down hours of system s in full batch k

	years      int // simulated years run
	batchYears int // years per batch
	full       int // full batches
	inBatch    int // years in the current, partial batch
}

// unitParams holds what the simulation needs of a Unit.
type unitParams struct {
	mttf   float64 // mean time to failure, in hours; 0 if the unit never fails
	repair float64 // mean repair time, in hours
	exp    bool
	loss   float64
}

// flatNode is a Node in a flat slice: a node's children follow it, and
// end is the index just past its subtree.
type flatNode struct {
	op   Op
	unit int32
	end  int32
}

// sysState is the running tally of one system. Times are in hours;
// downSince is since the start of the current year.
type sysState struct {
	up        bool
	downSince float64 // when the current outage started, or the year began if later
	outDur    float64 // length of the current outage before downSince
	batch     float64 // down hours in the current, partial batch
	total     float64 // down hours over all years
	maxDur    float64 // longest finished outage
	loss      float64 // largest LossHours of a failure that took the system down
	outages   int
}

const (
	maxBatches = 64 // batches kept before neighbours are merged
	minBatches = 10 // full batches with downtime needed for an interval
)

// NewRunner checks m and returns a Runner at simulated year 0 that
// draws all its randomness from seed. Units start in their stationary
// state: down with probability 1 - A (A the unit's availability) with a
// residual repair time that is exponential with mean RepairHours when
// Exp is set and uniform on [0, RepairHours] otherwise; up units draw
// an exponential time to failure. A system down at time 0 counts as an
// outage. The Runner keeps its own copy of what it needs of m.
func NewRunner(m Model, seed uint64) (*Runner, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	nu, ns := len(m.Units), len(m.Systems)
	r := &Runner{
		rng:        rand.New(rand.NewPCG(seed, pcgStream)),
		units:      make([]unitParams, nu),
		up:         make([]bool, nu),
		roots:      make([]int32, ns),
		names:      make([]string, ns),
		never:      make([]bool, ns),
		usFrom:     make([]int32, nu+1),
		sys:        make([]sysState, ns),
		batches:    make([]float64, ns*maxBatches),
		batchYears: 1,
	}
	// Flatten the trees and list, for each unit, the systems it is in.
	member := make([][]int32, nu)
	for s, sys := range m.Systems {
		r.names[s] = sys.Name
		r.roots[s] = int32(len(r.nodes))
		r.flatten(sys.Up, member, int32(s))
	}
	for u, list := range member {
		r.usFrom[u] = int32(len(r.usList))
		r.usList = append(r.usList, list...)
	}
	r.usFrom[nu] = int32(len(r.usList))

	// A system cannot go down if it is up with every unit that can fail
	// down.
	for u, unit := range m.Units {
		r.up[u] = unit.PerYear == 0
	}
	for s := range r.sys {
		r.never[s] = r.eval(r.roots[s])
	}

	// Stationary start, drawing in unit order.
	for u, unit := range m.Units {
		p := &r.units[u]
		p.repair, p.exp, p.loss = unit.RepairHours, unit.Exp, unit.LossHours
		r.up[u] = true
		if unit.PerYear == 0 {
			continue
		}
		p.mttf = HoursPerYear / unit.PerYear
		var t float64
		if r.rng.Float64() < unitDownFraction(unit) {
			r.up[u] = false
			if p.exp {
				t = float64(p.repair * expDraw(r.rng))
			} else {
				t = float64(p.repair * r.rng.Float64())
			}
		} else {
			t = float64(p.mttf * expDraw(r.rng))
		}
		r.heap = append(r.heap, event{t: t, unit: int32(u)})
	}
	r.heap.init()
	for s := range r.sys {
		st := &r.sys[s]
		st.up = r.eval(r.roots[s])
		if !st.up {
			st.outages = 1
		}
	}
	return r, nil
}

// flatten appends n's subtree to r.nodes and records system s in
// member[u] for each unit u it contains (once, in system order).
func (r *Runner) flatten(n Node, member [][]int32, s int32) {
	i := len(r.nodes)
	r.nodes = append(r.nodes, flatNode{op: n.Op, unit: int32(n.Unit)})
	if n.Op == OpUnit {
		if l := member[n.Unit]; len(l) == 0 || l[len(l)-1] != s {
			member[n.Unit] = append(l, s)
		}
	}
	for _, k := range n.Kids {
		r.flatten(k, member, s)
	}
	r.nodes[i].end = int32(len(r.nodes))
}

// eval reports whether the subtree at nodes[i] is up.
func (r *Runner) eval(i int32) bool {
	n := r.nodes[i]
	switch n.op {
	case OpUnit:
		return r.up[n.unit]
	case OpSeries:
		for j := i + 1; j < n.end; {
			k := r.nodes[j]
			if k.op == OpUnit {
				if !r.up[k.unit] {
					return false
				}
			} else if !r.eval(j) {
				return false
			}
			j = k.end
		}
		return true
	default: // OpParallel
		for j := i + 1; j < n.end; {
			k := r.nodes[j]
			if k.op == OpUnit {
				if r.up[k.unit] {
					return true
				}
			} else if r.eval(j) {
				return true
			}
			j = k.end
		}
		return false
	}
}

// Run advances the simulation by years more simulated years (nothing
// if years <= 0), jumping from event to event. Run(n) gives exactly the
// same state as n calls of Run(1), so callers may spread the work over
// frames.
func (r *Runner) Run(years int) {
	for range years {
		for len(r.heap) > 0 && r.heap[0].t < HoursPerYear {
			r.step()
		}
		r.endYear()
	}
}

// step applies the earliest event in the heap and schedules the
// unit's next one.
func (r *Runner) step() {
	ev := &r.heap[0]
	u, t := ev.unit, ev.t
	p := &r.units[u]
	systems := r.usList[r.usFrom[u]:r.usFrom[u+1]]
	if r.up[u] {
		r.up[u] = false
		if p.exp {
			ev.t = t + float64(p.repair*expDraw(r.rng))
		} else {
			ev.t = t + p.repair
		}
		// Structure functions are monotone: a failure can only take
		// systems down.
		for _, s := range systems {
			st := &r.sys[s]
			if st.up && !r.eval(r.roots[s]) {
				st.up = false
				st.downSince = t
				st.outDur = 0
				st.outages++
				st.loss = max(st.loss, p.loss)
			}
		}
	} else {
		r.up[u] = true
		ev.t = t + float64(p.mttf*expDraw(r.rng))
		for _, s := range systems {
			st := &r.sys[s]
			if !st.up && r.eval(r.roots[s]) {
				st.up = true
				d := t - st.downSince
				st.batch += d
				st.total += d
				st.maxDur = max(st.maxDur, st.outDur+d)
			}
		}
	}
	r.heap.down(0)
}

// endYear closes the current simulated year: it counts downtime up to
// the year's end, moves every time back by a year (so times stay small
// and precise however long the run) and closes the batch when full.
func (r *Runner) endYear() {
	for s := range r.sys {
		st := &r.sys[s]
		if !st.up {
			d := HoursPerYear - st.downSince
			st.batch += d
			st.total += d
			st.outDur += d
			st.downSince = 0
		}
	}
	// A uniform shift keeps the heap ordered: rounding is monotone.
	for i := range r.heap {
		r.heap[i].t -= HoursPerYear
	}
	r.years++
	r.inBatch++
	if r.inBatch < r.batchYears {
		return
	}
	for s := range r.sys {
		r.batches[s*maxBatches+r.full] = r.sys[s].batch
		r.sys[s].batch = 0
	}
	r.full++
	r.inBatch = 0
	if r.full < maxBatches {
		return
	}
	for s := range r.sys {
		b := r.batches[s*maxBatches : (s+1)*maxBatches]
		for k := range maxBatches / 2 {
			b[k] = b[2*k] + b[2*k+1]
		}
	}
	r.full = maxBatches / 2
	r.batchYears *= 2
}

// Years returns the number of simulated years run so far.
func (r *Runner) Years() int { return r.years }

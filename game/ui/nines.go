package ui

import (
	"outagelab/sim/avail"
	"outagelab/sim/design"
)

// NinesYears is how many simulated years the Nines tab runs.
const NinesYears = 10000

// ninesSeed seeds the availability run, so that a design always gets the
// same figures.
const ninesSeed = 2022

// NinesRun is the Nines tab's availability run of the design on screen:
// running, cancelled or done.
type NinesRun struct {
	Job       *design.Nines
	Cancelled bool
	res       *NinesResults
}

// NinesResults are the figures of a run that stopped: each app's
// estimate, the formula's availability, and for how many apps the
// formula falls inside the estimate's interval.
type NinesResults struct {
	Est     []avail.Estimate
	Formula []float64
	Fit     int
}

// Results returns the figures of a run that has stopped (done or
// cancelled), worked out the first time they are asked for; nil while
// it runs.
func (r *NinesRun) Results() *NinesResults {
	if r.Running() {
		return nil
	}
	if r.res == nil {
		res := &NinesResults{Est: r.Job.Estimates()}
		for a, e := range res.Est {
			f := r.Job.Formula(a)
			res.Formula = append(res.Formula, f)
			if e.Low <= f && f <= e.High {
				res.Fit++
			}
		}
		r.res = res
	}
	return r.res
}

// Running reports whether the run still has work to do.
func (r *NinesRun) Running() bool { return r != nil && !r.Cancelled && !r.Job.Done() }

// StartNines starts the availability run of the design; a run already
// going is cancelled instead.
func (sb *Sandbox) StartNines() {
	if sb.Nines.Running() {
		sb.Nines.Cancelled = true
		return
	}
	job, err := design.NewNines(sb.Base, sb.D, design.DefaultRates(), NinesYears, ninesSeed)
	if err != nil {
		sb.problem(err)
		return
	}
	sb.Nines = &NinesRun{Job: job}
}

// WorkNines moves the availability run on while more reports that the
// frame has time left; the game calls it once an update.
func (sb *Sandbox) WorkNines(more func() bool) {
	r := sb.Nines
	for r.Running() && more() {
		r.Job.Step()
	}
	if r != nil && r.Job.Err() != nil && !r.Cancelled {
		sb.problem(r.Job.Err())
		r.Cancelled = true
	}
}

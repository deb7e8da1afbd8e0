package avail

import "math"

// Estimate is what a Runner has learned about one system from every
// year run so far. Times are in hours.
type Estimate struct {
	// Name is the system's name.
	Name string
	// Availability is the fraction of simulated time the system was
	// up, 1 - down/total. It is 1 before any year has been run.
	Availability float64
	// Low and High bound a 95% confidence interval for the steady-state
	// availability, by batch means with Student's t (see the package
	// documentation), clamped to [0, 1]. They are 0 and 1 (no evidence
	// yet) until at least 10 full batches exist and at least 10 of them
	// saw downtime, and both 1 for a system that cannot go down.
	Low, High float64
	// DowntimeHoursPerYear is the mean downtime, in hours per year.
	DowntimeHoursPerYear float64
	// Outages is the number of down episodes, including one already
	// under way at the stationary start.
	Outages int
	// MeanOutageHours is the mean length of an outage: total downtime
	// divided by Outages, 0 if there were none.
	MeanOutageHours float64
	// MaxOutageHours is the longest single outage seen (the achieved
	// RTO), counting the time so far of one still under way and only
	// the part after time 0 of one under way at the start.
	MaxOutageHours float64
	// LossHours is the achieved RPO: the largest Unit.LossHours of a
	// unit whose failure took the system down. Failures while the
	// system was already down, and an outage under way at the start,
	// do not count.
	LossHours float64
}

// Estimates returns one Estimate per system, in the model's order, from
// every year run so far.
func (r *Runner) Estimates() []Estimate {
	out := make([]Estimate, len(r.sys))
	for s := range r.sys {
		out[s] = r.estimate(s)
	}
	return out
}

func (r *Runner) estimate(s int) Estimate {
	st := r.sys[s]
	e := Estimate{Name: r.names[s], Availability: 1, Low: 0, High: 1, Outages: st.outages, LossHours: st.loss}
	e.MaxOutageHours = st.maxDur
	if !st.up {
		e.MaxOutageHours = max(e.MaxOutageHours, st.outDur)
	}
	if st.outages > 0 {
		// Rounding could put the mean of equal outages an ulp above
		// their maximum.
		e.MeanOutageHours = min(st.total/float64(st.outages), e.MaxOutageHours)
	}
	if r.years == 0 {
		return e
	}
	e.Availability = min(max(1-st.total/(float64(r.years)*HoursPerYear), 0), 1)
	e.DowntimeHoursPerYear = st.total / float64(r.years)
	if r.never[s] {
		e.Low, e.High = 1, 1
		return e
	}
	if h, ok := r.halfWidth(s); ok {
		e.Low = max(e.Availability-h, 0)
		e.High = min(e.Availability+h, 1)
	}
	return e
}

// halfWidth returns the half-width of the 95% batch-means interval for
// system s's availability, or ok false when there is too little
// evidence for one.
func (r *Runner) halfWidth(s int) (h float64, ok bool) {
	n := r.full
	if n < minBatches {
		return 0, false
	}
	b := r.batches[s*maxBatches : s*maxBatches+n]
	withDown := 0
	mean := 0.0
	for _, d := range b {
		if d > 0 {
			withDown++
		}
		mean += d
	}
	if withDown < minBatches {
		return 0, false
	}
	mean /= float64(n)
	ss := 0.0
	for _, d := range b {
		ss += float64((d - mean) * (d - mean))
	}
	sd := math.Sqrt(ss/float64(n-1)) / (float64(r.batchYears) * HoursPerYear)
	return float64(t975(n-1)*sd) / math.Sqrt(float64(n)), true
}

// t975 returns the 97.5% quantile of Student's t distribution with df
// degrees of freedom, by the Cornish-Fisher expansion around the normal
// quantile (Abramowitz and Stegun 26.7.5). For df >= 9 it is within
// 2e-5 of the exact value; the interval never uses fewer.
func t975(df int) float64 {
	const (
		z  = 1.959963984540054 // the normal 97.5% quantile
		g1 = (z*z*z + z) / 4
		g2 = (5*z*z*z*z*z + 16*z*z*z + 3*z) / 96
		g3 = (3*z*z*z*z*z*z*z + 19*z*z*z*z*z + 17*z*z*z - 15*z) / 384
		g4 = (79*z*z*z*z*z*z*z*z*z + 776*z*z*z*z*z*z*z + 1482*z*z*z*z*z - 1920*z*z*z - 945*z) / 92160
	)
	w := 1 / float64(df)
	return z + float64(w*(g1+float64(w*(g2+float64(w*(g3+float64(w*g4)))))))
}

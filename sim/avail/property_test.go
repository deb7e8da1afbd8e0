package avail_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"outagelab/sim/avail"
)

// randomModel builds a small valid model from seed: up to 6 units (some
// that never fail) and up to 3 systems with trees up to 3 levels deep,
// units possibly shared.
func randomModel(seed uint64) avail.Model {
	rng := rand.New(rand.NewPCG(seed, 99))
	var m avail.Model
	for i := range 1 + rng.IntN(6) {
		u := avail.Unit{
			Name:        fmt.Sprintf("u%d", i),
			PerYear:     []float64{0, 0.5, 5, 40}[rng.IntN(4)] * (0.5 + rng.Float64()),
			RepairHours: 0.5 + 100*rng.Float64(),
			Exp:         rng.IntN(2) == 0,
		}
		if rng.IntN(3) == 0 {
			u.LossHours = 24 * rng.Float64()
		}
		m.Units = append(m.Units, u)
	}
	var tree func(depth int) avail.Node
	tree = func(depth int) avail.Node {
		if depth == 0 || rng.IntN(3) == 0 {
			return avail.Leaf(rng.IntN(len(m.Units)))
		}
		kids := make([]avail.Node, 1+rng.IntN(3))
		for i := range kids {
			kids[i] = tree(depth - 1)
		}
		if rng.IntN(2) == 0 {
			return avail.Series(kids...)
		}
		return avail.Parallel(kids...)
	}
	for i := range 1 + rng.IntN(3) {
		m.Systems = append(m.Systems, avail.System{Name: fmt.Sprintf("s%d", i), Up: tree(3)})
	}
	return m
}

func TestEstimateInvariants(t *testing.T) {
	models := 150
	if testing.Short() {
		models = 40
	}
	for seed := range uint64(models) {
		m := randomModel(seed)
		if err := m.Check(); err != nil {
			t.Fatalf("model %d: %v", seed, err)
		}
		r := newRunner(t, m, seed)
		checkEstimates(t, fmt.Sprintf("model %d, year 0", seed), r.Estimates())
		for _, years := range []int{1, 9, int(seed % 137)} {
			r.Run(years)
			checkEstimates(t, fmt.Sprintf("model %d, year %d", seed, r.Years()), r.Estimates())
		}
	}
}

func checkEstimates(t *testing.T, ctx string, es []avail.Estimate) {
	t.Helper()
	for _, e := range es {
		if !(0 <= e.Low && e.Low <= e.Availability && e.Availability <= e.High && e.High <= 1) {
			t.Errorf("%s %s: want 0 <= Low %g <= Availability %g <= High %g <= 1", ctx, e.Name, e.Low, e.Availability, e.High)
		}
		if want := (1 - e.Availability) * avail.HoursPerYear; math.Abs(e.DowntimeHoursPerYear-want) > 1e-9*avail.HoursPerYear {
			t.Errorf("%s %s: DowntimeHoursPerYear %g, want (1-A)·8760 = %g", ctx, e.Name, e.DowntimeHoursPerYear, want)
		}
		if e.MaxOutageHours < e.MeanOutageHours {
			t.Errorf("%s %s: MaxOutageHours %g < MeanOutageHours %g", ctx, e.Name, e.MaxOutageHours, e.MeanOutageHours)
		}
		if e.Outages == 0 && (e.Availability != 1 || e.MaxOutageHours != 0 || e.LossHours != 0) {
			t.Errorf("%s %s: no outages but Availability %g, MaxOutageHours %g, LossHours %g", ctx, e.Name, e.Availability, e.MaxOutageHours, e.LossHours)
		}
		if e.Outages < 0 || e.MeanOutageHours < 0 || e.LossHours < 0 {
			t.Errorf("%s %s: negative field in %+v", ctx, e.Name, e)
		}
	}
}

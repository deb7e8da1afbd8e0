package avail_test

import (
	"math"
	"testing"

	"outagelab/sim/avail"
)

// mcCase is a one-system model whose simulated availability must match
// the formula.
type mcCase struct {
	name  string
	units []avail.Unit
	up    avail.Node
	years int
}

func expUnit(name string, perYear, repairHours float64) avail.Unit {
	return avail.Unit{Name: name, PerYear: perYear, RepairHours: repairHours, Exp: true}
}

func fixedUnit(name string, perYear, repairHours float64) avail.Unit {
	return avail.Unit{Name: name, PerYear: perYear, RepairHours: repairHours}
}

// mcCases lists the structures the Monte Carlo must agree on. Rates are
// high (tens to hundreds of failures a year) so that each case sees
// hundreds of thousands of cycles in a few thousand simulated years:
// the tolerance, 1% of the unavailability, needs a relative standard
// error of about 0.3%.
func mcCases() []mcCase {
	L, S, P := avail.Leaf, avail.Series, avail.Parallel
	return []mcCase{
		{"single exponential", []avail.Unit{expUnit("a", 100, 8)}, L(0), 3000},
		{"series of 2", []avail.Unit{expUnit("a", 50, 12), expUnit("b", 80, 6)}, S(L(0), L(1)), 2000},
		{"series of 3", []avail.Unit{expUnit("a", 50, 12), expUnit("b", 80, 6), expUnit("c", 30, 20)}, S(L(0), L(1), L(2)), 1600},
		{"parallel of 2", []avail.Unit{expUnit("a", 100, 24), expUnit("b", 150, 12)}, P(L(0), L(1)), 6000},
		{"parallel of 3", []avail.Unit{expUnit("a", 200, 24), expUnit("b", 150, 30), expUnit("c", 180, 20)}, P(L(0), L(1), L(2)), 9000},
		{"parallel of two series", []avail.Unit{expUnit("a", 60, 24), expUnit("b", 90, 12), expUnit("c", 100, 16), expUnit("d", 40, 30)},
			P(S(L(0), L(1)), S(L(2), L(3))), 6000},
		{"series of parallel pair and unit", []avail.Unit{expUnit("a", 120, 24), expUnit("b", 150, 20), expUnit("c", 40, 10)},
			S(P(L(0), L(1)), L(2)), 2600},
		{"fixed repair", []avail.Unit{fixedUnit("a", 100, 8)}, L(0), 1600},
		{"mixed rates", []avail.Unit{
			expUnit("lb", 20, 2), fixedUnit("web1", 200, 6), expUnit("web2", 150, 8),
			fixedUnit("db1", 60, 48), expUnit("db2", 45, 36), expUnit("dns", 120, 3),
		}, S(L(0), P(L(1), L(2)), P(L(3), L(4)), L(5)), 3500},
	}
}

// TestMonteCarloMatchesAnalytic runs each case and asserts that (a) the
// simulated unavailability is within 1% of the formula's and (b) the
// formula's availability lies inside the reported 95% interval.
func TestMonteCarloMatchesAnalytic(t *testing.T) {
	for _, tt := range mcCases() {
		t.Run(tt.name, func(t *testing.T) {
			m := avail.Model{Units: tt.units, Systems: []avail.System{{Name: tt.name, Up: tt.up}}}
			want, ok := avail.Analytic(m, 0)
			if !ok {
				t.Fatal("Analytic: not ok")
			}
			r, err := avail.NewRunner(m, 1)
			if err != nil {
				t.Fatal(err)
			}
			r.Run(tt.years)
			e := r.Estimates()[0]
			wantU, gotU := 1-want, 1-e.Availability
			if math.Abs(gotU-wantU) > 0.01*wantU {
				t.Errorf("unavailability %.6f, formula %.6f: off by %.2f%% of it, want at most 1%%",
					gotU, wantU, 100*math.Abs(gotU-wantU)/wantU)
			}
			if want < e.Low || want > e.High {
				t.Errorf("formula's availability %.6f outside the 95%% interval [%.6f, %.6f]", want, e.Low, e.High)
			}
			t.Logf("years %d, outages %d, unavailability %.6f vs %.6f (%+.2f%%), interval ±%.2f%% of it",
				tt.years, e.Outages, gotU, wantU, 100*(gotU-wantU)/wantU, 100*(e.High-e.Low)/2/wantU)
		})
	}
}

// TestIntervalCoverage checks the interval method rather than one run:
// over many seeds, about 95% of the intervals must contain the
// formula's availability.
func TestIntervalCoverage(t *testing.T) {
	L, P := avail.Leaf, avail.Parallel
	m := avail.Model{
		Units: []avail.Unit{expUnit("a", 50, 10), expUnit("b", 80, 20), fixedUnit("c", 80, 20)},
		Systems: []avail.System{
			{Name: "single", Up: L(0)},
			{Name: "pair", Up: P(L(1), L(2))},
		},
	}
	seeds := 200
	if testing.Short() {
		seeds = 50
	}
	const years = 100 // 50 batches of 2 years
	in, n := 0, 0
	for seed := range uint64(seeds) {
		r, err := avail.NewRunner(m, seed)
		if err != nil {
			t.Fatal(err)
		}
		r.Run(years)
		for s, e := range r.Estimates() {
			want, _ := avail.Analytic(m, s)
			if e.Low == 0 && e.High == 1 {
				t.Fatalf("seed %d %s: no interval after %d years", seed, e.Name, years)
			}
			n++
			if want >= e.Low && want <= e.High {
				in++
			}
		}
	}
	cover := float64(in) / float64(n)
	t.Logf("coverage %d/%d = %.3f", in, n, cover)
	if cover < 0.90 || cover > 0.99 {
		t.Errorf("95%% intervals covered the formula's availability %d times in %d (%.3f), want about 0.95", in, n, cover)
	}
}

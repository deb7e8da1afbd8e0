package avail_test

import (
	"math"
	"testing"

	"outagelab/sim/avail"
)

func TestAnalytic(t *testing.T) {
	L, S, P := avail.Leaf, avail.Series, avail.Parallel
	// a: 1 failure a year, 876 h repair: A = 1/(1+0.1) = 10/11.
	// b: 4 a year, 219 h: A = 1/(1+0.1) too. c never fails.
	units := []avail.Unit{
		{Name: "a", PerYear: 1, RepairHours: 876},
		{Name: "b", PerYear: 4, RepairHours: 219, Exp: true},
		{Name: "c"},
	}
	const a = 10.0 / 11
	tests := []struct {
		name string
		up   avail.Node
		want float64
	}{
		{"leaf", L(0), a},
		{"never fails", L(2), 1},
		{"series", S(L(0), L(1)), a * a},
		{"parallel", P(L(0), L(1)), 1 - (1-a)*(1-a)},
		{"series with a perfect unit", S(L(0), L(2)), a},
		{"parallel with a perfect unit", P(L(0), L(2)), 1},
		{"nested", S(P(L(0), L(1)), L(2)), 1 - (1-a)*(1-a)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := avail.Model{Units: units, Systems: []avail.System{{Up: tt.up}}}
			got, ok := avail.Analytic(m, 0)
			if !ok || math.Abs(got-tt.want) > 1e-15 {
				t.Errorf("Analytic = %.17g, %v; want %.17g, true", got, ok, tt.want)
			}
		})
	}
}

func TestAnalyticRefusesSharedUnits(t *testing.T) {
	L, S, P := avail.Leaf, avail.Series, avail.Parallel
	u := avail.Unit{PerYear: 1, RepairHours: 10}
	m := avail.Model{
		Units: []avail.Unit{u, u, u},
		Systems: []avail.System{
			{Name: "shared inside", Up: P(S(L(0), L(1)), S(L(0), L(2)))},
			{Name: "twice in a row", Up: S(L(1), L(1))},
			{Name: "shared with another system", Up: S(L(0), L(1))},
		},
	}
	for sys, want := range []bool{false, false, true} {
		if _, ok := avail.Analytic(m, sys); ok != want {
			t.Errorf("Analytic(%s) ok = %v, want %v", m.Systems[sys].Name, ok, want)
		}
	}
	for _, sys := range []int{-1, 3} {
		if _, ok := avail.Analytic(m, sys); ok {
			t.Errorf("Analytic(sys %d) ok = true, want false", sys)
		}
	}
	if _, ok := avail.Analytic(avail.Model{}, 0); ok {
		t.Error("Analytic(invalid model) ok = true, want false")
	}
}

func TestNines(t *testing.T) {
	tests := []struct {
		a, want float64
	}{
		{0.9, 1},
		{0.99, 2},
		{0.999, 3},
		{0.99999, 5},
		{1 - 3.1623e-4, 3.5},
		{0.5, math.Log10(2)},
		{0, 0},
		{-0.5, 0},
		{1 - 1e-12, avail.MaxNines},
		{1, avail.MaxNines},
	}
	for _, tt := range tests {
		if got := avail.Nines(tt.a); math.Abs(got-tt.want) > 1e-4 {
			t.Errorf("Nines(%v) = %v, want %v", tt.a, got, tt.want)
		}
	}
	if got := avail.Nines(math.NaN()); !math.IsNaN(got) {
		t.Errorf("Nines(NaN) = %v, want NaN", got)
	}
}

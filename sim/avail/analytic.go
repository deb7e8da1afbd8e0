package avail

import "math"

// MaxNines is the most nines Nines reports.
const MaxNines = 9

// Analytic returns the steady-state availability of system sys of m,
// a fraction in [0, 1], by the textbook formula: a unit is up a
// fraction 1/(1 + PerYear*RepairHours/HoursPerYear) of the time
// (MTTF/(MTTF+MTTR), for any repair time distribution), a series node
// multiplies its children's availabilities and a parallel node's
// unavailability is the product of its children's. ok is false, and a
// is 0, when m fails Check, sys is out of range, or a unit appears more
// than once in the system's tree (its children would not be
// independent, so the formula does not apply).
func Analytic(m Model, sys int) (a float64, ok bool) {
	if m.Check() != nil || sys < 0 || sys >= len(m.Systems) {
		return 0, false
	}
	seen := make([]bool, len(m.Units))
	u, ok := unavailability(m, m.Systems[sys].Up, seen)
	if !ok {
		return 0, false
	}
	return 1 - u, true
}

// unavailability returns the steady-state unavailability of n. Working
// with unavailabilities keeps precision for highly available designs.
func unavailability(m Model, n Node, seen []bool) (float64, bool) {
	switch n.Op {
	case OpUnit:
		if seen[n.Unit] {
			return 0, false
		}
		seen[n.Unit] = true
		return unitDownFraction(m.Units[n.Unit]), true
	case OpSeries:
		// 1 - Π(1-u_i), accumulated as u += u_i·(1-u) to avoid
		// cancellation.
		u := 0.0
		for _, k := range n.Kids {
			uk, ok := unavailability(m, k, seen)
			if !ok {
				return 0, false
			}
			u += float64(uk * (1 - u))
		}
		return u, true
	default: // OpParallel; Check rejected anything else.
		u := 1.0
		for _, k := range n.Kids {
			uk, ok := unavailability(m, k, seen)
			if !ok {
				return 0, false
			}
			u *= uk
		}
		return u, true
	}
}

// unitDownFraction returns the steady-state probability that u is down:
// q/(1+q) with q = PerYear*RepairHours/HoursPerYear = MTTR/MTTF.
func unitDownFraction(u Unit) float64 {
	if u.PerYear == 0 {
		return 0
	}
	q := float64(u.PerYear*u.RepairHours) / HoursPerYear
	return q / (1 + q)
}

// Nines returns the number of nines of availability a, -log10(1-a):
// 0.9 gives 1, 0.999 gives 3, 0.9995 about 3.3. The result is capped at
// MaxNines, which a == 1 (no downtime seen) also gives; beyond that
// neither a float64 availability nor a simulation of any practical
// length tells designs apart. a below 0 counts as 0 and NaN gives NaN.
func Nines(a float64) float64 {
	if math.IsNaN(a) {
		return a
	}
	if a <= 0 {
		return 0
	}
	if a >= 1 {
		return MaxNines
	}
	return min(-math.Log10(1-a), MaxNines)
}

package avail_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"outagelab/sim/avail"
)

// logUniform returns a number between lo and hi, uniform in log scale.
func logUniform(rng *rand.Rand, lo, hi float64) float64 {
	return lo * math.Pow(hi/lo, rng.Float64())
}

// realisticModel has 128 units (0.001 to 2 failures a year, fixed
// repairs of 0.5 to 130 hours) in 8 systems, each a series of 16.
func realisticModel() avail.Model {
	rng := rand.New(rand.NewPCG(1, 1))
	var m avail.Model
	for i := range 128 {
		m.Units = append(m.Units, avail.Unit{
			Name:        fmt.Sprintf("u%d", i),
			PerYear:     logUniform(rng, 0.001, 2),
			RepairHours: logUniform(rng, 0.5, 130),
		})
	}
	for s := range 8 {
		kids := make([]avail.Node, 16)
		for i := range kids {
			kids[i] = avail.Leaf(16*s + i)
		}
		m.Systems = append(m.Systems, avail.System{Name: fmt.Sprintf("s%d", s), Up: avail.Series(kids...)})
	}
	return m
}

// parallelModel has 8 systems, each a series of 4 triples of
// replicas (96 units) behind a DNS pair all 8 share.
func parallelModel() avail.Model {
	rng := rand.New(rand.NewPCG(2, 2))
	var m avail.Model
	for i := range 98 {
		m.Units = append(m.Units, avail.Unit{
			Name:        fmt.Sprintf("u%d", i),
			PerYear:     logUniform(rng, 0.01, 12),
			RepairHours: logUniform(rng, 0.5, 72),
			Exp:         i%2 == 0,
		})
	}
	L, S, P := avail.Leaf, avail.Series, avail.Parallel
	for s := range 8 {
		kids := []avail.Node{P(L(96), L(97))}
		for g := range 4 {
			u := 12*s + 3*g
			kids = append(kids, P(L(u), L(u+1), L(u+2)))
		}
		m.Systems = append(m.Systems, avail.System{Name: fmt.Sprintf("s%d", s), Up: S(kids...)})
	}
	return m
}

// benchmarkRun simulates one year per iteration, so ns/op is the cost
// of a simulated year; it also reports it as ns/simyear.
func benchmarkRun(b *testing.B, m avail.Model) {
	r := newRunner(b, m, 1)
	r.Run(10) // past the first allocations, if any
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		r.Run(1)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/simyear")
}

func BenchmarkRun(b *testing.B) { benchmarkRun(b, realisticModel()) }

func BenchmarkRunParallel(b *testing.B) { benchmarkRun(b, parallelModel()) }

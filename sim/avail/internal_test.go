package avail

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLnMatchesMathLog checks the portable logarithm against math.Log
// over the whole range expDraw feeds it.
func TestLnMatchesMathLog(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	check := func(x float64) {
		t.Helper()
		got, want := ln(x), math.Log(x)
		if ulps := math.Abs(got-want) / (math.Nextafter(math.Abs(want), math.Inf(1)) - math.Abs(want)); ulps > 1 {
			t.Fatalf("ln(%g) = %.17g, math.Log = %.17g (%.1f ulps)", x, got, want, ulps)
		}
	}
	for _, x := range []float64{0x1p-54, 0.5, math.Sqrt2 / 2, 0.7071067811865476, 0.9, 1 - 0x1p-53, 1 - 0x1p-54, 1, 2, 10} {
		check(x)
	}
	for range 200000 {
		check((float64(r.Uint64()>>11) + 0.5) * 0x1p-53)
		check(math.Exp(-40 * r.Float64()))
	}
}

func TestExpDrawMean(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const n = 400000
	sum, sum2 := 0.0, 0.0
	for range n {
		x := expDraw(r)
		if !(x > 0) || math.IsInf(x, 0) {
			t.Fatalf("expDraw = %g", x)
		}
		sum += x
		sum2 += x * x
	}
	mean, second := sum/n, sum2/n
	if math.Abs(mean-1) > 0.01 || math.Abs(second-2) > 0.04 {
		t.Errorf("expDraw: mean %g (want 1), second moment %g (want 2)", mean, second)
	}
}

func TestT975(t *testing.T) {
	// Exact quantiles from tables (R: qt(0.975, df)).
	tests := []struct {
		df   int
		want float64
	}{
		{9, 2.262157163},
		{10, 2.228138852},
		{15, 2.131449546},
		{20, 2.085963447},
		{31, 2.039513446},
		{40, 2.021075390},
		{62, 1.998971517},
		{1 << 30, 1.959963985},
	}
	for _, tt := range tests {
		if got := t975(tt.df); math.Abs(got-tt.want) > 2e-5 {
			t.Errorf("t975(%d) = %.6f, want %.6f", tt.df, got, tt.want)
		}
	}
}

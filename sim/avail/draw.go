package avail

import (
	"math"
	"math/rand/v2"
)

// pcgStream is the second PCG word, so that avail and other packages
// seeded with the same number draw different streams.
const pcgStream = 0x617661696c2d7631 // "avail-v1"

// expDraw returns an exponentially distributed number with mean 1,
// by inversion: -ln(u) for u uniform on (0, 1). It uses ln rather than
// rand.ExpFloat64, whose rare slow paths call math.Log and math.Exp:
// those are written in assembly on amd64 and need not match the pure
// Go versions that GOOS=js GOARCH=wasm runs bit for bit.
func expDraw(r *rand.Rand) float64 {
	// 53 random bits, centred in their cell: u is in [2^-54, 1-2^-54].
	u := (float64(r.Uint64()>>11) + 0.5) * 0x1p-53
	return -ln(u)
}

// ln returns the natural logarithm of x for a positive, normal, finite
// x. It is the algorithm of the standard library's pure Go math.log
// (FreeBSD's e_log.c, error below 1 ulp), with every product that feeds
// a sum rounded explicitly so that no target may fuse them: the result
// is the same on every platform.
func ln(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01 /* 3fe62e42 fee00000 */
		ln2Lo = 1.90821492927058770002e-10 /* 3dea39ef 35793c76 */
		l1    = 6.666666666666735130e-01   /* 3FE55555 55555593 */
		l2    = 3.999999999940941908e-01   /* 3FD99999 9997FA04 */
		l3    = 2.857142874366239149e-01   /* 3FD24924 94229359 */
		l4    = 2.222219843214978396e-01   /* 3FCC71C5 1D8E78AF */
		l5    = 1.818357216161805012e-01   /* 3FC74664 96CB03DE */
		l6    = 1.531383769920937332e-01   /* 3FC39A09 D078C69F */
		l7    = 1.479819860511658591e-01   /* 3FC2F112 DF3E5244 */
	)
	// x = f1 · 2^ki with f1 in [1/√2, √2).
	const expMask = 0x7ff << 52
	bits := math.Float64bits(x)
	ki := int(bits>>52&0x7ff) - 1022
	f1 := math.Float64frombits(bits&^expMask | 1022<<52) // in [0.5, 1)
	if f1 < math.Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)

	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := float64(s2 * (l1 + float64(s4*(l3+float64(s4*(l5+float64(s4*l7)))))))
	t2 := float64(s4 * (l2 + float64(s4*(l4+float64(s4*l6)))))
	r := t1 + t2
	hfsq := float64(0.5 * f * f)
	return float64(k*ln2Hi) - ((hfsq - (float64(s*(hfsq+r)) + float64(k*ln2Lo))) - f)
}

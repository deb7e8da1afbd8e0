package game

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A flame's fan must not fold over itself: every triangle turns the same
// way, so FillRuleFillAll paints each pixel of the shape once.
func TestFlameFanDoesNotFold(t *testing.T) {
	for _, c := range []struct{ w, h float64 }{{5, 40}, {5, 8}, {12, 12}, {20, 6}, {0.5, 100}} {
		vs, is := appendFlame(nil, nil, 100, 200, c.w, c.h)
		assert.Len(t, is, 3*2*flameSegments)
		for k := 0; k < len(is); k += 3 {
			a, b, d := vs[is[k]], vs[is[k+1]], vs[is[k+2]]
			cross := (b.DstX-a.DstX)*(d.DstY-a.DstY) - (b.DstY-a.DstY)*(d.DstX-a.DstX)
			assert.Greater(t, cross, float32(0), "w %v h %v triangle %d", c.w, c.h, k/3)
		}
		tip := vs[1+flameSegments]
		assert.InDelta(t, 100, tip.DstX, 1e-4)
		assert.InDelta(t, 200-c.h, tip.DstY, 1e-4)
	}
}

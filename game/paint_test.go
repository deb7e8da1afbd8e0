package game

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"outagelab/game/ui"
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

// Shapes drawn on the batched image are queued in order, each in its own
// colour, for one call; shapes on another image are not; flush ends it.
func TestBatchQueuesShapesInOrder(t *testing.T) {
	p := newPainter(newGlyphAtlas(32, 1).white)
	dst, other := ebiten.NewImage(16, 16), ebiten.NewImage(16, 16)
	p.batchTo(dst)
	p.rect(dst, ui.Rect{X: 1, Y: 1, W: 2, H: 2}, color.RGBA{0xff, 0, 0, 0xff})
	p.rect(other, ui.Rect{X: 0, Y: 0, W: 4, H: 4}, color.White)
	p.rect(dst, ui.Rect{X: 5, Y: 5, W: 3, H: 3}, color.RGBA{0, 0, 0xff, 0xff})
	assert.Len(t, p.bvs, 8)
	assert.Equal(t, []uint16{0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7}, p.bis)
	assert.Equal(t, float32(1), p.bvs[0].ColorR)
	assert.Equal(t, float32(0), p.bvs[0].ColorB)
	assert.Equal(t, float32(5), p.bvs[4].DstX)
	assert.Equal(t, float32(1), p.bvs[4].ColorB)
	p.flush()
	assert.Empty(t, p.bvs)
	assert.Nil(t, p.batch)
	p.rect(dst, ui.Rect{X: 1, Y: 1, W: 2, H: 2}, color.White)
	assert.Empty(t, p.bvs, "after flush, shapes are drawn at once")
}

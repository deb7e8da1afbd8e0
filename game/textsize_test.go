package game

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
)

// TestNoWordsUnderTheSmallestSize draws every story step, the free view
// with the fire burning and every sandbox tab, on a phone, a laptop
// and a projector, and checks every string drawn (all go through the
// typeface's draw) is at least 12 CSS pixels on the phone and 11 on the
// others.
func TestNoWordsUnderTheSmallestSize(t *testing.T) {
	for _, vp := range []struct {
		w, h, least float64
	}{{390, 844, ui.MinTextPhoneCSS}, {320, 692, ui.MinTextPhoneCSS}, {1280, 720, ui.MinTextScreenCSS}, {1920, 1080, ui.MinTextScreenCSS}} {
		t.Run(fmt.Sprintf("%vx%v", vp.w, vp.h), func(t *testing.T) {
			g, err := New(Options{})
			require.NoError(t, err)
			g.LayoutF(vp.w, vp.h)
			scale := max(g.scale, 1)
			screen := ebiten.NewImage(int(g.w), int(g.h))
			defer screen.Deallocate()
			where, n := "", 0
			g.board.tf.drawn = func(s string, px float64, _ ui.Rect) {
				n++
				assert.GreaterOrEqual(t, px/scale, vp.least, "%s: %q at %.1f CSS px", where, s, px/scale)
			}
			frame := func(what string, acts ...ui.Action) {
				where = what
				for _, a := range acts {
					g.Do(a)
				}
				require.NoError(t, g.Update())
				g.Draw(screen)
			}
			for i := range ui.Steps() {
				frame(fmt.Sprintf("story step %d", i+1), ui.Action{Kind: ui.ActGoStep, N: i})
			}
			frame("free view", ui.Action{Kind: ui.ActExplore})
			frame("free view, 2 h into the fire", ui.Action{Kind: ui.ActStartFire}, ui.Action{Kind: ui.ActSeek, T: 7200})
			frame("sandbox", ui.Action{Kind: ui.ActSandbox})
			for tab := range len(ui.TabOrder()) {
				frame(fmt.Sprintf("sandbox tab %d", tab), ui.Action{Kind: ui.ActPress, Text: fmt.Sprintf("tab-%d", tab)})
			}
			assert.Greater(t, n, 500, "words drawn")
		})
	}
}

package game

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
)

// TestNoWordsOverlap draws every story step, the free view of every
// preset two hours into its incident and every sandbox tab, each from
// a fresh game (so every cached panel draws its words), on two phones
// and a laptop, in both languages, and checks that no two
// strings drawn overlap: every string goes through the typeface's
// draw, which reports where. Words under an opaque card drawn later
// (the fix step's choices, the data-lost card, the power-cut banner,
// sources and notes) are hidden by it, not overlapped; a string drawn
// twice in the same place is one string. The boxes are the strings'
// font size tall, so two that share 2 px or less do not touch in ink.
func TestNoWordsOverlap(t *testing.T) {
	// A game at rest slows Ebiten's loop (game/pace.go): the tests after
	// this one want it back.
	t.Cleanup(func() { ebiten.SetFPSMode(ebiten.FPSModeVsyncOn) })
	type drawn struct {
		s      string
		r      ui.Rect
		hidden bool
	}
	frames := []struct {
		name     string
		fragment string
		acts     []ui.Action
	}{}
	for i := range ui.Steps() {
		frames = append(frames, struct {
			name     string
			fragment string
			acts     []ui.Action
		}{fmt.Sprintf("step %d", i+1), "", []ui.Action{{Kind: ui.ActGoStep, N: i}}})
	}
	// The fix step with every change picked, replayed two hours in: two
	// switch-over paths on one pair of sites, one broken.
	frames = append(frames, struct {
		name     string
		fragment string
		acts     []ui.Action
	}{"step 8, the whole fix replayed", "", []ui.Action{{Kind: ui.ActGoStep, N: 7},
		{Kind: ui.ActToggleFix, N: 0}, {Kind: ui.ActToggleFix, N: 1}, {Kind: ui.ActToggleFix, N: 2}, {Kind: ui.ActToggleFix, N: 3},
		{Kind: ui.ActStartFire}, {Kind: ui.ActSeek, T: 7200}}})
	for _, id := range []string{"kakao2022", "naver2022", "ovh2021", "telegram2018", "aws2012", "nirs2025"} {
		frames = append(frames, struct {
			name     string
			fragment string
			acts     []ui.Action
		}{"free view " + id, "scenario=" + id, []ui.Action{{Kind: ui.ActStartFire}, {Kind: ui.ActSeek, T: 7200}}})
	}
	for tab := range len(ui.TabOrder()) {
		frames = append(frames, struct {
			name     string
			fragment string
			acts     []ui.Action
		}{fmt.Sprintf("sandbox tab %d", tab), "", []ui.Action{{Kind: ui.ActSandbox}, {Kind: ui.ActPress, Text: fmt.Sprintf("tab-%d", tab)}}})
	}
	for _, vp := range []struct {
		w, h    float64
		present bool
	}{{390, 844, false}, {320, 692, false}, {1280, 720, false}, {1920, 1080, true}} {
		for _, lang := range []string{"en", "ko"} {
			t.Run(fmt.Sprintf("%vx%v-%s-present=%v", vp.w, vp.h, lang, vp.present), func(t *testing.T) {
				var shared *board // the first game's typeface and painter: glyphs rasterised once
				defer func() {
					if shared != nil {
						freeImages(shared, shared.tf, nil)
					}
				}()
				for _, f := range frames {
					frag := f.fragment
					if vp.present {
						frag = strings.TrimPrefix(frag+"&present=1", "&")
					}
					g, err := New(Options{Lang: lang, Fragment: frag})
					require.NoError(t, err)
					own := g.board.tf
					if shared == nil {
						shared = g.board
					}
					g.board.tf, g.board.paint = shared.tf, shared.paint
					g.LayoutF(vp.w, vp.h)
					screen := ebiten.NewImage(int(g.w), int(g.h))
					for _, a := range f.acts {
						g.Do(a)
					}
					var got []drawn
					g.board.tf.drawn = func(s string, _ float64, r ui.Rect) {
						if s != "" {
							got = append(got, drawn{s: s, r: r})
						}
					}
					g.board.covered = func(c ui.Rect) {
						for i := range got {
							if overlaps(got[i].r, c) {
								got[i].hidden = true
							}
						}
					}
					require.NoError(t, g.Update())
					g.Draw(screen)
					screen.Deallocate()
					freeImages(g.board, own, shared.tf)
					for i, a := range got {
						for _, b := range got[i+1:] {
							if a.hidden || b.hidden || a == b {
								continue
							}
							ix := min(a.r.X+a.r.W, b.r.X+b.r.W) - max(a.r.X, b.r.X)
							iy := min(a.r.Y+a.r.H, b.r.Y+b.r.H) - max(a.r.Y, b.r.Y)
							assert.False(t, ix > 2 && iy > 2, "%s: %q at %v overlaps %q at %v", f.name, a.s, a.r, b.s, b.r)
						}
					}
				}
			})
		}
	}
}

// freeImages gives back a finished game's screen-sized layers and,
// unless it is the shared one, its own typeface's glyph pages: two
// hundred games' worth left to the collector make every later read of
// pixels (the tests after this one) crawl.
func freeImages(b *board, own, shared *typeface) {
	imgs := []*ebiten.Image{b.coastLayer, b.mapLayer.img, b.siteLayer.img, b.phoneLayer.img,
		b.captionLayer.img, b.controlsLayer.img, b.headerLayer.img}
	if own != shared {
		imgs = append(imgs, own.atlas.pages...)
	}
	for _, img := range imgs {
		if img != nil {
			img.Deallocate()
		}
	}
}

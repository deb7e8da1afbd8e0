package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/game/ui"
)

// Every app of every preset has its own drawn icon and colour, not the
// placeholder that an icon name without a picture falls back to.
func TestEveryPresetAppHasItsIcon(t *testing.T) {
	ps, err := ui.NewPresets(assets.FS, "scenarios")
	require.NoError(t, err)
	fallback := appColor("")
	for _, id := range ps.IDs() {
		scn, err := ps.Get(id)
		require.NoError(t, err)
		for _, a := range scn.Apps {
			assert.NotEqual(t, fallback, appColor(a.Icon), "%s: app %s's icon %q has no picture", id, a.ID, a.Icon)
		}
	}
}

// Every app's name is drawn whole on the phone panel of every preset,
// in both languages, on a tall phone, a laptop and a classroom's
// projector: its characters, in
// order, are among those the panel draws, and nothing is cut short with "…"
// ("KakaoTalk m…" was all a phone showed).
func TestAppNamesDrawnWhole(t *testing.T) {
	ps, err := ui.NewPresets(assets.FS, "scenarios")
	require.NoError(t, err)
	for _, vp := range []struct {
		w, h    float64
		present string
	}{{390, 844, ""}, {1280, 720, ""}, {1920, 1080, "&present=1"}} {
		for _, lang := range []string{"en", "ko"} {
			for _, id := range ps.IDs() {
				scn, err := ps.Get(id)
				require.NoError(t, err)
				g, err := New(Options{Lang: lang, Fragment: "scenario=" + id + vp.present})
				require.NoError(t, err)
				g.LayoutF(vp.w, vp.h)
				var words []string
				g.board.tf.drawn = func(s string, _ float64, r ui.Rect) {
					if g.board.layout.Phone.Contains(r.X+r.W/2, r.Y+r.H/2) {
						words = append(words, strings.Fields(s)...)
					}
				}
				screen := ebiten.NewImage(int(g.w), int(g.h))
				require.NoError(t, g.Update())
				g.Draw(screen)
				screen.Deallocate()
				drawn := strings.Join(words, "") // lines may break inside a long word
				for _, a := range scn.Apps {
					name := a.Name.In(lang)
					assert.Contains(t, drawn, strings.Join(strings.Fields(name), ""), "%s %s at %v: %q drawn whole", id, lang, vp, name)
				}
				assert.NotContains(t, drawn, "…", "%s %s at %v", id, lang, vp)
			}
		}
	}
}

package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim/report"
)

// On a phone the Compare tab is one table: every app's name drawn once
// and whole, each design's time down for it, the totals as rows, and
// at least one of the differences listed (it showed only "…and 15
// more", and names cut to "KakaoTalk me…", before).
func TestPhoneCompareIsOneTable(t *testing.T) {
	for _, lang := range []string{"en", "ko"} {
		g, err := New(Options{Lang: lang, Fragment: "sandbox"})
		require.NoError(t, err)
		g.LayoutF(390, 844)
		var drawn []string
		g.board.tf.drawn = func(s string, _ float64, _ ui.Rect) { drawn = append(drawn, s) }
		g.Do(ui.Action{Kind: ui.ActPress, Text: "tab-6"})
		screen := ebiten.NewImage(int(g.w), int(g.h))
		require.NoError(t, g.Update())
		g.Draw(screen)
		screen.Deallocate()
		all := strings.Join(drawn, "\n")
		cmp := g.app.Box().Comparison()
		require.NotNil(t, cmp)
		for _, ap := range cmp.Sides[0].Apps {
			name := ap.Name.In(lang)
			n := 0
			for _, s := range drawn {
				if s == name {
					n++
				}
			}
			assert.Equal(t, 1, n, "%s: %q drawn once, whole", lang, name)
		}
		assert.Contains(t, all, ui.Text(ui.AnCmpRowHours, report.Lang(lang)), lang)
		assert.Contains(t, all, ui.Text(ui.AnCmpChanges, report.Lang(lang)), lang)
		assert.Contains(t, all, "· ", "%s: a difference listed", lang)
	}
}

// The Nines tab's rows, drawn a few a frame once the run ends, never
// write over each other on a phone, in either language: a phone's rows
// take two lines with the short figure, and rows that do not fit are
// counted ("…and 1 more") instead of squeezed; the axis names the
// tiers' lines and its caption whole, on two lines if need be, and
// every row's figures are whole (the bar leaves them the room).
func TestNinesRowsFitAPhone(t *testing.T) {
	for _, vp := range [][2]float64{{390, 844}, {320, 692}, {1280, 720}} {
		for _, lang := range []string{"en", "ko"} {
			g, err := New(Options{Lang: lang, Fragment: "sandbox"})
			require.NoError(t, err)
			g.LayoutF(vp[0], vp[1])
			g.Do(ui.Action{Kind: ui.ActPress, Text: "tab-7"})
			require.NoError(t, g.Update())
			require.NotNil(t, g.app.Box().Nines, "the tab starts the run")
			g.app.Box().WorkNines(func() bool { return true })
			type word struct {
				s string
				r ui.Rect
			}
			seen := map[word]bool{}
			g.board.tf.drawn = func(s string, _ float64, r ui.Rect) {
				if s != "" {
					seen[word{s, r}] = true
				}
			}
			screen := ebiten.NewImage(int(g.w), int(g.h))
			for i := 0; i < 200; i++ {
				require.NoError(t, g.Update())
				g.Draw(screen)
				if !g.sandbox.ninesRowsPending() {
					break
				}
			}
			screen.Deallocate()
			var ws []word
			for w := range seen {
				ws = append(ws, w)
			}
			rows := 0
			for _, w := range ws {
				if strings.Contains(w.s, "%") {
					rows++
				}
			}
			assert.Greater(t, rows, 3, "%v %s: the rows drawn", vp, lang)
			whole := map[string]bool{"IV": false, "III": false, "II·I": false, ui.Text(ui.AnNinesTiers, report.Lang(lang)): false}
			for _, w := range ws {
				for s := range whole {
					if strings.HasSuffix(w.s, s) {
						whole[s] = true
					}
				}
			}
			for s, ok := range whole {
				assert.True(t, ok, "%v %s: the axis draws %q whole", vp, lang, s)
			}
			for _, w := range ws {
				if strings.Contains(w.s, " · ") {
					assert.False(t, strings.HasSuffix(w.s, "…"), "%v %s: the figures drawn whole: %q", vp, lang, w.s)
				}
			}
			for i, a := range ws {
				for _, b := range ws[i+1:] {
					assert.False(t, overlaps(a.r, b.r), "%v %s: %q at %v overlaps %q at %v", vp, lang, a.s, a.r, b.s, b.r)
				}
			}
		}
	}
}

// Every sandbox tab's name is drawn whole, on the smallest phone as on
// a laptop, in both languages ("Comp…" on a 320 px phone).
func TestSandboxTabNamesWhole(t *testing.T) {
	for _, vp := range [][2]float64{{320, 692}, {390, 844}, {1280, 720}} {
		for _, lang := range []string{"en", "ko"} {
			_, all := sandboxWords(t, vp, lang, 1, "")
			for _, m := range []ui.Msg{ui.SbTabSites, ui.SbTabServices, ui.SbTabIncident, ui.SbTabStart, ui.SbTabInside,
				ui.SbTabChart, ui.SbTabCompare, ui.SbTabNines, ui.SbTabBuild} {
				name := ui.Text(m, report.Lang(lang))
				assert.Contains(t, all, strings.ReplaceAll(name, " ", ""), "%v %s: tab %q whole", vp, lang, name)
			}
		}
	}
}

// Every service part in the Build tab's tray is named whole on a phone,
// in both languages, over every page of the tray ("Ops and management
// to…" in a chip of two lines). A 320 px phone's chips are too narrow
// for "Authentication" at 12 px; that needs the page buttons moved.
func TestTrayNamesWhole(t *testing.T) {
	for _, vp := range [][2]float64{{390, 844}} {
		for _, lang := range []string{"en", "ko"} {
			g, all := sandboxWords(t, vp, lang, 12, "tray-next")
			for _, c := range g.app.Box().Base.Comps {
				name := c.Name.In(lang)
				assert.True(t, strings.Contains(all, strings.ReplaceAll(name, " ", "")), "%v %s: %q whole", vp, lang, name)
			}
		}
	}
}

// sandboxWords opens the sandbox on a vp screen in lang and draws it
// frames times, pressing press (if any) after each frame; it returns the
// game and every string drawn, joined without spaces (a name wrapped
// over lines reads whole).
func sandboxWords(t *testing.T, vp [2]float64, lang string, frames int, press string) (*Game, string) {
	g, err := New(Options{Lang: lang, Fragment: "sandbox"})
	require.NoError(t, err)
	g.LayoutF(vp[0], vp[1])
	var drawn []string
	g.board.tf.drawn = func(s string, _ float64, _ ui.Rect) { drawn = append(drawn, s) }
	screen := ebiten.NewImage(int(g.w), int(g.h))
	defer screen.Deallocate()
	for range frames {
		require.NoError(t, g.Update())
		g.Draw(screen)
		if press != "" {
			g.Do(ui.Action{Kind: ui.ActPress, Text: press})
		}
	}
	return g, strings.ReplaceAll(strings.Join(drawn, ""), " ", "")
}

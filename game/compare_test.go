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

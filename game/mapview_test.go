package game

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
)

// A town's name is written only inside the panel, above the legend, and
// clear of the title and of the names written before it.
func TestLabelSpaceKeepsNamesApart(t *testing.T) {
	title := ui.Rect{X: 10, Y: 10, W: 100, H: 20}
	s := labelSpace{panel: ui.Rect{X: 0, Y: 0, W: 300, H: 200}, foot: 180, margin: 4, taken: []ui.Rect{title}}
	for _, c := range []struct {
		name string
		r    ui.Rect
		want bool
	}{
		{"clear of everything", ui.Rect{X: 150, Y: 50, W: 60, H: 14}, true},
		{"on the title", ui.Rect{X: 50, Y: 15, W: 60, H: 14}, false},
		{"within the margin of the title", ui.Rect{X: 112, Y: 15, W: 60, H: 14}, false},
		{"on the first name", ui.Rect{X: 180, Y: 60, W: 60, H: 14}, false},
		{"just clear of the first name", ui.Rect{X: 150, Y: 68, W: 60, H: 14}, true},
		{"off the panel's right edge", ui.Rect{X: 260, Y: 100, W: 60, H: 14}, false},
		{"above the panel", ui.Rect{X: 150, Y: -5, W: 60, H: 14}, false},
		{"into the legend", ui.Rect{X: 150, Y: 170, W: 60, H: 14}, false},
	} {
		assert.Equal(t, c.want, s.take(c.r), c.name)
	}
	assert.Len(t, s.taken, 3, "the title and the two names written")
}

// On the sandbox map a site's name, on whichever side of its dot it
// goes, stays clear of the ring around the picked site; at the story's
// gap the ring covers a name written to the right (as it did before).
func TestSiteNamesClearThePickRing(t *testing.T) {
	tf, err := newTypeface(uiFont(t))
	require.NoError(t, err)
	g := &board{tf: tf}
	const x, y = 300.0, 300.0
	dist := func(r ui.Rect) float64 {
		return math.Hypot(min(max(x, r.X), r.X+r.W)-x, min(max(y, r.Y), r.Y+r.H)-y)
	}
	for _, u := range []float64{8, 16, 30} {
		g.layout.Unit = u
		ring := pickRing*u + pickStroke(u)/2
		for _, id := range []string{"seoul", "anyang", "ansan", "pangyo", "chuncheon", "site-7"} {
			r := g.labelRect(id, "Data center 1", x, y, pickLabelGap, 0.78*u)
			assert.Greater(t, dist(r), ring, "%s at unit %v", id, u)
		}
		assert.Less(t, dist(g.labelRect("pangyo", "Pangyo", x, y, labelGap, 0.78*u)), ring, "unit %v", u)
	}
}

// A name that would run off the map panel goes on the other side of its
// dot (Strasbourg at the panel's right edge), and one too long for
// either side takes two lines, all inside the panel.
func TestMapNamesStayOnThePanel(t *testing.T) {
	tf, err := newTypeface(uiFont(t))
	require.NoError(t, err)
	g := &board{tf: tf}
	g.layout.Unit = 16
	g.layout.Map = ui.Rect{X: 0, Y: 0, W: 300, H: 400}
	inside := func(r ui.Rect) bool { return r.X >= 0 && r.X+r.W <= 300 }

	r, lines := g.labelLines("strasbourg", "Strasbourg", 270, 200, labelGap, 12)
	assert.Len(t, lines, 1)
	assert.True(t, inside(r), "%+v", r)
	assert.Less(t, r.X+r.W, 270.0, "written left of the dot")

	r, lines = g.labelLines("other", "Another OVHcloud region (location illustrative)", 60, 200, labelGap, 12)
	assert.Len(t, lines, 2)
	assert.True(t, inside(r), "%+v", r)
	assert.Greater(t, r.X, 60.0, "written right of the dot")
}

package ui_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/geo"
	"outagelab/game/ui"
)

// TestSandboxCloseUpHoldsEverySite checks, for random sets of data
// centers anywhere in South Korea and on a laptop, a phone and a small
// phone, that the sandbox's close-up puts every site on the map, clear
// of the map's corner button, and a finger's width from the panel's
// sides, so that each can be picked and dragged.
func TestSandboxCloseUpHoldsEverySite(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 19))
	k := ui.KoreaBox
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}, {320, 692}} {
		for _, tab := range []ui.Tab{ui.TabBuild, ui.TabSites} {
			for range 300 {
				pts := make([]geo.Point, 1+rng.IntN(6))
				for i := range pts {
					// Near the capital half the time, where sites crowd.
					if rng.IntN(2) == 0 {
						pts[i] = geo.Point{Lon: 126.7 + 0.6*rng.Float64(), Lat: 37.2 + 0.5*rng.Float64()}
						continue
					}
					pts[i] = geo.Point{Lon: k.MinLon + 0.3 + (k.MaxLon-k.MinLon-0.6)*rng.Float64(), Lat: k.MinLat + 0.3 + (k.MaxLat-k.MinLat-0.6)*rng.Float64()}
				}
				l := ui.ComputeSandbox(vp.w, vp.h, 1, tab)
				l.FitSandboxMap(pts)
				pr := l.MapProjection()
				in := l.MapInner()
				btn := l.MapZoomButton()
				for _, p := range pts {
					x, y := pr.Project(p.Lon, p.Lat)
					require.True(t, in.Contains(x, y), "%v %v: %v at %.0f,%.0f outside %v (box %v)", vp, tab, p, x, y, in, l.MapBox)
					require.False(t, btn.Contains(x, y), "%v %v: %v under the zoom button %v (box %v)", vp, tab, p, btn, l.MapBox)
				}
			}
		}
	}
}

// TestMapZoomButton builds a second data center in Ansan, 20 km from
// Pangyo, by dragging, and checks that the close-up the sandbox opens
// on keeps the two a finger apart, that the zoom button shows all of
// Korea (where the two would crowd) and back, saying so, and that the
// button changes no design.
func TestMapZoomButton(t *testing.T) {
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}} {
		a := buildApp(t, vp.w, vp.h)
		sb := a.Box()
		pr := a.Layout().MapProjection()
		x1, y1 := pr.Project(126.8309, 37.3219) // Ansan
		x0, y0 := centre(partRect(t, a, "part-site"))
		drag(a, x0, y0, x1, y1)
		require.Len(t, sb.D.Sites, 2, "%v: a data center dropped on Ansan", vp)
		apart := func() float64 {
			ax, ay := centre(widgetRect(t, a, "map-site-0"))
			bx, by := centre(widgetRect(t, a, "map-site-1"))
			return math.Hypot(ax-bx, ay-by)
		}
		near := apart()
		assert.GreaterOrEqual(t, near, 60.0, "%v: Pangyo and Ansan apart in the close-up", vp)
		link := sb.Link()
		press(t, a, "map-zoom")
		assert.True(t, sb.MapWide)
		wide := apart()
		assert.Less(t, wide, near/2, "%v: all of Korea shows the two closer", vp)
		note, _ := a.Sandbox().Note()
		assert.Contains(t, note, "all of South Korea")
		press(t, a, "map-zoom")
		assert.False(t, sb.MapWide)
		assert.InDelta(t, near, apart(), 0.5, "%v: back to the close-up", vp)
		assert.Equal(t, link, sb.Link(), "%v: zooming is no edit", vp)
	}
}

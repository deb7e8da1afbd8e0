package ui_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/geo"
	"outagelab/game/ui"
	"outagelab/sim"
)

// TestPhoneMapKeepsSitesApart checks the phone's close-up map on every
// preset and phone size: each data center on a shipped map (Korea's,
// Europe's for OVHcloud and Telegram, the eastern United States' for
// AWS) is on the panel, one no map holds (Telegram's elsewhere) is
// named instead, and
// any two dots are at least a finger's 44 CSS pixels apart, with tap
// targets at least as wide, so a finger picks the one it means. Over the whole capital region, as before the close-up, Anyang
// and Pangyo were 4 pixels apart.
func TestPhoneMapKeepsSitesApart(t *testing.T) {
	ps := presets(t)
	for _, size := range [][2]float64{{390, 844}, {414, 896}, {360, 800}, {375, 667}} {
		l := ui.Compute(size[0], size[1], 1)
		require.True(t, l.Portrait)
		for _, id := range ps.IDs() {
			scn, err := ps.Get(id)
			require.NoError(t, err)
			l.FitMap(scn.Sites)
			var on []ui.Rect
			for _, st := range scn.Sites {
				r, ok := l.SiteTarget(st)
				if !onAMap(st) {
					assert.False(t, ok, "%s %s is on no map: named, not placed", id, st.ID)
					continue
				}
				if !assert.True(t, ok, "%s: %s is on the map at %v", id, st.ID, size) {
					continue
				}
				assert.GreaterOrEqual(t, r.W, 44.0, "%s %s at %v", id, st.ID, size)
				for _, o := range on {
					d := math.Hypot(r.X-o.X, r.Y-o.Y)
					assert.GreaterOrEqual(t, d, 44.0, "%s: %s and a neighbour %.0f px apart at %v", id, st.ID, d, size)
				}
				on = append(on, r)
			}
		}
	}
}

// TestLaptopMapClosesInOnTwoSites checks the laptop's story map: a
// close-up where there are data centers to draw lines between (Anyang
// and Pangyo then far enough apart for the lines' labels; Strasbourg and
// OVHcloud's other region on the map of Europe, AWS's two zones in
// Northern Virginia), the region's map for one alone in Korea
// (Daejeon), and that
// FitMap leaves the sandbox's map to its own close-up (SandboxCloseUp).
func TestLaptopMapClosesInOnTwoSites(t *testing.T) {
	ps := presets(t)
	for _, tt := range []struct {
		id    string
		close bool
	}{{"kakao2022", true}, {"naver2022", true}, {"nirs2025", false}, {"ovh2021", true}, {"aws2012", true}} {
		scn, err := ps.Get(tt.id)
		require.NoError(t, err)
		l := ui.Compute(1280, 720, 1)
		l.FitMap(scn.Sites)
		assert.Equal(t, tt.close, l.MapBox != (ui.Layout{}).MapBox, tt.id)
		if tt.id == "kakao2022" {
			a, _ := l.SiteTarget(scn.Sites[1])
			p, _ := l.SiteTarget(scn.Sites[0])
			assert.Greater(t, math.Abs(a.X-p.X), 80.0, "Anyang and Pangyo apart on a laptop")
		}
		sb := ui.ComputeSandbox(1280, 720, 1, 0)
		sb.FitMap(scn.Sites)
		assert.Equal(t, (ui.Layout{}).MapBox, sb.MapBox, "the sandbox keeps Korea: %s", tt.id)
	}
}

// onAMap reports whether a shipped map holds st.
func onAMap(st sim.Site) bool {
	for _, m := range []geo.Map{geo.Korea(), geo.Europe(), geo.USEast()} {
		b := m.Bounds()
		if st.Lon >= b.MinLon && st.Lon <= b.MaxLon && st.Lat >= b.MinLat && st.Lat <= b.MaxLat {
			return true
		}
	}
	return false
}

// Each preset is drawn on its own map: OVHcloud's and Telegram's on
// Europe's, AWS's on the eastern United States', the others on Korea's,
// and the map's box holds the sites it has, with Strasbourg and
// OVHcloud's other region, and AWS's two zones, a good way apart on
// every screen.
func TestEachPresetOnItsOwnMap(t *testing.T) {
	ps := presets(t)
	for _, id := range ps.IDs() {
		scn, err := ps.Get(id)
		require.NoError(t, err)
		for _, size := range [][2]float64{{1280, 720}, {390, 844}, {1920, 1080}} {
			l := ui.Compute(size[0], size[1], 1)
			l.FitMap(scn.Sites)
			_, europe := l.Geo().Region("FR")
			assert.Equal(t, id == "ovh2021" || id == "telegram2018", europe, "%s at %v", id, size)
			_, virginia := l.Geo().Region("VA")
			assert.Equal(t, id == "aws2012", virginia, "%s at %v", id, size)
			if id != "ovh2021" && id != "aws2012" {
				continue
			}
			s, ok1 := l.SiteTarget(scn.Sites[0])
			o, ok2 := l.SiteTarget(scn.Sites[1])
			require.True(t, ok1 && ok2, "both %s sites on the map at %v", id, size)
			assert.Greater(t, math.Hypot(s.X-o.X, s.Y-o.Y), 60.0, "at %v", size)
		}
	}
}

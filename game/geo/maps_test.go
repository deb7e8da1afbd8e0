package geo_test

import (
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/geo"
	"outagelab/game/internal/golit"
)

// update rewrites the baked maps from the shipped files.
var update = flag.Bool("update", false, "rewrite *_baked.go from assets/map/*.json")

// bakeCmd rewrites the baked maps; it heads the generated files.
const bakeCmd = "go test ./game/geo -run TestMapsAreBaked -update"

// The maps compiled into the program are the shipped files', as Parse
// reads them, packed without loss, and each *_baked.go is exactly what
// the generator writes.
func TestMapsAreBakedFromTheAssets(t *testing.T) {
	for _, m := range []struct {
		name  string
		baked geo.Map
	}{{"korea", geo.Korea()}, {"europe", geo.Europe()}, {"useast", geo.USEast()}} {
		t.Run(m.name, func(t *testing.T) {
			want := loadMap(t, "../../assets/map/"+m.name+".json")
			packed, exact := geo.Pack(want)
			require.True(t, exact, "every point a whole thousandth of a degree")
			src, err := golit.File(bakeCmd, "geo", "outagelab/game/geo", []string{m.name + "Packed"}, map[string]any{m.name + "Packed": packed})
			require.NoError(t, err)
			require.NoError(t, golit.Match(m.name+"_baked.go", src, *update, bakeCmd))
			if !*update {
				assert.Equal(t, want, m.baked, "the baked map is stale: run "+bakeCmd)
			}
		})
	}
}

// For picks the map that holds a preset's sites: Korea for Kakao's,
// Europe for OVHcloud's (Strasbourg and Roubaix) and for Telegram's
// (Amsterdam, and Singapore which no map holds), the eastern United
// States for AWS's (Northern Virginia), and Korea, with nothing on it,
// for sites no map holds.
func TestForPicksTheMapOfTheSites(t *testing.T) {
	pangyo, anyang := geo.Point{Lon: 127.103, Lat: 37.4005}, geo.Point{Lon: 126.95, Lat: 37.39}
	strasbourg, roubaix := geo.Point{Lon: 7.7966, Lat: 48.5856}, geo.Point{Lon: 3.1746, Lat: 50.6942}
	amsterdam, singapore := geo.Point{Lon: 4.9041, Lat: 52.3676}, geo.Point{Lon: 103.8198, Lat: 1.3521}
	virginia := geo.Point{Lon: -77.4874, Lat: 39.0438}
	for _, tt := range []struct {
		name   string
		points []geo.Point
		want   geo.Map
		on     bool
	}{
		{"kakao", []geo.Point{pangyo, anyang}, geo.Korea(), true},
		{"ovh", []geo.Point{strasbourg, roubaix}, geo.Europe(), true},
		{"telegram", []geo.Point{amsterdam, singapore}, geo.Europe(), true},
		{"aws", []geo.Point{virginia}, geo.USEast(), true},
		{"singapore", []geo.Point{singapore}, geo.Korea(), false},
		{"none", nil, geo.Korea(), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, on := geo.For(tt.points)
			assert.Equal(t, tt.want.Source, m.Source)
			assert.Equal(t, tt.on, on)
		})
	}
}

// loadMap parses a shipped map or fails the test.
func loadMap(t testing.TB, path string) geo.Map {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	m, err := geo.Parse(data)
	require.NoError(t, err)
	return m
}

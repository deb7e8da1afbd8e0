package geo_test

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"outagelab/game/geo"
)

// FuzzParse checks that Parse never panics and that whatever it accepts
// keeps its promises: rings of three or more valid points, finite
// projections, and an identical map after a JSON round trip.
//
//	go test ./game/geo -run='^$' -fuzz=FuzzParse -fuzztime=30s
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile(koreaPath); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"regions":[{"id":"A","rings":[[[0,0],[1,0],[1,1],[0,0]]]}],"places":[{"id":"p","kind":"city","lon":0.5,"lat":0.2}]}`))
	f.Add([]byte(`{"regions":[{"id":"A","rings":[[[0,0],[1,1]]]}]}`))
	f.Add([]byte(`{"regions":[{"id":"A","rings":[[[1e308,-1e308],[1,0],[1,1]]]}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := geo.Parse(data)
		if err != nil {
			return
		}
		p := geo.NewProjection(m.Bounds(), geo.Rect{MaxX: 640, MaxY: 480})
		for _, r := range m.Regions {
			for _, ring := range r.Rings {
				if len(ring) < 3 {
					t.Fatalf("ring of %d points accepted", len(ring))
				}
				for _, pt := range ring {
					if math.Abs(pt.Lon) > 180 || math.Abs(pt.Lat) > 90 {
						t.Fatalf("point %v accepted", pt)
					}
					x, y := p.Project(pt.Lon, pt.Lat)
					if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
						t.Fatalf("point %v projects to %g, %g", pt, x, y)
					}
				}
			}
		}
		again, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if _, err := geo.Parse(again); err != nil {
			t.Fatalf("accepted map does not parse again: %v", err)
		}
	})
}

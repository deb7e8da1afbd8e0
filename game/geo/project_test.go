package geo_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"outagelab/game/geo"
)

func TestProjectFitsAndKeepsAspect(t *testing.T) {
	// A box 2° of longitude by 1° of latitude at the equator is twice as
	// wide as tall, so in a square screen it fills the width and is centred
	// vertically.
	p := geo.NewProjection(geo.Box{MinLon: 10, MinLat: -0.5, MaxLon: 12, MaxLat: 0.5}, geo.Rect{MaxX: 200, MaxY: 200})
	tests := []struct {
		name     string
		lon, lat float64
		x, y     float64
	}{
		{"centre", 11, 0, 100, 100},
		{"north-west corner", 10, 0.5, 0, 50},
		{"south-east corner", 12, -0.5, 200, 150},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := p.Project(tt.lon, tt.lat)
			assert.InDelta(t, tt.x, x, 1e-3, "x")
			assert.InDelta(t, tt.y, y, 1e-3, "y")
		})
	}
}

func TestProjectShrinksLongitudeByLatitude(t *testing.T) {
	// At 60°N a degree of longitude is half a degree of latitude long.
	p := geo.NewProjection(geo.Box{MinLon: 0, MinLat: 59, MaxLon: 2, MaxLat: 61}, geo.Rect{MaxX: 1000, MaxY: 1000})
	x0, y0 := p.Project(0, 60)
	x1, _ := p.Project(1, 60)
	_, y1 := p.Project(0, 61)
	assert.InDelta(t, 0.5, (x1-x0)/(y0-y1), 1e-9)
}

func TestProjectEmptyBox(t *testing.T) {
	p := geo.NewProjection(geo.Box{MinLon: 5, MinLat: 5, MaxLon: 5, MaxLat: 5}, geo.Rect{MinX: 10, MinY: 20, MaxX: 30, MaxY: 60})
	x, y := p.Project(100, -40)
	assert.Equal(t, 20.0, x)
	assert.Equal(t, 40.0, y)
}

func TestProjectKorea(t *testing.T) {
	m := loadKorea(t)
	screen := geo.Rect{MinX: 40, MinY: 20, MaxX: 1240, MaxY: 700}
	p := geo.NewProjection(m.Bounds(), screen)
	at := func(id string) (float64, float64) {
		pl := place(t, m, id)
		return p.Project(pl.Lon, pl.Lat)
	}

	// Every ring point lands inside the screen rectangle, and the map
	// touches two opposite sides of it.
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, r := range m.Regions {
		for _, ring := range r.Rings {
			for _, pt := range ring {
				x, y := p.Project(pt.Lon, pt.Lat)
				minX, maxX = math.Min(minX, x), math.Max(maxX, x)
				minY, maxY = math.Min(minY, y), math.Max(maxY, y)
			}
		}
	}
	const eps = 1e-6
	assert.GreaterOrEqual(t, minX, screen.MinX-eps)
	assert.LessOrEqual(t, maxX, screen.MaxX+eps)
	assert.GreaterOrEqual(t, minY, screen.MinY-eps)
	assert.LessOrEqual(t, maxY, screen.MaxY+eps)
	assert.True(t, math.Abs(minY-screen.MinY) < eps && math.Abs(maxY-screen.MaxY) < eps,
		"the tall peninsula should fill a wide screen's height")

	sx, sy := at("seoul")
	dx, dy := at("daejeon")
	assert.Less(t, sx, dx, "Seoul is west of Daejeon")
	assert.Less(t, sy, dy, "Seoul is north of Daejeon")

	cx, _ := at("chuncheon")
	assert.Greater(t, cx, sx, "Chuncheon is east of Seoul")

	kr, _ := m.Region("KR")
	var jeju geo.Ring
	for _, ring := range kr.Rings {
		if ring.Contains(geo.Point{Lon: 126.53, Lat: 33.45}) {
			jeju = ring
		}
	}
	if assert.NotNil(t, jeju, "no ring holds Jeju city") {
		for _, pt := range jeju {
			_, y := p.Project(pt.Lon, pt.Lat)
			assert.Greater(t, y, dy, "Jeju is south of Daejeon")
		}
	}
}

// TestUnprojectInvertsProject checks the round trip on a grid of points.
func TestUnprojectInvertsProject(t *testing.T) {
	p := geo.NewProjection(geo.Box{MinLon: 125.8, MinLat: 34.2, MaxLon: 129.8, MaxLat: 38.7}, geo.Rect{MinX: 10, MinY: 20, MaxX: 410, MaxY: 620})
	for lon := 125.8; lon <= 129.8; lon += 0.5 {
		for lat := 34.2; lat <= 38.7; lat += 0.5 {
			x, y := p.Project(lon, lat)
			glon, glat := p.Unproject(x, y)
			if math.Abs(glon-lon) > 1e-9 || math.Abs(glat-lat) > 1e-9 {
				t.Fatalf("Unproject(Project(%v, %v)) = %v, %v", lon, lat, glon, glat)
			}
		}
	}
}

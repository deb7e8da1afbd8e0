package geo

import "math"

// Box is a range of longitudes and latitudes, in degrees.
type Box struct {
	MinLon, MinLat, MaxLon, MaxLat float64
}

// Rect is an area of the screen, in pixels, with y growing downwards.
type Rect struct {
	MinX, MinY, MaxX, MaxY float64
}

// Bounds returns the smallest box holding every ring point and place of
// the map.
func (m Map) Bounds() Box {
	b := Box{MinLon: math.Inf(1), MinLat: math.Inf(1), MaxLon: math.Inf(-1), MaxLat: math.Inf(-1)}
	add := func(p Point) {
		b.MinLon = math.Min(b.MinLon, p.Lon)
		b.MaxLon = math.Max(b.MaxLon, p.Lon)
		b.MinLat = math.Min(b.MinLat, p.Lat)
		b.MaxLat = math.Max(b.MaxLat, p.Lat)
	}
	for _, r := range m.Regions {
		for _, ring := range r.Rings {
			for _, p := range ring {
				add(p)
			}
		}
	}
	for _, p := range m.Places {
		add(p.Point())
	}
	return b
}

// Projection maps degrees to pixels with an equirectangular projection
// whose longitudes are shrunk by the cosine of the box's middle latitude,
// so shapes at that latitude keep their proportions. The box is scaled to
// fit the screen rectangle without distortion and centred in it.
type Projection struct {
	lon0, lat0 float64 // centre of the box, in degrees
	x0, y0     float64 // centre of the rectangle, in pixels
	kx, ky     float64 // pixels per degree of longitude and of latitude
}

// NewProjection returns the projection that fits box into screen. A box or
// rectangle of zero width or height gives a projection that maps every
// point to the rectangle's centre.
func NewProjection(box Box, screen Rect) Projection {
	lat0 := (box.MinLat + box.MaxLat) / 2
	shrink := math.Cos(lat0 * math.Pi / 180)
	w := (box.MaxLon - box.MinLon) * shrink
	h := box.MaxLat - box.MinLat
	scale := 0.0
	if w > 0 && h > 0 {
		scale = math.Min((screen.MaxX-screen.MinX)/w, (screen.MaxY-screen.MinY)/h)
		scale = math.Max(scale, 0)
	}
	return Projection{
		lon0: (box.MinLon + box.MaxLon) / 2,
		lat0: lat0,
		x0:   (screen.MinX + screen.MaxX) / 2,
		y0:   (screen.MinY + screen.MaxY) / 2,
		kx:   scale * shrink,
		ky:   scale,
	}
}

// Project returns the screen position, in pixels, of the point at lon, lat
// degrees. North is up: a larger latitude gives a smaller y.
func (p Projection) Project(lon, lat float64) (x, y float64) {
	return p.x0 + (lon-p.lon0)*p.kx, p.y0 - (lat-p.lat0)*p.ky
}

// Unproject returns the point, in degrees, that Project puts at screen
// position x, y; a degenerate projection returns its centre.
func (p Projection) Unproject(x, y float64) (lon, lat float64) {
	if p.kx == 0 || p.ky == 0 {
		return p.lon0, p.lat0
	}
	return p.lon0 + (x-p.x0)/p.kx, p.lat0 - (y-p.y0)/p.ky
}

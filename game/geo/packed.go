package geo

import (
	"math"
	"sync"
)

// packedMap is a map as the program compiles it in: every point in
// whole thousandths of a degree (the shipped maps are rounded to them),
// longitude and latitude interleaved, each point after a ring's first
// as the step from the one before. That is a quarter of the bytes of
// float64 points, and a quarter again once compressed for the browser.
type packedMap struct {
	Source  string
	Regions []packedRegion
	Places  []Place
}

// packedRegion is a Region whose rings are packed.
type packedRegion struct {
	ID, Name, NameKo string
	Rings            [][]int32
}

// milli is how many packed units make a degree.
const milli = 1000

// pack returns m packed, and whether every point survives the packing
// exactly (is a whole thousandth of a degree).
func pack(m Map) (packedMap, bool) {
	p := packedMap{Source: m.Source, Places: m.Places}
	exact := true
	for _, r := range m.Regions {
		pr := packedRegion{ID: r.ID, Name: r.Name, NameKo: r.NameKo}
		for _, ring := range r.Rings {
			q := make([]int32, 0, 2*len(ring))
			var lon0, lat0 int32
			for _, pt := range ring {
				lon, lat := int32(math.Round(pt.Lon*milli)), int32(math.Round(pt.Lat*milli))
				exact = exact && float64(lon)/milli == pt.Lon && float64(lat)/milli == pt.Lat
				q = append(q, lon-lon0, lat-lat0)
				lon0, lat0 = lon, lat
			}
			pr.Rings = append(pr.Rings, q)
		}
		p.Regions = append(p.Regions, pr)
	}
	return p, exact
}

// unpack returns the map p packs.
func (p packedMap) unpack() Map {
	m := Map{Source: p.Source, Places: p.Places, Regions: make([]Region, len(p.Regions))}
	for i, pr := range p.Regions {
		r := Region{ID: pr.ID, Name: pr.Name, NameKo: pr.NameKo, Rings: make([]Ring, len(pr.Rings))}
		for j, q := range pr.Rings {
			ring := make(Ring, len(q)/2)
			var lon, lat int32
			for k := range ring {
				lon, lat = lon+q[2*k], lat+q[2*k+1]
				ring[k] = Point{Lon: float64(lon) / milli, Lat: float64(lat) / milli}
			}
			r.Rings[j] = ring
		}
		m.Regions[i] = r
	}
	return m
}

// The maps, unpacked on first use.
var (
	koreaMap  = sync.OnceValue(func() Map { return koreaPacked.unpack() })
	europeMap = sync.OnceValue(func() Map { return europePacked.unpack() })
	useastMap = sync.OnceValue(func() Map { return useastPacked.unpack() })
)

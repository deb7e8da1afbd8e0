package geo

import (
	"encoding/binary"
	"math"
	"sync"
)

// packedMap is a map as the program compiles it in: every point in
// whole thousandths of a degree (the shipped maps are rounded to them),
// longitude and latitude interleaved, each point after a ring's first
// as the step from the one before, each number a zigzag varint
// (encoding/binary's) in the ring's string. The steps are small, so
// most take one or two bytes: a string is about a sixth of the bytes of
// the same numbers as int32s, and compiles to plain data.
type packedMap struct {
	Source  string
	Regions []packedRegion
	Places  []Place
}

// packedRegion is a Region whose rings are packed.
type packedRegion struct {
	ID, Name, NameKo string
	Rings            []string
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
			var q []byte
			var lon0, lat0 int64
			for _, pt := range ring {
				lon, lat := int64(math.Round(pt.Lon*milli)), int64(math.Round(pt.Lat*milli))
				exact = exact && float64(lon)/milli == pt.Lon && float64(lat)/milli == pt.Lat
				q = binary.AppendVarint(binary.AppendVarint(q, lon-lon0), lat-lat0)
				lon0, lat0 = lon, lat
			}
			pr.Rings = append(pr.Rings, string(q))
		}
		p.Regions = append(p.Regions, pr)
	}
	return p, exact
}

// unpack returns the map p packs. The strings are the program's own
// (pack wrote them), so a malformed number cannot occur; one would end
// its ring.
func (p packedMap) unpack() Map {
	m := Map{Source: p.Source, Places: p.Places, Regions: make([]Region, len(p.Regions))}
	for i, pr := range p.Regions {
		r := Region{ID: pr.ID, Name: pr.Name, NameKo: pr.NameKo, Rings: make([]Ring, len(pr.Rings))}
		for j, q := range pr.Rings {
			var ring Ring
			var lon, lat int64
			for b := []byte(q); len(b) > 0; {
				dlon, n := binary.Varint(b)
				if n <= 0 {
					break
				}
				dlat, k := binary.Varint(b[n:])
				if k <= 0 {
					break
				}
				b = b[n+k:]
				lon, lat = lon+dlon, lat+dlat
				ring = append(ring, Point{Lon: float64(lon) / milli, Lat: float64(lat) / milli})
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

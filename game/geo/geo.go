// Package geo holds the maps the game draws (the Korean peninsula, and
// north-west Europe and the eastern United States for the outages
// abroad):
// country outlines as rings of longitude/latitude points, named places, and
// the projection from degrees to screen pixels. It imports no graphics
// package, so it is tested without a display.
package geo

// Point is a position in degrees: Lon east of Greenwich, Lat north of the
// equator. In JSON it is the pair [lon, lat].
type Point struct {
	Lon, Lat float64
}

// Ring is a closed outline of at least three points. The last point joins
// back to the first; it is not repeated.
type Ring []Point

// Region is one country's outline: its largest ring first (the mainland),
// then islands.
type Region struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameKo string `json:"nameKo"`
	Rings  []Ring `json:"rings"`
}

// Place is a named point on the map, such as a city or a data center.
type Place struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameKo string `json:"nameKo"`
	// Kind is "city" or "datacenter".
	Kind string  `json:"kind"`
	Note string  `json:"note,omitempty"`
	Lon  float64 `json:"lon"`
	Lat  float64 `json:"lat"`
}

// Point returns the place's position.
func (p Place) Point() Point {
	return Point{Lon: p.Lon, Lat: p.Lat}
}

// Map is the parsed content of a map file, such as assets/map/korea.json.
type Map struct {
	// Source says where the outlines come from.
	Source  string   `json:"source"`
	Regions []Region `json:"regions"`
	Places  []Place  `json:"places"`
}

// Region returns the region with the given id and reports whether it exists.
func (m Map) Region(id string) (Region, bool) {
	for _, r := range m.Regions {
		if r.ID == id {
			return r, true
		}
	}
	return Region{}, false
}

// Place returns the place with the given id and reports whether it exists.
func (m Map) Place(id string) (Place, bool) {
	for _, p := range m.Places {
		if p.ID == id {
			return p, true
		}
	}
	return Place{}, false
}

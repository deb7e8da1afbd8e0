package geo

// Contains reports whether p lies inside the ring, by the even-odd rule.
// Points exactly on an edge may count either way.
func (r Ring) Contains(p Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a.Lat > p.Lat) != (b.Lat > p.Lat) &&
			p.Lon < (b.Lon-a.Lon)*(p.Lat-a.Lat)/(b.Lat-a.Lat)+a.Lon {
			in = !in
		}
	}
	return in
}

// Contains reports whether p lies inside any of the region's rings.
func (g Region) Contains(p Point) bool {
	for _, r := range g.Rings {
		if r.Contains(p) {
			return true
		}
	}
	return false
}

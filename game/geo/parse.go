package geo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Place kinds accepted by Parse.
const (
	KindCity       = "city"
	KindDataCenter = "datacenter"
)

// Parse decodes a map from JSON and checks it: at least one region, every
// id present and unique, every ring of at least three points, every
// coordinate within ±180° longitude and ±90° latitude, and every place of a
// known kind. A ring whose last point repeats its first has the repeat
// dropped. Unknown fields are errors, so a misspelt key is not silently
// ignored.
func Parse(data []byte) (Map, error) {
	var m Map
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return Map{}, fmt.Errorf("geo: parse map: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Map{}, errors.New("geo: parse map: data after the JSON object")
	}
	if err := m.check(); err != nil {
		return Map{}, err
	}
	return m, nil
}

// check validates a decoded map and drops repeated closing points.
func (m *Map) check() error {
	if len(m.Regions) == 0 {
		return errors.New("geo: map has no regions")
	}
	ids := map[string]bool{}
	for i := range m.Regions {
		r := &m.Regions[i]
		if r.ID == "" {
			return fmt.Errorf("geo: region %d has no id", i)
		}
		if ids[r.ID] {
			return fmt.Errorf("geo: region id %q used twice", r.ID)
		}
		ids[r.ID] = true
		if len(r.Rings) == 0 {
			return fmt.Errorf("geo: region %q has no rings", r.ID)
		}
		for j, ring := range r.Rings {
			if n := len(ring); n > 1 && ring[0] == ring[n-1] {
				ring = ring[:n-1]
				r.Rings[j] = ring
			}
			if n := distinct(ring); n < 3 {
				return fmt.Errorf("geo: region %q ring %d has %d distinct points, want at least 3", r.ID, j, n)
			}
			for k, p := range ring {
				if err := p.check(); err != nil {
					return fmt.Errorf("geo: region %q ring %d point %d: %w", r.ID, j, k, err)
				}
			}
		}
	}
	ids = map[string]bool{}
	for i, p := range m.Places {
		if p.ID == "" {
			return fmt.Errorf("geo: place %d has no id", i)
		}
		if ids[p.ID] {
			return fmt.Errorf("geo: place id %q used twice", p.ID)
		}
		ids[p.ID] = true
		if p.Kind != KindCity && p.Kind != KindDataCenter {
			return fmt.Errorf("geo: place %q has kind %q, want %q or %q", p.ID, p.Kind, KindCity, KindDataCenter)
		}
		if err := p.Point().check(); err != nil {
			return fmt.Errorf("geo: place %q: %w", p.ID, err)
		}
	}
	return nil
}

// distinct returns how many different points ring has: a ring of
// fewer than three encloses nothing (and dropping a repeated closing
// point again on a second parse would leave it too short).
func distinct(ring []Point) int {
	seen := map[Point]bool{}
	for _, p := range ring {
		seen[p] = true
	}
	return len(seen)
}

// check reports an error when the point lies outside the range of
// longitudes and latitudes.
func (p Point) check() error {
	if !(p.Lon >= -180 && p.Lon <= 180) || !(p.Lat >= -90 && p.Lat <= 90) {
		return fmt.Errorf("[%g, %g] is not a valid [lon, lat]", p.Lon, p.Lat)
	}
	return nil
}

// UnmarshalJSON decodes a point from the pair [lon, lat].
func (p *Point) UnmarshalJSON(data []byte) error {
	var pair []float64
	if err := json.Unmarshal(data, &pair); err != nil {
		return fmt.Errorf("geo: point %s: want [lon, lat]", data)
	}
	if len(pair) != 2 {
		return fmt.Errorf("geo: point %s: want [lon, lat], got %d numbers", data, len(pair))
	}
	p.Lon, p.Lat = pair[0], pair[1]
	return nil
}

// MarshalJSON encodes a point as the pair [lon, lat].
func (p Point) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]float64{p.Lon, p.Lat})
}

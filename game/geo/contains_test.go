package geo_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"outagelab/game/geo"
)

func TestRingContains(t *testing.T) {
	// A U shape open to the north:
	//
	//	(0,3)   (1,3)  (2,3)   (3,3)
	//	  +-----+        +-----+
	//	  |     |        |     |
	//	  |     +--------+     |
	//	  |    (1,1)   (2,1)   |
	//	  +--------------------+
	//	(0,0)                (3,0)
	u := geo.Ring{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}}
	tests := []struct {
		name string
		p    geo.Point
		want bool
	}{
		{"left arm", geo.Point{Lon: 0.5, Lat: 2.5}, true},
		{"right arm", geo.Point{Lon: 2.5, Lat: 2.5}, true},
		{"base", geo.Point{Lon: 1.5, Lat: 0.5}, true},
		{"inside the U's gap", geo.Point{Lon: 1.5, Lat: 2}, false},
		{"west", geo.Point{Lon: -1, Lat: 1}, false},
		{"east", geo.Point{Lon: 4, Lat: 1}, false},
		{"south", geo.Point{Lon: 1.5, Lat: -1}, false},
		{"north", geo.Point{Lon: 0.5, Lat: 4}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, u.Contains(tt.p))
		})
	}
}

func TestKoreaContainsPlaces(t *testing.T) {
	m := loadKorea(t)
	kr, _ := m.Region("KR")
	kp, _ := m.Region("KP")
	tests := []struct {
		name   string
		p      geo.Point
		region geo.Region
		want   bool
	}{
		{"Pangyo in South Korea", place(t, m, "pangyo").Point(), kr, true},
		{"Pangyo not in North Korea", place(t, m, "pangyo").Point(), kp, false},
		{"Seoul in South Korea", place(t, m, "seoul").Point(), kr, true},
		{"Ansan in South Korea", place(t, m, "ansan").Point(), kr, true},
		{"Anyang in South Korea", place(t, m, "anyang").Point(), kr, true},
		{"Chuncheon in South Korea", place(t, m, "chuncheon").Point(), kr, true},
		{"Daejeon in South Korea", place(t, m, "daejeon").Point(), kr, true},
		{"Jeju city on the Jeju ring", geo.Point{Lon: 126.53, Lat: 33.45}, kr, true},
		{"Pyongyang in North Korea", geo.Point{Lon: 125.75, Lat: 39.03}, kp, true},
		{"Pyongyang not in South Korea", geo.Point{Lon: 125.75, Lat: 39.03}, kr, false},
		{"Sea of Japan", geo.Point{Lon: 130.5, Lat: 37.5}, kr, false},
		{"Yellow Sea", geo.Point{Lon: 124.5, Lat: 36.0}, kr, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.region.Contains(tt.p))
		})
	}
}

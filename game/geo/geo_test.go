package geo_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"outagelab/game/geo"
)

// koreaPath is the map the game ships.
const koreaPath = "../../assets/map/korea.json"

// loadKorea parses the shipped map or fails the test.
func loadKorea(t testing.TB) geo.Map {
	t.Helper()
	return loadMap(t, koreaPath)
}

// place returns the named place of m or fails the test.
func place(t testing.TB, m geo.Map, id string) geo.Place {
	t.Helper()
	p, ok := m.Place(id)
	require.True(t, ok, "no place %q", id)
	return p
}

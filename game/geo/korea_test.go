package geo_test

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/geo"
	"outagelab/game/internal/golit"
)

// update rewrites korea_baked.go from the shipped map.
var update = flag.Bool("update", false, "rewrite korea_baked.go from assets/map/korea.json")

// bakeCmd rewrites the baked map; it heads the generated file.
const bakeCmd = "go test ./game/geo -run TestKoreaIsBaked -update"

// The map compiled into the program is the shipped file's, as Parse
// reads it, and korea_baked.go is exactly what the generator writes.
func TestKoreaIsBakedFromTheAsset(t *testing.T) {
	m := loadKorea(t)
	src, err := golit.File(bakeCmd, "geo", "outagelab/game/geo", []string{"korea"}, map[string]any{"korea": m})
	require.NoError(t, err)
	require.NoError(t, golit.Match("korea_baked.go", src, *update, bakeCmd))
	if !*update {
		assert.Equal(t, m, geo.Korea(), "the baked map is stale: run "+bakeCmd)
	}
}

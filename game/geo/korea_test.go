package geo_test

import (
	"flag"
	"os"
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
	if *update {
		require.NoError(t, os.WriteFile("korea_baked.go", src, 0o644))
		return
	}
	assert.Equal(t, m, geo.Korea(), "the baked map is stale: run "+bakeCmd)
	got, err := os.ReadFile("korea_baked.go")
	require.NoError(t, err)
	assert.Equal(t, string(src), string(got), "korea_baked.go is not what the generator writes: run "+bakeCmd)
}

package ui

import (
	"flag"
	"io/fs"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/game/internal/golit"
	"outagelab/sim"
)

// update rewrites the baked files (kakao2022_baked.go, sources_baked.go)
// from their assets.
var update = flag.Bool("update", false, "rewrite kakao2022_baked.go and sources_baked.go from their assets")

// bakeCmd rewrites the baked preset; it heads the generated file.
const bakeCmd = "go test ./game/ui -run TestKakaoIsBaked -update"

// The Kakao preset compiled into the program is the shipped file's, as
// sim.ParseScenario reads it, and kakao2022_baked.go is exactly what the
// generator writes.
func TestKakaoIsBakedFromTheAsset(t *testing.T) {
	f, err := os.Open("../../assets/scenarios/kakao2022.json")
	require.NoError(t, err)
	defer f.Close()
	s, err := sim.ParseScenario(f)
	require.NoError(t, err)
	src, err := golit.File(bakeCmd, "ui", "outagelab/game/ui", []string{"bakedKakao2022"}, map[string]any{"bakedKakao2022": *s})
	require.NoError(t, err)
	require.NoError(t, golit.Match("kakao2022_baked.go", src, *update, bakeCmd))
	if *update {
		return
	}
	assert.Equal(t, *s, bakedKakao2022, "the baked preset is stale: run "+bakeCmd)

	p, err := BuiltinPresets()
	require.NoError(t, err)
	k, err := p.Get("kakao2022")
	require.NoError(t, err)
	assert.Same(t, &bakedKakao2022, k, "the built-in presets give the baked Kakao preset")
	all, err := NewPresets(assets.FS, "scenarios")
	require.NoError(t, err)
	assert.Equal(t, all.IDs(), p.IDs(), "and list every preset, though assets.Game has no file for the baked one")
	n, err := p.Get("naver2022")
	require.NoError(t, err)
	assert.Equal(t, "naver2022", n.ID, "and parse the others")
}

// sourcesCmd rewrites the baked bibliography; it heads the generated
// file.
const sourcesCmd = "go test ./game/ui -run TestSourcesAreBaked -update"

// The bibliography compiled into the program is the shipped file's
// entries that the story cites, as ParseSources reads them, and
// sources_baked.go is exactly what the generator writes.
func TestSourcesAreBakedFromTheAsset(t *testing.T) {
	data, err := os.ReadFile("../../assets/story/sources.json")
	require.NoError(t, err)
	all, err := parseSourceList(data)
	require.NoError(t, err)
	list := cited(all)
	src, err := golit.File(sourcesCmd, "ui", "outagelab/game/ui", []string{"bakedSources"}, map[string]any{"bakedSources": list})
	require.NoError(t, err)
	require.NoError(t, golit.Match("sources_baked.go", src, *update, sourcesCmd))
	if *update {
		return
	}
	assert.Equal(t, list, bakedSources, "the baked sources are stale: run "+sourcesCmd)
	parsed, err := ParseSources(data)
	require.NoError(t, err)
	builtin := BuiltinSources()
	for _, st := range Steps() {
		for _, id := range st.Sources {
			require.Contains(t, parsed, id, "the story cites a source the fact sheet lacks")
			assert.Equal(t, parsed[id], builtin[id], "the program carries source %s as the fact sheet has it", id)
		}
	}
	assert.Less(t, len(builtin), len(parsed), "and only the cited ones")
}

// files lists every file of fsys.
func files(t *testing.T, fsys fs.FS) []string {
	var out []string
	require.NoError(t, fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return err
	}))
	return out
}

// assets.Game embeds every file assets.FS does but the baked preset's:
// its list is written out (a pattern cannot leave one file out), so
// this fails when a preset is added to the directory and not to Game.
func TestGameEmbedsEveryAssetButTheBaked(t *testing.T) {
	all := files(t, assets.FS)
	require.Contains(t, all, assets.Baked)
	var want []string
	for _, f := range all {
		if f != assets.Baked {
			want = append(want, f)
		}
	}
	assert.Equal(t, want, files(t, assets.Game))
}

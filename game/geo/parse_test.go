package geo_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/geo"
)

func TestParseKorea(t *testing.T) {
	m := loadKorea(t)

	kr, ok := m.Region("KR")
	require.True(t, ok)
	assert.Equal(t, "South Korea", kr.Name)
	_, ok = m.Region("KP")
	assert.True(t, ok)
	_, ok = m.Region("JP")
	assert.False(t, ok)

	points := 0
	for _, r := range m.Regions {
		for _, ring := range r.Rings {
			points += len(ring)
			assert.NotEqual(t, ring[0], ring[len(ring)-1], "closing point should not repeat")
		}
	}
	assert.LessOrEqual(t, points, 400, "the outline should stay small")

	for _, id := range []string{"seoul", "pangyo", "ansan", "anyang", "chuncheon", "daejeon"} {
		p := place(t, m, id)
		assert.NotEmpty(t, p.Name, id)
		assert.NotEmpty(t, p.NameKo, id)
	}
	_, ok = m.Place("busan")
	assert.False(t, ok)
}

func TestParseRoundTrip(t *testing.T) {
	m := loadKorea(t)
	data, err := json.Marshal(m)
	require.NoError(t, err)
	again, err := geo.Parse(data)
	require.NoError(t, err)
	assert.Equal(t, m, again)
}

func TestParseDropsRepeatedClosingPoint(t *testing.T) {
	m, err := geo.Parse([]byte(`{"regions":[{"id":"A","rings":[[[0,0],[1,0],[1,1],[0,0]]]}]}`))
	require.NoError(t, err)
	assert.Equal(t, geo.Ring{{0, 0}, {1, 0}, {1, 1}}, m.Regions[0].Rings[0])
}

func TestParseErrors(t *testing.T) {
	const ring = `[[0,0],[1,0],[1,1]]`
	tests := []struct {
		name string
		json string
		want string
	}{
		{"empty", ``, "geo: parse map: EOF"},
		{"not JSON", `{regions:`, "geo: parse map: invalid character"},
		{"truncated", `{"regions":[{"id":"A","rings":[`, "geo: parse map: unexpected EOF"},
		{"wrong type", `{"regions":{}}`, "geo: parse map: json: cannot unmarshal object"},
		{"unknown field", `{"region":[]}`, `geo: parse map: json: unknown field "region"`},
		{"trailing data", `{"regions":[{"id":"A","rings":[` + ring + `]}]} {}`, "geo: parse map: data after the JSON object"},
		{"no regions", `{"regions":[]}`, "geo: map has no regions"},
		{"region without id", `{"regions":[{"rings":[` + ring + `]}]}`, "geo: region 0 has no id"},
		{"duplicate region", `{"regions":[{"id":"A","rings":[` + ring + `]},{"id":"A","rings":[` + ring + `]}]}`, `geo: region id "A" used twice`},
		{"region without rings", `{"regions":[{"id":"A","rings":[]}]}`, `geo: region "A" has no rings`},
		{"short ring", `{"regions":[{"id":"A","rings":[[[0,0],[1,1]]]}]}`, `geo: region "A" ring 0 has 2 distinct points, want at least 3`},
		{"short ring after closing point", `{"regions":[{"id":"A","rings":[[[0,0],[1,1],[0,0]]]}]}`, `geo: region "A" ring 0 has 2 distinct points`},
		{"one point repeated", `{"regions":[{"id":"A","rings":[[[0,0],[0,0],[0,0],[0,0]]]}]}`, `geo: region "A" ring 0 has 1 distinct points`},
		{"point of three numbers", `{"regions":[{"id":"A","rings":[[[0,0,0],[1,0],[1,1]]]}]}`, "geo: point [0,0,0]: want [lon, lat], got 3 numbers"},
		{"point as object", `{"regions":[{"id":"A","rings":[[{"lon":0},[1,0],[1,1]]]}]}`, `geo: point {"lon":0}: want [lon, lat]`},
		{"latitude out of range", `{"regions":[{"id":"A","rings":[[[0,91],[1,0],[1,1]]]}]}`, `geo: region "A" ring 0 point 0: [0, 91] is not a valid [lon, lat]`},
		{"place without id", `{"regions":[{"id":"A","rings":[` + ring + `]}],"places":[{"kind":"city"}]}`, "geo: place 0 has no id"},
		{"duplicate place", `{"regions":[{"id":"A","rings":[` + ring + `]}],"places":[{"id":"x","kind":"city"},{"id":"x","kind":"city"}]}`, `geo: place id "x" used twice`},
		{"unknown kind", `{"regions":[{"id":"A","rings":[` + ring + `]}],"places":[{"id":"x","kind":"town"}]}`, `geo: place "x" has kind "town", want "city" or "datacenter"`},
		{"place out of range", `{"regions":[{"id":"A","rings":[` + ring + `]}],"places":[{"id":"x","kind":"city","lon":181}]}`, `geo: place "x": [181, 0] is not a valid [lon, lat]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := geo.Parse([]byte(tt.json))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

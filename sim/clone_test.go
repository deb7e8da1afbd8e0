package sim_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCloneIsDeepAndEqual checks, on every preset, that a clone equals
// its scenario and that changing any slice of the clone leaves the
// original as it was.
func TestCloneIsDeepAndEqual(t *testing.T) {
	for _, id := range presetIDs(t) {
		s := preset(t, id)
		c := s.Clone()
		require.Equal(t, s, c, id)
		before := preset(t, id)
		c.Sites[0].Compartments[0].ID = "changed"
		c.Sites[0].Zones[0].Name.En = "changed"
		if len(c.Sites[0].Zones[0].UPS) > 0 {
			c.Sites[0].Zones[0].UPS[0] = "changed"
		}
		if len(c.Sites[0].Spread) > 0 {
			c.Sites[0].Spread[0].AfterMin++
		}
		c.Groups[0].Servers++
		c.Comps[0].Groups[0] = "changed"
		for i := range c.Comps {
			if c.Comps[i].Backup != nil {
				c.Comps[i].Backup.Site = "changed"
			}
		}
		c.Apps[0].Requires[0] = "changed"
		c.Incidents[0].N++
		assert.Equal(t, before, s, "%s: the original is untouched", id)
	}
}

// BenchmarkClone measures the deep copy the sandbox makes on each edit.
func BenchmarkClone(b *testing.B) {
	s := preset(b, "kakao2022")
	b.ReportAllocs()
	for b.Loop() {
		s.Clone()
	}
}

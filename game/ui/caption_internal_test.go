package ui

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/sim"
	"outagelab/sim/report"
)

// The caption kept between frames is always the one worked out afresh:
// at every entry of the run and between, after the fire, in both
// languages, played forwards and scrubbed back.
func TestKeptCaptionIsFresh(t *testing.T) {
	p, err := NewPresets(assets.FS, "scenarios")
	require.NoError(t, err)
	a, err := NewApp(p, report.English)
	require.NoError(t, err)
	st := a.scene.stageOf()
	check := func(at string) {
		t.Helper()
		assert.Equal(t, st.captionNow(), a.CaptionText(), at)
	}
	check("before the fire")
	a.Apply(Action{Kind: ActStartFire})
	tl := st.p.Timeline()
	require.NotEmpty(t, tl)
	for _, e := range tl {
		for _, at := range []sim.Seconds{e.At, e.At + 1} {
			st.p.Seek(at)
			check(fmt.Sprintf("at %d s", at))
		}
	}
	a.sh.Lang = report.Korean
	check("in Korean")
	st.p.Seek(tl[0].At)
	check("scrubbed back")
}

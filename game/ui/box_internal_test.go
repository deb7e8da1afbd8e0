package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/sim/report"
)

// The story and the free view never need the sandbox, so opening the
// explainer does not build it (it compiles and runs a design), nor read
// the saved design from the browser's storage.
func TestStoryDoesNotMakeTheSandbox(t *testing.T) {
	p, err := NewPresets(assets.FS, "scenarios")
	require.NoError(t, err)
	a, err := NewApp(p, report.English)
	require.NoError(t, err)
	asked := false
	a.Autosaved(func() string { asked = true; return "not a design" })
	a.Goto(ParsePlace("step=2", Place{Lang: report.English}))
	a.Resize(1280, 720, 1)
	for _, k := range []Key{KeyRight, KeyEnter, KeySpace, KeyTab, KeyLeft} {
		a.Key(k, false, false)
		a.Tick()
		_ = a.Fragment()
		_ = a.State()
	}
	a.Apply(Action{Kind: ActExplore})
	a.Apply(Action{Kind: ActStartFire})
	a.Tick()
	_ = a.Fragment()
	assert.Nil(t, a.sandbox, "the sandbox was made")
	assert.False(t, asked, "the saved design was read before the sandbox opened")

	a.Apply(Action{Kind: ActSandbox})
	assert.NotNil(t, a.sandbox)
	assert.True(t, asked, "the sandbox opened without the saved design")
	assert.Equal(t, ModeSandbox, a.Mode())
}

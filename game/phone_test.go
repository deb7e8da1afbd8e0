package game

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/game/ui"
)

// Every app of every preset has its own drawn icon and colour, not the
// placeholder that an icon name without a picture falls back to.
func TestEveryPresetAppHasItsIcon(t *testing.T) {
	ps, err := ui.NewPresets(assets.FS, "scenarios")
	require.NoError(t, err)
	fallback := appColor("")
	for _, id := range ps.IDs() {
		scn, err := ps.Get(id)
		require.NoError(t, err)
		for _, a := range scn.Apps {
			assert.NotEqual(t, fallback, appColor(a.Icon), "%s: app %s's icon %q has no picture", id, a.ID, a.Icon)
		}
	}
}

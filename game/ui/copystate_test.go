package ui_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
)

// TestCopyStatesFollowTheRun copies messaging to a second site and
// burns the first: before the incident both copies are idle; two hours
// into the fire the copy in the burning building is down and the one in
// the second site serves; a part that runs in the burning site alone
// is down.
func TestCopyStatesFollowTheRun(t *testing.T) {
	a := buildApp(t, 1280, 720)
	sb := a.Box()
	press(t, a, "part-site")
	msg := slices.IndexFunc(sb.Base.Comps, func(c sim.Component) bool { return c.ID == "talk-msg" })
	pay := slices.IndexFunc(sb.Base.Comps, func(c sim.Component) bool { return c.ID == "pay" })
	require.GreaterOrEqual(t, msg, 0)
	require.GreaterOrEqual(t, pay, 0)
	press(t, a, "part-comp-"+strconv.Itoa(msg))
	require.Len(t, sb.D.Comps[msg].Sites, 2)
	states := func(c int) []ui.CopyState {
		p := a.Playback()
		return sb.CopyStates(c, p.Scenario(), p.Snapshot(), p.Fired(), nil)
	}
	assert.Equal(t, []ui.CopyState{ui.CopyIdle, ui.CopyIdle}, states(msg), "before the incident")
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	a.Apply(ui.Action{Kind: ui.ActSeek, T: 2 * sim.Hour})
	assert.Equal(t, []ui.CopyState{ui.CopyDown, ui.CopyServing}, states(msg), "the copy in the second site took over")
	assert.Equal(t, []ui.CopyState{ui.CopyDown}, states(pay), "payments ran in the burning site alone")
}

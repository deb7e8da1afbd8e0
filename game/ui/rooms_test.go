package ui_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
)

// site returns preset id's site sid.
func site(t *testing.T, id, sid string) *sim.Site {
	t.Helper()
	scn, err := presets(t).Get(id)
	require.NoError(t, err)
	i := slices.IndexFunc(scn.Sites, func(s sim.Site) bool { return s.ID == sid })
	require.GreaterOrEqual(t, i, 0, "%s has site %s", id, sid)
	return &scn.Sites[i]
}

// room returns the box of compartment cid in the cut-away.
func room(t *testing.T, st *sim.Site, cw ui.Cutaway, cid string) ui.Rect {
	t.Helper()
	k := slices.IndexFunc(st.Compartments, func(c sim.Compartment) bool { return c.ID == cid })
	require.GreaterOrEqual(t, k, 0, "%s has room %s", st.ID, cid)
	return cw.Rooms[k]
}

// The cut-away draws what the fact sheet says of Pangyo's B3: the UPS
// and cable space sat above the battery room, open to it (the model's
// spread from one to the other), so the caption's "above" is what the
// reader sees; a battery room behind a fire wall (Kakao's fixed Ansan)
// stays beside its neighbour. On every screen the rooms stay inside
// the building and the power plant's floors are drawn taller than a
// floor of halls.
func TestCutawayDrawsTheOpenRoomOverTheBatteryRoom(t *testing.T) {
	pangyo := site(t, "kakao2022", "pangyo")
	ansan := site(t, "kakao2022-fixed", "ansan")
	for _, size := range [][2]float64{{1280, 720}, {390, 844}, {1920, 1080}} {
		l := ui.Compute(size[0], size[1], 1)
		cw := l.Cutaway(pangyo)
		ups, bat := room(t, pangyo, cw, "b3-ups"), room(t, pangyo, cw, "b3-battery")
		assert.LessOrEqual(t, ups.Y+ups.H, bat.Y, "the UPS space over the battery room at %v", size)
		assert.Less(t, bat.X, ups.X+ups.W, "and over it, not beside it, at %v", size)
		assert.Less(t, ups.X, bat.X+bat.W, "at %v", size)
		assert.Greater(t, cw.FloorH(-3), cw.FloorH(1), "the plant's floor taller than a hall's at %v", size)
		for k, r := range cw.Rooms {
			assert.True(t, cw.Building.Inset(-1).Contains(r.X, r.Y) && cw.Building.Inset(-1).Contains(r.X+r.W, r.Y+r.H),
				"%s inside the building at %v", pangyo.Compartments[k].ID, size)
		}
		cw = l.Cutaway(ansan)
		bat, ups = room(t, ansan, cw, "battery"), room(t, ansan, cw, "ups-room")
		assert.Equal(t, bat.Y, ups.Y, "a walled battery room beside its neighbour at %v", size)
	}
}

// A phone's story gives the building the larger share of the height on
// the steps about the building (the fire, the UPS, the power cut) and
// the map on the steps about the copies (and the fix step's card room
// over the building, above the map), taking it from the other and
// nothing from the caption, the phone or the controls; a laptop's
// panels do not move.
func TestPhoneStepsLeanToTheirPanel(t *testing.T) {
	for _, size := range [][2]float64{{390, 844}, {360, 800}, {1280, 720}} {
		even := ui.Compute(size[0], size[1], 1)
		for i, st := range ui.Steps() {
			l := ui.Compute(size[0], size[1], 1)
			l.LeanTo(st.Lean)
			assert.Equal(t, even.Site.Y, l.Site.Y, "step %d at %v", i+1, size)
			assert.InDelta(t, even.Map.Y+even.Map.H, l.Map.Y+l.Map.H, 1e-9, "step %d at %v", i+1, size)
			assert.Equal(t, even.Phone, l.Phone, "step %d at %v", i+1, size)
			assert.Equal(t, even.Caption, l.Caption, "step %d at %v", i+1, size)
			switch {
			case !l.Portrait || st.Lean == ui.LeanEven:
				assert.InDelta(t, even.Site.H, l.Site.H, 1e-9, "step %d at %v", i+1, size)
				assert.InDelta(t, even.Map.Y, l.Map.Y, 1e-9, "step %d at %v", i+1, size)
			case st.Lean == ui.LeanSite:
				assert.Greater(t, l.Site.H, 1.2*even.Site.H, "step %d: the building larger at %v", i+1, size)
			case st.Lean == ui.LeanMap:
				assert.Greater(t, l.Map.H, 1.2*even.Map.H, "step %d: the map larger at %v", i+1, size)
			case st.Lean == ui.LeanCard:
				card := l.FixCard()
				assert.LessOrEqual(t, card.Y+card.H, l.Map.Y, "step %d: the fix card leaves the map whole at %v", i+1, size)
				assert.GreaterOrEqual(t, l.Map.H, 0.3*(even.Map.H+even.Site.H), "step %d: and the map room for its lines at %v", i+1, size)
			}
		}
	}
	leans := map[ui.Lean]bool{}
	for _, st := range ui.Steps() {
		leans[st.Lean] = true
	}
	assert.True(t, leans[ui.LeanSite] && leans[ui.LeanMap] && leans[ui.LeanCard], "some steps lean each way, and the fix step to its card")
}

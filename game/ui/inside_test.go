package ui_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/design"
)

// cutawayRoom returns where the Inside tab draws the first site's room
// of kind named name (any name: "").
func cutawayRoom(t *testing.T, a *ui.App, kind sim.CompartmentKind, name string) ui.Rect {
	t.Helper()
	st := &a.Box().Compiled.Sites[0]
	k := slices.IndexFunc(st.Compartments, func(c sim.Compartment) bool {
		return c.Kind == kind && (name == "" || c.Name.In("en") == name)
	})
	require.GreaterOrEqual(t, k, 0, "%s %s", kind, name)
	return a.Layout().Cutaway(st).Rooms[k]
}

// TestDropPartsIntoTheBuilding drags each building part of the Inside
// tab's strip into the cut-away, on a laptop and a phone, and checks
// where each goes and what is refused with a message and no change: a
// generator into its room, a battery string refused by a server hall
// and taken by the UPS room, a fire wall refused by a hall and taken by
// the battery room, the zone switch anywhere in the building, a flame
// onto a hall moving the fire there. Each is one undo step. During the
// fire, a part dropped keeps the clock where the reader was, so that
// what it changed shows at once: ninety minutes in, with the battery
// room walled off, the zone switch turns the halls' power back on.
func TestDropPartsIntoTheBuilding(t *testing.T) {
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}} {
		a := buildApp(t, vp.w, vp.h)
		sb := a.Box()
		press(t, a, "tab-4")
		require.Equal(t, ui.TabInside, sb.Tab)
		blank := sb.Link()
		room := func(kind sim.CompartmentKind, name string) ui.Rect { return cutawayRoom(t, a, kind, name) }
		put := func(id string, r ui.Rect) string {
			t.Helper()
			x0, y0 := centre(widgetRect(t, a, id))
			x1, y1 := centre(r)
			drag(a, x0, y0, x1, y1)
			assert.Equal(t, ui.TabInside, sb.Tab, "%v: the building stays on screen", vp)
			note, _ := a.Sandbox().Note()
			return note
		}
		hall := room(sim.KindHall, "Server hall 1")

		assert.Equal(t, fmt.Sprintf("Generator added to Data center 1: 1 of %d.", design.MaxGenerators), put("part-gen", room(sim.KindElectrical, "Generator room")))
		assert.Equal(t, 1, sb.D.Sites[0].Generators, "%v", vp)

		before, ups := sb.Link(), sb.D.Sites[0].UPSMin
		assert.Equal(t, "Battery strings go in the battery room or the UPS room.", put("part-ups", hall))
		assert.Equal(t, before, sb.Link(), "%v: refused, unchanged", vp)
		put("part-ups", room(sim.KindElectrical, "UPS room"))
		assert.Greater(t, sb.D.Sites[0].UPSMin, ups, "%v: more battery minutes", vp)

		// While the wall is carried, the room under it says whether it
		// goes in there.
		x0, y0 := centre(widgetRect(t, a, "part-wall"))
		a.Pointer(x0, y0, ui.PointerDown)
		for _, tt := range []struct {
			r     ui.Rect
			takes bool
		}{{hall, false}, {room(sim.KindBattery, ""), true}} {
			x, y := centre(tt.r)
			a.Pointer(x, y, ui.PointerMove)
			r, over, takes := a.Sandbox().DropRoom()
			assert.True(t, over, "%v", vp)
			assert.Equal(t, tt.r, r, "%v", vp)
			assert.Equal(t, tt.takes, takes, "%v", vp)
		}
		a.Pointer(2, 2, ui.PointerUp) // let go over nothing: no change
		assert.False(t, sb.D.Sites[0].Wall, "%v", vp)

		before = sb.Link()
		assert.Equal(t, "A fire wall closes off the battery room: drop it there.", put("part-wall", hall))
		assert.Equal(t, before, sb.Link(), "%v: refused, unchanged", vp)
		put("part-wall", room(sim.KindBattery, ""))
		assert.True(t, sb.D.Sites[0].Wall, "%v", vp)

		put("part-fire", hall)
		assert.Equal(t, design.IncFire, sb.D.Incident.Kind)
		assert.Equal(t, sb.Compiled.Sites[0].Compartments[sb.D.Incident.Room].Name.In("en"), "Server hall 1", "%v: the fire moved", vp)
		for range 4 {
			a.Apply(ui.Action{Kind: ui.ActUndo})
		}
		assert.Equal(t, blank, sb.Link(), "%v: four drops, four undo steps", vp)

		// During the fire: the clock stays where the reader was.
		press(t, a, "tab-4")
		a.Apply(ui.Action{Kind: ui.ActSeek, T: 90 * sim.Minute})
		lit := func() int {
			n := 0
			for _, z := range a.Playback().Snapshot().Sites[0].Zones {
				if z.Energized {
					n++
				}
			}
			return n
		}
		require.Equal(t, 0, lit(), "%v: the whole building cut at 90 min", vp)
		put("part-wall", room(sim.KindBattery, ""))
		assert.Equal(t, 90*sim.Minute, a.Playback().Now(), "%v: the same moment of the fire", vp)
		assert.Equal(t, 0, lit(), "%v: walled, but the whole building still cut", vp)
		put("part-zones", room(sim.KindHall, "Server hall 2"))
		assert.True(t, sb.D.Sites[0].ZoneCut, "%v", vp)
		assert.True(t, a.Playback().Fired(), "%v", vp)
		assert.Equal(t, 90*sim.Minute, a.Playback().Now(), "%v: the same moment of the fire", vp)
		assert.Positive(t, lit(), "%v: zone by zone, the halls the fire missed have power", vp)
	}
}

// TestDragPartsOutOfTheBuilding takes parts out of the cut-away by
// dragging from their room out of the building, on a laptop and a
// phone: a generator out of the generators' room, the fire wall, then
// battery minutes, out of the battery room. A drag let go inside the
// building takes nothing, a press that does not move still starts the
// fire there, and each removal is one undo step.
func TestDragPartsOutOfTheBuilding(t *testing.T) {
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}} {
		a := buildApp(t, vp.w, vp.h)
		sb := a.Box()
		press(t, a, "part-gen")
		press(t, a, "part-gen")
		press(t, a, "part-wall")
		press(t, a, "tab-4")
		require.Equal(t, ui.TabInside, sb.Tab)
		st := func() *sim.Site { return &sb.Compiled.Sites[0] }
		room := func(kind sim.CompartmentKind, name string) ui.Rect { return cutawayRoom(t, a, kind, name) }
		out := func(r ui.Rect) string {
			x, y := centre(r)
			drag(a, x, y, 2, 2)
			note, _ := a.Sandbox().Note()
			return note
		}
		gens := room(sim.KindElectrical, "Generator room")
		battery := room(sim.KindBattery, "")

		// Let go inside the building: nothing taken.
		before := sb.Link()
		x, y := centre(gens)
		hx, hy := centre(room(sim.KindHall, "Server hall 1"))
		drag(a, x, y, hx, hy)
		assert.Equal(t, before, sb.Link(), "%v", vp)

		assert.Equal(t, "Generator taken out of Data center 1: 1 left.", out(gens))
		assert.Equal(t, 1, sb.D.Sites[0].Generators, "%v", vp)
		assert.Equal(t, "The fire wall around Data center 1's battery room is gone.", out(battery))
		assert.False(t, sb.D.Sites[0].Wall, "%v", vp)
		ups := sb.D.Sites[0].UPSMin
		note := out(battery)
		left := sb.D.Sites[0].UPSMin
		assert.Less(t, left, ups, "%v", vp)
		assert.Equal(t, fmt.Sprintf("Battery taken out of Data center 1: %d minutes left.", left), note)
		assert.Equal(t, ui.TabInside, sb.Tab, "%v", vp)
		a.Apply(ui.Action{Kind: ui.ActUndo})
		assert.Equal(t, ups, sb.D.Sites[0].UPSMin, "%v: one undo step", vp)

		// A press that does not move is a tap: the fire starts there.
		press(t, a, "tab-4")
		x, y = centre(room(sim.KindHall, "Server hall 2"))
		a.Pointer(x, y, ui.PointerDown)
		a.Pointer(x, y, ui.PointerUp)
		assert.Equal(t, "Server hall 2", st().Compartments[sb.D.Incident.Room].Name.In("en"), "%v", vp)
	}
}

package ui_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/design"
	"outagelab/sim/report"
)

// buildApp returns an app in the sandbox on the blank design, on the
// Build tab it opens on, laid out for w × h.
func buildApp(t *testing.T, w, h float64) *ui.App {
	t.Helper()
	a, err := ui.NewApp(presets(t), report.English)
	require.NoError(t, err)
	a.Apply(ui.Action{Kind: ui.ActSandbox})
	require.Equal(t, ui.ModeSandbox, a.Mode())
	a.Resize(w, h, 1)
	require.Equal(t, ui.TabBuild, a.Box().Tab, "the sandbox opens on the tray")
	return a
}

// widgetRect returns where sandbox widget id is on screen.
func widgetRect(t *testing.T, a *ui.App, id string) ui.Rect {
	t.Helper()
	for _, w := range a.Sandbox().Widgets() {
		if w.ID() == id {
			return w.R
		}
	}
	require.Failf(t, "no widget", "%q", id)
	return ui.Rect{}
}

// drag presses at (x0, y0), moves in steps to (x1, y1) and lets go, as
// a finger or a mouse does.
func drag(a *ui.App, x0, y0, x1, y1 float64) {
	a.Pointer(x0, y0, ui.PointerDown)
	for i := 1; i <= 4; i++ {
		f := float64(i) / 4
		a.Pointer(x0+(x1-x0)*f, y0+(y1-y0)*f, ui.PointerMove)
	}
	a.Pointer(x1, y1, ui.PointerUp)
}

func centre(r ui.Rect) (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

// dragOnto drags tray part id onto the map's site i.
func dragOnto(t *testing.T, a *ui.App, id string, i int) {
	t.Helper()
	x0, y0 := centre(partRect(t, a, id))
	x1, y1 := centre(widgetRect(t, a, "map-site-"+strconv.Itoa(i)))
	drag(a, x0, y0, x1, y1)
}

// partRect finds part id in the tray, paging through the service
// parts.
func partRect(t *testing.T, a *ui.App, id string) ui.Rect {
	t.Helper()
	for page := range a.Box().TrayPages(a.Layout()) {
		a.Box().TrayPage = page
		for _, w := range a.Sandbox().Widgets() {
			if w.ID() == id {
				return w.R
			}
		}
	}
	require.Failf(t, "no part", "%q", id)
	return ui.Rect{}
}

// fixedComps are the parts of Kakao's fix that a second site must run
// (fact sheet: the ops tools, failover, keys, login and messaging), and
// fixedModes how a copy dragged there runs: the switch-over tools in
// both sites at once, the rest switched over by them.
var (
	fixedComps = []int{0, 1, 2, 3, 4}
	fixedModes = []sim.Mode{sim.ModeActive, sim.ModeActive, sim.ModeAuto, sim.ModeAuto, sim.ModeAuto}
)

// TestBuildKakaosFixByDragging builds a second site and copies of the
// fix's service parts in it by dragging alone, on a laptop and a phone,
// and checks that the design, and so the outcome, is the one the form
// builds, and that messaging survives the fire in the first site.
func TestBuildKakaosFixByDragging(t *testing.T) {
	form := sandboxApp(t, 1280, 720)
	press(t, form, "site-add")
	press(t, form, "tab-1")
	for k, c := range fixedComps {
		press(t, form, "comp-"+strconv.Itoa(c)+"-site-1")
		for form.Box().D.Comps[c].Mode != fixedModes[k] {
			press(t, form, "comp-"+strconv.Itoa(c)+"-mode")
		}
	}
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}, {320, 692}} {
		a := buildApp(t, vp.w, vp.h)
		mx, my := centre(widgetRect(t, a, "map-site-0"))
		in := a.Layout().MapInner()
		x1, y1 := min(mx+0.2*in.W, in.X+in.W-10), min(my+0.3*in.H, in.Y+in.H-10)
		x0, y0 := centre(partRect(t, a, "part-site"))
		drag(a, x0, y0, x1, y1)
		require.Len(t, a.Box().D.Sites, 2, "%v: the data center dropped on the map at %v,%v in %v: %s", vp, x1, y1, in, fmt.Sprint(a.Sandbox().Note()))
		for _, c := range fixedComps {
			dragOnto(t, a, "part-comp-"+strconv.Itoa(c), 1)
		}
		got, want := a.Box().D, form.Box().D
		for _, c := range fixedComps {
			assert.Equal(t, want.Comps[c], got.Comps[c], "%v: component %d", vp, c)
		}
		assert.Equal(t, form.Box().Out, a.Box().Out, "%v: the same outcome as the form's", vp)
		talk := appOutage(t, a.Box().Compiled, "talk")
		assert.Less(t, talk.Down, 10*sim.Minute, "%v: messaging switches over within minutes", vp)
		assert.Len(t, a.Box().Base.Comps, len(got.Comps))
	}
}

// appOutage runs scenario s over its horizon and returns app id's
// outage.
func appOutage(t *testing.T, s *sim.Scenario, id string) sim.AppOutage {
	t.Helper()
	w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	res := w.Result()
	i := slices.IndexFunc(res.Apps, func(o sim.AppOutage) bool { return o.ID == id })
	require.GreaterOrEqual(t, i, 0)
	return res.Apps[i]
}

// TestTrayRules checks what each part does where it is dropped, and
// what is refused with a message and no change: a part dropped beside
// every site, a data center off the map, a second fire wall, a copy
// where one runs, a generator over the limit.
func TestTrayRules(t *testing.T) {
	a := buildApp(t, 1280, 720)
	sb := a.Box()
	mx, my := centre(widgetRect(t, a, "map-site-0"))
	at := func(id string, x, y float64) {
		x0, y0 := centre(partRect(t, a, id))
		drag(a, x0, y0, x, y)
	}
	note := func() string { s, _ := a.Sandbox().Note(); return s }

	// Dropped where no site is: nothing changes, and the reader is told.
	before := sb.Link()
	in := a.Layout().MapInner()
	at("part-gen", in.X+5, in.Y+in.H-5)
	assert.Equal(t, before, sb.Link())
	assert.Equal(t, "Drop it on a data center on the map.", note())
	assert.True(t, sb.Bad)
	at("part-site", a.Layout().Phone.X+10, a.Layout().Phone.Y+10)
	assert.Equal(t, before, sb.Link())
	assert.Equal(t, "Drop it on the map, where the data center goes.", note())

	// Each building part into the site it is dropped on.
	at("part-gen", mx, my)
	assert.Equal(t, 1, sb.D.Sites[0].Generators)
	assert.Equal(t, 24, sb.D.Sites[0].FuelHours, "a first generator comes with fuel")
	assert.Equal(t, "Generator added to Data center 1: 1 of 12.", note())
	assert.Contains(t, a.Announcement(), "Generator added to Data center 1: 1 of 12.", "the live region says what changed")
	ups := sb.D.Sites[0].UPSMin
	at("part-ups", mx, my)
	assert.Equal(t, ups+5, sb.D.Sites[0].UPSMin)
	at("part-wall", mx, my)
	assert.True(t, sb.D.Sites[0].Wall)
	at("part-wall", mx, my)
	assert.Equal(t, "Data center 1's battery room is walled off already.", note())
	at("part-zones", mx, my)
	assert.True(t, sb.D.Sites[0].ZoneCut)
	at("part-fire", mx, my)
	assert.Equal(t, design.IncFire, sb.D.Incident.Kind)
	assert.Equal(t, 0, sb.D.Incident.Site)

	// A copy where the part runs already is refused.
	at("part-comp-4", mx, my)
	assert.Equal(t, "Message send/receive runs in Data center 1 already.", note())

	// Over the limit: the design's own refusal.
	for range design.MaxGenerators {
		at("part-gen", mx, my)
	}
	assert.Equal(t, design.MaxGenerators, sb.D.Sites[0].Generators)
	assert.True(t, sb.Bad, "the thirteenth generator is refused")

	// Every placement is one undo step.
	n := sb.D.Sites[0].Generators
	a.Apply(ui.Action{Kind: ui.ActUndo})
	assert.Equal(t, n-1, sb.D.Sites[0].Generators)

	// A tap puts the part into the picked site, as Enter does.
	x0, y0 := centre(partRect(t, a, "part-site"))
	drag(a, x0, y0, x0, y0)
	require.Len(t, sb.D.Sites, 2)
	assert.Equal(t, 1, sb.Sel, "the new site is picked")
	press(t, a, "part-gen")
	assert.Equal(t, 1, sb.D.Sites[1].Generators)
	press(t, a, "part-comp-4")
	assert.Equal(t, []int{0, 1}, sb.D.Comps[4].Sites)
	assert.Equal(t, sim.ModeAuto, sb.D.Comps[4].Mode, "a second copy switches over by itself")

	// A site dragged off the map is taken away, with its copies.
	sx, sy := centre(widgetRect(t, a, "map-site-1"))
	drag(a, sx, sy, a.Layout().Phone.X+20, sy)
	require.Len(t, sb.D.Sites, 1)
	assert.Equal(t, []int{0}, sb.D.Comps[4].Sites)
	assert.Equal(t, "Data center 2 taken away (Undo brings it back).", note())
}

// TestTrayNamesEveryPart checks that each part of the tray has a name
// in both languages and that the Korean tray names the parts in Korean.
func TestTrayNamesEveryPart(t *testing.T) {
	for _, p := range ui.BuildingParts() {
		for _, l := range []report.Lang{report.English, report.Korean} {
			assert.NotEmpty(t, ui.Text(ui.PartMsg(p), l), "part %d in %s", p, l)
		}
		assert.NotEqual(t, ui.Text(ui.PartMsg(p), report.English), ui.Text(ui.PartMsg(p), report.Korean))
	}
}

// TestTapALineStepsItsMode taps the copy line between two sites, at
// the crest where it is drawn, and checks that every part copied along
// it steps from switching over by itself to live in both, then to
// switched by hand, each one undo step, and that a tap beside the line
// changes nothing; then that the line carried off the map takes its
// copies away (and let go on the map, nothing).
func TestTapALineStepsItsMode(t *testing.T) {
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}} {
		a := buildApp(t, vp.w, vp.h)
		sb := a.Box()
		press(t, a, "part-site")
		for _, id := range []string{"part-comp-4", "part-comp-3"} {
			x, y := centre(partRect(t, a, id))
			drag(a, x, y, x, y) // a tap: into the picked site, the new one
		}
		// The second site to Busan, on the map of all Korea, so that the
		// line is long enough to tap beside the sites on a phone's map.
		press(t, a, "map-zoom")
		l := a.Layout()
		pr := l.MapProjection()
		sx, sy := centre(widgetRect(t, a, "map-site-1"))
		tx, ty := pr.Project(129.0756, 35.1796)
		drag(a, sx, sy, tx, ty)
		s0, s1 := sb.Compiled.Sites[0], sb.Compiled.Sites[1]
		ax, ay := pr.Project(s0.Lon, s0.Lat)
		bx, by := pr.Project(s1.Lon, s1.Lat)
		cx, cy, ok := l.LinkCurve(ui.LinkCopy, 0, ax, ay, bx, by)
		require.True(t, ok)
		x, y := ui.Bezier(ax, ay, cx, cy, bx, by, 0.5)
		modes := func() []sim.Mode { return []sim.Mode{sb.D.Comps[3].Mode, sb.D.Comps[4].Mode} }
		require.Equal(t, []sim.Mode{sim.ModeAuto, sim.ModeAuto}, modes())
		tap := func(x, y float64) {
			a.Pointer(x, y, ui.PointerDown)
			a.Pointer(x, y, ui.PointerUp)
		}
		tap(x, y)
		assert.Equal(t, []sim.Mode{sim.ModeActive, sim.ModeActive}, modes(), "%v", vp)
		note, _ := a.Sandbox().Note()
		assert.Equal(t, "Copies between Data center 1 and Data center 2: both live (2 parts). Tap the line again to change.", note)
		tap(x, y)
		assert.Equal(t, []sim.Mode{sim.ModeManual, sim.ModeManual}, modes(), "%v", vp)
		a.Apply(ui.Action{Kind: ui.ActUndo})
		assert.Equal(t, []sim.Mode{sim.ModeActive, sim.ModeActive}, modes(), "%v: one undo step", vp)
		before := sb.Link()
		in := l.MapInner()
		tap(in.X+2, in.Y+in.H-2)
		assert.Equal(t, before, sb.Link(), "%v: a tap away from every line", vp)

		// Carried a little and let go on the map: nothing changes.
		drag(a, x, y, x+0.1*in.W, y)
		assert.Equal(t, before, sb.Link(), "%v: let go on the map", vp)
		// Carried off the map: the copies in the second site are gone,
		// each part runs in the first alone again, in one undo step.
		a.Pointer(x, y, ui.PointerDown)
		a.Pointer(x, y-0.2*in.H, ui.PointerMove)
		n, _, _, carried := a.Sandbox().LineDrag()
		assert.True(t, carried, "%v", vp)
		assert.Equal(t, 2, n, "%v: the line carries its two parts", vp)
		a.Pointer(2, 2, ui.PointerUp)
		for _, c := range []int{3, 4} {
			assert.Equal(t, []int{0}, sb.D.Comps[c].Sites, "%v: part %d", vp, c)
			assert.Equal(t, sim.ModeSingle, sb.D.Comps[c].Mode, "%v: part %d", vp, c)
		}
		note, _ = a.Sandbox().Note()
		assert.Equal(t, "Copies in Data center 2 taken away (2 parts); each runs in Data center 1 alone.", note)
		a.Apply(ui.Action{Kind: ui.ActUndo})
		assert.Equal(t, before, sb.Link(), "%v: one undo step", vp)
	}
}

// TestTapARoomStartsTheFireThere taps rooms of the Inside tab's
// cut-away, on a laptop and a phone, and checks that the design's fire
// moves to the room tapped, the building stays on screen at the start
// of that fire, and the message names the room.
func TestTapARoomStartsTheFireThere(t *testing.T) {
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}} {
		a := buildApp(t, vp.w, vp.h)
		sb := a.Box()
		press(t, a, "tab-4")
		require.Equal(t, ui.TabInside, sb.Tab)
		note, _ := a.Sandbox().Note()
		assert.Equal(t, "Drag parts into the building or out of it; tap a room to start the fire there.", note)
		st := &sb.Compiled.Sites[0]
		for k, cm := range st.Compartments {
			if k == sb.D.Incident.Room {
				continue
			}
			x, y := centre(a.Layout().Cutaway(st).Rooms[k])
			a.Pointer(x, y, ui.PointerDown)
			a.Pointer(x, y, ui.PointerUp)
			assert.Equal(t, design.IncFire, sb.D.Incident.Kind, "%v", vp)
			assert.Equal(t, k, sb.D.Incident.Room, "%v: %s", vp, cm.ID)
			assert.Equal(t, ui.TabInside, sb.Tab, "%v: the building stays", vp)
			assert.True(t, a.Playback().Fired(), "%v: at the start of the fire", vp)
			note, _ := a.Sandbox().Note()
			assert.Equal(t, "The fire now starts in Data center 1: "+cm.Name.In("en")+". Press play to watch it.", note)
			st = &sb.Compiled.Sites[0]
		}
	}
}

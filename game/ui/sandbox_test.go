package ui_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// sandboxApp returns an app in the sandbox on the blank design, laid
// out for a viewport of w × h, on the Sites tab (the form the tests
// edit through; the sandbox opens on the Build tab's tray).
func sandboxApp(t *testing.T, w, h float64) *ui.App {
	t.Helper()
	a := buildApp(t, w, h)
	press(t, a, "tab-0")
	return a
}

func press(t *testing.T, a *ui.App, id string) {
	t.Helper()
	require.True(t, slices.ContainsFunc(a.Sandbox().Widgets(), func(w ui.Widget) bool { return w.ID() == id }), "no widget %q", id)
	a.Apply(ui.Action{Kind: ui.ActPress, Text: id})
}

// TestSandboxWidgetsFitEveryViewport checks that on each tab every
// widget lies on screen, inside its panel, and no two overlap, on the
// laptop, projector and phone.
func TestSandboxWidgetsFitEveryViewport(t *testing.T) {
	for _, vp := range viewports {
		t.Run(vp.name, func(t *testing.T) {
			a := sandboxApp(t, vp.w, vp.h)
			press(t, a, "site-add")
			press(t, a, "site-add")
			for _, tab := range ui.TabOrder() {
				a.Box().Tab = tab
				a.Resize(vp.w, vp.h, 1)
				ws := a.Sandbox().Widgets()
				require.NotEmpty(t, ws)
				for i, w := range ws {
					assert.True(t, w.R.X >= 0 && w.R.Y >= 0 && w.R.X+w.R.W <= vp.w+0.5 && w.R.Y+w.R.H <= vp.h+0.5, "tab %d: %s off screen: %+v", tab, w.ID(), w.R)
					assert.Greater(t, w.R.W, 10.0, "%s too small", w.ID())
					if w.Kind != ui.WMapSite {
						assert.Less(t, w.R.Y+w.R.H, a.Layout().Controls.Y, "tab %d: %s runs into the controls", tab, w.ID())
					}
					for _, v := range ws[i+1:] {
						if w.Kind == ui.WMapSite || v.Kind == ui.WMapSite {
							continue
						}
						overlap := w.R.X < v.R.X+v.R.W && v.R.X < w.R.X+w.R.W && w.R.Y < v.R.Y+v.R.H && v.R.Y < w.R.Y+w.R.H
						assert.False(t, overlap, "tab %d: %s overlaps %s", tab, w.ID(), v.ID())
					}
				}
			}
		})
	}
}

// TestSandboxEditsUndoRedo builds a two-site design by presses, checks
// that the outcome follows, then undoes and redoes every step.
func TestSandboxEditsUndoRedo(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	blank := a.Box().Link()
	before := a.Box().Out
	press(t, a, "site-add")
	require.Len(t, a.Box().D.Sites, 2)
	a.Box().Tab = ui.TabServices
	a.Resize(1280, 720, 1)
	n, _ := a.Layout().ServiceRows()
	for c := range a.Box().D.Comps {
		a.Box().Page = c / n
		press(t, a, "comp-"+strconv.Itoa(c)+"-site-1")
		for a.Box().D.Comps[c].Mode != sim.ModeActive {
			press(t, a, "comp-"+strconv.Itoa(c)+"-mode")
		}
	}
	after := a.Box().Out
	assert.Less(t, after.UserHours, before.UserHours/100, "active-active in two sites rides out the fire")
	assert.Greater(t, a.Box().Cost.Total(), 2*ui.NewSandbox(presets(t)).Cost.Total()-1)
	steps := 0
	for a.Box().CanUndo() {
		a.Apply(ui.Action{Kind: ui.ActUndo})
		steps++
	}
	assert.Equal(t, blank, a.Box().Link(), "undo returns to the start")
	for range steps {
		a.Apply(ui.Action{Kind: ui.ActRedo})
	}
	assert.Equal(t, after, a.Box().Out, "redo brings the design back")
	a.Apply(ui.Action{Kind: ui.ActRedo})
	note, _ := a.Sandbox().Note()
	assert.Equal(t, ui.Text(ui.SbNothingToRedo, report.English), note)
}

// TestSandboxRefusalsKeepTheDesign checks that refused edits say why in
// the reader's language and change nothing.
func TestSandboxRefusalsKeepTheDesign(t *testing.T) {
	a := sandboxApp(t, 390, 844)
	a.Apply(ui.Action{Kind: ui.ActSetLang, Lang: report.Korean})
	link := a.Box().Link()
	press(t, a, "site-remove")
	note, bad := a.Sandbox().Note()
	assert.True(t, bad)
	assert.Equal(t, ui.Text(ui.SbErrLastSite, report.Korean), note)
	assert.Equal(t, link, a.Box().Link())
	for range 12 {
		press(t, a, "site-add")
	}
	assert.Len(t, a.Box().D.Sites, 8)
	note, _ = a.Sandbox().Note()
	assert.Equal(t, ui.Text(ui.SbErrTooManySites, report.Korean), note)
}

// TestSandboxLinkInTheFragment checks that the URL fragment carries the
// design and a fresh app opening it shows the same design and outcome;
// a mangled fragment keeps the design the reader had, with a message.
func TestSandboxLinkInTheFragment(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	press(t, a, "site-add")
	press(t, a, "wall")
	frag := a.Fragment()
	require.True(t, strings.HasPrefix(frag, "sandbox="), frag)

	b, err := ui.NewApp(presets(t), report.English)
	require.NoError(t, err)
	b.Goto(ui.ParsePlace(frag, ui.Place{Lang: report.English}))
	assert.Equal(t, ui.ModeSandbox, b.Mode())
	assert.Equal(t, a.Box().Link(), b.Box().Link())
	assert.Equal(t, a.Box().Out, b.Box().Out)

	c, err := ui.NewApp(presets(t), report.Korean)
	require.NoError(t, err)
	require.True(t, c.Box().Restore(a.Box().Link()), "the autosave opens")
	mangled := frag[:len(frag)-9]
	c.Goto(ui.ParsePlace(mangled+"&lang=ko", ui.Place{Lang: report.Korean}))
	note, bad := c.Sandbox().Note()
	assert.True(t, bad)
	assert.Equal(t, ui.Text(ui.SbErrLink, report.Korean), note)
	assert.Equal(t, a.Box().Link(), c.Box().Link(), "the autosaved design stays")
}

// TestSandboxKeyboard drives the sandbox by keys alone: Tab to a site on
// the map, arrows move it, Ctrl+Z undoes.
func TestSandboxKeyboard(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	for range 100 {
		a.Key(ui.KeyTab, false, false)
		if w, ok := focused(a); ok && w.ID() == "map-site-0" {
			break
		}
	}
	w, ok := focused(a)
	require.True(t, ok && w.ID() == "map-site-0", "Tab reaches the site on the map")
	lat := a.Box().D.Sites[0].Lat
	a.Key(ui.KeyUp, false, false)
	assert.Greater(t, a.Box().D.Sites[0].Lat, lat)
	a.Key(ui.KeyZ, false, true)
	assert.Equal(t, lat, a.Box().D.Sites[0].Lat)
	a.Key(ui.KeyZ, true, true)
	assert.Greater(t, a.Box().D.Sites[0].Lat, lat)
}

func focused(a *ui.App) (ui.Widget, bool) {
	ws := a.Sandbox().Widgets()
	if i := int(a.Focus() - ui.CtlWidget); a.Focus() >= ui.CtlWidget && i < len(ws) {
		return ws[i], true
	}
	return ui.Widget{}, false
}

// TestSandboxTyping checks renaming a site by typing, as one undo step.
func TestSandboxTyping(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	press(t, a, "name")
	a.TypeText("Pan")
	a.TypeText("gyo 2")
	a.Key(ui.KeyBackspace, false, false)
	assert.Equal(t, "Pangyo ", a.Box().SiteName(0, "en"))
	a.Apply(ui.Action{Kind: ui.ActUndo})
	assert.Equal(t, "Data center 1", a.Box().SiteName(0, "en"))
}

// TestSandboxImport checks opening a scenario file, and a broken one.
func TestSandboxImport(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	press(t, a, "wall")
	file := a.Box().Export()
	b := sandboxApp(t, 1280, 720)
	b.Apply(ui.Action{Kind: ui.ActImport, Text: "mine.json", Data: file})
	assert.Equal(t, a.Box().Out, b.Box().Out)
	assert.True(t, b.Box().D.Sites[0].Wall)
	link := b.Box().Link()
	b.Apply(ui.Action{Kind: ui.ActImport, Text: "bad.json", Data: []byte(`{"format": "nope"`)})
	note, bad := b.Sandbox().Note()
	assert.True(t, bad)
	assert.Contains(t, note, "Cannot open that file")
	assert.Equal(t, link, b.Box().Link())
}

// TestFocusRingOnlyAfterKeys checks the focus ring shows as a browser's
// :focus-visible does: after Tab, not after a tap on a tab, which would
// otherwise show two tabs as picked (the one open, the one ringed).
func TestFocusRingOnlyAfterKeys(t *testing.T) {
	a := buildApp(t, 390, 844)
	x, y := centre(widgetRect(t, a, "tab-4"))
	a.Pointer(x, y, ui.PointerDown)
	a.Pointer(x, y, ui.PointerUp)
	assert.False(t, a.Sandbox().View().Ring, "no ring after a tap")
	a.Key(ui.KeyTab, false, false)
	assert.True(t, a.Sandbox().View().Ring, "a ring after Tab")
	a.Pointer(x, y, ui.PointerDown)
	assert.False(t, a.Sandbox().View().Ring, "gone again at the next press")
}

package ui_test

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

func kakao(t *testing.T) *sim.Scenario {
	t.Helper()
	data, err := fs.ReadFile(assets.FS, "scenarios/kakao2022.json")
	require.NoError(t, err)
	s, err := sim.ParseScenario(bytes.NewReader(data))
	require.NoError(t, err)
	return s
}

// presets returns the catalog of the embedded scenarios.
func presets(t *testing.T) *ui.Presets {
	t.Helper()
	p, err := ui.NewPresets(assets.FS, "scenarios")
	require.NoError(t, err)
	return p
}

// newApp returns an app in explore mode with kakao2022 on screen before
// the fire, as the free view starts.
func newApp(t *testing.T) *ui.App {
	t.Helper()
	a, err := ui.NewApp(presets(t), report.English)
	require.NoError(t, err)
	a.Apply(ui.Action{Kind: ui.ActExplore})
	return a
}

var viewports = []struct {
	name     string
	w, h     float64
	portrait bool
	scale    float64 // device pixels per CSS pixel
}{
	{"laptop 1280x720", 1280, 720, false, 1},
	{"projector 1920x1080", 1920, 1080, false, 1},
	{"phone 390x844", 390, 844, true, 1},
	{"phone 390x844 at 3x", 1170, 2532, true, 3},
}

func overlap(a, b ui.Rect) bool {
	return a.X < b.X+b.W-0.5 && b.X < a.X+a.W-0.5 && a.Y < b.Y+b.H-0.5 && b.Y < a.Y+a.H-0.5
}

func TestLayoutFitsEachViewport(t *testing.T) {
	for _, vp := range viewports {
		t.Run(vp.name, func(t *testing.T) {
			l := ui.Compute(vp.w, vp.h, vp.scale)
			assert.Equal(t, vp.portrait, l.Portrait)
			screen := ui.Rect{W: vp.w, H: vp.h}
			panels := map[string]ui.Rect{"header": l.Header, "map": l.Map, "site": l.Site, "phone": l.Phone, "caption": l.Caption, "controls": l.Controls}
			for name, r := range panels {
				assert.True(t, r.W > 0 && r.H > 0, "%s is empty: %+v", name, r)
				assert.True(t, r.X >= 0 && r.Y >= 0 && r.X+r.W <= screen.W+0.5 && r.Y+r.H <= screen.H+0.5, "%s leaves the screen: %+v", name, r)
				for other, q := range panels {
					if name < other {
						assert.False(t, overlap(r, q), "%s overlaps %s", name, other)
					}
				}
			}
			for c := ui.CtlFire; c <= ui.CtlNext; c++ {
				b := l.Buttons[c]
				assert.GreaterOrEqual(t, b.H, 40*vp.scale, "%s is too small to tap: %+v", c, b)
				assert.Equal(t, c, l.Hit(b.X+b.W/2, b.Y+b.H/2), "the centre of %s hits it", c)
			}
			assert.Equal(t, ui.CtlNone, l.Hit(l.Site.X+l.Site.W-5, l.Site.Y+l.Site.H-5))
			// Text scales with the viewport: a projector gets bigger text.
			assert.Greater(t, l.Unit, 10.0)
		})
	}
	assert.InDelta(t, 1.5, ui.Compute(1920, 1080, 1).Unit/ui.Compute(1280, 720, 1).Unit, 0.01)
}

func TestKeyActions(t *testing.T) {
	tests := []struct {
		key   ui.Key
		shift bool
		focus ui.Control
		want  ui.Action
	}{
		{ui.KeyTab, false, ui.CtlNone, ui.Action{Kind: ui.ActFocusNext}},
		{ui.KeyTab, true, ui.CtlFire, ui.Action{Kind: ui.ActFocusPrev}},
		{ui.KeyEnter, false, ui.CtlFire, ui.Action{Kind: ui.ActStartFire}},
		{ui.KeySpace, false, ui.CtlPlay, ui.Action{Kind: ui.ActTogglePlay}},
		{ui.KeySpace, false, ui.CtlNone, ui.Action{Kind: ui.ActTogglePlay}},
		{ui.KeyEnter, false, ui.CtlLang, ui.Action{Kind: ui.ActToggleLang}},
		{ui.KeyRight, false, ui.CtlScrub, ui.Action{Kind: ui.ActStep, T: sim.Hour}},
		{ui.KeyLeft, true, ui.CtlScrub, ui.Action{Kind: ui.ActStep, T: -sim.Day}},
		{ui.KeyHome, false, ui.CtlNone, ui.Action{Kind: ui.ActSeek, T: 0}},
		{ui.KeyUp, false, ui.CtlNone, ui.Action{Kind: ui.ActFaster}},
		{ui.KeyF, false, ui.CtlNone, ui.Action{Kind: ui.ActStartFire}},
		{ui.Key1 + 3, false, ui.CtlNone, ui.Action{Kind: ui.ActSetSpeed, N: 3}},
		{ui.Key1 + 9, false, ui.CtlNone, ui.Action{}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ui.KeyAction(tt.key, tt.shift, tt.focus), "key %d shift %v focus %s", tt.key, tt.shift, tt.focus)
	}
	// Tab walks every control and comes back.
	order := newApp(t).Scene().FocusOrder()
	c := ui.CtlNone
	seen := map[ui.Control]bool{}
	for range order {
		c = ui.NextFocus(order, c, false)
		seen[c] = true
	}
	assert.Len(t, seen, len(order))
	assert.Equal(t, ui.CtlFire, ui.NextFocus(order, c, false))
	assert.Equal(t, c, ui.NextFocus(order, ui.CtlFire, true))
}

func TestPlaybackStartsBeforeTheFire(t *testing.T) {
	a := newApp(t)
	p := a.Playback()
	assert.False(t, p.Fired())
	assert.Equal(t, "2022-10-15 15:19 KST", p.Snapshot().Clock.String())
	p.Seek(2 * sim.Hour)
	for _, app := range p.Snapshot().Apps {
		assert.Equal(t, sim.StatusUp, app.Status, "nothing happens without the fire")
	}
	assert.Equal(t, ui.Text(ui.MsgIntro, report.English), a.CaptionText())

	a.Apply(ui.Action{Kind: ui.ActStartFire})
	assert.True(t, p.Fired())
	assert.True(t, p.Playing())
	assert.Equal(t, sim.Seconds(0), p.Now())
}

func TestPlaybackAgreesWithTheSim(t *testing.T) {
	a := newApp(t)
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	ref := kakao(t)
	for _, at := range []sim.Seconds{30 * sim.Hour, 2 * sim.Hour, 100 * sim.Hour, 11 * sim.Hour, 0} {
		a.Apply(ui.Action{Kind: ui.ActSeek, T: at})
		w, err := sim.Run(ref, ref.Seed, nil, at)
		require.NoError(t, err)
		want := w.Snapshot()
		assert.Equal(t, want.Apps, a.Playback().Snapshot().Apps, "at %s, backwards and forwards", at)
		assert.Equal(t, want.Powered, a.Playback().Snapshot().Powered)
	}
}

func TestTickPlaysAtTheChosenSpeed(t *testing.T) {
	a := newApp(t)
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	// Story pace: ten minutes a second while the fire burns.
	for range ui.TicksPerSecond {
		a.Tick()
	}
	assert.Equal(t, 10*sim.Minute, a.Playback().Now())
	a.Apply(ui.Action{Kind: ui.ActSetSpeed, N: 5})
	for range ui.TicksPerSecond {
		a.Playback().Tick()
	}
	assert.Equal(t, 10*sim.Minute+sim.Day, a.Playback().Now())
	for range 10 * ui.TicksPerSecond {
		a.Playback().Tick()
	}
	assert.Equal(t, a.Playback().Horizon(), a.Playback().Now(), "stops at the end")
	assert.False(t, a.Playback().Playing())
	a.Apply(ui.Action{Kind: ui.ActTogglePlay})
	assert.Equal(t, sim.Seconds(0), a.Playback().Now(), "play at the end replays")
}

func TestPointerScrubsAndPresses(t *testing.T) {
	a := newApp(t)
	l := ui.Compute(1280, 720, 1)
	tr := l.Track()
	a.Pointer(tr.X+tr.W/2, tr.Y+tr.H/2, ui.PointerDown)
	assert.True(t, a.Playback().Fired(), "scrubbing starts the story")
	assert.InDelta(t, float64(a.Playback().Horizon()/2), float64(a.Playback().Now()), float64(sim.Hour))
	a.Pointer(tr.X+tr.W/4, tr.Y, ui.PointerMove)
	assert.InDelta(t, float64(a.Playback().Horizon()/4), float64(a.Playback().Now()), float64(sim.Hour))
	a.Pointer(tr.X, tr.Y, ui.PointerUp)
	a.Pointer(tr.X+tr.W, tr.Y, ui.PointerMove)
	assert.InDelta(t, float64(a.Playback().Horizon()/4), float64(a.Playback().Now()), float64(sim.Hour), "moves after release do nothing")

	b := l.Buttons[ui.CtlLang]
	a.Pointer(b.X+1, b.Y+1, ui.PointerDown)
	assert.Equal(t, report.Korean, a.Lang())
	assert.Equal(t, ui.CtlLang, a.Focus())
}

func TestCaptionsAndMarksComeFromTheTimeline(t *testing.T) {
	a := newApp(t)
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	tl := a.Playback().Timeline()
	cut := -1
	for i, e := range tl {
		if e.Kind == sim.EntPowerCutAll {
			cut = i
		}
	}
	require.GreaterOrEqual(t, cut, 0)
	assert.Equal(t, cut, ui.Caption(tl, tl[cut].At), "the power cut outranks what happens with it")
	a.Apply(ui.Action{Kind: ui.ActSeek, T: tl[cut].At + sim.Minute})
	assert.Contains(t, a.CaptionText(), "15 Oct 16:52 — Firefighters cut power to the whole building")
	a.Apply(ui.Action{Kind: ui.ActToggleLang})
	assert.Contains(t, a.CaptionText(), "10월 15일 16:52 — 소방당국")

	marks := map[ui.MarkKind]sim.Seconds{}
	for _, m := range a.Scene().View().Marks {
		marks[m.Kind] = m.At
	}
	assert.Equal(t, tl[cut].At, marks[ui.MarkCut])
	assert.Equal(t, sim.Seconds(0), marks[ui.MarkFire])
	r := a.Playback().Result()
	for _, o := range r.Apps {
		if o.ID == "talk" {
			assert.Equal(t, o.Back, marks[ui.MarkTextBack])
		}
	}
	assert.Equal(t, r.AllUp, marks[ui.MarkAllBack])
	assert.Equal(t, -1, ui.Caption(tl, -1))
}

func TestStateForTheHook(t *testing.T) {
	a := newApp(t)
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	a.Apply(ui.Action{Kind: ui.ActSeek, T: 5 * sim.Hour})
	s := a.State()
	assert.True(t, s.Ready)
	assert.Equal(t, "2022-10-15 20:19 KST", s.Clock)
	assert.Equal(t, 5.0, s.Hours)
	require.Len(t, s.Apps, 8)
	assert.Equal(t, "talk", s.Apps[0].ID)
	assert.Equal(t, "down", s.Apps[0].Status)
	assert.Equal(t, int64(47500000), s.UsersOut)
}

func TestPeopleFormatting(t *testing.T) {
	assert.Equal(t, "47.5 million", ui.People(47500000, report.English))
	assert.Equal(t, "32 million", ui.People(32000000, report.English))
	assert.Equal(t, "4,750만", ui.People(47500000, report.Korean))
	assert.Equal(t, "9,100", ui.People(9100, report.English))
	assert.Equal(t, "47.5M", ui.Short(47500000, report.English))
	assert.Equal(t, "4,750만", ui.Short(47500000, report.Korean))
}

func TestPresetsParseWhenAskedFor(t *testing.T) {
	p := presets(t)
	ents, err := fs.ReadDir(assets.FS, "scenarios")
	require.NoError(t, err)
	assert.Len(t, p.IDs(), len(ents), "one per embedded file")
	assert.True(t, slices.IsSorted(p.IDs()))
	for _, id := range p.IDs() {
		s, err := p.Get(id)
		require.NoError(t, err, id)
		assert.Equal(t, id, s.ID)
		again, err := p.Get(id)
		require.NoError(t, err)
		assert.Same(t, s, again, "parsed once")
	}
	_, err = p.Get("kakao2099")
	assert.ErrorContains(t, err, `no preset "kakao2099"`)
}

func TestPresetsNameABrokenFile(t *testing.T) {
	kakaoJSON, err := fs.ReadFile(assets.FS, "scenarios/kakao2022.json")
	require.NoError(t, err)
	fsys := fstest.MapFS{
		"s/cut.json":   {Data: []byte(`{"format": "outagelab-scenario",`)},
		"s/other.json": {Data: kakaoJSON},
		"s/notes.txt":  {Data: []byte("not a preset")},
	}
	p, err := ui.NewPresets(fsys, "s")
	require.NoError(t, err)
	assert.Equal(t, []string{"cut", "other"}, p.IDs())
	_, err = p.Get("cut")
	assert.ErrorContains(t, err, "s/cut.json")
	assert.ErrorContains(t, err, "truncated")
	_, err = p.Get("other")
	assert.ErrorContains(t, err, `its id is "kakao2022", not its name`)
}

func TestSandboxIsMadeWhenFirstNeeded(t *testing.T) {
	a := presetsApp(t)
	a.Goto(ui.ParsePlace("sandbox", ui.Place{}))
	a.Box().StartFrom("naver2022")
	link := a.Box().Link()
	require.NotEqual(t, link, presetsApp(t).Box().Link(), "the design differs from the blank one")
	b := presetsApp(t)
	b.Autosaved(func() string { return link })
	b.Goto(ui.ParsePlace("sandbox", ui.Place{}))
	assert.Equal(t, link, b.Box().Link(), "the autosaved design opens")
}

// presetsApp returns a new app on the embedded presets, in English.
func presetsApp(t *testing.T) *ui.App {
	t.Helper()
	a, err := ui.NewApp(presets(t), report.English)
	require.NoError(t, err)
	return a
}

// Before the fire the free view's caption sets the scene of the preset
// on screen: KakaoTalk's users for Kakao's, the fire's own summary for
// any other (AWS's opening no longer speaks of KakaoTalk).
func TestFreeViewOpensOnItsOwnFire(t *testing.T) {
	ps := presets(t)
	for _, id := range ps.IDs() {
		for _, lang := range []report.Lang{report.English, report.Korean} {
			a := newApp(t)
			a.Goto(ui.Place{Mode: ui.ModeExplore, Scenario: id, Lang: lang})
			require.Equal(t, id, a.Playback().Scenario().ID)
			c := a.CaptionText()
			if strings.HasPrefix(id, "kakao2022") {
				assert.Equal(t, ui.Text(ui.MsgIntro, lang), c, id)
				continue
			}
			assert.Equal(t, a.Playback().Scenario().Summary.In(string(lang)), c, "%s %s", id, lang)
			assert.NotContains(t, c, "KakaoTalk")
			assert.NotContains(t, c, "카카오톡")
		}
	}
}

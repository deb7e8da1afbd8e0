package ui_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

var langs = []report.Lang{report.English, report.Korean}

func storyApp(t *testing.T) *ui.App {
	t.Helper()
	a, err := ui.NewApp(presets(t), report.English)
	require.NoError(t, err)
	return a
}

// stepWords returns every story step's title and text in language l as
// a reader opening the step sees them, filled from the step's run.
func stepWords(t *testing.T, l report.Lang) [][2]string {
	t.Helper()
	a, err := ui.NewApp(presets(t), l)
	require.NoError(t, err)
	var out [][2]string
	for i := range ui.Steps() {
		a.Story().GoStep(i)
		title, text := a.Story().Words()
		out = append(out, [2]string{title, text})
	}
	return out
}

// verb matches a formatting verb such as %d or %.1f.
var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)

// TestCatalogHasEveryKeyInBothLanguages checks every message of the one
// catalog (the story's, the sandbox's and its analysis tabs') exists in
// both languages with the same formatting verbs, and that every one
// with words in it is translated.
func TestCatalogHasEveryKeyInBothLanguages(t *testing.T) {
	for id := ui.Msg(0); id < ui.MsgCount; id++ {
		en, ko := ui.Text(id, report.English), ui.Text(id, report.Korean)
		assert.NotEmpty(t, en, "message %d in English", id)
		assert.NotEmpty(t, ko, "message %d in Korean", id)
		assert.Equal(t, strings.Count(en, "%"), strings.Count(ko, "%"), "message %d: %q vs %q", id, en, ko)
		if strings.ContainsFunc(verb.ReplaceAllString(en, ""), unicode.IsLetter) {
			assert.NotEqual(t, en, ko, "message %d is not translated", id)
		}
	}
	for _, l := range langs {
		for i, w := range stepWords(t, l) {
			assert.NotEmpty(t, w[0])
			assert.NotEmpty(t, ui.StepNotes(i, l))
			words := len(strings.Fields(w[1]))
			assert.LessOrEqual(t, words, 40, "step %d in %s has %d words", i+1, l, words)
		}
	}
}

// measure returns the width of a string in the subset UI font as the
// game measures it (golang.org/x/image's opentype faces, which the
// game's glyph atlas draws, game/text.go), without a display.
func measure(t *testing.T) ui.Measure {
	t.Helper()
	data, err := os.ReadFile("../../assets/fonts/ui-subset.ttf")
	require.NoError(t, err)
	f, err := opentype.Parse(data)
	require.NoError(t, err)
	faces := map[float64]xfont.Face{}
	return func(s string, px float64) float64 {
		face, ok := faces[px]
		if !ok {
			face, err = opentype.NewFace(f, &opentype.FaceOptions{Size: px, DPI: 72, Hinting: xfont.HintingNone})
			require.NoError(t, err)
			faces[px] = face
		}
		return float64(xfont.MeasureString(face, s)) / 64
	}
}

func TestStoryTextFitsItsBoxWithTheRealFont(t *testing.T) {
	m := measure(t)
	require.InEpsilon(t, m("KakaoTalk", 20)*2, m("KakaoTalk", 40), 0.01, "the measure scales with size")
	for _, vp := range []struct{ w, h float64 }{{1280, 720}, {390, 844}, {1920, 1080}, {320, 692}, {760, 1013}} {
		l := ui.Compute(vp.w, vp.h, 1)
		for _, lang := range langs {
			for i, w := range stepWords(t, lang) {
				for _, done := range []bool{false, true} {
					_, _, px, lines, ok := ui.StoryFit(&l, w, lang, done, m)
					assert.True(t, ok, "%vx%v %s step %d (done %v) overflows: %d lines at %.1f px", vp.w, vp.h, lang, i+1, done, len(lines), px)
					assert.GreaterOrEqual(t, px, 11.0, "%vx%v %s step %d: text shrinks below legible", vp.w, vp.h, lang, i+1)
				}
			}
		}
	}
}

func TestEveryStepIsReachable(t *testing.T) {
	a := storyApp(t)
	assert.Equal(t, ui.ModeStory, a.Mode())
	seen := []string{}
	for i := range ui.Steps() {
		require.Equal(t, i, a.Story().Step())
		st := a.Story().CurrentStep()
		if st.Scenario != "" {
			assert.Equal(t, st.Scenario, a.Playback().Scenario().ID, "step %d", i+1)
		}
		assert.Equal(t, st.Fired, a.Playback().Fired(), "step %d", i+1)
		if st.Fired {
			assert.Equal(t, st.At, a.Playback().Now(), "step %d", i+1)
		}
		seen = append(seen, a.Fragment())
		a.Apply(ui.Action{Kind: ui.ActNextStep})
	}
	assert.Equal(t, ui.ModeExplore, a.Mode(), "Next on the last step leaves the story")
	assert.Equal(t, "story=1&lang=en", seen[0])
	assert.Equal(t, "story=10&lang=en", seen[9])
	a.Apply(ui.Action{Kind: ui.ActGoStep, N: 4})
	a.Apply(ui.Action{Kind: ui.ActPrevStep})
	assert.Equal(t, 3, a.Story().Step())
}

func TestStoryTasks(t *testing.T) {
	l := ui.Compute(1280, 720, 1)
	a := storyApp(t)
	centre := func(r ui.Rect) (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }
	tap := func(x, y float64) {
		a.Pointer(x, y, ui.PointerDown)
		a.Pointer(x, y, ui.PointerUp)
	}

	// 1: tap an app.
	tap(centre(l.Map))
	assert.False(t, a.Story().TaskDone(), "the map is not an app")
	tap(centre(l.AppCells(8)[3]))
	assert.True(t, a.Story().TaskDone())
	// 2: start the fire.
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	tap(centre(l.Buttons[ui.CtlFire]))
	assert.True(t, a.Story().TaskDone())
	assert.True(t, a.Playback().Fired())
	// 3: tap the building.
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	tap(centre(l.Site))
	assert.True(t, a.Story().TaskDone())
	// 4: drag past 16:52.
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	a.Apply(ui.Action{Kind: ui.ActSeek, T: 90 * sim.Minute})
	assert.False(t, a.Story().TaskDone())
	tr := l.Track()
	a.Pointer(tr.X+tr.W*0.02, tr.Y, ui.PointerDown)
	a.Pointer(tr.X+tr.W*0.02, tr.Y, ui.PointerUp)
	assert.True(t, a.Story().TaskDone(), "2%% of the week is past 16:52")
	// 5: tap Anyang on the map, not Pangyo.
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	var anyang, pangyo sim.Site
	for _, s := range a.Playback().Scenario().Sites {
		switch s.ID {
		case "anyang":
			anyang = s
		case "pangyo":
			pangyo = s
		}
	}
	// The map as the step draws it: close up on the scenario's sites.
	pr := a.Layout().MapProjection()
	x, y := pr.Project(pangyo.Lon+0.1, pangyo.Lat+0.1)
	tap(x, y)
	assert.False(t, a.Story().TaskDone())
	x, y = pr.Project(anyang.Lon, anyang.Lat)
	tap(x, y)
	assert.True(t, a.Story().TaskDone())
	// 6: drag through the week until everything is back.
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	a.Apply(ui.Action{Kind: ui.ActSeek, T: a.Playback().Result().AllUp - sim.Minute})
	assert.False(t, a.Story().TaskDone())
	a.Apply(ui.Action{Kind: ui.ActSeek, T: a.Playback().Result().AllUp})
	assert.True(t, a.Story().TaskDone())
	// 7: replay with Naver.
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	assert.Equal(t, "naver2022", a.Playback().Scenario().ID)
	assert.True(t, a.Playback().Fired())
	assert.True(t, a.Story().TaskDone())
	// 9: three years later, Daejeon burns and its G-Drive is lost for
	// good; 10: replay OVH; 11: into the sandbox.
	a.Apply(ui.Action{Kind: ui.ActGoStep, N: 8})
	assert.Equal(t, "nirs2025", a.Playback().Scenario().ID, "the step opens on Daejeon before its fire")
	assert.False(t, a.Playback().Fired())
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	assert.True(t, a.Playback().Fired())
	assert.True(t, a.Story().TaskDone())
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	assert.Equal(t, "ovh2021", a.Playback().Scenario().ID)
	a.Apply(ui.Action{Kind: ui.ActNextStep})
	a.Apply(ui.Action{Kind: ui.ActStartFire})
	assert.Equal(t, ui.ModeSandbox, a.Mode())
}

// talkDown runs s and returns KakaoTalk's total time down.
func talkDown(t *testing.T, s *sim.Scenario) sim.Seconds {
	w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	for _, o := range w.Result().Apps {
		if o.ID == "talk" {
			return o.Down
		}
	}
	t.Fatal("no talk app")
	return 0
}

func TestYourTurnOutcomeComesFromTheSim(t *testing.T) {
	base := kakao(t)
	baseDown := talkDown(t, base)
	tests := []struct {
		name string
		fix  ui.Fix
		hint ui.Msg
	}{
		{"nothing", 0, ui.MsgHintNone},
		{"tools only: the key store still blocks texts", ui.FixTools, ui.MsgHintKeys},
		{"both in both, key store left behind", ui.FixActive, ui.MsgHintKeys},
		{"key store copied, nobody to switch it", ui.FixKeys, ui.MsgHintNoSwitch},
		{"tools and key store: by hand", ui.FixTools | ui.FixKeys, ui.MsgHintByHand},
		{"controller and key store: it holds, in part", ui.FixController | ui.FixKeys, ui.MsgHintWorksPart},
		{"everything: it holds, in part", ui.FixTools | ui.FixController | ui.FixKeys | ui.FixActive, ui.MsgHintWorksPart},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := storyApp(t)
			a.Apply(ui.Action{Kind: ui.ActGoStep, N: 7})
			for i := range 4 {
				if tt.fix&(1<<i) != 0 {
					a.Apply(ui.Action{Kind: ui.ActToggleFix, N: i})
				}
			}
			assert.False(t, a.Playback().Fired(), "choosing does not run the fire")
			assert.Nil(t, a.Story().FixResult())
			assert.Equal(t, baseDown, a.Story().FixBase(), "the figure to beat, before a replay, is the 2022 run's")
			a.Apply(ui.Action{Kind: ui.ActStartFire})
			require.NotNil(t, a.Story().FixResult())
			assert.True(t, a.Story().TaskDone())

			fixed, err := tt.fix.Apply(base)
			require.NoError(t, err)
			want := talkDown(t, fixed)
			assert.Equal(t, want, a.Story().FixResult().Down, "the outcome is the sim's")
			assert.Equal(t, baseDown, a.Story().FixResult().Base)
			assert.Equal(t, tt.hint, a.Story().FixResult().Hint, "down %s", want)
			r := a.Story().FixResult()
			if r.Holds() {
				assert.LessOrEqual(t, want, sim.Hour)
			} else {
				assert.Greater(t, want, sim.Hour)
			}
			// The hint's times are the replay's own.
			for _, lang := range langs {
				text := r.HintText(lang)
				assert.NotContains(t, text, "%!", "every verb is filled")
				switch r.Hint {
				case ui.MsgHintKeys:
					c := a.Playback().ClockAt(r.Talk.FirstDown)
					assert.Contains(t, text, fmt.Sprintf("%02d:%02d", c.Hour, c.Minute), "texts stop when the run says")
				case ui.MsgHintWorksPart:
					assert.Contains(t, text, report.Duration(r.Talk.Down, lang))
					assert.Contains(t, text, report.Duration(r.Talk.Degraded, lang))
				}
			}
			// "In part" is said exactly when the run has KakaoTalk in part.
			inPart := r.Hint == ui.MsgHintWorksPart || r.Hint == ui.MsgHintNeverDarkPart
			if r.Holds() {
				assert.Equal(t, r.Talk.Degraded > 0, inPart)
			}
		})
	}
}

func TestSwipeAndKeysTurnSteps(t *testing.T) {
	l := ui.Compute(390, 844, 1)
	a := storyApp(t)
	a.Resize(390, 844, 1)
	y := l.Caption.Y + 2*l.Unit
	a.Pointer(300, y, ui.PointerDown)
	a.Pointer(100, y, ui.PointerUp)
	assert.Equal(t, 1, a.Story().Step(), "swipe left: next")
	a.Pointer(100, y, ui.PointerDown)
	a.Pointer(300, y, ui.PointerUp)
	assert.Equal(t, 0, a.Story().Step(), "swipe right: back")
	a.Key(ui.KeyRight, false, false)
	assert.Equal(t, 1, a.Story().Step())
	for a.Focus() != ui.CtlScrub {
		a.Key(ui.KeyTab, false, false)
	}
	a.Key(ui.KeyRight, false, false)
	assert.Equal(t, 1, a.Story().Step(), "on the scrub bar arrows move time")
}

func TestGotoScenarioAndAutoplay(t *testing.T) {
	a := storyApp(t)
	a.Goto(ui.Place{Mode: ui.ModeExplore, Lang: report.Korean, Scenario: "naver2022", Autoplay: true})
	assert.Equal(t, ui.ModeExplore, a.Mode())
	assert.Equal(t, "naver2022", a.Playback().Scenario().ID)
	assert.True(t, a.Playback().Fired())
	assert.True(t, a.Playback().Playing())
	a.Goto(ui.Place{Mode: ui.ModeExplore, Lang: report.English, Scenario: "no-such-preset"})
	assert.Equal(t, "kakao2022", a.Playback().Scenario().ID, "an unknown preset keeps the story's")
	assert.False(t, a.Playback().Playing(), "autoplay is off by default")
}

func TestPresenterKeys(t *testing.T) {
	a := storyApp(t)
	a.Goto(ui.ParsePlace("story=2&present=1", ui.Place{Lang: report.English}))
	require.True(t, a.Present())
	assert.Equal(t, "story=2&lang=en&present=1", a.Fragment(), "the link keeps presenter mode")
	a.Key(ui.KeyN, false, false)
	assert.True(t, a.Story().NotesOpen())
	assert.Equal(t, ui.ReqFullscreen, a.Key(ui.KeyF, false, false).Kind, "F asks the platform for full screen")
	assert.False(t, a.Playback().Fired(), "F does not start the fire in presenter mode")
	a.Key(ui.KeyP, false, false)
	assert.True(t, a.Playback().Fired() && a.Playback().Playing(), "P plays (starting the fire on step 2)")
	a.Key(ui.KeyP, false, false)
	assert.False(t, a.Playback().Playing(), "P pauses")
	a.Key(ui.KeyRight, false, false)
	assert.Equal(t, 2, a.Story().Step())
	l := ui.ComputePresent(1920, 1080, 1)
	assert.Greater(t, l.Unit, ui.Compute(1920, 1080, 1).Unit)
	m := measure(t)
	for _, lang := range langs {
		for i, w := range stepWords(t, lang) {
			_, _, _, _, ok := ui.StoryFit(&l, w, lang, true, m)
			assert.True(t, ok, "presenter %s step %d overflows", lang, i+1)
		}
	}
}

func TestParsePlace(t *testing.T) {
	def := ui.Place{Mode: ui.ModeStory, Lang: report.English}
	tests := []struct {
		in   string
		want ui.Place
	}{
		{"", def},
		{"story=5&lang=ko", ui.Place{Mode: ui.ModeStory, Step: 4, Lang: report.Korean}},
		{"story=10", ui.Place{Mode: ui.ModeStory, Step: 9, Lang: report.English}},
		{"explore&lang=ko", ui.Place{Mode: ui.ModeExplore, Lang: report.Korean}},
		{"story=99&lang=xx", def},
		{"story=-1", def},
		{"%%%", def},
		{"embed=1&step=3&lang=ko&childId=x", ui.Place{Mode: ui.ModeStory, Step: 2, Lang: report.Korean}},
		{"scenario=naver2022&autoplay=1", ui.Place{Mode: ui.ModeExplore, Lang: report.English, Scenario: "naver2022", Autoplay: true}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ui.ParsePlace(tt.in, def), tt.in)
	}
}

func TestAnnouncementSaysWhatTheCanvasShows(t *testing.T) {
	a := storyApp(t)
	s := a.Announcement()
	assert.Contains(t, s, "Step 1 of 11, A country on one company's apps.")
	assert.Contains(t, s, "15 Oct 15:00 KST.")
	assert.Contains(t, s, "Every app works.")
	a.Apply(ui.Action{Kind: ui.ActGoStep, N: 3})
	s = a.Announcement()
	assert.Contains(t, s, "Step 4 of 11")
	assert.Contains(t, s, "15 Oct 16:00 KST.", "the clock to the hour")
	assert.Contains(t, s, "Dark: KakaoTalk messaging, Photo and video sending")
	a.Apply(ui.Action{Kind: ui.ActSetLang, Lang: report.Korean})
	assert.Contains(t, a.Announcement(), "먹통: 카카오톡 메시지")
}

func TestEveryStepsSourcesAreListed(t *testing.T) {
	data, err := os.ReadFile("../../assets/story/sources.json")
	require.NoError(t, err)
	sources, err := ui.ParseSources(data)
	require.NoError(t, err)
	for i, st := range ui.Steps() {
		for _, id := range st.Sources {
			assert.Contains(t, sources, id, "step %d", i)
		}
	}
	_, err = ui.ParseSources([]byte(`{"sources": [{"id": "A1"}]}`))
	assert.ErrorContains(t, err, "lacks an id or a title")
}

// The page's query gives what the fragment does not: "?present=1" with
// "#story=4" opens step 4 in presenter mode; the fragment's parts win.
func TestQueryAndFragmentCompose(t *testing.T) {
	def := ui.Place{Mode: ui.ModeStory, Lang: report.English}
	tests := []struct {
		query, fragment string
		want            ui.Place
	}{
		{"present=1", "story=4&lang=en", ui.Place{Mode: ui.ModeStory, Step: 3, Lang: report.English, Present: true}},
		{"step=5&lang=ko", "", ui.Place{Mode: ui.ModeStory, Step: 4, Lang: report.Korean}},
		{"step=5&lang=ko", "story=2&lang=en", ui.Place{Mode: ui.ModeStory, Step: 1, Lang: report.English}},
		{"present=1", "explore", ui.Place{Mode: ui.ModeExplore, Lang: report.English, Present: true}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ui.ParsePlace(tt.fragment, ui.ParsePlace(tt.query, def)), "?%s#%s", tt.query, tt.fragment)
	}
}

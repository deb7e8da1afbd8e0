package ui_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// daejeonStep is the story's "three years later" step.
func daejeonStep(t *testing.T) int {
	t.Helper()
	for i, st := range ui.Steps() {
		if st.Scenario == "nirs2025" {
			return i
		}
	}
	t.Fatal("no step shows nirs2025")
	return 0
}

// The Daejeon step shows the data that had no copy elsewhere disappear:
// nothing before the fire, then every app the run lost data of, in the
// words and by the rule of the run on screen (none typed beside it).
func TestDaejeonStepShowsTheDataLostForGood(t *testing.T) {
	for _, lang := range langs {
		a := storyApp(t)
		a.Apply(ui.Action{Kind: ui.ActSetLang, Lang: lang})
		a.Apply(ui.Action{Kind: ui.ActGoStep, N: daejeonStep(t)})
		assert.Empty(t, a.Story().DataLost(), "nothing is lost before the fire")
		a.Apply(ui.Action{Kind: ui.ActStartFire})
		a.Apply(ui.Action{Kind: ui.ActSeek, T: sim.Never})
		lines := a.Story().DataLost()
		res := a.Playback().Result()
		want := 0
		for i, o := range res.Apps {
			if o.Data.Kind == sim.LossNone {
				continue
			}
			want++
			name := a.Playback().Scenario().Apps[i].Name.In(string(lang))
			var got *ui.DataLine
			for k := range lines {
				if lines[k].App == name {
					got = &lines[k]
				}
			}
			require.NotNil(t, got, "%s: %s lost data but the card does not say so", lang, o.ID)
			assert.Equal(t, report.LossSummary(o.Data, lang), got.Summary)
			assert.Equal(t, o.Data.ForGood, got.ForGood)
			assert.Contains(t, got.Rule, report.NewBook(a.Playback().Scenario()).LossRule(o.Data, lang))
		}
		assert.Len(t, lines, want)
		var gdrive bool
		for _, o := range res.Apps {
			if o.Data.Kind == sim.LossEverything && o.Data.ForGood {
				gdrive = true
			}
		}
		assert.True(t, gdrive, "%s: an app of Daejeon loses everything for good", lang)
	}
}

// Kakao lost no data (as Kakao said): no step of its story shows any.
func TestKakaoStepsShowNoDataLost(t *testing.T) {
	a := storyApp(t)
	for i, st := range ui.Steps() {
		if st.Scenario != "kakao2022" {
			continue
		}
		a.Apply(ui.Action{Kind: ui.ActGoStep, N: i})
		a.Apply(ui.Action{Kind: ui.ActSeek, T: sim.Never})
		assert.Empty(t, a.Story().DataLost(), "step %d", i+1)
	}
}

// The sandbox says the data lost beside the user-hours and the longest
// outage, and so does each side of the comparison, from the runs.
func TestSandboxSaysTheDataLost(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	assert.Equal(t, "none", a.State().Sandbox.DataLost)
	press(t, a, "tab-3")
	for i, id := range a.Box().Bases() {
		if id == "nirs2025" {
			press(t, a, "base-"+strconv.Itoa(i))
		}
	}
	require.Equal(t, "nirs2025", a.Box().Base.ID)
	out := a.Box().Out
	require.NotEmpty(t, out.DataApp, "Daejeon's design loses data under its incident")
	want := report.LossSummary(out.Data, report.English)
	assert.Equal(t, want, a.State().Sandbox.DataLost)
	line, forGood := a.Sandbox().DataLost()
	assert.Contains(t, line, want)
	assert.Equal(t, out.Data.ForGood, forGood)
	press(t, a, "tab-6")
	cmp := a.State().Sandbox.Compare
	require.Len(t, cmp, 2)
	assert.Equal(t, want, cmp[0].DataLost, "your side")
	assert.Equal(t, "none", cmp[1].DataLost, "Kakao 2022 lost none")
}

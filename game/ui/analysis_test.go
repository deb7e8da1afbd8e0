package ui_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// TestChartDrawsTheRun checks the timeline chart against the sandbox's
// run: a row per app whose bars tile the plot and whose dark stretches
// add up to the app's time down, an area whose top edge sits at the
// people without service at each time, and a tick per local midnight.
func TestChartDrawsTheRun(t *testing.T) {
	for _, vp := range viewports {
		a := sandboxApp(t, vp.w, vp.h)
		a.Box().Tab = ui.TabChart
		a.Resize(vp.w, vp.h, 1)
		ser := a.Box().Series
		r := a.Layout().ChartRect()
		c := a.Sandbox().Chart(r)
		require.Len(t, c.Rows, len(ser.Apps), vp.name)
		assert.Equal(t, ser.Peak, c.Peak)
		assert.Greater(t, c.Peak, int64(0), "the blank design's fire takes people's service away")
		px := c.Plot.W / float64(c.End) // pixels a second
		for a, row := range c.Rows {
			assert.Equal(t, ser.Apps[a].Name.En, row.Label)
			assert.InDelta(t, c.Plot.X, row.Bars[0].X, 1e-9)
			last := row.Bars[len(row.Bars)-1]
			assert.InDelta(t, c.Plot.X+c.Plot.W, last.X+last.W, 1e-6)
			var dark float64
			for _, b := range row.Bars {
				if b.Status == sim.StatusDown {
					dark += b.W
				}
			}
			down := a2down(ser.Apps[a])
			assert.InDelta(t, float64(down)*px, dark, 1e-6, "%s: %s dark", vp.name, row.Label)
			assert.True(t, row.Y >= r.Y && row.Y+row.H <= c.Area.Y, "%s: row %d inside the rows' band", vp.name, a)
		}
		bottom := c.Area.Y + c.Area.H
		for _, at := range []sim.Seconds{sim.Hour, ser.End / 3, ser.End / 2, ser.End - sim.Hour} {
			want := bottom - c.Area.H*float64(ser.UsersAt(at))/float64(c.Peak)
			assert.InDelta(t, want, lineAt(c.Line, c.XAt(at)), 1e-6, "%s: area at %s", vp.name, at)
		}
		assert.Len(t, c.Ticks, int(ser.End/sim.Day), "one tick a midnight in a week that starts at 15:19")
		assert.Equal(t, "16 Oct", c.Ticks[0].Label)
		assert.Equal(t, sim.Seconds(0), c.TimeAt(c.Plot.X-50), "clicks left of the plot clamp to the start")
		var plot ui.Rect
		for _, w := range a.Sandbox().Widgets() {
			if w.Kind == ui.WChart {
				plot = w.R
			}
		}
		assert.Equal(t, c.Plot, plot, "%s: the chart takes presses on its plot", vp.name)
		assert.Equal(t, ser.End/sim.Minute*sim.Minute, c.TimeAt(c.Plot.X+c.Plot.W+50))
		mid := c.TimeAt(c.XAt(ser.End / 2))
		assert.InDelta(t, float64(ser.End/2), float64(mid), float64(sim.Minute))
	}
}

// a2down returns an app's time down in its spans.
func a2down(as sim.AppSeries) sim.Seconds {
	var d sim.Seconds
	for _, sp := range as.Spans {
		if sp.Status == sim.StatusDown {
			d += sp.To - sp.From
		}
	}
	return d
}

// lineAt returns the y of the step line just right of x.
func lineAt(line []ui.Point, x float64) float64 {
	y := line[0].Y
	for _, p := range line {
		if p.X > x+1e-9 {
			break
		}
		y = p.Y
	}
	return y
}

// TestChartPressSeeks checks that a press on the chart starts the
// incident if need be and moves the clock there, and that arrow keys
// on the focused chart move it by an hour.
func TestChartPressSeeks(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	press(t, a, "tab-5")
	a.Resize(1280, 720, 1)
	c := a.Sandbox().Chart(a.Layout().ChartRect())
	x := c.XAt(30 * sim.Hour)
	a.Pointer(x, c.Rows[0].Y+2, ui.PointerDown)
	a.Pointer(x, c.Rows[0].Y+2, ui.PointerUp)
	require.True(t, a.Playback().Fired())
	assert.InDelta(t, float64(30*sim.Hour), float64(a.Playback().Now()), float64(sim.Minute))
	assert.False(t, a.Playback().Playing(), "a jump holds the clock where the reader put it")
	w, ok := focused(a)
	require.True(t, ok)
	require.Equal(t, ui.WChart, w.Kind)
	before := a.Playback().Now()
	a.Key(ui.KeyRight, false, false)
	assert.Equal(t, before+sim.Hour, a.Playback().Now())
	a.Key(ui.KeyLeft, true, false)
	assert.Equal(t, before+sim.Hour-sim.Day, a.Playback().Now())
}

// TestChartCSV checks the saved timeline: a header with each app, a row
// at 0 and at each change, and the people without service as the
// series has them.
func TestChartCSV(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	rows, err := csv.NewReader(bytes.NewReader(a.Sandbox().ChartCSV())).ReadAll()
	require.NoError(t, err)
	ser := a.Box().Series
	require.Len(t, rows[0], len(ser.Apps)+4)
	assert.Equal(t, "KakaoTalk messaging", rows[0][3])
	assert.Equal(t, "2022-10-15 15:19 KST", rows[1][0])
	assert.Equal(t, "0", rows[1][len(rows[1])-1])
	sawDown := false
	for _, row := range rows[1:] {
		var at sim.Seconds
		_, err := fmt.Sscan(row[1], &at)
		require.NoError(t, err)
		assert.Equal(t, fmt.Sprint(ser.UsersAt(at)), row[len(row)-1], "people without service at %s", row[0])
		sawDown = sawDown || row[3] == "down"
	}
	assert.True(t, sawDown, "KakaoTalk goes down in the blank design's fire")
}

// TestCompareKakaoWithItsPlan checks the Compare tab on the Kakao 2022
// design: beside Kakao's plan the plan loses fewer user-hours, and the
// differences name what the plan adds; beside itself nothing differs.
func TestCompareKakaoWithItsPlan(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	a.Box().StartFrom("kakao2022")
	press(t, a, "tab-6")
	a.Resize(1280, 720, 1)
	press(t, a, "versus-1")
	require.Equal(t, "kakao2022-fixed", a.Box().Versus)
	c := a.Box().Comparison()
	assert.Equal(t, a.Box().Out.UserHours, c.Sides[0].UserHours)
	assert.Equal(t, "talk", a.Box().Compiled.Apps[0].ID)
	assert.Less(t, c.Sides[1].Apps[0].Down, c.Sides[0].Apps[0].Down/2, "KakaoTalk is back far sooner under the plan")
	require.NotEmpty(t, c.Changes)
	var words []string
	for _, ch := range c.Changes {
		words = append(words, ui.ChangeText(ch, report.English))
		assert.NotEmpty(t, ui.ChangeText(ch, report.Korean))
	}
	assert.Contains(t, strings.Join(words, "\n"), "→", "changes say from what to what")

	press(t, a, "versus-0")
	c = a.Box().Comparison()
	assert.Empty(t, c.Changes, "the design beside its own unedited base")
	assert.Equal(t, c.Sides[0].UserHours, c.Sides[1].UserHours)
}

// TestNinesRunsOverUpdatesAndCancels checks that opening the Nines tab
// starts its run (the tab is not an empty panel), which moves on a step
// at a time, reaches every year, can be cancelled, and gives the same
// figures when run again; coming back to the tab keeps the figures.
func TestNinesRunsOverUpdatesAndCancels(t *testing.T) {
	a := sandboxApp(t, 1280, 720)
	require.Nil(t, a.Box().Nines)
	press(t, a, "tab-7")
	a.Resize(1280, 720, 1)
	run := a.Box().Nines
	require.True(t, run.Running())
	last := -1.0
	for i := 0; run.Running(); i++ {
		n := 0
		a.Box().WorkNines(func() bool { n++; return n <= 3 })
		p := run.Job.Progress()
		assert.GreaterOrEqual(t, p, last, "progress never goes back")
		last = p
		require.Less(t, i, 10000, "the run ends")
	}
	require.NoError(t, run.Job.Err())
	assert.Equal(t, ui.NinesYears, run.Job.Years())
	first := run.Job.Estimates()
	require.Len(t, first, len(a.Box().Compiled.Apps))
	press(t, a, "tab-6")
	press(t, a, "tab-7")
	assert.Same(t, run, a.Box().Nines, "back on the tab: the same figures, not a new run")

	press(t, a, "nines-run")
	a.Box().WorkNines(func() bool { return true })
	require.False(t, a.Box().Nines.Running())
	assert.Equal(t, first, a.Box().Nines.Job.Estimates(), "the same design gives the same figures")

	press(t, a, "nines-run")
	n := 0
	a.Box().WorkNines(func() bool { n++; return n <= 5 })
	press(t, a, "nines-run")
	assert.True(t, a.Box().Nines.Cancelled)
	assert.False(t, a.Box().Nines.Running())
	press(t, a, "tab-0")
	press(t, a, "site-add")
	assert.Nil(t, a.Box().Nines, "an edit drops the figures of the old design")
}

package ui

import (
	"bytes"

	"outagelab/sim"
	"outagelab/sim/report"
)

// File names the Chart, Compare and Nines tabs save under.
const (
	ChartPNGName = "outagelab-chart.png"
	ChartCSVName = "outagelab-timeline.csv"
)

// pressAnalysis carries out a press on a widget of the Chart, Compare
// or Nines tab. Enter on the focused chart plays or pauses the clock; a
// pointer on the chart goes through ChartSeek instead.
func (a *App) pressAnalysis(w Widget) {
	sb := a.Box()
	switch w.Kind {
	case WSavePNG:
		a.Req.SavePNG = true
	case WSaveCSV:
		a.Req.SaveCSV = true
	case WVersus:
		sb.SetVersus(VersusChoices()[w.I].ID)
	case WNinesRun:
		sb.StartNines()
	case WChart:
		a.P.TogglePlay()
	}
}

// Chart returns the timeline chart of the design's run laid out in r.
func (a *App) Chart(r Rect) Chart {
	return NewChart(a.Box().Series, a.P.ClockAt, r, a.Layout.Unit, string(a.Lang))
}

// ChartSeek moves the clock to the time under x on the chart, starting
// the incident first where it has not started.
func (a *App) ChartSeek(x float64) {
	c := a.Chart(a.Layout.ChartRect())
	if !a.P.Fired() {
		a.startFire()
		a.P.playing = false
	}
	a.P.Seek(c.TimeAt(x))
}

// chartKey moves the clock along a focused chart: an hour a press, a
// day with Shift. It reports whether it used the key.
func (a *App) chartKey(k Key, shift bool) bool {
	step := sim.Hour
	if shift {
		step = sim.Day
	}
	switch k {
	case KeyLeft:
		step = -step
	case KeyRight:
	default:
		return false
	}
	if !a.P.Fired() {
		a.startFire()
		a.P.playing = false
	}
	a.P.Seek(a.P.Now() + step)
	return true
}

// ChartCSV returns the design's run as CSV, for the Chart tab's save.
func (a *App) ChartCSV() []byte {
	var b bytes.Buffer
	if err := report.SeriesCSV(&b, a.Box().Series, a.P.ClockAt, a.Lang); err != nil {
		panic("ui: writing CSV to memory failed: " + err.Error())
	}
	return b.Bytes()
}

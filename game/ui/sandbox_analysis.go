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
func (s *SandboxScene) pressAnalysis(w Widget) Request {
	sb := s.box
	switch w.Kind {
	case WSavePNG:
		return Request{Kind: ReqSavePNG}
	case WSaveCSV:
		return Request{Kind: ReqSaveCSV}
	case WVersus:
		sb.SetVersus(VersusChoices()[w.I].ID)
	case WNinesRun:
		sb.StartNines()
	case WChart:
		s.p.TogglePlay()
	}
	return Request{}
}

// Chart returns the timeline chart of the design's run laid out in r.
func (s *SandboxScene) Chart(r Rect) Chart {
	return NewChart(s.box.Series, s.p.ClockAt, r, s.Layout().Unit, string(s.sh.Lang))
}

// ChartSeek moves the clock to the time under x on the chart, starting
// the incident first where it has not started.
func (s *SandboxScene) ChartSeek(x float64) {
	c := s.Chart(s.Layout().ChartRect())
	s.startPaused()
	s.p.Seek(c.TimeAt(x))
}

// chartKey moves the clock along a focused chart: an hour a press, a
// day with Shift. It reports whether it used the key.
func (s *SandboxScene) chartKey(k Key, shift bool) bool {
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
	s.startPaused()
	s.p.Seek(s.p.Now() + step)
	return true
}

// ChartCSV returns the design's run as CSV, for the Chart tab's save.
func (s *SandboxScene) ChartCSV() []byte {
	var b bytes.Buffer
	if err := report.SeriesCSV(&b, s.box.Series, s.p.ClockAt, s.sh.Lang); err != nil {
		panic("ui: writing CSV to memory failed: " + err.Error())
	}
	return b.Bytes()
}

package ui

import (
	"outagelab/sim"
	"outagelab/sim/report"
)

// Chart is the timeline chart worked out for a rectangle: a row of
// status bars per app over the whole run, and under them an area of the
// people without service, both on one time axis with a tick at each
// local midnight. The game draws it as it is; tests read it.
type Chart struct {
	// Plot spans the time axis: x = Plot.X at 0, Plot.X+Plot.W at End.
	Plot Rect
	// LabelX and LabelW place the apps' names left of the plot.
	LabelX, LabelW float64
	End            sim.Seconds
	Rows           []ChartRow
	// Area is the box of the people-without-service chart; Line its top
	// edge, left to right, as a step line from (Plot.X, bottom) to
	// (Plot.X+Plot.W, bottom).
	Area Rect
	Line []Point
	// Peak is the area's full height in people.
	Peak  int64
	Ticks []Tick
}

// ChartRow is one app's bar: its name and the stretches in each status.
type ChartRow struct {
	Label string
	Y, H  float64
	Bars  []ChartBar
}

// ChartBar is a stretch of a row drawn in the colour of its status.
type ChartBar struct {
	X, W   float64
	Status sim.Status
}

// Point is a point in layout pixels.
type Point struct{ X, Y float64 }

// Tick is a day boundary on the time axis with the date it begins.
type Tick struct {
	X     float64
	Label string
}

// NewChart lays out ser in r at text unit u: a label column, one row per
// app, and the area chart under the rows taking a third of the height.
// clock gives the civil time of a simulated time for the day ticks.
func NewChart(ser sim.Series, clock func(sim.Seconds) sim.Clock, r Rect, u float64, lang string) Chart {
	c := Chart{End: max(ser.End, 1), Peak: ser.Peak, Plot: chartPlot(r, u)}
	plotX := c.Plot.X
	c.LabelX, c.LabelW = r.X, plotX-r.X-0.5*u
	areaH := c.Plot.H * 0.32
	rowsH := c.Plot.H - areaH - 0.6*u
	n := max(len(ser.Apps), 1)
	pitch := rowsH / float64(n)
	for a, as := range ser.Apps {
		row := ChartRow{Label: as.Name.In(lang), Y: r.Y + float64(a)*pitch, H: pitch * 0.72}
		for _, sp := range as.Spans {
			x0, x1 := c.XAt(sp.From), c.XAt(sp.To)
			row.Bars = append(row.Bars, ChartBar{X: x0, W: x1 - x0, Status: sp.Status})
		}
		c.Rows = append(c.Rows, row)
	}
	c.Area = Rect{plotX, r.Y + rowsH + 0.6*u, c.Plot.W, areaH}
	c.Line = c.stepLine(ser.Out)
	start := clock(0)
	first := sim.Seconds(24*3600-(start.Hour*3600+start.Minute*60+start.Second)) % sim.Day
	for t := first; t <= c.End; t += sim.Day {
		c.Ticks = append(c.Ticks, Tick{X: c.XAt(t), Label: report.MonthDay(clock(t), report.Lang(lang))})
	}
	return c
}

// chartPlot returns the plot of a chart laid out in r at text unit u:
// right of the names' column, above the day labels.
func chartPlot(r Rect, u float64) Rect {
	labelW := min(9*u, r.W*0.3)
	return Rect{r.X + labelW, r.Y, r.W - labelW, r.H - 1.4*u}
}

// stepLine returns the area's top edge for the steps.
func (c *Chart) stepLine(out []sim.Step) []Point {
	bottom := c.Area.Y + c.Area.H
	y := func(users int64) float64 {
		if c.Peak == 0 {
			return bottom
		}
		return bottom - c.Area.H*float64(users)/float64(c.Peak)
	}
	pts := []Point{{c.Plot.X, bottom}}
	for _, st := range out {
		x := c.XAt(st.At)
		pts = append(pts, Point{x, pts[len(pts)-1].Y}, Point{x, y(st.Users)})
	}
	end := c.Plot.X + c.Plot.W
	return append(pts, Point{end, pts[len(pts)-1].Y}, Point{end, bottom})
}

// XAt returns the x of simulated time t, clamped to the run.
func (c *Chart) XAt(t sim.Seconds) float64 {
	t = min(max(t, 0), c.End)
	return c.Plot.X + c.Plot.W*float64(t)/float64(c.End)
}

// TimeAt returns the simulated time at x, clamped to the run, to the
// minute: what a click on the chart jumps to.
func (c *Chart) TimeAt(x float64) sim.Seconds {
	f := min(max((x-c.Plot.X)/c.Plot.W, 0), 1)
	t := sim.Seconds(f * float64(c.End))
	return t / sim.Minute * sim.Minute
}

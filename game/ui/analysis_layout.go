package ui

// analysisWidgets lays out the Chart, Compare and Nines tabs: a row of
// buttons at the top of the editor's body, and for the chart the plot,
// which takes presses.
func (sb *Sandbox) analysisWidgets(l *Layout, b Rect, rh, u float64, add func(WidgetKind, int, int, Rect)) {
	bw := min(7.5*u, (b.W-0.4*u)/2)
	switch sb.Tab {
	case TabChart:
		add(WSavePNG, 0, 0, Rect{b.X + b.W - 2*bw - 0.4*u, b.Y, bw, rh})
		add(WSaveCSV, 0, 0, Rect{b.X + b.W - bw, b.Y, bw, rh})
		add(WChart, 0, 0, chartPlot(l.ChartRect(), u))
	case TabCompare:
		n := len(VersusChoices())
		cw := (b.W - float64(n-1)*0.3*u) / float64(n)
		for i := range n {
			add(WVersus, i, 0, Rect{b.X + float64(i)*(cw+0.3*u), b.Y + 1.5*u, cw, rh})
		}
		add(WSavePNG, 0, 0, Rect{b.X + b.W - bw, b.Y + b.H - rh, bw, rh})
	case TabNines:
		add(WNinesRun, 0, 0, Rect{b.X, b.Y, min(11*u, b.W*0.5), rh})
		add(WSavePNG, 0, 0, Rect{b.X + b.W - bw, b.Y, bw, rh})
	}
}

// ChartLegend is where the Chart tab writes the status colours and the
// hint: beside the save buttons on a wide screen, under them on a phone.
func (l *Layout) ChartLegend() Rect {
	b := l.EditorBody()
	if l.Portrait {
		return Rect{b.X, b.Y + l.rowH() + 0.4*l.Unit, b.W, 2.2 * l.Unit}
	}
	return Rect{b.X, b.Y + 0.2*l.Unit, b.W, 2.2 * l.Unit}
}

// ChartRect is where the Chart tab draws the timeline chart: the
// editor's body under its buttons and legend.
func (l *Layout) ChartRect() Rect {
	b := l.EditorBody()
	lg := l.ChartLegend()
	top := max(l.rowH(), lg.Y+lg.H-b.Y) + 0.6*l.Unit
	return Rect{b.X, b.Y + top, b.W, b.H - top}
}

// CompareRect is where the Compare tab draws the two designs, under
// the choice of the other design: above the save button, or on a phone
// down beside it, where the list of differences runs short of it.
func (l *Layout) CompareRect() Rect {
	b := l.EditorBody()
	top := 1.5*l.Unit + l.rowH() + 0.6*l.Unit
	if l.Portrait {
		return Rect{b.X, b.Y + top, b.W, b.H - top}
	}
	return Rect{b.X, b.Y + top, b.W, b.H - top - l.rowH() - 0.4*l.Unit}
}

// NinesRect is where the Nines tab draws its results, under the run
// button.
func (l *Layout) NinesRect() Rect {
	b := l.EditorBody()
	top := l.rowH() + 0.6*l.Unit
	return Rect{b.X, b.Y + top, b.W, b.H - top}
}

package game

import (
	"fmt"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/avail"
	"outagelab/sim/design"
	"outagelab/sim/report"
)

// The Nines chart's time axis is logarithmic, in hours down a year,
// from a few seconds to a whole year.
const (
	logLo = -3.0 // 10^-3 h ≈ 4 s
	logHi = 4.0  // 10^4 h > 8,760 h
)

// uptimeTiers are the annual downtimes commonly quoted for the Uptime
// Institute's tiers (fact sheet D.1, [S131]–[S134]), in hours.
var uptimeTiers = [...]struct {
	Name  string
	Hours float64
}{{"I", 28.8}, {"II", 22.0}, {"III", 1.6}, {"IV", 0.4}}

// drawNinesTab draws the Nines tab: the run button, the progress or
// the summary, and once years have run a row per app with its
// availability.
func (d *sandboxDrawer) drawNinesTab(dst *ebiten.Image, ws []ui.Widget) {
	u := d.layout.Unit
	lang := d.v.Lang
	run := d.s.Box().Nines
	for _, w := range ws {
		switch w.Kind {
		case ui.WNinesRun:
			label := ui.Text(ui.AnNinesRun, lang)
			if run.Running() {
				label = ui.Text(ui.AnNinesCancel, lang)
			}
			d.button(dst, w.R, label, withAlpha(d.pal.Focus, 0.45), true)
		case ui.WSavePNG:
			d.button(dst, w.R, ui.Text(ui.AnSavePNG, lang), d.pal.PanelHi, true)
		}
	}
	d.drawNines(dst, d.layout.NinesRect(), u, d.drawNinesRowsStaged)
}

// drawNines draws the availability run's state in r at text unit u,
// with rows drawing the result rows (all at once, or a few a frame).
func (d *sandboxDrawer) drawNines(dst *ebiten.Image, r ui.Rect, u float64, rows func(*ebiten.Image, ui.Rect, float64, *design.Nines, *ui.NinesResults)) {
	lang := d.v.Lang
	run := d.s.Box().Nines
	if run == nil {
		_, lines := d.tf.fit(ui.Text(ui.AnNinesIntro, lang), 0.7*u, r.W, 4)
		for i, l := range lines {
			d.tf.draw(dst, l, 0.7*u, r.X, r.Y+float64(i)*u, d.pal.Muted, alignLeft)
		}
		return
	}
	head := d.ninesHead(r, u)
	d.drawNinesStatus(dst, head, u)
	res := run.Results()
	if res == nil || len(res.Est) == 0 {
		return // the rows appear when the run ends or is cancelled
	}
	rows(dst, d.ninesRowsRect(r, u), u, run.Job, res)
}

// ninesRowsRect is the part of the Nines results in r under the status:
// the rows and their axis. The rows come once the run has stopped, so
// they take the progress bar's place.
func (d *sandboxDrawer) ninesRowsRect(r ui.Rect, u float64) ui.Rect {
	y := r.Y + float64(len(d.ninesStatus(r.W, u)))*d.ninesLine(u) + 0.3*u
	return ui.Rect{X: r.X, Y: y, W: r.W, H: r.Y + r.H - y}
}

// ninesHead is the top of the Nines results in r: the status's lines
// and the progress bar. While the run goes on, only this part is
// redrawn.
func (d *sandboxDrawer) ninesHead(r ui.Rect, u float64) ui.Rect {
	return ui.Rect{X: r.X, Y: r.Y, W: r.W, H: float64(len(d.ninesStatus(r.W, u)))*d.ninesLine(u) + 1.1*u}
}

// ninesStatusPx is the Nines status's text size at text unit u, and
// ninesLine the height of its lines.
func (d *sandboxDrawer) ninesStatusPx(u float64) float64 {
	return max(0.62*u, d.layout.MinText())
}

func (d *sandboxDrawer) ninesLine(u float64) float64 { return d.ninesStatusPx(u) * 1.45 }

// drawNinesStatus draws the run's status in head: what it is doing or
// what it found, and while it runs the progress bar.
func (d *sandboxDrawer) drawNinesStatus(dst *ebiten.Image, head ui.Rect, u float64) {
	run := d.s.Box().Nines
	px, lh := d.ninesStatusPx(u), d.ninesLine(u)
	lines := d.ninesStatus(head.W, u)
	for i, l := range lines {
		d.tf.draw(dst, l, px, head.X, head.Y+float64(i)*lh, d.pal.Muted, alignLeft)
	}
	if run.Running() {
		bar := ui.Rect{X: head.X, Y: head.Y + float64(len(lines))*lh + 0.2*u, W: head.W, H: 0.5 * u}
		d.paint.fillRound(dst, bar, bar.H/2, d.pal.Dark)
		d.paint.fillRound(dst, ui.Rect{X: bar.X, Y: bar.Y, W: bar.W * run.Job.Progress(), H: bar.H}, bar.H/2, d.pal.Power)
	}
}

// ninesStatus returns the run's status in lines of width w: what it is
// doing or what it found.
func (d *sandboxDrawer) ninesStatus(w, u float64) []string {
	lang := d.v.Lang
	run := d.s.Box().Nines
	job := run.Job
	status := ui.Text(ui.AnNinesMeasuring, lang)
	switch {
	case run.Cancelled:
		status = ui.Textf(ui.AnNinesCancelled, lang, report.Count(int64(job.Years()), lang))
	case job.Done():
		res := run.Results()
		status = ui.Textf(ui.AnNinesDone, lang, report.Count(int64(job.Years()), lang)) + " " +
			ui.Textf(ui.AnNinesFit, lang, res.Fit, len(res.Est))
	case job.Years() > 0:
		status = ui.Textf(ui.AnNinesYears, lang, report.Count(int64(job.Years()), lang), report.Count(ui.NinesYears, lang))
	}
	_, lines := d.tf.fit(status, d.ninesStatusPx(u), w, 3)
	return lines
}

// ninesRowsBudget is about how long one frame spends drawing the Nines
// rows into their layer. Drawing all of Kakao's eight rows at once (a
// few hundred glyphs, the bars and ticks) took 15-25 ms, a dropped
// frame; a few a frame, they appear top to bottom within a few frames.
const ninesRowsBudget = time.Millisecond

// ninesRowsKey is what the Nines rows on screen depend on.
type ninesRowsKey struct {
	res     *ui.NinesResults
	r       ui.Rect
	u       float64
	lang    report.Lang
	present bool
}

// ninesStaged is the Nines rows' layer and how many of its parts (the
// rows, then the axis) are drawn in it.
type ninesStaged struct {
	ly   layer[ninesRowsKey]
	done int
	rows int // of the rows, how many fit (ninesGeometry)
}

// drawNinesRowsStaged draws the Nines rows in r a few at a time: each
// call draws more of them into a layer, for about ninesRowsBudget, and
// copies the layer to dst. ninesRowsPending says whether there is more.
func (d *sandboxDrawer) drawNinesRowsStaged(dst *ebiten.Image, r ui.Rect, u float64, job *design.Nines, res *ui.NinesResults) {
	st := &d.ninesStaged
	if st.ly.stale(dst, ninesRowsKey{res: res, r: r, u: u, lang: d.v.Lang, present: d.v.Present}, r) {
		st.done = 0
	}
	geo := d.ninesGeometry(r, u, job, res)
	st.rows = geo.rows
	start := time.Now()
	for first := true; st.done <= geo.rows && (first || time.Since(start) < ninesRowsBudget); first = false {
		if st.done < geo.rows {
			d.drawNinesRow(st.ly.img, geo, st.done, job, res)
		} else {
			d.drawNinesAxis(st.ly.img, geo, len(res.Est))
		}
		st.done++
	}
	st.ly.copyTo(dst, r)
}

// ninesRowsPending reports whether the Nines rows on screen are not all
// drawn yet.
func (d *sandboxDrawer) ninesRowsPending() bool {
	if d.s.Box().Tab != ui.TabNines {
		return false
	}
	run := d.s.Box().Nines
	if run == nil {
		return false
	}
	res := run.Results()
	st := &d.ninesStaged
	return res != nil && len(res.Est) > 0 && st.ly.ok && st.ly.key.res == res && st.done <= st.rows
}

// drawNinesRows draws all the Nines rows in r at once (the saved
// picture).
func (d *sandboxDrawer) drawNinesRows(dst *ebiten.Image, r ui.Rect, u float64, job *design.Nines, res *ui.NinesResults) {
	geo := d.ninesGeometry(r, u, job, res)
	for a := range geo.rows {
		d.drawNinesRow(dst, geo, a, job, res)
	}
	d.drawNinesAxis(dst, geo, len(res.Est))
}

// ninesGeometry is where the Nines rows go in r at text unit u.
type ninesGeometry struct {
	r                ui.Rect
	u, px, lh, pitch float64
	barX, barW       float64
	three            bool // narrow: the outage figures get a line of their own
	// compact is a phone's short panel: two lines a row, the figure
	// without its interval and the outage without its longest and its
	// data lost (the saved picture has them).
	compact bool
	// rows is how many rows fit; the rest are counted under them.
	rows int
	// caption is the axis's caption in one line or, on a narrow panel,
	// two (what the bars measure; whose tiers the lines are).
	caption []string
}

func (d *sandboxDrawer) ninesGeometry(r ui.Rect, u float64, job *design.Nines, res *ui.NinesResults) ninesGeometry {
	n := len(res.Est)
	px := max(0.6*u, d.layout.MinText()) // the size the words are drawn at
	geo := ninesGeometry{r: r, u: u, px: px, lh: px * 1.4, barX: r.X, barW: r.W, three: r.W < 30*u, rows: n}
	per := 2.0
	if geo.three {
		per = 3
	}
	lang := d.v.Lang
	geo.caption = []string{ui.Text(ui.AnNinesAxis, lang) + " (log) · " + ui.Text(ui.AnNinesTiers, lang)}
	if d.tf.width(geo.caption[0], px) > r.W {
		geo.caption = []string{ui.Text(ui.AnNinesAxis, lang) + " (log)", ui.Text(ui.AnNinesTiers, lang)}
	}
	axisH := float64(1+len(geo.caption))*geo.lh + 0.2*geo.lh
	fit := func() float64 { return min((r.H-axisH)/float64(max(n, 1)), per*geo.lh+0.25*u) }
	geo.pitch = fit()
	if geo.three && geo.pitch < per*geo.lh+0.1*u {
		geo.three, geo.compact, per = false, true, 2
		geo.pitch = fit()
	}
	if geo.pitch < per*geo.lh+0.1*u { // still too many: as many as fit, the rest counted
		geo.pitch = per*geo.lh + 0.1*u
		geo.rows = max(int((r.H-axisH-geo.lh)/geo.pitch), 1)
	}
	if !geo.three {
		// The bar gives the outage figures beside it the room the
		// widest row's need, down to a third of the row.
		widest := 0.0
		for a := range geo.rows {
			widest = max(widest, d.tf.width(d.ninesOuts(geo, a, job, res), px))
		}
		geo.barW = min(max(r.W-widest-0.6*u, r.W/3), r.W*0.55)
	}
	return geo
}

// ninesOuts is the line of app a's row under its figure: its hours down
// a year and, unless the panel is compact, its longest outage and the
// data it lost.
func (d *sandboxDrawer) ninesOuts(geo ninesGeometry, a int, job *design.Nines, res *ui.NinesResults) string {
	lang := d.v.Lang
	e := res.Est[a]
	outs := ui.Textf(ui.AnNinesPerYear, lang, hours(e.DowntimeHoursPerYear, lang))
	if !geo.compact {
		outs += " · " + ui.Textf(ui.AnNinesRTO, lang, rto(e.MaxOutageHours, job.HorizonHours, lang)) + " · " +
			ui.Textf(ui.AnNinesRPO, lang, rpo(e.LossHours, lang))
	}
	return outs
}

// xAt is where hours down a year fall on the log axis.
func (geo ninesGeometry) xAt(hours float64) float64 {
	l := math.Log10(max(hours, math.Pow(10, logLo)))
	return geo.barX + geo.barW*(min(l, logHi)-logLo)/(logHi-logLo)
}

// drawNinesRow draws app a's row: its name and availability with the
// interval and the nines, a bar of its hours down a year on a log scale
// with the interval as a whisker and the formula as a tick, the Uptime
// tiers as lines across the bar, and its longest outage and data lost.
func (d *sandboxDrawer) drawNinesRow(dst *ebiten.Image, geo ninesGeometry, a int, job *design.Nines, res *ui.NinesResults) {
	lang := d.v.Lang
	r, u, px, lh := geo.r, geo.u, geo.px, geo.lh
	e := res.Est[a]
	y := r.Y + float64(a)*geo.pitch
	name := job.Apps[a].Name.In(string(lang))
	fig := ui.Textf(ui.AnNinesFigure, lang, pct(e.Availability), pct(e.Low), pct(e.High), avail.Nines(e.Availability))
	if geo.compact {
		fig = ui.Textf(ui.AnNinesFigureShort, lang, pct(e.Availability), avail.Nines(e.Availability))
	}
	figW := d.tf.width(fig, px)
	d.tf.draw(dst, d.clip(name, px, r.W-figW-0.6*u), px, r.X, y, d.pal.Text, alignLeft)
	d.tf.draw(dst, fig, px, r.X+r.W, y, d.pal.Power, alignRight)
	by := y + lh
	bar := ui.Rect{X: geo.barX, Y: by + 0.1*lh, W: geo.barW, H: 0.7 * lh}
	d.paint.rect(dst, bar, d.pal.Dark)
	down := e.DowntimeHoursPerYear
	if down > 0 {
		d.paint.rect(dst, ui.Rect{X: bar.X, Y: bar.Y, W: geo.xAt(down) - bar.X, H: bar.H}, d.pal.Fire)
		lo, hi := (1-e.High)*avail.HoursPerYear, (1-e.Low)*avail.HoursPerYear
		d.paint.line(dst, geo.xAt(lo), bar.Y+bar.H/2, geo.xAt(hi), bar.Y+bar.H/2, max(1, 0.1*u), d.pal.Text)
	}
	for _, t := range uptimeTiers {
		x := geo.xAt(t.Hours)
		d.paint.line(dst, x, bar.Y, x, bar.Y+bar.H, 1, withAlpha(d.pal.Focus, 0.8))
	}
	if f := res.Formula[a]; f < 1 {
		x := geo.xAt((1 - f) * avail.HoursPerYear)
		d.paint.line(dst, x, bar.Y-0.15*lh, x, bar.Y+bar.H+0.15*lh, max(1.5, 0.12*u), d.pal.Text)
	}
	outs := d.ninesOuts(geo, a, job, res)
	if geo.three {
		d.tf.draw(dst, d.clip(outs, px, r.W), px, r.X, by+lh, d.pal.Muted, alignLeft)
	} else {
		d.tf.draw(dst, d.clip(outs, px, r.W-geo.barW-0.6*u), px, r.X+r.W, by, d.pal.Muted, alignRight)
	}
}

// drawNinesAxis draws, under n rows, the tiers' names, the axis's
// ticks at each power of ten and its caption.
func (d *sandboxDrawer) drawNinesAxis(dst *ebiten.Image, geo ninesGeometry, n int) {
	lang := d.v.Lang
	r, u := geo.r, geo.u
	bottom := r.Y + float64(geo.rows)*geo.pitch
	if geo.rows < n {
		d.tf.draw(dst, ui.Textf(ui.AnCmpMore, lang, n-geo.rows), geo.px, r.X, bottom, d.pal.Muted, alignLeft)
		bottom += geo.lh
	}
	// IV's name left of its line and III's right of its (a fraction of
	// a decade apart); II's and I's lines, a few pixels apart at any
	// width, share one name right of I's.
	for _, t := range uptimeTiers {
		x, name, al, dx := geo.xAt(t.Hours), t.Name, alignLeft, 0.2*u
		switch t.Name {
		case "II":
			continue
		case "I":
			name = "II·I"
		case "IV":
			al, dx = alignRight, -0.2*u
		}
		d.tf.draw(dst, name, geo.px, x+dx, bottom+0.1*u, d.pal.Focus, al)
	}
	for k := int(logLo); k <= int(logHi); k++ {
		x := geo.xAt(math.Pow(10, float64(k)))
		d.paint.line(dst, x, bottom, x, bottom+0.25*u, 1, d.pal.Line)
	}
	for i, line := range geo.caption {
		d.tf.draw(dst, d.clip(line, geo.px, r.W), geo.px, r.X, bottom+float64(i+1)*geo.lh, d.pal.Muted, alignLeft)
	}
}

// pct formats an availability as a percentage with enough digits to
// show its nines.
func pct(a float64) string {
	d := min(max(int(math.Ceil(avail.Nines(a)))-1, 1), 6)
	return fmt.Sprintf("%.*f%%", d, 100*a)
}

// hours formats a number of hours for the Nines tab.
func hours(h float64, l report.Lang) string {
	return report.Duration(sim.Seconds(h*float64(sim.Hour)+0.5), l)
}

// rto formats the longest outage, which an incident's run cuts off at
// its horizon.
func rto(h, horizon float64, l report.Lang) string {
	if h >= horizon {
		return ui.Textf(ui.AnRTOHorizon, l, int(horizon/24))
	}
	return hours(h, l)
}

// rpo names the data an app lost, in hours of writes.
func rpo(h float64, l report.Lang) string {
	switch {
	case h >= design.AllData:
		return ui.Text(ui.AnRPOAll, l)
	case h > 0:
		return ui.Textf(ui.AnRPOUpTo, l, report.Span(sim.Seconds(h*float64(sim.Hour)+0.5), l))
	}
	return ui.Text(ui.AnRPONone, l)
}

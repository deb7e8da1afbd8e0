package game

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/design"
)

// drawSandboxCaption draws the sandbox's toolbar and, under it, the
// design's yearly cost against what the incident did, and the last
// message.
func (d *sandboxDrawer) drawSandboxCaption(dst *ebiten.Image, ws []ui.Widget) {
	l := &d.layout
	u := l.Unit
	a := d.s
	lang := d.v.Lang
	r := l.Caption
	d.paint.fillRound(dst, r, 0.5*u, d.pal.Panel)
	for _, w := range ws {
		switch w.Kind {
		case ui.WUndo:
			d.button(dst, w.R, ui.Text(ui.SbUndo, lang), d.pal.PanelHi, a.Box().CanUndo())
		case ui.WRedo:
			d.button(dst, w.R, ui.Text(ui.SbRedo, lang), d.pal.PanelHi, a.Box().CanRedo())
		case ui.WCopyLink:
			d.button(dst, w.R, ui.Text(ui.SbCopyLink, lang), withAlpha(d.pal.Focus, 0.45), true)
		}
	}
	s := l.SandboxStatus()
	px := 0.85 * u
	lh := px * 1.35
	cost := a.Cost()
	out := a.Outcome()
	note, bad := a.Note()
	outColor := d.pal.Up
	if a.Box().Out.Dark > 0 {
		outColor = d.pal.Degraded
	}
	noteColor := d.pal.Muted
	if bad {
		noteColor = d.pal.Fire
	}
	data, forGood := a.DataLost()
	dataColor := d.pal.Degraded
	if forGood {
		dataColor = d.pal.Fire
	}
	if !l.Portrait {
		// Landscape: cost and outcome side by side, the message under
		// them, beside the data lost where the design lost any.
		d.tf.draw(dst, d.clip(cost, px, s.W*0.45), px, s.X, s.Y, d.pal.Power, alignLeft)
		d.tf.draw(dst, d.clip(out, px, s.W*0.54), px, s.X+s.W, s.Y, outColor, alignRight)
		noteW := s.W
		if data != "" {
			noteW = s.W * 0.45
			d.tf.draw(dst, d.clip(data, px, s.W*0.54), px, s.X+s.W, s.Y+lh, dataColor, alignRight)
		}
		d.tf.draw(dst, d.clip(note, px, noteW), px, s.X, s.Y+lh, noteColor, alignLeft)
		return
	}
	// Portrait: the cost, the outcome on up to two lines, the data lost
	// where the design lost any, and the message on the lines left.
	d.tf.draw(dst, d.clip(cost, px, s.W), px, s.X, s.Y, d.pal.Power, alignLeft)
	total, dataN := l.SandboxStatusLines(), 0
	if data != "" {
		dataN = 1
	}
	outN := max(1, min(2, total-2-dataN))
	if bad && total-1-dataN-outN < 2 { // a problem's message keeps two lines
		outN = 1
	}
	row := 1
	opx, outLines := d.wrapClip(out, px, s.W, outN)
	for _, w := range outLines {
		d.tf.draw(dst, w, opx, s.X, s.Y+float64(row)*lh, outColor, alignLeft)
		row++
	}
	if data != "" {
		d.tf.draw(dst, d.clip(data, px, s.W), px, s.X, s.Y+float64(row)*lh, dataColor, alignLeft)
		row++
	}
	npx, noteLines := d.wrapClip(note, px, s.W, max(1, total-row))
	for _, w := range noteLines {
		d.tf.draw(dst, w, npx, s.X, s.Y+float64(row)*lh, noteColor, alignLeft)
		row++
	}
}

// wrapClip wraps s into at most n lines of width w at a size no bigger
// than px (fit), the last line clipped with "…" where s needs more.
func (d *sandboxDrawer) wrapClip(s string, px, w float64, n int) (float64, []string) {
	size, lines := d.tf.fit(s, px, w, n)
	if len(lines) > n {
		lines = append(lines[:n-1:n-1], d.clip(strings.Join(lines[n-1:], " "), size, w))
	}
	return size, lines
}

// drawEditor draws the sandbox's editor over the building's panel: the
// tabs, then the tab's page; the Inside tab shows the building.
func (d *sandboxDrawer) drawEditor(dst *ebiten.Image, ws []ui.Widget) {
	l := &d.layout
	u := l.Unit
	a := d.s
	sb := a.Box()
	lang := d.v.Lang
	if sb.Tab == ui.TabInside {
		d.drawSite(dst)
		d.drawInsideParts(dst, ws)
	} else {
		d.paint.fillRound(dst, l.Site, 0.5*u, d.pal.Panel)
	}
	tabs := []ui.Msg{ui.SbTabSites, ui.SbTabServices, ui.SbTabIncident, ui.SbTabStart, ui.SbTabInside,
		ui.SbTabChart, ui.SbTabCompare, ui.SbTabNines, ui.SbTabBuild}
	for _, w := range ws {
		if w.Kind == ui.WTab {
			bg := d.pal.PanelHi
			if ui.Tab(w.I) == sb.Tab {
				bg = d.pal.Line
			}
			d.button(dst, w.R, ui.Text(tabs[w.I], lang), bg, true)
		}
	}
	if sb.Tab == ui.TabInside {
		return
	}
	body := l.EditorBody()
	switch sb.Tab {
	case ui.TabBuild:
		d.drawBuildTab(dst, ws)
	case ui.TabSites:
		d.drawSitesTab(dst, ws)
	case ui.TabServices:
		d.drawServicesTab(dst, ws, body)
	case ui.TabIncident:
		d.drawIncidentTab(dst, ws, body)
	case ui.TabChart:
		d.drawChartTab(dst, ws, body)
	case ui.TabCompare:
		d.drawCompareTab(dst, ws, body)
	case ui.TabNines:
		d.drawNinesTab(dst, ws)
	case ui.TabStart:
		d.tf.draw(dst, ui.Text(ui.SbStartFrom, lang), 0.8*u, body.X, body.Y+0.2*u, d.pal.Muted, alignLeft)
		for _, w := range ws {
			switch w.Kind {
			case ui.WBase:
				id := sb.Bases()[w.I]
				d.button(dst, w.R, d.baseTitle(id), d.pal.PanelHi, true)
				if id == sb.Base.ID {
					d.paint.strokeRound(dst, w.R, 0.5*u, max(1, 0.12*u), d.pal.Power)
				}
			case ui.WExport:
				d.tf.draw(dst, ui.Text(ui.SbFiles, lang), 0.8*u, body.X, w.R.Y-1.4*u, d.pal.Muted, alignLeft)
				d.button(dst, w.R, ui.Text(ui.SbExport, lang), d.pal.PanelHi, true)
			case ui.WImport:
				d.button(dst, w.R, ui.Text(ui.SbImport, lang), d.pal.PanelHi, true)
			}
		}
	}
}

// baseTitle names a base of the "start from" menu in the reader's
// language.
func (d *sandboxDrawer) baseTitle(id string) string {
	if s := d.s.Box().BaseScenario(id); s != nil {
		return s.Title.In(string(d.v.Lang))
	}
	return id
}

// drawSitesTab draws the site chips and the picked site's settings: on
// a laptop each setting's name in a column left of its control, on a
// phone held upright (ui.Layout.SitesCompact) the names inside the
// controls: the picked site's number before its name, each switch's
// name beside its mark, each stepper's name over its value between
// minus and plus.
func (d *sandboxDrawer) drawSitesTab(dst *ebiten.Image, ws []ui.Widget) {
	l := &d.layout
	u := l.Unit
	a := d.s
	sb := a.Box()
	lang := d.v.Lang
	st := sb.D.Sites[sb.Sel]
	compact := l.SitesCompact()
	px := max(0.8*u, l.MinText())
	mid := func(r ui.Rect) float64 { return r.Y + (r.H-px*1.2)/2 }
	switchWord := func(m ui.Msg, on bool) string {
		switch {
		case compact:
			return ui.Text(m, lang)
		case on:
			return ui.Text(ui.SbOn, lang)
		}
		return ui.Text(ui.SbOff, lang)
	}
	if !compact {
		labels := []ui.Msg{ui.SbName, ui.SbWall, ui.SbZoneCut, ui.SbGenerators, ui.SbFuel, ui.SbUPS}
		for i, m := range labels {
			r := l.SitesRowLabel(i + 1)
			d.tf.draw(dst, d.clip(ui.Text(m, lang), px, r.W), px, r.X, mid(r), d.pal.Muted, alignLeft)
		}
	}
	var minus ui.Rect
	for _, w := range ws {
		switch w.Kind {
		case ui.WSiteChip:
			bg := d.pal.PanelHi
			if w.I == sb.Sel {
				bg = d.pal.Line
			}
			d.button(dst, w.R, fmt.Sprint(w.I+1), bg, true)
		case ui.WSiteAdd:
			d.button(dst, w.R, ui.Text(ui.SbAddSite, lang), d.pal.PanelHi, len(sb.D.Sites) < design.MaxSites)
		case ui.WName:
			d.paint.fillRound(dst, w.R, 0.4*u, d.pal.Dark)
			x := w.R.X + 0.4*u
			if compact { // the site's number, as the map marks it
				num := fmt.Sprint(sb.Sel + 1)
				d.tf.draw(dst, num, px, x, mid(w.R), d.pal.Power, alignLeft)
				x += d.tf.width(num, px) + 0.5*u
			}
			name := sb.SiteName(sb.Sel, string(lang))
			if sb.Typing && d.v.Focus >= ui.CtlWidget && d.frames/30%2 == 0 {
				name += "|"
			}
			d.tf.draw(dst, d.clip(name, px, w.R.X+w.R.W-0.4*u-x), px, x, mid(w.R), d.pal.Text, alignLeft)
		case ui.WWall:
			d.toggle(dst, w.R, switchWord(ui.SbWall, st.Wall), st.Wall)
		case ui.WZoneCut:
			d.toggle(dst, w.R, switchWord(ui.SbZoneCut, st.ZoneCut), st.ZoneCut)
		case ui.WGenMinus, ui.WFuelMinus, ui.WUPSMinus:
			d.button(dst, w.R, "–", d.pal.PanelHi, true)
			minus = w.R // laid out just before its plus
		case ui.WGenPlus, ui.WFuelPlus, ui.WUPSPlus:
			d.button(dst, w.R, "+", d.pal.PanelHi, true)
			name, val := ui.SbGenerators, ui.Textf(ui.SbUnits, lang, st.Generators)
			switch w.Kind {
			case ui.WFuelPlus:
				name, val = ui.SbFuelShort, ui.Textf(ui.SbHours, lang, st.FuelHours)
			case ui.WUPSPlus:
				name, val = ui.SbUPSShort, ui.Textf(ui.SbMinutes, lang, st.UPSMin)
			}
			x0, x1 := minus.X+minus.W, w.R.X
			cx, room := (x0+x1)/2, x1-x0-0.3*u
			y := mid(w.R)
			if compact {
				d.tf.draw(dst, d.clip(ui.Text(name, lang), px, room), px, cx, w.R.Y+w.R.H/2-px*1.2, d.pal.Muted, alignCenter)
				y = w.R.Y + w.R.H/2
			}
			d.tf.draw(dst, d.clip(val, px, room), px, cx, y, d.pal.Text, alignCenter)
		case ui.WSiteRemove:
			d.button(dst, w.R, ui.Text(ui.SbRemoveSite, lang), d.pal.PanelHi, len(sb.D.Sites) > 1)
			b := l.EditorBody()
			hint := ui.Text(ui.SbSiteHint, lang)
			if y := w.R.Y + w.R.H + 0.5*u; !compact && y+px*1.3 < b.Y+b.H {
				_, lines := d.tf.fit(hint, 0.7*u, b.W, 2)
				for k, ln := range lines {
					d.tf.draw(dst, ln, 0.7*u, b.X, y+float64(k)*0.95*u, d.pal.Muted, alignLeft)
				}
			}
		}
	}
}

// toggle draws an on/off switch with its word, so that the state shows
// without colour.
func (d *sandboxDrawer) toggle(dst *ebiten.Image, r ui.Rect, label string, on bool) {
	u := d.layout.Unit
	bg := d.pal.PanelHi
	if on {
		bg = withAlpha(d.pal.Up, 0.35)
	}
	d.paint.fillRound(dst, r, 0.5*u, bg)
	mark := "○ "
	if on {
		mark = "● "
	}
	px := max(0.8*u, d.layout.MinText())
	d.tf.draw(dst, d.clip(mark+label, px, r.W-0.4*u), px, r.X+r.W/2, r.Y+(r.H-px*1.2)/2, d.pal.Text, alignCenter)
}

// drawServicesTab draws each component's name, mode and copies, a page
// at a time.
func (d *sandboxDrawer) drawServicesTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	l := &d.layout
	u := l.Unit
	a := d.s
	sb := a.Box()
	lang := d.v.Lang
	px := 0.75 * u
	head := ui.Text(ui.SbColComponent, lang) + " · " + ui.Text(ui.SbColMode, lang) + " · " + ui.Text(ui.SbColCopies, lang)
	d.tf.draw(dst, d.clip(head, px, body.W*0.55), px, body.X, body.Y+0.5*u, d.pal.Muted, alignLeft)
	page := min(sb.Page, sb.Pages(l)-1)
	for r, c := range sb.PageComps(l) {
		row := l.ServiceRow(r)
		name := sb.Base.Comps[c].Name.In(string(lang))
		d.tf.draw(dst, d.clip(name, px, row.W*0.33), px, row.X, row.Y+(l.Unit*2.2-px*1.2)/2, d.pal.Text, alignLeft)
	}
	for _, w := range ws {
		switch w.Kind {
		case ui.WPagePrev:
			d.button(dst, w.R, "▲", d.pal.PanelHi, page > 0)
			d.tf.draw(dst, ui.Textf(ui.SbPage, lang, page+1, sb.Pages(l)), px, w.R.X+w.R.W+1.7*u, w.R.Y+(w.R.H-px*1.2)/2, d.pal.Muted, alignCenter)
		case ui.WPageNext:
			d.button(dst, w.R, "▼", d.pal.PanelHi, page < sb.Pages(l)-1)
		case ui.WCompMode:
			m := sb.D.Comps[w.I].Mode
			d.button(dst, w.R, ui.Text(ui.ModeMsg(m), lang), modeColor(d, m), true)
		case ui.WCompSite:
			cp := sb.D.Comps[w.I]
			used, primary := false, false
			for k, s := range cp.Sites {
				if s == w.J {
					used, primary = true, k == 0
				}
			}
			if cp.Mode == sim.ModeSingle && !primary {
				used = false
			}
			bg := d.pal.Dark
			label := fmt.Sprint(w.J + 1)
			if used {
				bg = withAlpha(d.pal.Up, 0.45)
				label = "●" + label
			}
			if primary {
				bg = withAlpha(d.pal.Power, 0.5)
				label = "★" + fmt.Sprint(w.J+1)
			}
			d.button(dst, w.R, label, bg, true)
		}
	}
}

// modeColor tints a mode button from the cheapest (plain) to the most
// resilient (green).
func modeColor(d *sandboxDrawer, m sim.Mode) color.Color {
	switch m {
	case sim.ModeAuto, sim.ModeActive:
		return withAlpha(d.pal.Up, 0.35)
	case sim.ModeManual, sim.ModeBackup:
		return withAlpha(d.pal.Degraded, 0.35)
	}
	return d.pal.PanelHi
}

// drawIncidentTab draws the incident kinds, the site and the room.
func (d *sandboxDrawer) drawIncidentTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	l := &d.layout
	u := l.Unit
	a := d.s
	sb := a.Box()
	lang := d.v.Lang
	in := sb.D.Incident
	px := 0.75 * u
	y := l.IncidentRowY()
	switch in.Kind {
	case design.IncChaos:
		n := len(a.IncidentLines())
		d.tf.draw(dst, ui.Textf(ui.SbChaosDraw, lang, in.Seed, n), px, body.X+10*u, y+0.6*u, d.pal.Muted, alignLeft)
	case design.IncRecorded:
	default:
		d.tf.draw(dst, ui.Text(ui.SbWhere, lang), px, body.X, y-1.3*u, d.pal.Muted, alignLeft)
		if in.Kind == design.IncFire {
			d.tf.draw(dst, ui.Text(ui.SbRoom, lang), px, body.X, y+l.Unit*2.2+0.2*u, d.pal.Muted, alignLeft)
		}
	}
	lines := a.IncidentLines()
	ly := body.Y + body.H - float64(len(lines))*1.15*u
	for _, ln := range lines {
		if ly > y+2.6*u {
			d.tf.draw(dst, d.clip("• "+ln, px, body.W), px, body.X, ly, d.pal.Flame, alignLeft)
		}
		ly += 1.15 * u
	}
	kinds := design.Incidents()
	for _, w := range ws {
		switch w.Kind {
		case ui.WIncKind:
			bg := d.pal.PanelHi
			if kinds[w.I] == in.Kind {
				bg = withAlpha(d.pal.Fire, 0.55)
			}
			d.button(dst, w.R, ui.Text(ui.IncidentMsg(kinds[w.I]), lang), bg, true)
		case ui.WIncSite:
			bg := d.pal.PanelHi
			if w.I == in.Site {
				bg = withAlpha(d.pal.Fire, 0.55)
			}
			d.button(dst, w.R, fmt.Sprint(w.I+1), bg, true)
		case ui.WIncRoom:
			bg := d.pal.PanelHi
			if w.I == in.Room {
				bg = withAlpha(d.pal.Fire, 0.55)
			}
			room := sb.Rooms(in.Site)[w.I]
			d.button(dst, w.R, room.Name.In(string(lang)), bg, true)
		case ui.WReroll:
			d.button(dst, w.R, ui.Text(ui.SbReroll, lang), d.pal.PanelHi, true)
		}
	}
}

// pickStroke is how thick the picked site's ring is drawn at unit u.
func pickStroke(u float64) float64 { return max(2, 0.16*u) }

// drawMapEditing draws, over the map, the sandbox's site numbers, the
// picked site's ring, a site being dragged, and the button that shows
// all of Korea or closes in on the sites.
func (d *sandboxDrawer) drawMapEditing(dst *ebiten.Image, ws []ui.Widget) {
	l := &d.layout
	u := l.Unit
	sb := d.s.Box()
	for _, w := range ws {
		if w.Kind == ui.WMapZoom {
			msg := ui.SbMapWideBtn
			if sb.MapWide {
				msg = ui.SbMapCloseBtn
			}
			d.button(dst, w.R, ui.Text(msg, d.v.Lang), withAlpha(d.pal.PanelHi, 0.92), true)
			continue
		}
		if w.Kind != ui.WMapSite {
			continue
		}
		cx, cy := w.R.X+w.R.W/2, w.R.Y+w.R.H/2
		if w.I == sb.Sel {
			d.paint.ring(dst, cx, cy, pickRing*u, pickStroke(u), d.pal.Power)
		}
		d.tf.draw(dst, fmt.Sprint(w.I+1), 0.75*u, cx-1.2*u, cy-1.8*u, d.pal.Power, alignCenter)
	}
	if i, x, y, ok := d.s.SiteDrag(); ok {
		d.paint.ring(dst, x, y, 1.05*u, max(2, 0.16*u), d.pal.Focus)
		d.tf.draw(dst, fmt.Sprint(i+1), 0.7*u, x, y-0.45*u, d.pal.Focus, alignCenter)
	}
}

// drawWidgetFocus draws the keyboard focus ring on a sandbox widget,
// once the reader has used the keyboard (View.Ring).
func (d *sandboxDrawer) drawWidgetFocus(dst *ebiten.Image, ws []ui.Widget) {
	u := d.layout.Unit
	if i := int(d.v.Focus - ui.CtlWidget); d.v.Ring && d.v.Focus >= ui.CtlWidget && i < len(ws) {
		d.paint.strokeRound(dst, ws[i].R.Inset(-0.2*u), 0.6*u, max(2, 0.15*u), d.pal.Focus)
	}
}

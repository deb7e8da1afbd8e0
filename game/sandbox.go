package game

import (
	"fmt"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/design"
)

// drawSandboxCaption draws the sandbox's toolbar and, under it, the
// design's yearly cost against what the incident did, and the last
// message.
func (g *Game) drawSandboxCaption(dst *ebiten.Image, ws []ui.Widget) {
	l := &g.layout
	u := l.Unit
	a := g.app
	lang := a.Lang
	r := l.Caption
	g.paint.fillRound(dst, r, 0.5*u, g.pal.Panel)
	for _, w := range ws {
		switch w.Kind {
		case ui.WUndo:
			g.button(dst, w.R, ui.SbText(ui.SbUndo, lang), g.pal.PanelHi, a.Box().CanUndo())
		case ui.WRedo:
			g.button(dst, w.R, ui.SbText(ui.SbRedo, lang), g.pal.PanelHi, a.Box().CanRedo())
		case ui.WCopyLink:
			g.button(dst, w.R, ui.SbText(ui.SbCopyLink, lang), withAlpha(g.pal.Focus, 0.45), true)
		}
	}
	s := l.SandboxStatus()
	px := 0.85 * u
	lh := px * 1.35
	cost := a.SandboxCost()
	out := a.SandboxOutcome()
	note, bad := a.SandboxNote()
	outColor := g.pal.Up
	if a.Box().Out.Dark > 0 {
		outColor = g.pal.Degraded
	}
	noteColor := g.pal.Muted
	if bad {
		noteColor = g.pal.Fire
	}
	if !l.Portrait {
		// Landscape: cost and outcome side by side, the message under them.
		g.tf.draw(dst, g.clip(cost, px, s.W*0.45), px, s.X, s.Y, g.pal.Power, alignLeft)
		g.tf.draw(dst, g.clip(out, px, s.W*0.54), px, s.X+s.W, s.Y, outColor, alignRight)
		g.tf.draw(dst, g.clip(note, px, s.W), px, s.X, s.Y+lh, noteColor, alignLeft)
		return
	}
	// Portrait: one line each, the message on up to two.
	g.tf.draw(dst, g.clip(cost, px, s.W), px, s.X, s.Y, g.pal.Power, alignLeft)
	g.tf.draw(dst, g.clip(out, px, s.W), px, s.X, s.Y+lh, outColor, alignLeft)
	_, wrapped := g.tf.fit(note, px, s.W, 2)
	for k, w := range wrapped {
		g.tf.draw(dst, w, px, s.X, s.Y+float64(2+k)*lh, noteColor, alignLeft)
	}
}

// drawEditor draws the sandbox's editor over the building's panel: the
// tabs, then the tab's page; the Inside tab shows the building.
func (g *Game) drawEditor(dst *ebiten.Image, ws []ui.Widget) {
	l := &g.layout
	u := l.Unit
	a := g.app
	sb := a.Box()
	lang := a.Lang
	if sb.Tab == ui.TabInside {
		g.drawSite(dst)
	} else {
		g.paint.fillRound(dst, l.Site, 0.5*u, g.pal.Panel)
	}
	tabs := []ui.SbMsg{ui.SbTabSites, ui.SbTabServices, ui.SbTabIncident, ui.SbTabStart, ui.SbTabInside,
		ui.SbTabChart, ui.SbTabCompare, ui.SbTabNines}
	for _, w := range ws {
		if w.Kind == ui.WTab {
			bg := g.pal.PanelHi
			if ui.Tab(w.I) == sb.Tab {
				bg = g.pal.Line
			}
			g.button(dst, w.R, ui.SbText(tabs[w.I], lang), bg, true)
		}
	}
	if sb.Tab == ui.TabInside {
		return
	}
	body := l.EditorBody()
	switch sb.Tab {
	case ui.TabSites:
		g.drawSitesTab(dst, ws)
	case ui.TabServices:
		g.drawServicesTab(dst, ws, body)
	case ui.TabIncident:
		g.drawIncidentTab(dst, ws, body)
	case ui.TabChart:
		g.drawChartTab(dst, ws, body)
	case ui.TabCompare:
		g.drawCompareTab(dst, ws, body)
	case ui.TabNines:
		g.drawNinesTab(dst, ws)
	case ui.TabStart:
		g.tf.draw(dst, ui.SbText(ui.SbStartFrom, lang), 0.8*u, body.X, body.Y+0.2*u, g.pal.Muted, alignLeft)
		for _, w := range ws {
			switch w.Kind {
			case ui.WBase:
				id := sb.Bases()[w.I]
				g.button(dst, w.R, g.baseTitle(id), g.pal.PanelHi, true)
				if id == sb.Base.ID {
					g.paint.strokeRound(dst, w.R, 0.5*u, max(1, 0.12*u), g.pal.Power)
				}
			case ui.WExport:
				g.tf.draw(dst, ui.SbText(ui.SbFiles, lang), 0.8*u, body.X, w.R.Y-1.4*u, g.pal.Muted, alignLeft)
				g.button(dst, w.R, ui.SbText(ui.SbExport, lang), g.pal.PanelHi, true)
			case ui.WImport:
				g.button(dst, w.R, ui.SbText(ui.SbImport, lang), g.pal.PanelHi, true)
			}
		}
	}
}

// baseTitle names a base of the "start from" menu in the reader's
// language.
func (g *Game) baseTitle(id string) string {
	if s := g.app.Box().BaseScenario(id); s != nil {
		return s.Title.In(string(g.app.Lang))
	}
	return id
}

// drawSitesTab draws the site chips and the picked site's settings.
func (g *Game) drawSitesTab(dst *ebiten.Image, ws []ui.Widget) {
	l := &g.layout
	u := l.Unit
	a := g.app
	sb := a.Box()
	lang := a.Lang
	st := sb.D.Sites[sb.Sel]
	px := 0.8 * u
	onOff := func(b bool) string {
		if b {
			return ui.SbText(ui.SbOn, lang)
		}
		return ui.SbText(ui.SbOff, lang)
	}
	labels := []ui.SbMsg{ui.SbName, ui.SbWall, ui.SbZoneCut, ui.SbGenerators, ui.SbFuel, ui.SbUPS}
	for i, m := range labels {
		r := l.SitesRowLabel(i + 1)
		g.tf.draw(dst, g.clip(ui.SbText(m, lang), px, r.W), px, r.X, r.Y+(r.H-px*1.2)/2, g.pal.Muted, alignLeft)
	}
	for _, w := range ws {
		switch w.Kind {
		case ui.WSiteChip:
			bg := g.pal.PanelHi
			if w.I == sb.Sel {
				bg = g.pal.Line
			}
			g.button(dst, w.R, fmt.Sprint(w.I+1), bg, true)
		case ui.WSiteAdd:
			g.button(dst, w.R, ui.SbText(ui.SbAddSite, lang), g.pal.PanelHi, len(sb.D.Sites) < design.MaxSites)
		case ui.WName:
			name := sb.SiteName(sb.Sel, string(lang))
			g.paint.fillRound(dst, w.R, 0.4*u, g.pal.Dark)
			if sb.Typing && g.app.Focus >= ui.CtlWidget && g.frames/30%2 == 0 {
				name += "|"
			}
			g.tf.draw(dst, g.clip(name, px, w.R.W-0.8*u), px, w.R.X+0.4*u, w.R.Y+(w.R.H-px*1.2)/2, g.pal.Text, alignLeft)
		case ui.WWall:
			g.toggle(dst, w.R, onOff(st.Wall), st.Wall)
		case ui.WZoneCut:
			g.toggle(dst, w.R, onOff(st.ZoneCut), st.ZoneCut)
		case ui.WGenMinus, ui.WFuelMinus, ui.WUPSMinus:
			g.button(dst, w.R, "–", g.pal.PanelHi, true)
		case ui.WGenPlus, ui.WFuelPlus, ui.WUPSPlus:
			g.button(dst, w.R, "+", g.pal.PanelHi, true)
			val := ""
			switch w.Kind {
			case ui.WGenPlus:
				val = ui.SbTextf(ui.SbUnits, lang, st.Generators)
			case ui.WFuelPlus:
				val = ui.SbTextf(ui.SbHours, lang, st.FuelHours)
			case ui.WUPSPlus:
				val = ui.SbTextf(ui.SbMinutes, lang, st.UPSMin)
			}
			left := w.R.X + w.R.W - sbValueW(l) // the minus button's left edge
			g.tf.draw(dst, val, px, (left+w.R.X+w.R.W)/2, w.R.Y+(w.R.H-px*1.2)/2, g.pal.Text, alignCenter)
		case ui.WSiteRemove:
			g.button(dst, w.R, ui.SbText(ui.SbRemoveSite, lang), g.pal.PanelHi, len(sb.D.Sites) > 1)
			b := l.EditorBody()
			hint := ui.SbText(ui.SbSiteHint, lang)
			if y := w.R.Y + w.R.H + 0.5*u; y+px*1.3 < b.Y+b.H {
				_, lines := g.tf.fit(hint, 0.7*u, b.W, 2)
				for k, ln := range lines {
					g.tf.draw(dst, ln, 0.7*u, b.X, y+float64(k)*0.95*u, g.pal.Muted, alignLeft)
				}
			}
		}
	}
}

// sbValueW is the width of the Sites tab's value column.
func sbValueW(l *ui.Layout) float64 { return l.EditorBody().W - l.SitesRowLabel(1).W - 0.4*l.Unit }

// toggle draws an on/off switch with its word, so that the state shows
// without colour.
func (g *Game) toggle(dst *ebiten.Image, r ui.Rect, label string, on bool) {
	u := g.layout.Unit
	bg := g.pal.PanelHi
	if on {
		bg = withAlpha(g.pal.Up, 0.35)
	}
	g.paint.fillRound(dst, r, 0.5*u, bg)
	mark := "○ "
	if on {
		mark = "● "
	}
	px := 0.8 * u
	g.tf.draw(dst, mark+label, px, r.X+r.W/2, r.Y+(r.H-px*1.2)/2, g.pal.Text, alignCenter)
}

// drawServicesTab draws each component's name, mode and copies, a page
// at a time.
func (g *Game) drawServicesTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	l := &g.layout
	u := l.Unit
	a := g.app
	sb := a.Box()
	lang := a.Lang
	px := 0.75 * u
	head := ui.SbText(ui.SbColComponent, lang) + " · " + ui.SbText(ui.SbColMode, lang) + " · " + ui.SbText(ui.SbColCopies, lang)
	g.tf.draw(dst, g.clip(head, px, body.W*0.55), px, body.X, body.Y+0.5*u, g.pal.Muted, alignLeft)
	page := min(sb.Page, sb.Pages(l)-1)
	for r, c := range sb.PageComps(l) {
		row := l.ServiceRow(r)
		name := sb.Base.Comps[c].Name.In(string(lang))
		g.tf.draw(dst, g.clip(name, px, row.W*0.33), px, row.X, row.Y+(l.Unit*2.2-px*1.2)/2, g.pal.Text, alignLeft)
	}
	for _, w := range ws {
		switch w.Kind {
		case ui.WPagePrev:
			g.button(dst, w.R, "▲", g.pal.PanelHi, page > 0)
			g.tf.draw(dst, ui.SbTextf(ui.SbPage, lang, page+1, sb.Pages(l)), px, w.R.X+w.R.W+1.7*u, w.R.Y+(w.R.H-px*1.2)/2, g.pal.Muted, alignCenter)
		case ui.WPageNext:
			g.button(dst, w.R, "▼", g.pal.PanelHi, page < sb.Pages(l)-1)
		case ui.WCompMode:
			m := sb.D.Comps[w.I].Mode
			g.button(dst, w.R, ui.SbText(ui.ModeMsg(m), lang), modeColor(g, m), true)
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
			bg := g.pal.Dark
			label := fmt.Sprint(w.J + 1)
			if used {
				bg = withAlpha(g.pal.Up, 0.45)
				label = "●" + label
			}
			if primary {
				bg = withAlpha(g.pal.Power, 0.5)
				label = "★" + fmt.Sprint(w.J+1)
			}
			g.button(dst, w.R, label, bg, true)
		}
	}
}

// modeColor tints a mode button from the cheapest (plain) to the most
// resilient (green).
func modeColor(g *Game, m sim.Mode) color.Color {
	switch m {
	case sim.ModeAuto, sim.ModeActive:
		return withAlpha(g.pal.Up, 0.35)
	case sim.ModeManual, sim.ModeBackup:
		return withAlpha(g.pal.Degraded, 0.35)
	}
	return g.pal.PanelHi
}

// drawIncidentTab draws the incident kinds, the site and the room.
func (g *Game) drawIncidentTab(dst *ebiten.Image, ws []ui.Widget, body ui.Rect) {
	l := &g.layout
	u := l.Unit
	a := g.app
	sb := a.Box()
	lang := a.Lang
	in := sb.D.Incident
	px := 0.75 * u
	y := l.IncidentRowY()
	switch in.Kind {
	case design.IncChaos:
		n := len(a.IncidentLines())
		g.tf.draw(dst, ui.SbTextf(ui.SbChaosDraw, lang, in.Seed, n), px, body.X+10*u, y+0.6*u, g.pal.Muted, alignLeft)
	case design.IncRecorded:
	default:
		g.tf.draw(dst, ui.SbText(ui.SbWhere, lang), px, body.X, y-1.3*u, g.pal.Muted, alignLeft)
		if in.Kind == design.IncFire {
			g.tf.draw(dst, ui.SbText(ui.SbRoom, lang), px, body.X, y+l.Unit*2.2+0.2*u, g.pal.Muted, alignLeft)
		}
	}
	lines := a.IncidentLines()
	ly := body.Y + body.H - float64(len(lines))*1.15*u
	for _, ln := range lines {
		if ly > y+2.6*u {
			g.tf.draw(dst, g.clip("• "+ln, px, body.W), px, body.X, ly, g.pal.Flame, alignLeft)
		}
		ly += 1.15 * u
	}
	kinds := design.Incidents()
	for _, w := range ws {
		switch w.Kind {
		case ui.WIncKind:
			bg := g.pal.PanelHi
			if kinds[w.I] == in.Kind {
				bg = withAlpha(g.pal.Fire, 0.55)
			}
			g.button(dst, w.R, ui.SbText(ui.IncidentMsg(kinds[w.I]), lang), bg, true)
		case ui.WIncSite:
			bg := g.pal.PanelHi
			if w.I == in.Site {
				bg = withAlpha(g.pal.Fire, 0.55)
			}
			g.button(dst, w.R, fmt.Sprint(w.I+1), bg, true)
		case ui.WIncRoom:
			bg := g.pal.PanelHi
			if w.I == in.Room {
				bg = withAlpha(g.pal.Fire, 0.55)
			}
			room := sb.Rooms(in.Site)[w.I]
			g.button(dst, w.R, room.Name.In(string(lang)), bg, true)
		case ui.WReroll:
			g.button(dst, w.R, ui.SbText(ui.SbReroll, lang), g.pal.PanelHi, true)
		}
	}
}

// pickStroke is how thick the picked site's ring is drawn at unit u.
func pickStroke(u float64) float64 { return max(2, 0.16*u) }

// drawMapEditing draws, over the map, the sandbox's site numbers, the
// picked site's ring, a site being dragged, and the map's hint.
func (g *Game) drawMapEditing(dst *ebiten.Image, ws []ui.Widget) {
	l := &g.layout
	u := l.Unit
	sb := g.app.Box()
	for _, w := range ws {
		if w.Kind != ui.WMapSite {
			continue
		}
		cx, cy := w.R.X+w.R.W/2, w.R.Y+w.R.H/2
		if w.I == sb.Sel {
			g.paint.ring(dst, cx, cy, pickRing*u, pickStroke(u), g.pal.Power)
		}
		g.tf.draw(dst, fmt.Sprint(w.I+1), 0.75*u, cx-1.2*u, cy-1.8*u, g.pal.Power, alignCenter)
	}
	if i, x, y, ok := g.app.SiteDrag(); ok {
		g.paint.ring(dst, x, y, 1.05*u, max(2, 0.16*u), g.pal.Focus)
		g.tf.draw(dst, fmt.Sprint(i+1), 0.7*u, x, y-0.45*u, g.pal.Focus, alignCenter)
	}
}

// drawWidgetFocus draws the keyboard focus ring on a sandbox widget.
func (g *Game) drawWidgetFocus(dst *ebiten.Image, ws []ui.Widget) {
	u := g.layout.Unit
	if i := int(g.app.Focus - ui.CtlWidget); g.app.Focus >= ui.CtlWidget && i < len(ws) {
		g.paint.strokeRound(dst, ws[i].R.Inset(-0.2*u), 0.6*u, max(2, 0.15*u), g.pal.Focus)
	}
}

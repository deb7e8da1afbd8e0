package ui

import (
	"outagelab/sim"
	"outagelab/sim/design"
)

// pressWidget carries out a press on sandbox widget w.
func (s *SandboxScene) pressWidget(w Widget) Request {
	sb := s.box
	d := sb.D
	sel := sb.Sel
	st := d.Sites[sel]
	sb.Typing = w.Kind == WName
	switch w.Kind {
	case WTab:
		sb.Tab = Tab(w.I)
		switch {
		case sb.Tab == TabInside:
			s.startPaused()
		case sb.Tab == TabNines && sb.Nines == nil:
			// The tab is the run's figures: it starts the run of the
			// design on screen, rather than open on an empty panel.
			sb.StartNines()
		}
	case WUndo:
		sb.Undo()
		s.showDesign()
	case WRedo:
		sb.Redo()
		s.showDesign()
	case WCopyLink:
		sb.say(SbCopied, "", false)
		return Request{Kind: ReqCopyLink}
	case WSiteChip, WMapSite:
		sb.Sel = w.I
		if w.Kind == WMapSite && sb.Tab != TabBuild {
			sb.Tab = TabSites
		}
	case WPart:
		if sb.Tab == TabInside {
			if site := s.insideSite(); site >= 0 {
				s.putInside(Part(w.I), site, -1)
				break
			}
		}
		if sb.PlaceSomewhere(Part(w.I)) {
			s.showDesign()
		}
	case WMapZoom:
		sb.MapWide = !sb.MapWide
		msg := SbMapClose
		if sb.MapWide {
			msg = SbMapWide
		}
		sb.say(msg, "", false)
	case WTrayPrev:
		sb.TrayPage = max(sb.TrayPage-1, 0)
	case WTrayNext:
		sb.TrayPage = min(sb.TrayPage+1, sb.TrayPages(s.Layout())-1)
	case WSiteAdd:
		if sb.Edit(d.AddSiteSomewhere()) {
			sb.Sel = len(sb.D.Sites) - 1
			sb.say(SbAdded, "", false)
			s.showDesign()
		}
	case WName:
	case WWall:
		s.edit(d.SetWall(sel, !st.Wall))
	case WZoneCut:
		s.edit(d.SetZoneCut(sel, !st.ZoneCut))
	case WGenMinus, WGenPlus:
		s.edit(d.SetGenerators(sel, st.Generators+sign(w.Kind == WGenPlus), st.FuelHours))
	case WFuelMinus, WFuelPlus:
		s.edit(d.SetGenerators(sel, st.Generators, st.FuelHours+12*sign(w.Kind == WFuelPlus)))
	case WUPSMinus, WUPSPlus:
		s.edit(d.SetUPS(sel, st.UPSMin+5*sign(w.Kind == WUPSPlus)))
	case WSiteRemove:
		s.edit(d.RemoveSite(sel))
	case WCompMode:
		modes := design.Modes()
		i := (design.ModeIndex(d.Comps[w.I].Mode) + 1) % len(modes)
		s.edit(d.SetMode(w.I, modes[i]))
	case WCompSite:
		s.edit(d.ToggleCopy(w.I, w.J))
	case WPagePrev:
		sb.Page = max(sb.Page-1, 0)
	case WPageNext:
		sb.Page = min(sb.Page+1, sb.Pages(s.Layout())-1)
	case WIncKind:
		in := d.Incident
		in.Kind = design.Incidents()[w.I]
		if in.Kind == design.IncChaos && in.Seed == 0 {
			in.Seed = 1
		}
		s.edit(d.SetIncident(in), nil)
	case WIncSite:
		in := d.Incident
		in.Site, in.Room = w.I, 0
		in.Room = batteryIndex(sb.Rooms(w.I))
		s.edit(d.SetIncident(in), nil)
	case WIncRoom:
		in := d.Incident
		in.Room = w.I
		s.edit(d.SetIncident(in), nil)
	case WReroll:
		in := d.Incident
		in.Seed++
		s.edit(d.SetIncident(in), nil)
	case WBase:
		sb.StartFrom(sb.order[w.I])
		s.showDesign()
	case WExport:
		sb.say(SbSaved, ExportName, false)
		return Request{Kind: ReqExport}
	case WImport:
		return Request{Kind: ReqOpenFile}
	case WChart, WSavePNG, WSaveCSV, WVersus, WNinesRun:
		return s.pressAnalysis(w)
	}
	return Request{}
}

// ExportName is the file name a saved design gets.
const ExportName = "outagelab-design.json"

func sign(plus bool) int {
	if plus {
		return 1
	}
	return -1
}

// batteryIndex returns the index of the first battery room, or 0.
func batteryIndex(rooms []sim.Compartment) int {
	for i, r := range rooms {
		if r.Kind == sim.KindBattery {
			return i
		}
	}
	return 0
}

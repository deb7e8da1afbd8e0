package ui

import (
	"strings"

	"outagelab/sim"
	"outagelab/sim/report"
)

// Note returns the sandbox's last message in the reader's
// language, and whether it reports a problem.
func (s *SandboxScene) Note() (string, bool) {
	sb := s.box
	if !sb.HasNote && sb.Tab == TabBuild {
		return Text(SbTrayHint, s.sh.Lang), false
	}
	if !sb.HasNote && sb.Tab == TabInside {
		return Text(SbInsideHint, s.sh.Lang), false
	}
	if !sb.HasNote {
		return Text(SbIntro, s.sh.Lang), false
	}
	if sb.HasPut && strings.Contains(Text(sb.Note, s.sh.Lang), "%") {
		comp := ""
		if c := sb.Put.Comp; c >= 0 && c < len(sb.Base.Comps) {
			comp = sb.Base.Comps[c].Name.In(string(s.sh.Lang))
		}
		site := ""
		if i := sb.Put.Site; i >= 0 && i < len(sb.D.Sites) {
			site = sb.SiteName(i, string(s.sh.Lang))
		}
		to, mode := "", ""
		if i := sb.Put.To; i >= 0 && i < len(sb.D.Sites) {
			to = sb.SiteName(i, string(s.sh.Lang))
		}
		if sb.Put.Mode != "" {
			mode = Text(CopyMsg(sb.Put.Mode), s.sh.Lang)
		}
		room := ""
		if i := sb.Put.Site; i >= 0 && i < len(sb.Compiled.Sites) && sb.Put.Room < len(sb.Compiled.Sites[i].Compartments) {
			room = sb.Compiled.Sites[i].Compartments[sb.Put.Room].Name.In(string(s.sh.Lang))
		}
		return Textf(sb.Note, s.sh.Lang, site, comp, sb.Put.N, sb.Put.Max, to, mode, room), sb.Bad
	}
	if sb.NoteArg != "" {
		return Textf(sb.Note, s.sh.Lang, sb.NoteArg), sb.Bad
	}
	return Text(sb.Note, s.sh.Lang), sb.Bad
}

// Cost returns the design's cost line in the reader's language.
func (s *SandboxScene) Cost() string {
	return Textf(SbCost, s.sh.Lang, report.Count(int64(s.box.Cost.Total()+0.5), s.sh.Lang))
}

// Outcome returns what the incident did, in the reader's
// language.
func (s *SandboxScene) Outcome() string {
	o := s.box.Out
	lang := s.sh.Lang
	if o.Dark == 0 {
		return Text(SbNoOutage, lang)
	}
	return Textf(SbOutage, lang, Big(o.UserHours, lang), report.Duration(o.Longest, lang), s.appName(o.LongestApp))
}

// DataLost says the worst data the design's apps lost under the
// incident, "Data lost: everything, for good (G-Drive)", and whether
// for good; "" where none was lost.
func (s *SandboxScene) DataLost() (string, bool) {
	o := s.box.Out
	if o.DataApp == "" {
		return "", false
	}
	lang := s.sh.Lang
	return Textf(SbDataLine, lang, report.LossSummary(o.Data, lang), s.appName(o.DataApp)), o.Data.ForGood
}

// appName returns the name of the design's app id in the reader's
// language.
func (s *SandboxScene) appName(id string) string {
	for _, ap := range s.box.Compiled.Apps {
		if ap.ID == id {
			return ap.Name.In(string(s.sh.Lang))
		}
	}
	return id
}

// IncidentLines says in words what the design's incident does, one line
// incidentWords names, for each incident but a fire, the sentence
// IncidentLines says it in (when, where).
var incidentWords = map[sim.CommandKind]Msg{
	sim.CmdUtilityLoss:    SbDoGrid,
	sim.CmdGeneratorsFail: SbDoGen,
	sim.CmdUPSFail:        SbDoUPS,
	sim.CmdPowerCut:       SbDoCut,
	sim.CmdSiteLoss:       SbDoLoss,
}

// for each thing that starts going wrong, in time order as given.
func (s *SandboxScene) IncidentLines() []string {
	scn := s.box.Compiled
	lang := string(s.sh.Lang)
	site := func(id string) string {
		for _, st := range scn.Sites {
			if st.ID == id {
				return st.Name.In(lang)
			}
		}
		return id
	}
	room := func(sid, cid string) string {
		for _, st := range scn.Sites {
			for _, c := range st.Compartments {
				if st.ID == sid && c.ID == cid {
					return c.Name.In(lang)
				}
			}
		}
		return cid
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range scn.Incidents {
		at := "+" + report.Duration(c.At, s.sh.Lang)
		if c.At == 0 {
			at = Text(SbAtOnce, s.sh.Lang)
		}
		where := site(c.Site)
		var line string
		switch c.Kind {
		case sim.CmdFire:
			if s.sh.Lang == report.Korean {
				line = Textf(SbDoFire, s.sh.Lang, at, where, room(c.Site, c.Compartment))
			} else {
				line = Textf(SbDoFire, s.sh.Lang, at, room(c.Site, c.Compartment), where)
			}
		default:
			key, ok := incidentWords[c.Kind]
			if !ok {
				continue
			}
			line = Textf(key, s.sh.Lang, at, where)
		}
		if !seen[line] {
			seen[line] = true
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		out = append(out, Text(SbDoNothing, s.sh.Lang))
	}
	return out
}

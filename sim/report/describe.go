package report

import (
	"fmt"

	"outagelab/sim"
)

// Book names the parts of a scenario in both languages, for sentences.
type Book struct {
	scn    *sim.Scenario
	sites  map[string]int
	groups map[string]int
	comps  map[string]int
	apps   map[string]int
}

// NewBook indexes the names in s.
func NewBook(s *sim.Scenario) *Book {
	b := &Book{scn: s, sites: map[string]int{}, groups: map[string]int{}, comps: map[string]int{}, apps: map[string]int{}}
	for i, x := range s.Sites {
		b.sites[x.ID] = i
	}
	for i, x := range s.Groups {
		b.groups[x.ID] = i
	}
	for i, x := range s.Comps {
		b.comps[x.ID] = i
	}
	for i, x := range s.Apps {
		b.apps[x.ID] = i
	}
	return b
}

func pick(t sim.Text, id string, l Lang) string {
	if s := t.In(string(l)); s != "" {
		return s
	}
	return id
}

// Site returns site id's name.
func (b *Book) Site(id string, l Lang) string {
	if i, ok := b.sites[id]; ok {
		return pick(b.scn.Sites[i].Name, id, l)
	}
	return id
}

// App returns app id's name.
func (b *Book) App(id string, l Lang) string {
	if i, ok := b.apps[id]; ok {
		return pick(b.scn.Apps[i].Name, id, l)
	}
	return id
}

// Component returns component id's name.
func (b *Book) Component(id string, l Lang) string {
	if i, ok := b.comps[id]; ok {
		return pick(b.scn.Comps[i].Name, id, l)
	}
	return id
}

// isBackup reports whether component id restores from a backup.
func (b *Book) isBackup(id string) bool {
	i, ok := b.comps[id]
	return ok && b.scn.Comps[i].Mode == sim.ModeBackup
}

// Owner returns the name of the operator the scenario follows.
func (b *Book) Owner(l Lang) string { return pick(b.scn.Ops.OwnerName, b.scn.Ops.Owner, l) }

// GroupSite returns the name of the site where group id stands.
func (b *Book) GroupSite(id string, l Lang) string {
	if i, ok := b.groups[id]; ok {
		return b.Site(b.scn.Groups[i].Site, l)
	}
	return id
}

// part returns the name of a compartment, zone or UPS string of site.
func (b *Book) part(site, id string, l Lang) string {
	i, ok := b.sites[site]
	if !ok {
		return id
	}
	st := &b.scn.Sites[i]
	for _, c := range st.Compartments {
		if c.ID == id {
			return pick(c.Name, id, l)
		}
	}
	for _, z := range st.Zones {
		if z.ID == id {
			return pick(z.Name, id, l)
		}
	}
	for _, u := range st.UPS {
		if u.ID == id {
			return pick(u.Name, id, l)
		}
	}
	return id
}

// Describe returns one sentence saying what entry e records.
func (b *Book) Describe(e sim.Entry, l Lang) string {
	ph, ok := sentences[b.variant(e)]
	if !ok {
		return string(e.Kind)
	}
	format, words := ph.en, ph.enWords
	if l == Korean {
		format, words = ph.ko, ph.koWords
	}
	args := make([]any, len(words))
	for i := range len(words) {
		args[i] = b.word(e, words[i], l)
	}
	return fmt.Sprintf(format, args...)
}

// variant returns the key of entry e's sentence in sentences: its kind,
// and for the kinds whose sentence depends on the entry, which form.
func (b *Book) variant(e sim.Entry) string {
	k := string(e.Kind)
	switch e.Kind {
	case sim.EntServersBurned:
		if e.N == 1 {
			return k + "/1"
		}
	case sim.EntZonePowerOn, sim.EntZonePowerOff:
		if e.N == 0 {
			return k + "/0"
		}
	case sim.EntRepairStarted, sim.EntRepairDone:
		if e.Object == "cable" {
			return k + "/cable"
		}
	case sim.EntSwitchStarted:
		if b.isBackup(e.Subject) {
			k += "/backup"
		}
		if e.N > 0 {
			return k + "/adding"
		}
	case sim.EntDataBehind:
		if b.isBackup(e.Subject) {
			return k + "/backup"
		}
		if e.N < 0 {
			return k + "/empty"
		}
	case sim.EntWritesLost:
		if e.N < 0 {
			return k + "/empty"
		}
	case sim.EntComponent, sim.EntApp:
		switch e.Status {
		case sim.StatusDown:
			if e.Kind == sim.EntApp && e.N > 0 {
				return k + "/down-people"
			}
			return k + "/down"
		case sim.StatusDegraded:
			return k + "/degraded"
		}
	}
	return k
}

// word returns the word that letter w of a phrase stands for in entry e
// (see phrase).
func (b *Book) word(e sim.Entry, w byte, l Lang) string {
	switch w {
	case 's':
		return b.Site(e.Site, l)
	case 'p':
		return b.part(e.Site, e.Subject, l)
	case 'P':
		return toward(b.part(e.Site, e.Subject, l))
	case 'o':
		return b.part(e.Site, e.Object, l)
	case 'n':
		return Count(e.N, l)
	case 'c':
		return b.Component(e.Subject, l)
	case 'C':
		return object(b.Component(e.Subject, l))
	case 'g':
		return b.GroupSite(e.Object, l)
	case 'G':
		return toward(b.GroupSite(e.Object, l))
	case 'd':
		return Span(sim.Seconds(e.N), l)
	case 'a':
		return b.App(e.Subject, l)
	case 'w':
		return b.Owner(l)
	}
	panic("report: phrase word " + string(w))
}

package report

import (
	"encoding/json"
	"io"

	"outagelab/sim"
)

// jsonEntry is a timeline entry with its clock time and sentence.
type jsonEntry struct {
	sim.Entry
	Clock string `json:"clock"`
	Text  string `json:"text"`
}

// jsonApp is an app's outage with its name and clock times.
type jsonApp struct {
	sim.AppOutage
	Name          string `json:"name"`
	FirstDownAt   string `json:"firstDownClock,omitempty"`
	BackAt        string `json:"backClock,omitempty"`
	RestoredAt    string `json:"restoredClock,omitempty"`
	OutageSeconds int64  `json:"outageSeconds"`
}

// jsonReport is the whole report as WriteJSON writes it.
type jsonReport struct {
	Scenario string       `json:"scenario"`
	Title    string       `json:"title"`
	Seed     uint64       `json:"seed"`
	Start    string       `json:"start"`
	Lang     Lang         `json:"lang"`
	Entries  []jsonEntry  `json:"entries"`
	Apps     []jsonApp    `json:"apps"`
	Result   sim.Result   `json:"result"`
	Sources  []sim.Source `json:"sources,omitempty"`
}

// WriteJSON writes the same report as WriteText as JSON: every timeline
// entry (with its clock time and sentence in language l), each app's
// outage and the run's totals. Times are simulated seconds; "never" is
// sim.Never.
func WriteJSON(out io.Writer, w *sim.World, l Lang) error {
	s := w.Scenario()
	b := NewBook(s)
	r := w.Result()
	clock := func(t sim.Seconds) string {
		if t == sim.Never {
			return ""
		}
		return w.ClockAt(t).String()
	}
	rep := jsonReport{Scenario: s.ID, Title: s.Title.In(string(l)), Seed: w.Seed(), Start: w.Start().String(), Lang: l, Result: r, Sources: s.Sources}
	for _, e := range w.Timeline() {
		rep.Entries = append(rep.Entries, jsonEntry{Entry: e, Clock: clock(e.At), Text: b.Describe(e, l)})
	}
	for _, a := range r.Apps {
		rep.Apps = append(rep.Apps, jsonApp{AppOutage: a, Name: b.App(a.ID, l), FirstDownAt: clock(a.FirstDown), BackAt: clock(a.Back), RestoredAt: clock(a.Restored), OutageSeconds: int64(a.Outage(r.End))})
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

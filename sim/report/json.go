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

// jsonOutage is a sim.AppOutage with its times that never came as nil,
// so that they are written as null rather than as sim.Never.
type jsonOutage struct {
	ID        string       `json:"id"`
	Users     int64        `json:"users"`
	FirstDown *sim.Seconds `json:"firstDown"`
	Back      *sim.Seconds `json:"back"`
	Restored  *sim.Seconds `json:"restored"`
	Down      sim.Seconds  `json:"down"`
	Degraded  sim.Seconds  `json:"degraded"`
	UserHours int64        `json:"userHours"`
	Data      jsonLoss     `json:"data"`
}

// jsonLoss is a sim.DataLoss with At nil where it never came.
type jsonLoss struct {
	sim.DataLoss
	At *sim.Seconds `json:"at"`
}

// jsonApp is an app's outage with its name and clock times, and its
// data lost in words.
type jsonApp struct {
	jsonOutage
	Name          string `json:"name"`
	FirstDownAt   string `json:"firstDownClock,omitempty"`
	BackAt        string `json:"backClock,omitempty"`
	RestoredAt    string `json:"restoredClock,omitempty"`
	OutageSeconds int64  `json:"outageSeconds"`
	jsonLossWords
}

// jsonLossWords says a data loss in words: how much and whether for
// good ("up to 5 minutes, restorable"), and the rule that decided it.
// For an app the rule names the component it is about.
type jsonLossWords struct {
	DataLost    string `json:"dataLost"`
	DataLostWhy string `json:"dataLostWhy"`
}

// jsonComp is a component's data lost, with its name and the words.
type jsonComp struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	Data jsonLoss `json:"data"`
	jsonLossWords
}

// jsonResult is a sim.Result with its times that never came as nil.
type jsonResult struct {
	End          sim.Seconds        `json:"end"`
	Apps         []jsonOutage       `json:"apps"`
	FirstDown    *sim.Seconds       `json:"firstDown"`
	AllUp        *sim.Seconds       `json:"allUp"`
	PeakUsersOut int64              `json:"peakUsersOut"`
	UserHours    int64              `json:"userHours"`
	Servers      int64              `json:"servers"`
	Powered      []sim.ServerSample `json:"powered"`
	Data         []jsonLoss         `json:"data"`
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
	Comps    []jsonComp   `json:"components"`
	Result   jsonResult   `json:"result"`
	Sources  []sim.Source `json:"sources,omitempty"`
}

// when returns t, or nil if t is sim.Never.
func when(t sim.Seconds) *sim.Seconds {
	if t == sim.Never {
		return nil
	}
	return &t
}

// outageOf returns a as WriteJSON writes it.
func outageOf(a sim.AppOutage) jsonOutage {
	return jsonOutage{ID: a.ID, Users: a.Users, FirstDown: when(a.FirstDown), Back: when(a.Back), Restored: when(a.Restored), Down: a.Down, Degraded: a.Degraded, UserHours: a.UserHours, Data: lossOf(a.Data)}
}

// lossOf returns d as WriteJSON writes it.
func lossOf(d sim.DataLoss) jsonLoss { return jsonLoss{DataLoss: d, At: when(d.At)} }

// resultOf returns r as WriteJSON writes it.
func resultOf(r sim.Result) jsonResult {
	j := jsonResult{End: r.End, FirstDown: when(r.FirstDown), AllUp: when(r.AllUp), PeakUsersOut: r.PeakUsersOut, UserHours: r.UserHours, Servers: r.Servers, Powered: r.Powered}
	for _, a := range r.Apps {
		j.Apps = append(j.Apps, outageOf(a))
	}
	for _, d := range r.Data {
		j.Data = append(j.Data, lossOf(d))
	}
	return j
}

// WriteJSON writes the same report as WriteText as JSON: every timeline
// entry (with its clock time and sentence in language l), each app's
// outage and data lost, each component's data lost, and the run's
// totals, with the fields of sim.Result. Data lost is said in words too
// (dataLost, dataLostWhy). Times are simulated seconds; a time that
// never came (sim.Never) is null.
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
	rep := jsonReport{Scenario: s.ID, Title: s.Title.In(string(l)), Seed: w.Seed(), Start: w.Start().String(), Lang: l, Result: resultOf(r), Sources: s.Sources}
	for _, e := range w.Timeline() {
		rep.Entries = append(rep.Entries, jsonEntry{Entry: e, Clock: clock(e.At), Text: b.Describe(e, l)})
	}
	for _, a := range r.Apps {
		words := jsonLossWords{DataLost: LossSummary(a.Data, l), DataLostWhy: b.Component(a.Data.Comp, l) + ": " + b.LossRule(a.Data, l)}
		rep.Apps = append(rep.Apps, jsonApp{jsonOutage: outageOf(a), Name: b.App(a.ID, l), FirstDownAt: clock(a.FirstDown), BackAt: clock(a.Back), RestoredAt: clock(a.Restored), OutageSeconds: int64(a.Outage(r.End)), jsonLossWords: words})
	}
	for _, d := range r.Data {
		words := jsonLossWords{DataLost: LossSummary(d, l), DataLostWhy: b.LossRule(d, l)}
		rep.Comps = append(rep.Comps, jsonComp{ID: d.Comp, Name: b.Component(d.Comp, l), Data: lossOf(d), jsonLossWords: words})
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

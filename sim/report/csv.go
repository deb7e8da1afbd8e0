package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"

	"outagelab/sim"
)

// SeriesCSV writes a run's chart series as CSV for a spreadsheet: a row
// at time 0 and at every change, with the local time, the hours since
// the start in seconds and in hours, each app's status ("up", "degraded" or "down") and the
// people without service. clock gives the civil time of a simulated
// time; names are the apps' names in language l.
func SeriesCSV(w io.Writer, ser sim.Series, clock func(sim.Seconds) sim.Clock, l Lang) error {
	cw := csv.NewWriter(w)
	head := []string{"time", "seconds", "hours"}
	for _, as := range ser.Apps {
		head = append(head, pick(as.Name, as.ID, l))
	}
	head = append(head, "people without service")
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, t := range changeTimes(ser) {
		row := []string{clock(t).String(), strconv.FormatInt(int64(t), 10), strconv.FormatFloat(float64(t)/float64(sim.Hour), 'f', 2, 64)}
		for a := range ser.Apps {
			row = append(row, ser.StatusAt(a, t).String())
		}
		row = append(row, fmt.Sprint(ser.UsersAt(t)))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// changeTimes returns 0 and every time an app's status changes, in
// order, each once.
func changeTimes(ser sim.Series) []sim.Seconds {
	ts := []sim.Seconds{0}
	seen := map[sim.Seconds]bool{0: true}
	for _, as := range ser.Apps {
		for _, sp := range as.Spans {
			if !seen[sp.From] {
				seen[sp.From] = true
				ts = append(ts, sp.From)
			}
		}
	}
	// sort.Slice, not slices.Sort: the program links no other sort of
	// int64, and slices.Sort's would add about 12 KB of WebAssembly.
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts
}

package sim_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"outagelab/sim"
)

// FuzzParseScenario feeds arbitrary bytes to the scenario decoder: it
// must never panic, and what it accepts must run for a simulated week,
// lose no more data than its copies' lags allow, and survive a round
// trip.
func FuzzParseScenario(f *testing.F) {
	// Small seeds keep the fuzzer fast: it minimises every new input,
	// and the 30 KB presets would take it minutes each. The presets are
	// covered by TestEncodeParseRoundTrip.
	for _, m := range []sim.Mode{sim.ModeSingle, sim.ModeBackup, sim.ModeManual, sim.ModeAuto, sim.ModeActive} {
		s := twoSites(m)
		if m == sim.ModeBackup {
			s.Comps[0].Backup = &sim.Place{Site: "b", Compartment: "hall"}
		}
		s.Incidents = []sim.Command{{Kind: sim.CmdFire, Site: "a", Compartment: "battery"}, {At: sim.Hour, Kind: sim.CmdUtilityLoss, Site: "b"}}
		small, err := json.Marshal(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(small)
		f.Add(small[:len(small)/2])
		switch m {
		case sim.ModeBackup:
			s.Comps[0].Backup.Lag = "2h"
		case sim.ModeManual, sim.ModeAuto, sim.ModeActive:
			s.Comps[0].Lag = []sim.Lag{"", "5m"}
		default:
			continue
		}
		lagged, err := json.Marshal(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(lagged)
	}
	f.Add([]byte(`{"components":[{"mode":"auto","groups":["a","b"],"lag":["sync","99999d"]}]}`))
	f.Add([]byte(`{"format":"outagelab-scenario","version":2}`))
	f.Add([]byte(`{"sites":[{"lat":1e999}]}`))
	f.Add([]byte(`{"sites":[{},{"zones":[{"ups":["u",1]}]}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := sim.ParseScenario(bytes.NewReader(data))
		if err != nil {
			var fe *sim.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T is not a *sim.FieldError: %v", err, err)
			}
			return
		}
		w, err := sim.NewWorld(s, 1)
		if err != nil {
			t.Fatalf("accepted scenario refused by NewWorld: %v", err)
		}
		w.Advance(7 * sim.Day)
		for _, d := range w.Result().Data {
			if d.Kind != sim.LossRecent {
				continue
			}
			span, err := d.Copy.Lag.Span()
			if err != nil || d.Window <= 0 || d.Window > span || d.At > w.Now() {
				t.Fatalf("%s lost %s of writes at %s by %s, but its copy trails by %q", d.Comp, d.Window, d.At, d.Rule, d.Copy.Lag)
			}
		}
		var buf bytes.Buffer
		if err := s.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := sim.ParseScenario(&buf); err != nil {
			t.Fatalf("re-encoded scenario does not parse: %v", err)
		}
	})
}

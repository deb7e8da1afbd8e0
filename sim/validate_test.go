package sim_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

func TestParseScenarioNamesTheBrokenField(t *testing.T) {
	good, err := json.Marshal(twoSites(sim.ModeManual))
	require.NoError(t, err)
	edit := func(f func(s *sim.Scenario)) string {
		s := twoSites(sim.ModeManual)
		f(s)
		b, err := json.Marshal(s)
		require.NoError(t, err)
		return string(b)
	}
	tests := []struct {
		name, file, path, msg string
	}{
		{"empty", "", "", "file is empty"},
		{"truncated", string(good[:len(good)/2]), "", "truncated"},
		{"syntax", `{"format": "outagelab-scenario",, }`, "", "line 1, column 34"},
		{"trailing data", string(good) + `{}`, "", "unexpected data"},
		{"wrong type", strings.Replace(string(good), `"horizonHours":72`, `"horizonHours":"soon"`, 1), "horizonHours", "got a JSON string, want int"},
		{"unknown field", strings.Replace(string(good), `"horizonHours":72`, `"horizonHours":72,"colour":"red"`, 1), "", `unknown field "colour"`},
		{"wrong format", edit(func(s *sim.Scenario) { s.Format = "json" }), "format", `want "outagelab-scenario"`},
		{"future version", edit(func(s *sim.Scenario) { s.Version = 9 }), "version", "newer than this program reads"},
		{"bad start", edit(func(s *sim.Scenario) { s.Start = "yesterday" }), "start", "is not of the form"},
		{"bad date", edit(func(s *sim.Scenario) { s.Start = "2022-02-30T00:00:00+09:00" }), "start", "past the end of the month"},
		{"latitude", edit(func(s *sim.Scenario) { s.Sites[1].Lat = 123.4 }), "sites[1].lat", "123.4 is out of range -90..90"},
		{"duplicate site", edit(func(s *sim.Scenario) { s.Sites[1].ID = "a" }), "sites[1].id", `"a" is already used by sites[0]`},
		{"unknown UPS", edit(func(s *sim.Scenario) { s.Sites[0].Zones[0].UPS = []string{"u9"} }), "sites[0].zones[0].ups[0]", `unknown UPS "u9"`},
		{"unknown zone", edit(func(s *sim.Scenario) { s.Groups[0].Zone = "z9" }), "groups[0].zone", `unknown zone of site a "z9"`},
		{"shared group", edit(func(s *sim.Scenario) { s.Comps[1].Groups = []string{"pa"} }), "components[1].groups[0]", "already runs components[0]"},
		{"single with two groups", edit(func(s *sim.Scenario) {
			s.Comps[1].Groups = []string{"oa", "ca"}
			s.Comps[2].Groups = []string{"pb"}
			s.Comps[0].Mode = sim.ModeSingle
			s.Comps[0].Groups = []string{"pa"}
		}), "components[1].groups", "exactly one group"},
		{"bad mode", edit(func(s *sim.Scenario) { s.Comps[0].Mode = "mirrored" }), "components[0].mode", `"mirrored" is not one of`},
		{"backup without place", edit(func(s *sim.Scenario) { s.Comps[0].Mode = sim.ModeBackup }), "components[0].backup", "needs the place"},
		{"app without requirement", edit(func(s *sim.Scenario) { s.Apps[0].Requires = nil }), "apps[0].requires", "at least one"},
		{"room kind", edit(func(s *sim.Scenario) { s.Sites[0].Compartments[1].Kind = "kitchen" }), "sites[0].compartments[1].kind", `"kitchen" is not one of`},
		{"unknown requirement", edit(func(s *sim.Scenario) { s.Apps[0].Requires = append(s.Apps[0].Requires, "zz") }), "apps[0].requires[1]", `unknown component "zz"`},
		{"spread to itself", edit(func(s *sim.Scenario) {
			s.Sites[1].Spread = []sim.Spread{{From: s.Sites[1].Compartments[0].ID, To: s.Sites[1].Compartments[0].ID}}
		}), "sites[1].spread[0].to", "cannot spread"},
		{"oversized servers", edit(func(s *sim.Scenario) { s.Groups[0].Servers = 1 << 40 }), "groups[0].servers", "out of range"},
		{"negative time", edit(func(s *sim.Scenario) { s.Sites[0].FireService.CutMin = -5 }), "sites[0].fireService.cutMin", "-5 is out of range"},
		{"incident site", edit(func(s *sim.Scenario) { s.Incidents = []sim.Command{{Kind: sim.CmdFire, Site: "x"}} }), "incidents[0].site", `unknown site "x"`},
		{"incident after horizon", edit(func(s *sim.Scenario) {
			s.Incidents = []sim.Command{{At: 100 * sim.Hour, Kind: sim.CmdUtilityLoss, Site: "a"}}
		}), "incidents[0].at", "after the horizon"},
		{"lag per group", edit(func(s *sim.Scenario) { s.Comps[0].Lag = []sim.Lag{"sync"} }), "components[0].lag", "has 1 entries for 2 groups"},
		{"lag spelling", edit(func(s *sim.Scenario) { s.Comps[0].Lag = []sim.Lag{"", "5 min"} }), "components[0].lag[1]", `"5 min" is not a lag: want sync, nightly, none`},
		{"lag unit", edit(func(s *sim.Scenario) { s.Comps[0].Lag = []sim.Lag{"5w", "sync"} }), "components[0].lag[0]", `"5w" is not a lag`},
		{"lag too long", edit(func(s *sim.Scenario) { s.Comps[0].Lag = []sim.Lag{"", "400d"} }), "components[0].lag[1]", "longer than the limit of 366 days"},
		{"lag of a single copy", edit(func(s *sim.Scenario) { s.Comps[1].Lag = []sim.Lag{"sync"} }), "components[1].lag", "mode single keeps one copy"},
		{"lag on backup groups", edit(func(s *sim.Scenario) {
			s.Comps[0].Mode = sim.ModeBackup
			s.Comps[0].Backup = &sim.Place{Site: "b", Compartment: "hall"}
			s.Comps[0].Lag = []sim.Lag{"", "1h"}
		}), "components[0].lag", "state the backup's lag as backup.lag"},
		{"backup lag", edit(func(s *sim.Scenario) {
			s.Comps[0].Mode = sim.ModeBackup
			s.Comps[0].Backup = &sim.Place{Site: "b", Compartment: "hall", Lag: "weekly"}
		}), "components[0].backup.lag", `"weekly" is not a lag`},
		{"empty backup", edit(func(s *sim.Scenario) {
			s.Comps[0].Mode = sim.ModeBackup
			s.Comps[0].Backup = &sim.Place{Site: "b", Compartment: "hall", Lag: sim.LagNone}
		}), "components[0].backup.lag", "its lag cannot be none"},
		{"too many sites", edit(func(s *sim.Scenario) {
			for len(s.Sites) <= sim.MaxSites {
				s.Sites = append(s.Sites, s.Sites[0])
			}
		}), "sites", "more than the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sim.ParseScenario(strings.NewReader(tt.file))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "sim: scenario: "), err.Error())
			var fe *sim.FieldError
			require.True(t, errors.As(err, &fe), "%T", err)
			assert.Equal(t, tt.path, fe.Path)
		})
	}
}

func TestParseScenarioNamesTheElementOfAWrongType(t *testing.T) {
	tests := []struct {
		name, file, path, msg string
	}{
		{"top level", `{"seed": -1}`, "seed", "got a JSON number -1, want uint64"},
		{"nested object", `{"title": {"en": 5}}`, "title.en", "got a JSON number, want string"},
		{"second site", `{"sites": [{"id": "a"}, {"lat": "north"}]}`, "sites[1].lat", "line 1, column 40: got a JSON string, want float64"},
		{"object for a number", `{"sites": [{"lat": {}}]}`, "sites[0].lat", "got a JSON object, want float64"},
		{"number for an object", `{"sites": [{"zones": [{}, 1]}]}`, "sites[0].zones[1]", "got a JSON number, want sim.Zone"},
		{"list element", `{"sites": [{}, {"zones": [{"id": "z"}, {"ups": ["u1", 7]}]}]}`, "sites[1].zones[1].ups[1]", "got a JSON number, want string"},
		{"object for a list", `{"sites": {}}`, "sites", "got a JSON object, want []sim.Site"},
		{"deep field", `{"sites": [{}, {}, {"fireService": {"cutMin": 1.5}}]}`, "sites[2].fireService.cutMin", "want int"},
		{"incident", `{"incidents": [{}, {"at": "noon"}]}`, "incidents[1].at", "got a JSON string, want sim.Seconds"},
		{"spacing and lines", "{\n  \"sites\" : [\n    { \"lat\" : true }\n  ]\n}", "sites[0].lat", "line 3, column 19: got a JSON bool"},
		{"spelt differently", `{"Sites": [{"LAT": "x"}]}`, "Sites[0].LAT", "got a JSON string"},
		{"first of two", `{"sites": [{"lat": "x"}], "seed": "y"}`, "sites[0].lat", "want float64"},
		{"huge number", `{"sites": [{"lat": 1e400}]}`, "sites[0].lat", "got a JSON number 1e400"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sim.ParseScenario(strings.NewReader(tt.file))
			var fe *sim.FieldError
			require.True(t, errors.As(err, &fe), "%T: %v", err, err)
			assert.Equal(t, tt.path, fe.Path)
			assert.Contains(t, fe.Msg, tt.msg)
		})
	}
}

func TestParseScenarioRefusesOversizedFiles(t *testing.T) {
	big := bytes.Repeat([]byte(" "), sim.MaxScenarioBytes+1)
	_, err := sim.ParseScenario(bytes.NewReader(big))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "larger than")
}

func TestEncodeParseRoundTrip(t *testing.T) {
	for _, id := range presetIDs(t) {
		s := preset(t, id)
		var buf bytes.Buffer
		require.NoError(t, s.Encode(&buf))
		back, err := sim.ParseScenario(&buf)
		require.NoError(t, err, id)
		assert.Equal(t, s, back, id)
	}
}

func TestLagSpan(t *testing.T) {
	tests := []struct {
		lag  sim.Lag
		want sim.Seconds
		err  string
	}{
		{sim.LagSync, 0, ""},
		{"0s", 0, ""},
		{"30s", 30 * sim.Second, ""},
		{"5m", 5 * sim.Minute, ""},
		{"2h", 2 * sim.Hour, ""},
		{"7d", 7 * sim.Day, ""},
		{"366d", sim.MaxLag, ""},
		{sim.LagNightly, sim.Day, ""},
		{sim.LagNone, sim.Never, ""},
		{sim.LagDefault, 0, `"" is not a lag`},
		{"m", 0, "is not a lag"},
		{"-5m", 0, "is not a lag"},
		{"+5m", 0, "is not a lag"},
		{"5 m", 0, "is not a lag"},
		{"1.5h", 0, "is not a lag"},
		{"5M", 0, "is not a lag"},
		{"99999999999d", 0, "longer than the limit"},
		{"99999999999999999999d", 0, "is not a lag"},
		{"367d", 0, "longer than the limit"},
		{"8785h", 0, "longer than the limit"},
	}
	for _, tt := range tests {
		t.Run(string(tt.lag), func(t *testing.T) {
			got, err := tt.lag.Span()
			if tt.err != "" {
				assert.ErrorContains(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCopyLagDefaultsByMode(t *testing.T) {
	tests := []struct {
		mode         sim.Mode
		lag          []sim.Lag
		copy, backup sim.Lag
	}{
		{sim.ModeSingle, nil, sim.LagSync, sim.LagDefault},
		{sim.ModeManual, nil, "1m", sim.LagDefault},
		{sim.ModeAuto, nil, sim.LagSync, sim.LagDefault},
		{sim.ModeActive, nil, sim.LagSync, sim.LagDefault},
		{sim.ModeBackup, nil, sim.LagNone, sim.LagNightly},
		{sim.ModeManual, []sim.Lag{"", "5m"}, "5m", sim.LagDefault},
		{sim.ModeAuto, []sim.Lag{"", ""}, sim.LagSync, sim.LagDefault},
	}
	for _, tt := range tests {
		t.Run(string(tt.mode), func(t *testing.T) {
			s := twoSites(tt.mode)
			s.Comps[0].Lag = tt.lag
			if tt.mode == sim.ModeBackup {
				s.Comps[0].Backup = &sim.Place{Site: "b", Compartment: "hall"}
			}
			require.NoError(t, s.Validate())
			assert.Equal(t, tt.copy, s.Comps[0].CopyLag(1))
			assert.Equal(t, tt.backup, s.Comps[0].BackupLag())
		})
	}
}

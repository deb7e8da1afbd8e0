package design_test

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/sim"
	"outagelab/sim/design"
)

// bases returns every built-in base: the presets and the blank start.
func bases(t testing.TB) map[string]*sim.Scenario {
	t.Helper()
	ents, err := fs.ReadDir(assets.FS, "scenarios")
	require.NoError(t, err)
	m := map[string]*sim.Scenario{}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, err := fs.ReadFile(assets.FS, "scenarios/"+e.Name())
		require.NoError(t, err)
		s, err := sim.ParseScenario(bytes.NewReader(data))
		require.NoError(t, err)
		m[s.ID] = s
	}
	m[design.BlankID] = design.Blank(m["kakao2022"])
	return m
}

// lookup turns a map of bases into Decode's look-up function.
func lookup(m map[string]*sim.Scenario) func(string) *sim.Scenario {
	return func(id string) *sim.Scenario { return m[id] }
}

// run compiles d on base and runs it to the base's horizon.
func run(t testing.TB, base *sim.Scenario, d design.Design) sim.Result {
	t.Helper()
	s, err := design.Compile(base, d)
	require.NoError(t, err)
	w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	return w.Result()
}

// appDown returns how long app id was down in r.
func appDown(t testing.TB, r sim.Result, id string) sim.Seconds {
	t.Helper()
	for _, a := range r.Apps {
		if a.ID == id {
			return a.Outage(r.End)
		}
	}
	t.Fatalf("no app %q", id)
	return 0
}

// mustOf returns a function that fails t on an edit's error and
// returns the edited design.
func mustOf(t testing.TB) func(design.Design, error) design.Design {
	return func(d design.Design, err error) design.Design {
		t.Helper()
		require.NoError(t, err)
		return d
	}
}

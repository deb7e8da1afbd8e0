package sim_test

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/sim"
)

// presetIDs lists the embedded presets in file order.
func presetIDs(t testing.TB) []string {
	t.Helper()
	ents, err := fs.ReadDir(assets.FS, "scenarios")
	require.NoError(t, err)
	var ids []string
	for _, e := range ents {
		if name, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			ids = append(ids, name)
		}
	}
	return ids
}

// preset parses the embedded preset id.
func preset(t testing.TB, id string) *sim.Scenario {
	t.Helper()
	data, err := fs.ReadFile(assets.FS, "scenarios/"+id+".json")
	require.NoError(t, err)
	s, err := sim.ParseScenario(bytes.NewReader(data))
	require.NoError(t, err)
	return s
}

// runPreset runs preset id with its own seed to its horizon.
func runPreset(t testing.TB, id string) *sim.World {
	t.Helper()
	s := preset(t, id)
	w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	return w
}

// at returns the simulated time of a civil time in the world's zone,
// given as "2022-10-16T15:00" (the world's offset is appended).
func at(t testing.TB, w *sim.World, civil string) sim.Seconds {
	t.Helper()
	in := w.Start()
	off := sim.Instant{Offset: in.Offset}.String()[19:]
	i, err := sim.ParseInstant(civil + ":00" + off)
	require.NoError(t, err)
	return sim.Seconds(i.Unix - in.Unix)
}

// outage returns app id's outage summary.
func outage(t testing.TB, r sim.Result, id string) sim.AppOutage {
	t.Helper()
	for _, a := range r.Apps {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no app %q", id)
	return sim.AppOutage{}
}

// siteServers counts the servers of owner at site and those powered.
func siteServers(s sim.Snapshot, site, owner string) (powered, total int) {
	for _, g := range s.Groups {
		if g.Site == site && g.Owner == owner {
			total += g.Servers
			if g.Powered {
				powered += g.Servers
			}
		}
	}
	return powered, total
}

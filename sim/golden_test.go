package sim_test

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// dump writes a world's timeline as the text of a golden file: one line
// per entry with its simulated time and clock, then the app summary and
// the data each component lost where a rule other than "stayed" decided
// it.
func dump(w *sim.World) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s seed %d, start %s\n", w.Scenario().ID, w.Seed(), w.Start())
	for _, e := range w.Timeline() {
		fmt.Fprintf(&b, "%s  %s\n", w.ClockAt(e.At), e)
	}
	r := w.Result()
	for _, a := range r.Apps {
		fmt.Fprintf(&b, "app %s outage %s down %s degraded %s user-hours %d\n", a.ID, a.Outage(r.End), a.Down, a.Degraded, a.UserHours)
	}
	fmt.Fprintf(&b, "first-down %s all-up %s peak-users-out %d user-hours %d\n", r.FirstDown, r.AllUp, r.PeakUsersOut, r.UserHours)
	for _, d := range r.Data {
		if d.Rule == sim.LossStayed {
			continue
		}
		fmt.Fprintf(&b, "data %s %s window %s for-good %v rule %s at %s copy %s/%s/%s lag %q\n", d.Comp, d.Kind, d.Window, d.ForGood, d.Rule, d.At, d.Copy.Site, d.Copy.Compartment, d.Copy.Group, d.Copy.Lag)
	}
	return b.String()
}

// goldenCases are the runs kept under testdata/: every preset with its
// own seed, and random scenarios that exercise the random draws.
func goldenCases(t *testing.T) map[string]func() *sim.World {
	cases := map[string]func() *sim.World{}
	for _, id := range presetIDs(t) {
		cases[id+"-seed1"] = func() *sim.World { return runPreset(t, id) }
	}
	for _, seed := range []uint64{33, 35, 284} {
		cases[fmt.Sprintf("random-seed%d", seed)] = func() *sim.World {
			s := randomScenario(seed, false)
			w, err := sim.Run(s, seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
			require.NoError(t, err)
			return w
		}
	}
	return cases
}

func TestGoldenTimelines(t *testing.T) {
	cases := goldenCases(t)
	var hashes []string
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		run := cases[name]
		got := dump(run())
		require.Equal(t, got, dump(run()), "%s: two runs in one process differ", name)
		path := filepath.Join("testdata", name+".golden")
		if *update {
			require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "run go test ./sim -update to create %s", path)
		assert.Equal(t, string(want), got, "%s differs; review and run go test ./sim -update", path)
		hashes = append(hashes, fmt.Sprintf("%x  %s\n", sha256.Sum256([]byte(got)), name))
	}
	// One file of hashes makes a native/wasm difference easy to spot.
	path := filepath.Join("testdata", "hashes.golden")
	got := strings.Join(hashes, "")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

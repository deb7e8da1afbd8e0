package design_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
	"outagelab/sim/design"
)

// TestIdentityDesignKeepsTheOutcome checks that a design nobody changed
// plays out exactly as its base: every preset's outcome is the record's.
func TestIdentityDesignKeepsTheOutcome(t *testing.T) {
	for id, base := range bases(t) {
		t.Run(id, func(t *testing.T) {
			want, err := sim.Run(base, base.Seed, nil, sim.Seconds(base.HorizonHours)*sim.Hour)
			require.NoError(t, err)
			got := run(t, base, design.FromScenario(base))
			assert.Equal(t, want.Result(), got)
		})
	}
}

// pangyo and anyang are positions in ten-thousandths of a degree.
const (
	pangyoLat, pangyoLon       = 374005, 1271030
	chuncheonLat, chuncheonLon = 378813, 1277298
)

// TestBlankBurnsDown checks the blank start: one building, no copies,
// and a battery fire that takes every app down for hours.
func TestBlankBurnsDown(t *testing.T) {
	b := bases(t)[design.BlankID]
	r := run(t, b, design.FromScenario(b))
	for _, a := range r.Apps {
		assert.Greater(t, a.Outage(r.End), 6*sim.Hour, a.ID)
	}
}

// TestFireWallAndZoneCut checks that the building's own protections
// change the outcome by the model's rules: a wall keeps the fire out of
// the UPS room (no days of repairs), and with zone-level cuts too the
// fire service need not darken the halls at all.
func TestFireWallAndZoneCut(t *testing.T) {
	must := mustOf(t)
	b := bases(t)[design.BlankID]
	d := design.FromScenario(b)
	open := appDown(t, run(t, b, d), "talk")
	d = must(d.SetWall(0, true))
	walled := appDown(t, run(t, b, d), "talk")
	d = must(d.SetZoneCut(0, true))
	both := appDown(t, run(t, b, d), "talk")
	assert.Less(t, walled, open, "a fire wall spares the UPS room")
	assert.Greater(t, walled, sim.Hour, "the whole-building cut still darkens it")
	assert.Zero(t, both, "with a wall and zone cuts the halls keep power")
}

// TestTheToolsMustSurvive is the lesson of 2022 in the sandbox: copies
// in a second site switched by an automatic controller that lives only
// in the burning building do not help; a controller in both sites does.
func TestTheToolsMustSurvive(t *testing.T) {
	must := mustOf(t)
	b := bases(t)[design.BlankID]
	d := design.FromScenario(b)
	d = must(d.AddSite(chuncheonLat, chuncheonLon))
	for c := range b.Comps {
		d = must(d.ToggleCopy(c, 1))
		d = must(d.SetMode(c, sim.ModeAuto))
	}
	ctrl := compIndex(t, b, b.Ops.Controller)
	tools := compIndex(t, b, b.Ops.Tools)
	stranded := d
	for _, c := range []int{ctrl, tools} {
		stranded = must(stranded.ToggleCopy(c, 1))
		stranded = must(stranded.SetMode(c, sim.ModeSingle))
	}
	lost := appDown(t, run(t, b, stranded), "talk")
	for _, c := range []int{ctrl, tools} {
		d = must(d.SetMode(c, sim.ModeActive))
	}
	safe := appDown(t, run(t, b, d), "talk")
	assert.Greater(t, lost, 6*sim.Hour, "copies no one can switch to")
	assert.Less(t, safe, 10*sim.Minute, "a controller that survives switches in minutes")
}

func compIndex(t testing.TB, s *sim.Scenario, id string) int {
	t.Helper()
	for i, c := range s.Comps {
		if c.ID == id {
			return i
		}
	}
	t.Fatalf("no component %q", id)
	return -1
}

// TestGeneratorsCarryAGridLoss checks that a grid loss darkens a site
// without generators once its UPS runs dry, and not one with them.
func TestGeneratorsCarryAGridLoss(t *testing.T) {
	must := mustOf(t)
	b := bases(t)[design.BlankID]
	d := design.FromScenario(b).SetIncident(design.Incident{Kind: design.IncGridLoss})
	without := run(t, b, d)
	boot := sim.Seconds(b.Sites[0].BootMin) * sim.Minute
	ups := sim.Seconds(b.Sites[0].UPS[0].RuntimeMin) * sim.Minute
	assert.Equal(t, design.GridLossHours*sim.Hour-ups+boot, appDown(t, without, "map"), "dark from the UPS running dry to the servers booting after the grid's return")
	d = must(d.SetGenerators(0, 2, 24))
	assert.Zero(t, appDown(t, run(t, b, d), "map"))
	failing := d.SetIncident(design.Incident{Kind: design.IncGenFail})
	assert.Positive(t, appDown(t, run(t, b, failing), "map"), "generators that fail to start do not help")
}

// TestEveryIncidentCompiles runs each incident kind on each site of a
// two-site design.
func TestEveryIncidentCompiles(t *testing.T) {
	must := mustOf(t)
	b := bases(t)["kakao2022"]
	d := must(design.FromScenario(b).AddSite(chuncheonLat, chuncheonLon))
	for _, k := range design.Incidents() {
		for si := range d.Sites {
			in := design.Incident{Kind: k, Site: si, Room: 1, Seed: 7}
			s, err := design.Compile(b, d.SetIncident(in))
			require.NoError(t, err, "%v at %d", k, si)
			assert.NotEmpty(t, s.Incidents, "%v at %d", k, si)
		}
	}
}

// TestChaosIsSeeded checks that a chaos draw depends only on its seed.
func TestChaosIsSeeded(t *testing.T) {
	b := bases(t)["kakao2022"]
	draw := func(seed uint64) []sim.Command {
		d := design.FromScenario(b).SetIncident(design.Incident{Kind: design.IncChaos, Seed: seed})
		s, err := design.Compile(b, d)
		require.NoError(t, err)
		require.NotEmpty(t, s.Incidents)
		return s.Incidents
	}
	assert.Equal(t, draw(42), draw(42))
	differ := false
	for seed := uint64(1); seed < 20; seed++ {
		differ = differ || !slices.Equal(draw(seed), draw(0))
	}
	assert.True(t, differ, "different seeds draw different incidents")
}

// TestBlankStandsAtPangyo checks the blank start's one site is on the
// map where Kakao's burned, not at 0°, 0°.
func TestBlankStandsAtPangyo(t *testing.T) {
	b := bases(t)[design.BlankID]
	lat, lon := design.FromScenario(b).Sites[0].Degrees()
	assert.InDelta(t, 37.4005, lat, 1e-4)
	assert.InDelta(t, 127.103, lon, 1e-4)
}

// TestCompileKeepsTheBaseLags checks that copies keep the lags their
// base states while the reader keeps the mode, that a mode the reader
// chose takes its defaults, and that a new copy takes the default.
func TestCompileKeepsTheBaseLags(t *testing.T) {
	must := mustOf(t)
	base := bases(t)["kakao2022"].Clone()
	c := slices.IndexFunc(base.Comps, func(cp sim.Component) bool { return cp.ID == "talk-msg" })
	base.Comps[c].Lag = []sim.Lag{"", "5m"}
	lagOf := func(d design.Design) []sim.Lag {
		s, err := design.Compile(base, d)
		require.NoError(t, err)
		return s.Comps[c].Lag
	}
	d := design.FromScenario(base)
	assert.Equal(t, []sim.Lag{"", "5m"}, lagOf(d), "as the base says")
	assert.Nil(t, lagOf(must(d.SetMode(c, sim.ModeManual))), "the reader's mode takes its defaults")
	assert.Nil(t, lagOf(must(d.SetMode(c, sim.ModeBackup))), "a backup's groups hold no copy")
	more := must(d.AddSite(chuncheonLat, chuncheonLon))
	more = must(more.ToggleCopy(c, len(more.Sites)-1))
	assert.Equal(t, []sim.Lag{"", "5m", ""}, lagOf(more), "a new copy takes the default")
	assert.Nil(t, design.Blank(base).Comps[c].Lag, "the blank start keeps one copy")
}

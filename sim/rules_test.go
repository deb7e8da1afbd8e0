package sim_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

// twoSites returns a small scenario: sites "a" and "b", each with a
// battery room, an electrical room holding UPS "u1", a hall with zone
// "z1" fed by u1, and one generator; component "svc" runs on groups
// "pa" (site a) and "pb" (site b) in the given mode; app "app" requires
// it; the ops tools run on "ops" (group "oa" in site a) and the
// controller on "ctl" (group "ca" in site a).
func twoSites(mode sim.Mode) *sim.Scenario {
	site := func(id string) sim.Site {
		return sim.Site{
			ID: id, Feeds: 1, BootMin: 10,
			Compartments: []sim.Compartment{{ID: "battery", Kind: sim.KindBattery}, {ID: "elec", Kind: sim.KindElectrical}, {ID: "hall", Kind: sim.KindHall}},
			Spread:       []sim.Spread{{From: "battery", To: "elec", AfterMin: 5}},
			UPS:          []sim.UPS{{ID: "u1", Compartment: "elec", RuntimeMin: 10}},
			Generators:   sim.Generators{Count: 2, Needed: 1, StartSec: 10, FuelHours: 2, Compartment: "elec"},
			Zones:        []sim.Zone{{ID: "z1", Compartment: "hall", UPS: []string{"u1"}}},
			FireService:  sim.FireService{ReportMin: 10, CutMin: 20, KnockdownMin: 60, OutMin: 120, InspectMin: 60, ZoneStepMin: 10},
			Repair:       sim.Repair{Crews: 1, UPSMin: 120, CableMin: 600},
		}
	}
	groups := []string{"pa", "pb"}
	if mode == sim.ModeSingle {
		groups = groups[:1]
	}
	return &sim.Scenario{
		Format: sim.FormatName, Version: sim.FormatVersion, ID: "two", Start: "2022-10-15T15:19:00+09:00", HorizonHours: 72, Users: 100,
		Sites: []sim.Site{site("a"), site("b")},
		Groups: []sim.Group{{ID: "pa", Site: "a", Zone: "z1", Servers: 10, Owner: "K"}, {ID: "pb", Site: "b", Zone: "z1", Servers: 10, Owner: "K"},
			{ID: "oa", Site: "a", Zone: "z1", Servers: 1, Owner: "K"}, {ID: "ca", Site: "a", Zone: "z1", Servers: 1, Owner: "K"}},
		Comps: []sim.Component{{ID: "svc", Mode: mode, Groups: groups, Need: 10},
			{ID: "ops", Mode: sim.ModeSingle, Groups: []string{"oa"}, Need: 1},
			{ID: "ctl", Mode: sim.ModeSingle, Groups: []string{"ca"}, Need: 1}},
		Apps: []sim.App{{ID: "app", Users: 100, Requires: []string{"svc"}}},
		Ops:  sim.Ops{Owner: "K", Tools: "ops", Controller: "ctl", Teams: 1, ResponseMin: 15, SwitchMin: 30, FailoverSec: 60, ProvisionPerHour: 10},
	}
}

// appAt runs s with cmds to t and returns app "app"'s status.
func appAt(t *testing.T, s *sim.Scenario, t0 sim.Seconds, cmds ...sim.Command) sim.Status {
	t.Helper()
	w, err := sim.Run(s, 1, cmds, t0)
	require.NoError(t, err)
	return w.Snapshot().Apps[0].Status
}

func TestUPSCarriesTheLoadUntilItRunsDry(t *testing.T) {
	s := twoSites(sim.ModeSingle)
	s.Sites[0].Generators = sim.Generators{}
	loss := sim.Command{Kind: sim.CmdUtilityLoss, Site: "a"}
	assert.Equal(t, sim.StatusUp, appAt(t, s, 10*sim.Minute-1, loss), "on battery")
	assert.Equal(t, sim.StatusDown, appAt(t, s, 10*sim.Minute, loss), "battery spent")
}

func TestGenerators(t *testing.T) {
	loss := sim.Command{Kind: sim.CmdUtilityLoss, Site: "a"}
	t.Run("start and carry the load until the fuel runs out", func(t *testing.T) {
		s := twoSites(sim.ModeSingle)
		assert.Equal(t, sim.StatusUp, appAt(t, s, 2*sim.Hour, loss))
		// Battery for the 10 s the plant takes to start, fuel for 2 h,
		// then the 9 min 50 s of battery left.
		assert.Equal(t, sim.StatusUp, appAt(t, s, 2*sim.Hour+10*sim.Minute-1, loss))
		assert.Equal(t, sim.StatusDown, appAt(t, s, 2*sim.Hour+10*sim.Minute, loss))
	})
	t.Run("fail to start, then started by hand", func(t *testing.T) {
		s := twoSites(sim.ModeSingle)
		s.Sites[0].Generators.FailPermille = 1000
		assert.Equal(t, sim.StatusDown, appAt(t, s, 11*sim.Minute, loss))
		start := sim.Command{At: 20 * sim.Minute, Kind: sim.CmdGeneratorsStart, Site: "a"}
		// Back once power returns and the servers have booted (10 min).
		assert.Equal(t, sim.StatusDown, appAt(t, s, 30*sim.Minute-1, loss, start))
		assert.Equal(t, sim.StatusUp, appAt(t, s, 30*sim.Minute, loss, start))
	})
	t.Run("the draw for each start comes from the seed", func(t *testing.T) {
		s := twoSites(sim.ModeSingle)
		s.Sites[0].Generators.FailPermille = 500
		outcomes := map[sim.Status]int{}
		for seed := range uint64(64) {
			w, err := sim.Run(s, seed, []sim.Command{loss}, sim.Hour)
			require.NoError(t, err)
			outcomes[w.Snapshot().Apps[0].Status]++
			again, _ := sim.Run(s, seed, []sim.Command{loss}, sim.Hour)
			require.Equal(t, w.Snapshot(), again.Snapshot())
		}
		assert.Len(t, outcomes, 2, "some seeds start the plant, some do not: %v", outcomes)
	})
}

func TestFireDestroysWhatSharesItsSpace(t *testing.T) {
	s := twoSites(sim.ModeSingle)
	fire := sim.Command{Kind: sim.CmdFire, Site: "a", Compartment: "battery"}
	w, err := sim.Run(s, 1, []sim.Command{fire}, 5*sim.Minute)
	require.NoError(t, err)
	snap := w.Snapshot()
	assert.True(t, snap.Sites[0].UPS[0].Dead, "UPS in the space the fire spread to")
	assert.True(t, snap.Sites[0].Generators.Destroyed)
	assert.Equal(t, sim.StatusDown, snap.Apps[0].Status, "zone fed only by the burned UPS")

	// A second UPS string behind a wall keeps the zone alive until the
	// fire service cuts the building.
	s.Sites[0].Compartments = append(s.Sites[0].Compartments, sim.Compartment{ID: "elec2", Kind: sim.KindElectrical})
	s.Sites[0].UPS = append(s.Sites[0].UPS, sim.UPS{ID: "u2", Compartment: "elec2", RuntimeMin: 10})
	s.Sites[0].Zones[0].UPS = []string{"u1", "u2"}
	assert.Equal(t, sim.StatusUp, appAt(t, s, 30*sim.Minute-1, fire))
	assert.Equal(t, sim.StatusDown, appAt(t, s, 30*sim.Minute, fire), "whole-building cut at report+cut")

	// With zone-level cut the untouched zone keeps power.
	s.Sites[0].ZoneCut = true
	assert.Equal(t, sim.StatusUp, appAt(t, s, 6*sim.Hour, fire))
}

func TestRestorationAfterTheFire(t *testing.T) {
	s := twoSites(sim.ModeSingle)
	fire := sim.Command{Kind: sim.CmdFire, Site: "a", Compartment: "battery"}
	// Out at 10+120 min, handed back 60 min later; the burned UPS takes a
	// crew 120 min; servers boot in 10 min.
	back := (10 + 120 + 60 + 120 + 10) * sim.Minute
	assert.Equal(t, sim.StatusDown, appAt(t, s, back-1, fire))
	assert.Equal(t, sim.StatusUp, appAt(t, s, back, fire))
}

func TestFailover(t *testing.T) {
	cut := sim.Command{Kind: sim.CmdPowerCut, Site: "a", Zone: "z1"}
	tests := []struct {
		name   string
		mode   sim.Mode
		edit   func(*sim.Scenario)
		before sim.Seconds // still down just before
		back   sim.Seconds // up from
	}{
		{"active-active rides through", sim.ModeActive, func(s *sim.Scenario) { s.Groups[1].Servers = 10 }, 0, 0},
		// The controller shares site a's zone, so it dies with it: the
		// switch falls to engineers, whose tools died too.
		{"hot standby without its controller waits", sim.ModeAuto, nil, 0, sim.Never},
		{"hot standby with a controller elsewhere", sim.ModeAuto, func(s *sim.Scenario) { s.Groups[3].Site = "b" }, 60 - 1, 60},
		{"manual standby without tools waits", sim.ModeManual, nil, 0, sim.Never},
		// Tools elsewhere: engineers respond in 15 min and switch in 30.
		{"manual standby with tools elsewhere", sim.ModeManual, func(s *sim.Scenario) { s.Groups[2].Site = "b" }, 45*sim.Minute - 1, 45 * sim.Minute},
		// A standby half the size needs 5 servers added at 10 an hour.
		{"small standby needs servers added", sim.ModeManual, func(s *sim.Scenario) { s.Groups[2].Site = "b"; s.Groups[1].Servers = 5 }, 75*sim.Minute - 1, 75 * sim.Minute},
		{"single site waits for its site", sim.ModeSingle, nil, 0, sim.Never},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := twoSites(tt.mode)
			if tt.edit != nil {
				tt.edit(s)
			}
			if tt.back == 0 {
				assert.Equal(t, sim.StatusUp, appAt(t, s, sim.Hour, cut))
				return
			}
			if tt.back == sim.Never {
				assert.Equal(t, sim.StatusDown, appAt(t, s, 24*sim.Hour, cut))
				return
			}
			assert.Equal(t, sim.StatusDown, appAt(t, s, tt.before, cut))
			assert.Equal(t, sim.StatusUp, appAt(t, s, tt.back, cut))
		})
	}
}

func TestToolsLostMidSwitchAbortTheSwitch(t *testing.T) {
	s := twoSites(sim.ModeManual)
	s.Sites = append(s.Sites, s.Sites[1])
	s.Sites[2].ID = "c"
	s.Groups[2].Site = "c" // tools in a third site
	cmds := []sim.Command{
		{Kind: sim.CmdPowerCut, Site: "a", Zone: "z1"},
		{At: 30 * sim.Minute, Kind: sim.CmdPowerCut, Site: "c"}, // mid-switch
	}
	w, err := sim.Run(s, 1, cmds, 2*sim.Hour)
	require.NoError(t, err)
	assert.Equal(t, sim.StatusDown, w.Snapshot().Apps[0].Status)
	assert.NotNil(t, firstEntry(w.Timeline(), sim.EntSwitchAborted))
}

func TestBackupInTheSameBuildingIsLost(t *testing.T) {
	s := twoSites(sim.ModeBackup)
	s.Comps[0].RestoreMin = 60
	s.Comps[0].Backup = &sim.Place{Site: "a", Compartment: "hall"}
	s.Groups[2].Site = "b"
	fire := sim.Command{Kind: sim.CmdFire, Site: "a", Compartment: "hall"}
	w, err := sim.Run(s, 1, []sim.Command{fire}, 48*sim.Hour)
	require.NoError(t, err)
	assert.True(t, w.Snapshot().Comps[0].Lost)
	assert.Equal(t, sim.StatusDown, w.Snapshot().Apps[0].Status)

	// The same fire with the backup in site b: restored there.
	s.Comps[0].Backup = &sim.Place{Site: "b", Compartment: "hall"}
	w, err = sim.Run(s, 1, []sim.Command{fire}, 48*sim.Hour)
	require.NoError(t, err)
	assert.Equal(t, sim.StatusUp, w.Snapshot().Apps[0].Status)
}

func TestApplyRefusesBadCommandsAndChangesNothing(t *testing.T) {
	w, err := sim.NewWorld(twoSites(sim.ModeSingle), 1)
	require.NoError(t, err)
	w.Advance(sim.Hour)
	before := w.Snapshot()
	for _, c := range []sim.Command{
		{At: 0, Kind: sim.CmdFire, Site: "a", Compartment: "hall"},             // past
		{At: 2 * sim.Hour, Kind: sim.CmdFire, Site: "nowhere"},                 // unknown site
		{At: 2 * sim.Hour, Kind: sim.CmdFire, Site: "a", Compartment: "attic"}, // unknown compartment
		{At: 2 * sim.Hour, Kind: "meteor", Site: "a"},                          // unknown kind
		{At: 2 * sim.Hour, Kind: sim.CmdAddServers, Group: "pa", N: -5},        // bad count
	} {
		assert.Error(t, w.Apply(c), "%+v", c)
	}
	w.Advance(3 * sim.Hour)
	assert.Equal(t, sim.StatusUp, w.Snapshot().Apps[0].Status)
	assert.Equal(t, before.Apps, w.Snapshot().Apps)
	assert.Len(t, w.Commands(), 0)
}

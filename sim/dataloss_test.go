package sim_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

// TestDataLossRules runs twoSites under each rule that decides what a
// component's data lost: the kind, the span, whether for good, and the
// rule.
func TestDataLossRules(t *testing.T) {
	fireHallA := sim.Command{Kind: sim.CmdFire, Site: "a", Compartment: "hall"}
	fireHallB := sim.Command{At: 30 * sim.Minute, Kind: sim.CmdFire, Site: "b", Compartment: "hall"}
	cutA := sim.Command{Kind: sim.CmdPowerCut, Site: "a"}
	// The tools and controller stand apart from the primary so that a
	// fire in site a's hall leaves them working.
	toolsInB := func(s *sim.Scenario) {
		s.Groups[2].Site, s.Groups[3].Site = "b", "b"
	}
	backupIn := func(site, room string, lag sim.Lag) func(s *sim.Scenario) {
		return func(s *sim.Scenario) {
			s.Comps[0].Backup = &sim.Place{Site: site, Compartment: room, Lag: lag}
			toolsInB(s)
		}
	}
	tests := []struct {
		name    string
		mode    sim.Mode
		edit    func(s *sim.Scenario)
		cmds    []sim.Command
		kind    sim.LossKind
		window  sim.Seconds
		forGood bool
		rule    sim.LossRule
		copy    string // group of DataLoss.Copy, "" for a backup or none
	}{
		{"nothing happens", sim.ModeAuto, nil, nil, sim.LossNone, 0, false, sim.LossStayed, ""},
		{"power cut, single copy waits", sim.ModeSingle, nil, []sim.Command{cutA}, sim.LossNone, 0, false, sim.LossStayed, ""},
		{"hot standby is synchronous", sim.ModeAuto, toolsInB, []sim.Command{cutA}, sim.LossNone, 0, false, sim.LossSyncTookOver, "pb"},
		{"warm standby trails a minute", sim.ModeManual, toolsInB, []sim.Command{cutA}, sim.LossRecent, sim.Minute, false, sim.LossTookOver, "pb"},
		{"stated lag", sim.ModeAuto, func(s *sim.Scenario) { toolsInB(s); s.Comps[0].Lag = []sim.Lag{"", "5m"} }, []sim.Command{cutA},
			sim.LossRecent, 5 * sim.Minute, false, sim.LossTookOver, "pb"},
		{"lagging standby, primary burned", sim.ModeAuto, func(s *sim.Scenario) { toolsInB(s); s.Comps[0].Lag = []sim.Lag{"", "5m"} }, []sim.Command{fireHallA},
			sim.LossRecent, 5 * sim.Minute, true, sim.LossTookOver, "pb"},
		{"standby with no data", sim.ModeManual, func(s *sim.Scenario) { toolsInB(s); s.Comps[0].Lag = []sim.Lag{"", "none"} }, []sim.Command{cutA},
			sim.LossEverything, 0, false, sim.LossEmptyTookOver, "pb"},
		{"restored from a backup elsewhere", sim.ModeBackup, backupIn("b", "elec", ""), []sim.Command{cutA},
			sim.LossRecent, sim.Day, false, sim.LossRestored, ""},
		{"restored from a 2 h backup, primary burned", sim.ModeBackup, backupIn("b", "elec", "2h"), []sim.Command{fireHallA},
			sim.LossRecent, 2 * sim.Hour, true, sim.LossRestored, ""},
		{"backup in the burning room", sim.ModeBackup, backupIn("a", "hall", ""), []sim.Command{fireHallA},
			sim.LossEverything, 0, true, sim.LossEveryCopy, ""},
		{"every copy burns", sim.ModeAuto, nil, []sim.Command{fireHallA, fireHallB}, sim.LossEverything, 0, true, sim.LossEveryCopy, ""},
		{"copy in use burns, no one to switch", sim.ModeManual, func(s *sim.Scenario) {
			s.Comps[0].Lag = []sim.Lag{"", "2h"}
			s.Ops.Teams = 0
		}, []sim.Command{fireHallA}, sim.LossRecent, 2 * sim.Hour, true, sim.LossServingLost, "pb"},
		{"active peers are synchronous", sim.ModeActive, nil, []sim.Command{fireHallA}, sim.LossNone, 0, false, sim.LossSyncTookOver, "pb"},
		{"active peer trails", sim.ModeActive, func(s *sim.Scenario) { s.Comps[0].Lag = []sim.Lag{"", "30s"} }, []sim.Command{fireHallA},
			sim.LossRecent, 30 * sim.Second, true, sim.LossTookOver, "pb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := twoSites(tt.mode)
			if tt.edit != nil {
				tt.edit(s)
			}
			w, err := sim.Run(s, 1, tt.cmds, sim.Seconds(s.HorizonHours)*sim.Hour)
			require.NoError(t, err)
			r := w.Result()
			d := r.Data[0]
			assert.Equal(t, "svc", d.Comp)
			assert.Equal(t, tt.kind, d.Kind, "kind")
			assert.Equal(t, tt.window, d.Window, "window")
			assert.Equal(t, tt.forGood, d.ForGood, "for good")
			assert.Equal(t, tt.rule, d.Rule, "rule")
			assert.Equal(t, tt.copy, d.Copy.Group, "copy")
			assert.Equal(t, d, r.Apps[0].Data, "the app's loss is its only component's")
			if tt.rule == sim.LossStayed {
				assert.Equal(t, sim.Never, d.At)
			} else {
				assert.Less(t, d.At, sim.Never)
			}
		})
	}
}

// TestDataLossEveryCopyNamesThePlaces checks that a loss of every copy
// lists where each copy stood and says they burned.
func TestDataLossEveryCopyNamesThePlaces(t *testing.T) {
	s := twoSites(sim.ModeBackup)
	s.Comps[0].Backup = &sim.Place{Site: "a", Compartment: "hall"}
	w, err := sim.Run(s, 1, []sim.Command{{Kind: sim.CmdFire, Site: "a", Compartment: "hall"}}, sim.Hour)
	require.NoError(t, err)
	d := w.Result().Data[0]
	assert.Equal(t, []sim.Copy{
		{Group: "pa", Site: "a", Compartment: "hall", Lag: sim.LagNone},
		{Site: "a", Compartment: "hall", Lag: sim.LagNightly},
	}, d.From)
	assert.True(t, d.Burned)

	s = twoSites(sim.ModeSingle)
	w, err = sim.Run(s, 1, []sim.Command{{Kind: sim.CmdSiteLoss, Site: "a"}}, sim.Hour)
	require.NoError(t, err)
	d = w.Result().Data[0]
	assert.Equal(t, sim.LossEverything, d.Kind)
	assert.True(t, d.ForGood)
	assert.False(t, d.Burned, "lost with the site, not burned")
}

// TestAppDataLossIsTheWorstOfItsComponents checks that an app's loss is
// its worst component's, optional ones included.
func TestAppDataLossIsTheWorstOfItsComponents(t *testing.T) {
	s := twoSites(sim.ModeManual)
	s.Groups[2].Site, s.Groups[3].Site = "b", "b"
	s.Groups = append(s.Groups, sim.Group{ID: "xa", Site: "a", Zone: "z1", Servers: 1, Owner: "K"})
	s.Comps = append(s.Comps, sim.Component{ID: "x", Mode: sim.ModeSingle, Groups: []string{"xa"}, Need: 1})
	s.Apps[0].Optional = []string{"x"}
	w, err := sim.Run(s, 1, []sim.Command{{Kind: sim.CmdFire, Site: "a", Compartment: "hall"}}, sim.Day)
	require.NoError(t, err)
	r := w.Result()
	assert.Equal(t, sim.LossRecent, r.Data[0].Kind, "svc: its standby trailed")
	assert.Equal(t, sim.LossEverything, r.Data[3].Kind, "x: its one copy burned")
	assert.Equal(t, r.Data[3], r.Apps[0].Data)
}

func TestDataLossWorse(t *testing.T) {
	none := sim.DataLoss{Kind: sim.LossNone, Rule: sim.LossStayed}
	sync := sim.DataLoss{Kind: sim.LossNone, Rule: sim.LossSyncTookOver}
	minute := sim.DataLoss{Kind: sim.LossRecent, Window: sim.Minute, Rule: sim.LossTookOver}
	minuteGone := sim.DataLoss{Kind: sim.LossRecent, Window: sim.Minute, ForGood: true, Rule: sim.LossTookOver}
	hour := sim.DataLoss{Kind: sim.LossRecent, Window: sim.Hour, Rule: sim.LossTookOver}
	all := sim.DataLoss{Kind: sim.LossEverything, Rule: sim.LossEmptyTookOver}
	// Each is worse than every one before it.
	order := []sim.DataLoss{none, sync, minute, minuteGone, hour, all}
	for i := range order {
		for j := range order {
			assert.Equal(t, i > j, order[i].Worse(order[j]), "%d worse than %d", i, j)
		}
	}
}

// TestSwitchGoesToTheFreshestCopy checks that engineers and the
// controller move a component to the serving copy with the smallest
// lag, whatever its place in the list.
func TestSwitchGoesToTheFreshestCopy(t *testing.T) {
	for _, m := range []sim.Mode{sim.ModeManual, sim.ModeAuto} {
		t.Run(string(m), func(t *testing.T) {
			s := twoSites(m)
			s.Groups[2].Site, s.Groups[3].Site = "b", "b"
			s.Groups = append(s.Groups, sim.Group{ID: "pc", Site: "b", Zone: "z1", Servers: 10, Owner: "K"})
			s.Comps[0].Groups = []string{"pa", "pb", "pc"}
			s.Comps[0].Lag = []sim.Lag{"", "5m", "sync"}
			w, err := sim.Run(s, 1, []sim.Command{{Kind: sim.CmdFire, Site: "a", Compartment: "hall"}}, sim.Day)
			require.NoError(t, err)
			snap := w.Snapshot()
			assert.Equal(t, "pc", snap.Comps[0].Active)
			d := w.Result().Data[0]
			assert.Equal(t, sim.LossNone, d.Kind)
			assert.Equal(t, sim.LossSyncTookOver, d.Rule)
		})
	}
}

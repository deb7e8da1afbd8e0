package sim_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

// withRandomLags gives some of s's components stated lags, drawn from
// seed by a generator of its own so that randomScenario's draws (and the
// random golden timelines) stay as they are.
func withRandomLags(s *sim.Scenario, seed uint64) *sim.Scenario {
	r := rand.New(rand.NewPCG(seed, 7))
	lags := []sim.Lag{sim.LagDefault, sim.LagSync, "0s", "30s", "5m", "2h", "3d", sim.LagNightly, sim.LagNone}
	for i := range s.Comps {
		cp := &s.Comps[i]
		switch cp.Mode {
		case sim.ModeManual, sim.ModeAuto, sim.ModeActive:
			if r.IntN(2) == 0 {
				continue
			}
			cp.Lag = make([]sim.Lag, len(cp.Groups))
			for j := range cp.Lag {
				cp.Lag[j] = lags[r.IntN(len(lags))]
			}
		case sim.ModeBackup:
			cp.Backup.Lag = lags[r.IntN(len(lags)-1)] // a backup cannot be "none"
		}
	}
	return s
}

// lagSpan returns the span of a lag the scenario accepted.
func lagSpan(t *testing.T, l sim.Lag) sim.Seconds {
	t.Helper()
	d, err := l.Span()
	require.NoError(t, err)
	return d
}

// runLossScenario runs random scenario seed, with random lags, to its
// horizon.
func runLossScenario(t *testing.T, seed uint64, edit func(*sim.Scenario)) (*sim.Scenario, *sim.World) {
	t.Helper()
	s := withRandomLags(randomScenario(seed, false), seed)
	if edit != nil {
		edit(s)
	}
	require.NoError(t, s.Validate(), "seed %d", seed)
	w, err := sim.Run(s, seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	return s, w
}

// TestPropertyDataLostIsNeverMoreThanWasWritten checks, on random
// scenarios with random lags, that a run never loses more than there
// was to lose: a recent loss is never longer than the lag of the copy
// that decided it (a copy lacks at most what it trails by), everything
// is lost only when every copy is destroyed or a copy holding nothing
// took over, nothing is lost before the first incident or after the
// run's end, a loss for good is one whose copies are all destroyed, and
// an app loses no more than its worst component.
func TestPropertyDataLostIsNeverMoreThanWasWritten(t *testing.T) {
	lost := 0
	for seed := range uint64(propertyRuns) {
		s, w := runLossScenario(t, seed, nil)
		r := w.Result()
		snap := w.Snapshot()
		destroyed := map[string]bool{}
		for _, g := range snap.Groups {
			destroyed[g.ID] = g.Destroyed
		}
		first := sim.Never
		for _, c := range s.Incidents {
			first = min(first, c.At)
		}
		require.Len(t, r.Data, len(s.Comps))
		for i, d := range r.Data {
			cp := s.Comps[i]
			ctx := []any{"seed %d component %s: %+v", seed, cp.ID, d}
			assert.Equal(t, cp.ID, d.Comp, ctx...)
			if d.Rule == sim.LossStayed {
				assert.Equal(t, sim.LossNone, d.Kind, ctx...)
				assert.Equal(t, sim.Never, d.At, ctx...)
				continue
			}
			assert.GreaterOrEqual(t, d.At, first, ctx...)
			assert.LessOrEqual(t, d.At, r.End, ctx...)
			switch d.Kind {
			case sim.LossNone:
				assert.Zero(t, d.Window, ctx...)
				assert.False(t, d.ForGood, ctx...)
			case sim.LossRecent:
				lost++
				assert.Positive(t, d.Window, ctx...)
				assert.LessOrEqual(t, d.Window, lagSpan(t, d.Copy.Lag), ctx...)
				assert.Contains(t, []sim.LossRule{sim.LossTookOver, sim.LossRestored, sim.LossServingLost}, d.Rule, ctx...)
			case sim.LossEverything:
				lost++
				assert.Zero(t, d.Window, ctx...)
				switch d.Rule {
				case sim.LossEveryCopy:
					assert.True(t, d.ForGood, ctx...)
					for _, c := range d.From {
						if c.Group != "" {
							assert.True(t, destroyed[c.Group], ctx...)
						}
					}
				case sim.LossEmptyTookOver, sim.LossServingLost:
					assert.Equal(t, sim.LagNone, d.Copy.Lag, ctx...)
				default:
					t.Errorf("seed %d component %s: everything lost by rule %s", seed, cp.ID, d.Rule)
				}
			}
			if d.ForGood {
				for _, c := range d.From {
					if c.Group != "" {
						assert.True(t, destroyed[c.Group], ctx...)
					}
				}
			}
		}
		comp := map[string]sim.DataLoss{}
		for _, d := range r.Data {
			comp[d.Comp] = d
		}
		for i, a := range r.Apps {
			worst := comp[s.Apps[i].Requires[0]]
			for _, id := range append(slices.Clone(s.Apps[i].Requires), s.Apps[i].Optional...) {
				assert.False(t, comp[id].Worse(a.Data), "seed %d app %s: %s lost more than the app", seed, a.ID, id)
				if comp[id].Worse(worst) {
					worst = comp[id]
				}
			}
			assert.Equal(t, worst, a.Data, "seed %d app %s", seed, a.ID)
		}
		if t.Failed() {
			return
		}
	}
	assert.Greater(t, lost, propertyRuns/10, "runs where data was lost")
}

// TestPropertySyncCopyElsewhereSurvivesAFire checks that a component
// with a synchronous copy in another building loses nothing when fires
// strike one building only, however its other copies lag.
func TestPropertySyncCopyElsewhereSurvivesAFire(t *testing.T) {
	checked := 0
	for seed := range uint64(propertyRuns) {
		var burning string
		s, w := runLossScenario(t, seed, func(s *sim.Scenario) {
			// Fires in the first site only; every other site keeps its
			// grid power throughout.
			burning = s.Sites[0].ID
			var fires []sim.Command
			for _, c := range s.Incidents {
				if c.Kind == sim.CmdFire && c.Site == burning {
					fires = append(fires, c)
				}
			}
			if len(fires) == 0 {
				fires = []sim.Command{{At: sim.Hour, Kind: sim.CmdFire, Site: burning, Compartment: s.Sites[0].Compartments[0].ID}}
			}
			s.Incidents = fires
			for i := range s.Sites {
				s.Sites[i].Feeds = max(s.Sites[i].Feeds, 1)
			}
		})
		site := map[string]string{}
		for _, g := range s.Groups {
			site[g.ID] = g.Site
		}
		r := w.Result()
		for i, cp := range s.Comps {
			safe := false
			for j, g := range cp.Groups {
				safe = safe || (site[g] != burning && lagSpan(t, cp.CopyLag(j)) == 0 && cp.Mode != sim.ModeBackup)
			}
			if cp.Backup != nil {
				safe = safe || (cp.Backup.Site != burning && lagSpan(t, cp.BackupLag()) == 0)
			}
			if !safe {
				continue
			}
			checked++
			assert.Equal(t, sim.LossNone, r.Data[i].Kind, "seed %d component %s: %+v", seed, cp.ID, r.Data[i])
		}
		if t.Failed() {
			return
		}
	}
	assert.Greater(t, checked, propertyRuns/2, "components with a synchronous copy elsewhere")
}

// TestPropertyBackupInTheBurningRoomSavesNothing checks that once a
// backup's room burns (or its site is lost), no restore from it
// completes, and a component whose primary burned without a restore
// before then loses everything.
func TestPropertyBackupInTheBurningRoomSavesNothing(t *testing.T) {
	checked, burnedWith := 0, 0
	for seed := range uint64(propertyRuns) {
		s, w := runLossScenario(t, seed, func(s *sim.Scenario) {
			// Keep some backups in the room their primary stands in, so
			// that a fire there takes both.
			for i := range s.Comps {
				cp := &s.Comps[i]
				if cp.Mode != sim.ModeBackup || seed%2 == 0 {
					continue
				}
				for _, g := range s.Groups {
					if g.ID != cp.Groups[0] {
						continue
					}
					for _, st := range s.Sites {
						for _, z := range st.Zones {
							if st.ID == g.Site && z.ID == g.Zone {
								cp.Backup.Site, cp.Backup.Compartment = st.ID, z.Compartment
							}
						}
					}
				}
			}
		})
		tl := w.Timeline()
		snap := w.Snapshot()
		destroyed := map[string]bool{}
		for _, g := range snap.Groups {
			destroyed[g.ID] = g.Destroyed
		}
		r := w.Result()
		for i, cp := range s.Comps {
			if cp.Mode != sim.ModeBackup {
				continue
			}
			burnAt := sim.Never
			for _, e := range tl {
				if e.Site != cp.Backup.Site {
					continue
				}
				hit := (e.Kind == sim.EntIgnition && e.Subject == cp.Backup.Compartment) ||
					(e.Kind == sim.EntFireSpread && e.Object == cp.Backup.Compartment) || e.Kind == sim.EntSiteLost
				if hit {
					burnAt = e.At
					break
				}
			}
			if burnAt == sim.Never {
				continue
			}
			checked++
			restoredBefore := false
			for _, e := range tl {
				if e.Kind == sim.EntSwitchDone && e.Subject == cp.ID {
					assert.Less(t, e.At, burnAt, "seed %d component %s: restored from a backup that had burned", seed, cp.ID)
					restoredBefore = true
				}
			}
			if !restoredBefore && destroyed[cp.Groups[0]] {
				burnedWith++
				assert.Equal(t, sim.LossEverything, r.Data[i].Kind, "seed %d component %s: %+v", seed, cp.ID, r.Data[i])
				assert.True(t, r.Data[i].ForGood)
			}
		}
		if t.Failed() {
			return
		}
	}
	assert.Greater(t, checked, propertyRuns/20, "backups whose room burned")
	assert.Greater(t, burnedWith, propertyRuns/50, "backups that burned with their primary")
}

// TestPropertyDataLossIsDeterministicAndScrubbable checks that, with
// random lags, two runs agree and advancing in small steps tells the
// same story, data lost included, as one jump.
func TestPropertyDataLossIsDeterministicAndScrubbable(t *testing.T) {
	for seed := range uint64(propertyRuns) {
		s := withRandomLags(randomScenario(seed, false), seed)
		horizon := sim.Seconds(s.HorizonHours) * sim.Hour
		a, err := sim.Run(s, seed, nil, horizon)
		require.NoError(t, err)
		b, err := sim.NewWorld(s, seed)
		require.NoError(t, err)
		for to := sim.Seconds(0); to < horizon; to += 5*sim.Hour + 7 {
			b.Advance(to)
		}
		b.Advance(horizon)
		require.Equal(t, dump(a), dump(b), "seed %d", seed)
		require.Equal(t, a.Result(), b.Result(), "seed %d", seed)
	}
}

package sim_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

const propertyRuns = 300

func TestRandomScenariosAreValid(t *testing.T) {
	for seed := range uint64(propertyRuns) {
		for _, rec := range []bool{false, true} {
			require.NoError(t, randomScenario(seed, rec).Validate(), "seed %d recoverable %v", seed, rec)
		}
	}
}

// checkSnapshot asserts the invariants every state must keep.
func checkSnapshot(t *testing.T, s *sim.Scenario, snap sim.Snapshot, ctx string) {
	t.Helper()
	serving := map[string]bool{}
	for _, g := range snap.Groups {
		serving[g.ID] = g.Serving
		assert.False(t, g.Serving && !g.Up, "%s: group %s serving while down", ctx, g.ID)
		assert.False(t, g.Up && !g.Powered, "%s: group %s up without power", ctx, g.ID)
		assert.False(t, g.Powered && g.Destroyed, "%s: group %s powered but destroyed", ctx, g.ID)
	}
	live := map[string]bool{}
	status := map[string]sim.Status{}
	for i, c := range snap.Comps {
		status[c.ID] = c.Status
		for _, g := range s.Comps[i].Groups {
			live[c.ID] = live[c.ID] || serving[g]
		}
		if c.Status != sim.StatusDown {
			assert.True(t, live[c.ID], "%s: component %s is %s with no live replica", ctx, c.ID, c.Status)
		}
	}
	var maxOut int64
	for i, a := range snap.Apps {
		app := s.Apps[i]
		for _, req := range app.Requires {
			if !live[req] {
				assert.Equal(t, sim.StatusDown, a.Status, "%s: app %s not down though %s has no live replica", ctx, a.ID, req)
			}
		}
		worst := sim.StatusUp
		for _, req := range app.Requires {
			worst = max(worst, status[req])
		}
		for _, opt := range app.Optional {
			if status[opt] != sim.StatusUp {
				worst = max(worst, sim.StatusDegraded)
			}
		}
		assert.Equal(t, worst, a.Status, "%s: app %s", ctx, a.ID)
		assert.True(t, a.UsersOut == 0 || a.UsersOut == app.Users, "%s: app %s users out %d", ctx, a.ID, a.UsersOut)
		maxOut = max(maxOut, a.UsersOut)
	}
	assert.Equal(t, maxOut, snap.UsersOut, ctx)
	assert.GreaterOrEqual(t, snap.UsersOut, int64(0), ctx)
	assert.LessOrEqual(t, snap.Powered, snap.Servers, ctx)
}

func TestPropertyInvariantsHoldAtEveryStep(t *testing.T) {
	for seed := range uint64(propertyRuns) {
		s := randomScenario(seed, false)
		w, err := sim.NewWorld(s, seed)
		require.NoError(t, err)
		horizon := sim.Seconds(s.HorizonHours) * sim.Hour
		step := horizon / 97
		for to := sim.Seconds(0); to <= horizon; to += step {
			w.Advance(to)
			checkSnapshot(t, s, w.Snapshot(), fmt.Sprintf("seed %d at %s", seed, to))
		}
		tl := w.Timeline()
		for i := 1; i < len(tl); i++ {
			require.LessOrEqual(t, tl[i-1].At, tl[i].At, "seed %d: timeline out of order", seed)
		}
		if t.Failed() {
			return
		}
	}
}

func TestPropertyDeterministicAndScrubbable(t *testing.T) {
	for seed := range uint64(propertyRuns) {
		s := randomScenario(seed, false)
		horizon := sim.Seconds(s.HorizonHours) * sim.Hour
		a, err := sim.Run(s, seed, nil, horizon)
		require.NoError(t, err)
		b, err := sim.Run(s, seed, nil, horizon)
		require.NoError(t, err)
		require.Equal(t, dump(a), dump(b), "seed %d: two runs differ", seed)

		// Advancing in small steps, as the game does frame by frame,
		// must give the same story as one jump (a scrub re-simulates).
		c, err := sim.NewWorld(s, seed)
		require.NoError(t, err)
		for to := sim.Seconds(0); to < horizon; to += 7*sim.Hour + 13 {
			c.Advance(to)
		}
		c.Advance(horizon)
		require.Equal(t, dump(a), dump(c), "seed %d: stepping differs from one jump", seed)
		require.Equal(t, a.Snapshot(), c.Snapshot(), "seed %d", seed)

		// Re-simulating to an earlier time agrees with a world stopped there.
		mid := horizon / 3
		d, err := sim.Run(s, seed, nil, mid)
		require.NoError(t, err)
		e, err := sim.Run(s, seed, nil, mid)
		require.NoError(t, err)
		require.Equal(t, d.Snapshot(), e.Snapshot())
	}
}

func TestPropertyEverythingReturnsAfterPowerAndRepairs(t *testing.T) {
	hurt := 0
	for seed := range uint64(propertyRuns) {
		s := randomScenario(seed, true)
		w, err := sim.Run(s, seed, nil, 80*sim.Day)
		require.NoError(t, err)
		for _, a := range w.Result().Apps {
			if a.Down > 0 {
				hurt++
				break
			}
		}
		snap := w.Snapshot()
		for _, g := range snap.Groups {
			assert.True(t, g.Serving, "seed %d: group %s not serving after every repair", seed, g.ID)
		}
		for _, a := range snap.Apps {
			assert.Equal(t, sim.StatusUp, a.Status, "seed %d: app %s", seed, a.ID)
		}
		if t.Failed() {
			t.Logf("scenario: %+v", s)
			return
		}
	}
	// The property means something only if the incidents hurt.
	assert.Greater(t, hurt, propertyRuns/4, "runs where an app went down")
}

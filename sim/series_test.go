package sim_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

// checkSeries checks a world's chart series against its Result and its
// snapshots: spans tile [0, End] with no two neighbours alike, add up
// to each app's down and degraded time, the people-without-service
// steps integrate to the user-hours, and the status at sampled times
// is the snapshot's.
func checkSeries(t *testing.T, s *sim.Scenario, seed uint64, w *sim.World, ctx string) {
	t.Helper()
	ser, res := w.Series(), w.Result()
	require.Len(t, ser.Apps, len(res.Apps), ctx)
	assert.Equal(t, res.End, ser.End, ctx)
	for a, as := range ser.Apps {
		require.NotEmpty(t, as.Spans, "%s: %s", ctx, as.ID)
		assert.Equal(t, sim.Seconds(0), as.Spans[0].From, ctx)
		assert.Equal(t, ser.End, as.Spans[len(as.Spans)-1].To, ctx)
		var down, degraded sim.Seconds
		for i, sp := range as.Spans {
			if i > 0 {
				assert.Equal(t, as.Spans[i-1].To, sp.From, "%s: %s span %d leaves a gap", ctx, as.ID, i)
				assert.NotEqual(t, as.Spans[i-1].Status, sp.Status, "%s: %s span %d repeats", ctx, as.ID, i)
			}
			switch sp.Status {
			case sim.StatusDown:
				down += sp.To - sp.From
			case sim.StatusDegraded:
				degraded += sp.To - sp.From
			}
		}
		assert.Equal(t, res.Apps[a].Down, down, "%s: %s down", ctx, as.ID)
		assert.Equal(t, res.Apps[a].Degraded, degraded, "%s: %s degraded", ctx, as.ID)
	}
	var userSec int64
	for i, st := range ser.Out {
		end := ser.End
		if i+1 < len(ser.Out) {
			end = ser.Out[i+1].At
			assert.NotEqual(t, st.Users, ser.Out[i+1].Users, "%s: step %d repeats", ctx, i)
		}
		userSec += st.Users * int64(end-st.At)
	}
	assert.Equal(t, res.UserHours, userSec/int64(sim.Hour), ctx)
	assert.Equal(t, res.PeakUsersOut, ser.Peak, ctx)
	for _, at := range []sim.Seconds{0, ser.End / 7, ser.End / 3, ser.End / 2, ser.End - 1} {
		v, err := sim.Run(s, seed, w.Commands(), at)
		require.NoError(t, err)
		snap := v.Snapshot()
		assert.Equal(t, snap.UsersOut, ser.UsersAt(at), "%s at %s", ctx, at)
		for a := range ser.Apps {
			assert.Equal(t, snap.Apps[a].Status, ser.StatusAt(a, at), "%s: %s at %s", ctx, ser.Apps[a].ID, at)
		}
	}
}

func TestSeriesAgreesWithResultAndSnapshots(t *testing.T) {
	for _, id := range presetIDs(t) {
		s := preset(t, id)
		w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
		require.NoError(t, err)
		checkSeries(t, s, s.Seed, w, id)
	}
	for seed := range uint64(propertyRuns) {
		s := randomScenario(seed, false)
		w, err := sim.Run(s, seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
		require.NoError(t, err)
		checkSeries(t, s, seed, w, fmt.Sprintf("random seed %d", seed))
		if t.Failed() {
			return
		}
	}
}

func TestSeriesOfTheKakaoFire(t *testing.T) {
	w := runPreset(t, "kakao2022")
	ser := w.Series()
	talk := -1
	for a, as := range ser.Apps {
		if as.ID == "talk" {
			talk = a
		}
	}
	require.GreaterOrEqual(t, talk, 0, "the Kakao preset has KakaoTalk")
	assert.Equal(t, sim.StatusUp, ser.StatusAt(talk, 0))
	assert.Equal(t, sim.StatusDown, ser.StatusAt(talk, at(t, w, "2022-10-15T20:00")), "KakaoTalk is dark that evening")
	assert.Equal(t, int64(0), ser.UsersAt(0))
	assert.Greater(t, ser.UsersAt(at(t, w, "2022-10-15T20:00")), int64(40_000_000))
}

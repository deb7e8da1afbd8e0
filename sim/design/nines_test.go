package design_test

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
	"outagelab/sim/avail"
	"outagelab/sim/design"
)

// runNines runs the availability of base id's own design to the end.
func runNines(t testing.TB, id string, years int) *design.Nines {
	t.Helper()
	b := bases(t)[id]
	n, err := design.NewNines(b, design.FromScenario(b), design.DefaultRates(), years, 2022)
	require.NoError(t, err)
	for !n.Step() {
	}
	require.NoError(t, n.Err())
	return n
}

// TestNinesAgreeWithTheFormula checks, for the Kakao 2022 design and
// Kakao's plan, that 10,000 simulated years land within three standard
// errors (one and a half times the 95% interval's half-width) of the
// textbook formula for independent incidents in series. A 95% interval
// misses the truth one time in twenty, so with sixteen apps requiring
// every one inside it would fail on a fair run; sim/avail's own tests
// check the interval's coverage over many seeds.
func TestNinesAgreeWithTheFormula(t *testing.T) {
	for _, id := range []string{"kakao2022", "kakao2022-fixed"} {
		n := runNines(t, id, 10000)
		assert.Equal(t, 10000, n.Years())
		est := n.Estimates()
		require.Len(t, est, len(n.Apps))
		for a, e := range est {
			f := n.Formula(a)
			if f == 1 {
				assert.Equal(t, 1.0, e.Availability, "%s %s: no incident takes it down", id, n.Apps[a].ID)
				continue
			}
			half := (e.High - e.Low) / 2
			require.Greater(t, half, 0.0, "%s %s has an interval", id, n.Apps[a].ID)
			assert.InDelta(t, f, e.Availability, 1.5*half, "%s %s: formula %.7f, simulation %.7f [%.7f, %.7f]", id, n.Apps[a].ID, f, e.Availability, e.Low, e.High)
			assert.InDelta(t, (1-e.Availability)*avail.HoursPerYear, e.DowntimeHoursPerYear, 1e-6)
		}
	}
}

// TestNinesSeeThePlan checks the lesson in numbers: under the same
// incident rates Kakao's plan keeps KakaoTalk up for more nines than
// the 2022 design, its outages are shorter, and every incident kind was
// run once per site.
func TestNinesSeeThePlan(t *testing.T) {
	old, plan := runNines(t, "kakao2022", 2000), runNines(t, "kakao2022-fixed", 2000)
	require.Equal(t, "talk", old.Apps[0].ID)
	require.Equal(t, "talk", plan.Apps[0].ID)
	o, p := old.Estimates()[0], plan.Estimates()[0]
	assert.Greater(t, avail.Nines(p.Availability), avail.Nines(o.Availability)+0.3, "the plan adds nines to KakaoTalk")
	assert.Less(t, p.MaxOutageHours, o.MaxOutageHours)
	kinds := map[design.IncidentKind]bool{}
	for _, c := range old.Classes {
		kinds[c.Incident.Kind] = true
		assert.Len(t, c.Down, len(old.Apps))
	}
	// Pangyo has no generators on record, so every grid loss there is
	// one whose generators fail.
	for _, k := range []design.IncidentKind{design.IncFire, design.IncGenFail, design.IncUPSFail, design.IncPowerCut} {
		assert.True(t, kinds[k], "the Kakao design was run under %s", k)
	}
	planKinds := map[design.IncidentKind]bool{}
	for _, c := range plan.Classes {
		planKinds[c.Incident.Kind] = true
	}
	assert.True(t, planKinds[design.IncGridLoss], "the plan's generators start on a grid loss")
}

// TestNinesRatesAddUp checks that splitting a class into its botched
// variant keeps its total rate, and that a grid loss splits between
// generators starting and failing as the plant's units say.
func TestNinesRatesAddUp(t *testing.T) {
	r := design.DefaultRates()
	n := runNines(t, "kakao2022", 1)
	total := map[[3]int]float64{}
	for _, c := range n.Classes {
		total[[3]int{int(c.Incident.Kind), c.Incident.Site, c.Incident.Room}] += c.PerYear
		if c.Botched {
			assert.Greater(t, c.PerYear, 0.0)
		}
	}
	for k, v := range total {
		switch design.IncidentKind(k[0]) {
		case design.IncUPSFail:
			assert.InDelta(t, r.UPSFail, v, 1e-12)
		case design.IncPowerCut:
			assert.InDelta(t, r.PowerCut, v, 1e-12)
		}
	}
	grid := map[int]float64{}
	for _, c := range n.Classes {
		if c.Incident.Kind == design.IncGridLoss || c.Incident.Kind == design.IncGenFail {
			grid[c.Incident.Site] += c.PerYear
		}
	}
	for site, v := range grid {
		assert.InDelta(t, r.GridLoss, v, 1e-12, "site %d", site)
	}
	assert.False(t, math.IsNaN(n.Progress()))
}

// BenchmarkNinesKakao measures the Nines tab's whole run on the Kakao
// 2022 design: one simulation per kind of incident, then 10,000 years.
func BenchmarkNinesKakao(b *testing.B) {
	for b.Loop() {
		runNines(b, "kakao2022", 10000)
	}
}

// TestNinesLossComesFromTheRuns checks that the achieved RPO is the data
// each incident's run lost: OVH's shop, whose backups sit in the burning
// halls, loses everything; its website, restored from a nightly backup
// in another region, up to a day; Kakao's messaging, whose standby is
// synchronous, nothing unless a fire reaches every copy.
func TestNinesLossComesFromTheRuns(t *testing.T) {
	worst := func(n *design.Nines, id string) float64 {
		a := slices.IndexFunc(n.Apps, func(app sim.App) bool { return app.ID == id })
		require.GreaterOrEqual(t, a, 0, id)
		w := 0.0
		for _, c := range n.Classes {
			w = max(w, c.Loss[a])
		}
		return w
	}
	ovh := runNines(t, "ovh2021", 1)
	assert.Equal(t, design.AllData, worst(ovh, "shop"))
	assert.Equal(t, 24.0, worst(ovh, "site"))
	tests := []struct {
		d    sim.DataLoss
		want float64
	}{
		{sim.DataLoss{Kind: sim.LossNone}, 0},
		{sim.DataLoss{Kind: sim.LossRecent, Window: 5 * sim.Minute}, 5.0 / 60},
		{sim.DataLoss{Kind: sim.LossRecent, Window: sim.Day, ForGood: true}, 24},
		{sim.DataLoss{Kind: sim.LossEverything}, design.AllData},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, design.LossHours(tt.d))
	}

	// A warm standby trails by its lag: Kakao's messaging switched by
	// hand to a standby 5 minutes behind loses up to 5 minutes.
	b := bases(t)["kakao2022"].Clone()
	for i := range b.Comps {
		if b.Comps[i].ID == "talk-msg" {
			b.Comps[i].Lag = []sim.Lag{"", "5m"}
		}
	}
	d := design.FromScenario(b)
	n, err := design.NewNines(b, d, design.DefaultRates(), 1, 2022)
	require.NoError(t, err)
	for !n.Step() {
	}
	require.NoError(t, n.Err())
	talk := slices.IndexFunc(n.Apps, func(app sim.App) bool { return app.ID == "talk" })
	losses := map[float64]bool{}
	for _, c := range n.Classes {
		losses[c.Loss[talk]] = true
	}
	assert.True(t, losses[5.0/60], "some incident switches messaging to the lagging standby: %v", losses)
}

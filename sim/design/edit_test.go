package design_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim/design"
)

func code(t *testing.T, err error) design.Code {
	t.Helper()
	var p *design.Problem
	require.True(t, errors.As(err, &p), "%v", err)
	return p.Code
}

// TestEditsKeepTheRules checks that edits refuse what would break a
// design, with the problem named, and leave the design as it was.
func TestEditsKeepTheRules(t *testing.T) {
	must := mustOf(t)
	b := bases(t)[design.BlankID]
	d := design.FromScenario(b)
	before := d.Clone()

	_, err := d.RemoveSite(0)
	assert.Equal(t, design.ErrLastSite, code(t, err))
	_, err = d.AddSite(516000, -1)
	assert.Equal(t, design.ErrOffMap, code(t, err), "London is off the map")
	_, err = d.ToggleCopy(0, 0)
	assert.Equal(t, design.ErrLastCopy, code(t, err))
	_, err = d.SetGenerators(0, design.MaxGenerators+1, 24)
	assert.Equal(t, design.ErrRange, code(t, err))
	_, err = d.SetUPS(0, -1)
	assert.Equal(t, design.ErrRange, code(t, err))
	assert.True(t, d.Equal(before), "refused edits change nothing")

	d = must(d.AddSite(chuncheonLat, chuncheonLon))
	_, err = d.RemoveSite(0)
	assert.Equal(t, design.ErrOnlyCopy, code(t, err), "every component still runs only in the first site")
	for range design.MaxSites - 2 {
		d = must(d.AddSite(chuncheonLat, chuncheonLon))
	}
	_, err = d.AddSite(chuncheonLat, chuncheonLon)
	assert.Equal(t, design.ErrTooManySites, code(t, err))
}

// TestRemoveSiteRenumbers checks that removing a site moves the copies
// and the incident of the sites after it.
func TestRemoveSiteRenumbers(t *testing.T) {
	must := mustOf(t)
	b := bases(t)[design.BlankID]
	d := design.FromScenario(b)
	d = must(d.AddSite(chuncheonLat, chuncheonLon))
	d = must(d.AddSite(pangyoLat, pangyoLon))
	d = must(d.ToggleCopy(0, 1))
	d = must(d.ToggleCopy(0, 2))
	d = d.SetIncident(design.Incident{Kind: design.IncFire, Site: 2})
	d = must(d.RemoveSite(1))
	assert.Equal(t, []int{0, 1}, d.Comps[0].Sites)
	assert.Equal(t, 1, d.Incident.Site)
	_, err := design.Compile(b, d)
	require.NoError(t, err)
}

// TestCostFollowsTheDesign checks the price list's order: standbys cost
// more the faster they take over, and every protection costs something.
func TestCostFollowsTheDesign(t *testing.T) {
	must := mustOf(t)
	b := bases(t)[design.BlankID]
	d := must(design.FromScenario(b).AddSite(chuncheonLat, chuncheonLon))
	d = must(d.ToggleCopy(3, 1))
	cost := func(d design.Design) float64 {
		s, err := design.Compile(b, d)
		require.NoError(t, err)
		return design.CostOf(s, d).Total()
	}
	var last float64
	for _, m := range design.Modes()[1:] {
		c := cost(must(d.SetMode(3, m)))
		assert.GreaterOrEqual(t, c, last, "mode %s", m)
		last = c
	}
	base := cost(d)
	for name, e := range map[string]design.Design{
		"wall":       must(d.SetWall(0, true)),
		"zone cut":   must(d.SetZoneCut(0, true)),
		"generators": must(d.SetGenerators(0, 2, 24)),
		"ups":        must(d.SetUPS(0, 20)),
	} {
		assert.Greater(t, cost(e), base, name)
	}
	one := cost(design.FromScenario(b))
	assert.Greater(t, base, one+design.CostSite-1, "a second site costs at least a site")
}

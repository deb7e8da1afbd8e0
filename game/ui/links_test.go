package ui_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
)

// linksAt runs scenario s with its fire to time at and returns its
// lines on the map, with site ids for indexes.
func linksAt(t *testing.T, s *sim.Scenario, at sim.Seconds) []string {
	t.Helper()
	w, err := sim.Run(s, s.Seed, nil, at)
	require.NoError(t, err)
	snap := w.Snapshot()
	var out []string
	for _, l := range ui.Links(s, &snap, nil) {
		kind := "copy"
		if l.Kind == ui.LinkControl {
			kind = "tools"
		}
		line := kind + " " + s.Sites[l.From].ID + "→" + s.Sites[l.To].ID
		if l.Down {
			line += " down"
		}
		out = append(out, line)
	}
	return out
}

func TestLinksDrawKakaosUnfinishedBridge(t *testing.T) {
	p := presets(t)
	kakao, err := p.Get("kakao2022")
	require.NoError(t, err)
	// Before the fire: the data copied to Anyang, the tools in Pangyo
	// reaching it.
	assert.Equal(t, []string{"copy pangyo→anyang", "tools pangyo→anyang"}, linksAt(t, kakao, 0))
	// 16:54, after the whole-building cut: the copy is still there, the
	// tools are dark.
	assert.Equal(t, []string{"copy pangyo→anyang", "tools pangyo→anyang down"}, linksAt(t, kakao, 95*sim.Minute))
	// Once Pangyo's power brings the ops tools back, the path works
	// again: the line turns with the run, not with the step.
	w, err := sim.Run(kakao, kakao.Seed, nil, sim.Seconds(kakao.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	var back sim.Seconds
	for _, e := range w.Timeline() {
		if e.Kind == sim.EntComponent && e.Subject == kakao.Ops.Tools && e.Status == sim.StatusUp {
			back = e.At
		}
	}
	require.Positive(t, back)
	assert.Equal(t, []string{"copy pangyo→anyang", "tools pangyo→anyang down"}, linksAt(t, kakao, back-sim.Minute))
	assert.Equal(t, []string{"copy pangyo→anyang", "tools pangyo→anyang"}, linksAt(t, kakao, back))

	// The reader's fix, ops tools in Anyang too: a working path from
	// Anyang while Pangyo's is dark.
	fixed, err := ui.FixTools.Apply(kakao)
	require.NoError(t, err)
	assert.Equal(t, []string{"copy pangyo→anyang", "tools pangyo→anyang down", "tools anyang→pangyo"}, linksAt(t, fixed, 95*sim.Minute))
}

func TestLinksDrawNaversToolsInChuncheon(t *testing.T) {
	naver, err := presets(t).Get("naver2022")
	require.NoError(t, err)
	got := linksAt(t, naver, 95*sim.Minute)
	assert.Contains(t, got, "tools chuncheon→pangyo", "Naver's tools were not in the burning building")
	assert.True(t, slices.ContainsFunc(got, func(s string) bool { return s == "copy pangyo→chuncheon" || s == "copy chuncheon→pangyo" }), "%v", got)
	for _, s := range got {
		assert.NotContains(t, s, "down")
	}
}

// TestEveryStepDrawsItsIdea checks a step that draws lines or the UPS
// has, in the run it opens on, something to draw.
func TestEveryStepDrawsItsIdea(t *testing.T) {
	a := storyApp(t)
	for i, st := range ui.Steps() {
		if st.Draw == 0 {
			continue
		}
		a.Story().GoStep(i)
		p := a.Playback()
		scn := p.Scenario()
		if st.Draw&ui.DrawLinks != 0 {
			assert.NotEmpty(t, ui.Links(scn, p.Snapshot(), nil), "step %d draws no line", i+1)
		}
		if st.Draw&ui.DrawUPS != 0 {
			rooms := ui.FireRooms(p.Timeline(), p.FireSite(), nil)
			si := slices.IndexFunc(scn.Sites, func(s sim.Site) bool { return s.ID == p.FireSite() })
			require.GreaterOrEqual(t, si, 0)
			assert.True(t, slices.ContainsFunc(scn.Sites[si].UPS, func(u sim.UPS) bool { return slices.Contains(rooms, u.Compartment) }),
				"step %d: no UPS in the rooms the fire reaches (%v)", i+1, rooms)
		}
	}
}

// TestCopyLinesTakeTheReadiestMode checks that a copy line between two
// sites carries the readiest way the components on it take over: a
// sandbox design with messaging copied to a second site (switched
// automatically), then also its key store switched by hand (the line
// stays automatic), then messaging live in both (the line is live in
// both).
func TestCopyLinesTakeTheReadiestMode(t *testing.T) {
	a := buildApp(t, 1280, 720)
	sb := a.Box()
	press(t, a, "part-site")
	modes := func() []sim.Mode {
		s := sb.Compiled
		w, err := sim.Run(s, s.Seed, nil, 0)
		require.NoError(t, err)
		snap := w.Snapshot()
		var out []sim.Mode
		for _, l := range ui.Links(s, &snap, nil) {
			if l.Kind == ui.LinkCopy {
				out = append(out, l.Mode)
			}
		}
		return out
	}
	press(t, a, "part-comp-4")
	assert.Equal(t, []sim.Mode{sim.ModeAuto}, modes())
	press(t, a, "part-comp-2")
	d, err := sb.D.SetMode(2, sim.ModeManual)
	require.NoError(t, err)
	require.True(t, sb.Edit(d, nil))
	assert.Equal(t, []sim.Mode{sim.ModeAuto}, modes(), "the readier of the two")
	d, err = sb.D.SetMode(4, sim.ModeActive)
	require.NoError(t, err)
	require.True(t, sb.Edit(d, nil))
	assert.Equal(t, []sim.Mode{sim.ModeActive}, modes())
	assert.Equal(t, ui.MsgLinkActive, ui.CopyMsg(sim.ModeActive))
	assert.Equal(t, ui.MsgLinkAuto, ui.CopyMsg(sim.ModeAuto))
	assert.Equal(t, ui.MsgLinkManual, ui.CopyMsg(sim.ModeManual))
}

// TestLinksDrawWhereBackupsAreKept checks OVHcloud's fire: the backups
// of hosted sites and servers kept in its other region are drawn as a
// backup line from Strasbourg, and no switch-over path runs to it (a
// backup is restored from, not switched over to).
func TestLinksDrawWhereBackupsAreKept(t *testing.T) {
	ovh, err := presets(t).Get("ovh2021")
	require.NoError(t, err)
	w, err := sim.Run(ovh, ovh.Seed, nil, 0)
	require.NoError(t, err)
	snap := w.Snapshot()
	links := ui.Links(ovh, &snap, nil)
	i := slices.IndexFunc(links, func(l ui.Link) bool { return l.Kind == ui.LinkCopy && l.Mode == sim.ModeBackup })
	require.GreaterOrEqual(t, i, 0, "a backup line: %+v", links)
	assert.Equal(t, "sbg", ovh.Sites[links[i].From].ID)
	assert.Equal(t, "other-region", ovh.Sites[links[i].To].ID)
	assert.Equal(t, ui.MsgLinkBackup, ui.CopyMsg(links[i].Mode))
	assert.False(t, slices.ContainsFunc(links, func(l ui.Link) bool { return l.Kind == ui.LinkControl }), "no switch-over path to a backup")
}

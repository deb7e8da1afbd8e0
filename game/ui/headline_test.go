package ui_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// headlineAt returns the phone's headline for p's scenario, the fire
// started, at time at, with the snapshot it speaks of.
func headlineAt(t *testing.T, p *ui.Playback, at sim.Seconds, l report.Lang) (string, sim.Status, *sim.Snapshot) {
	t.Helper()
	p.Seek(at)
	text, tone := ui.Headline(p.Scenario(), p.Snapshot(), p.ClockAt(0), l)
	return text, tone, p.Snapshot()
}

func TestHeadlineNamesWhatIsDarkAndCountsOnlyUsersOnRecord(t *testing.T) {
	scn, err := presets(t).Get("kakao2022")
	require.NoError(t, err)
	p, err := ui.NewPlayback(scn)
	require.NoError(t, err)
	p.StartFire()
	p.SetPlaying(false)
	tests := []struct {
		at   sim.Seconds
		l    report.Lang
		want string
	}{
		{0, report.English, "Every app works"},
		{0, report.Korean, "모든 서비스 정상"},
		{30 * sim.Minute, report.English, "47.5 million people without KakaoTalk messaging"},
		{30 * sim.Minute, report.Korean, "카카오톡 메시지 이용 불가 4,750만 명"},
		// 18 Oct, 09:00: KakaoTalk is back, Daum Mail is not, and no
		// head-count of Daum Mail's users is on record.
		{3*24*sim.Hour - 6*sim.Hour - 19*sim.Minute, report.English, "Daum Mail still dark: day 4"},
		{3*24*sim.Hour - 6*sim.Hour - 19*sim.Minute, report.Korean, "다음 메일 아직 먹통 · 4일째"},
	}
	for _, tt := range tests {
		got, _, snap := headlineAt(t, p, tt.at, tt.l)
		assert.Equal(t, tt.want, got, "at %s (%s)", snap.Clock, tt.l)
	}
}

// TestHeadlineAgreesWithTheRun walks every preset's run, every quarter
// of an hour, in both languages, and checks the headline against the
// snapshot it is drawn with: a count of people only for a dark app with
// users on record, and then that app's own users; otherwise a dark app
// named, no number of people, and the day on the run's clock.
func TestHeadlineAgreesWithTheRun(t *testing.T) {
	ps := presets(t)
	digits := regexp.MustCompile(`[0-9]`)
	counted, named, partial := 0, 0, 0
	for _, id := range ps.IDs() {
		scn, err := ps.Get(id)
		require.NoError(t, err)
		p, err := ui.NewPlayback(scn)
		require.NoError(t, err)
		p.StartFire()
		p.SetPlaying(false)
		for at := sim.Seconds(0); at <= p.Horizon(); at += 15 * sim.Minute {
			for _, l := range []report.Lang{report.English, report.Korean} {
				got, tone, snap := headlineAt(t, p, at, l)
				var dark, part []int
				most := -1
				worst := sim.StatusUp
				for i, v := range snap.Apps {
					worst = max(worst, v.Status)
					if v.Status == sim.StatusDegraded {
						part = append(part, i)
					}
					if v.Status == sim.StatusDown {
						dark = append(dark, i)
						if v.UsersOut > 0 && (most < 0 || v.UsersOut > snap.Apps[most].UsersOut) {
							most = i
						}
					}
				}
				ctx := id + " at " + snap.Clock.String() + " (" + string(l) + "): " + got
				if !assert.Equal(t, worst, tone, ctx) {
					continue
				}
				if len(dark) == 0 {
					// Working in part is not "every app works".
					if len(part) > 0 {
						assert.Contains(t, got, scn.Apps[part[0]].Name.In(string(l)), ctx)
						assert.NotEqual(t, ui.Text(ui.MsgNobodyOut, l), got, ctx)
						partial++
					}
					continue
				}
				if most >= 0 {
					assert.Contains(t, got, ui.People(scn.Apps[most].Users, l), ctx)
					assert.Contains(t, got, scn.Apps[most].Name.In(string(l)), ctx)
					counted++
					continue
				}
				name := scn.Apps[dark[0]].Name.In(string(l))
				rest := strings.Replace(got, name, "", 1)
				assert.NotEqual(t, got, rest, "names the first dark app: "+ctx)
				if day := dayOf(p, snap); day > 1 {
					assert.Contains(t, rest, strconv.Itoa(day), ctx)
					named++
				} else {
					assert.False(t, digits.MatchString(rest) && len(dark) == 1, "no number beside one dark app on day 1: "+ctx)
				}
			}
		}
	}
	assert.Positive(t, counted, "no headline counted people")
	assert.Positive(t, named, "no headline named a dark app on a later day")
	assert.Positive(t, partial, "no headline named an app working in part")
	t.Logf("%d headlines counted people, %d named dark apps days on", counted, named)
}

// dayOf is snap's day of the run, the first being 1, counted from the
// seconds since the run's first midnight.
func dayOf(p *ui.Playback, snap *sim.Snapshot) int {
	c := p.ClockAt(0)
	sinceMidnight := sim.Seconds(c.Hour)*sim.Hour + sim.Seconds(c.Minute)*sim.Minute + sim.Seconds(c.Second)
	return int((snap.At+sinceMidnight)/(24*sim.Hour)) + 1
}

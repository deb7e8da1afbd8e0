package report_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
	"outagelab/sim"
	"outagelab/sim/report"
)

func run(t *testing.T, id string) *sim.World {
	t.Helper()
	return runEdited(t, id, func(*sim.Scenario) {})
}

// runEdited runs preset id, changed by edit, to its horizon.
func runEdited(t *testing.T, id string, edit func(s *sim.Scenario)) *sim.World {
	t.Helper()
	data, err := fs.ReadFile(assets.FS, "scenarios/"+id+".json")
	require.NoError(t, err)
	s, err := sim.ParseScenario(bytes.NewReader(data))
	require.NoError(t, err)
	edit(s)
	w, err := sim.Run(s, s.Seed, nil, sim.Seconds(s.HorizonHours)*sim.Hour)
	require.NoError(t, err)
	return w
}

func hasHangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

func TestDescribeEveryEntryInBothLanguages(t *testing.T) {
	seen := map[sim.EntryKind]bool{}
	for _, id := range []string{"kakao2022", "kakao2022-fixed", "naver2022", "telegram2018", "ovh2021", "aws2012", "nirs2025"} {
		w := run(t, id)
		b := report.NewBook(w.Scenario())
		for _, e := range w.Timeline() {
			seen[e.Kind] = true
			en, ko := b.Describe(e, report.English), b.Describe(e, report.Korean)
			assert.NotEqual(t, string(e.Kind), en, "%s: no English sentence for %s", id, e.Kind)
			assert.False(t, hasHangul(en) && !strings.Contains(en, "판교"), "%s: Hangul in English %q", id, en)
			assert.True(t, hasHangul(ko), "%s: no Korean in %q", id, ko)
			assert.NotContains(t, ko+en, "%!", "formatting error")
			assert.NotContains(t, ko, "(으)", "particles must be chosen, not hedged")
		}
	}
	for _, k := range []sim.EntryKind{sim.EntIgnition, sim.EntPowerCutAll, sim.EntSwitchAborted, sim.EntDataLost, sim.EntDataBehind, sim.EntWritesLost, sim.EntUPSEmpty, sim.EntAutoFailover, sim.EntApp} {
		assert.True(t, seen[k], "the presets never produce %s; the sentence is untested", k)
	}
}

func TestFormats(t *testing.T) {
	c := sim.Clock{Year: 2022, Month: 10, Day: 16, Hour: 1, Minute: 31}
	assert.Equal(t, "16 Oct 01:31", report.Date(c, report.English))
	assert.Equal(t, "10월 16일 01:31", report.Date(c, report.Korean))
	tests := []struct {
		n      int64
		en, ko string
	}{
		{0, "0", "0"},
		{999, "999", "999"},
		{32000, "32,000", "3만 2,000"},
		{47500000, "47,500,000", "4,750만"},
		{4099250000, "4,099,250,000", "40억 9,925만"},
		{100000000, "100,000,000", "1억"},
		{-1234, "-1,234", "-1,234"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.en, report.Count(tt.n, report.English))
		assert.Equal(t, tt.ko, report.Count(tt.n, report.Korean))
	}
	assert.Equal(t, "127 h 30 min", report.Duration(127*sim.Hour+30*sim.Minute, report.English))
	assert.Equal(t, "127시간 30분", report.Duration(127*sim.Hour+30*sim.Minute, report.Korean))
	assert.Equal(t, "20 min", report.Duration(20*sim.Minute, report.English))
	assert.Equal(t, "under 1 min", report.Duration(30, report.English), "a moment is not 0 min")
	assert.Equal(t, "1분 미만", report.Duration(59, report.Korean))
	assert.Equal(t, "0 min", report.Duration(0, report.English), "none at all")
	assert.Equal(t, "1 min", report.Duration(sim.Minute, report.English))
	assert.Equal(t, "복구 안 됨", report.Duration(sim.Never, report.Korean))
	_, err := report.ParseLang("fr")
	assert.Error(t, err)
}

func TestKoreanParticlesFollowTheLastSound(t *testing.T) {
	w := run(t, "kakao2022")
	b := report.NewBook(w.Scenario())
	tests := []struct {
		e    sim.Entry
		want string
	}{
		// 인증 ends in ㅇ: 을; 안양 데이터센터 ends in a vowel: 로.
		{sim.Entry{Kind: sim.EntSwitchStarted, Subject: "auth", Object: "auth-a"}, "엔지니어들이 인증을 카카오 안양 데이터센터로 수동 전환 시작"},
		// 송수신 ends in ㄴ: 을.
		{sim.Entry{Kind: sim.EntSwitchStarted, Subject: "talk-msg", Object: "msg-a"}, "엔지니어들이 메시지 송수신을 카카오 안양 데이터센터로 수동 전환 시작"},
		// 결제 ends in a vowel: 를.
		{sim.Entry{Kind: sim.EntSwitchStarted, Subject: "pay", Object: "pay-a"}, "엔지니어들이 결제를 카카오 안양 데이터센터로 수동 전환 시작"},
		// "구역 4" reads 사, a vowel: 로.
		{sim.Entry{Kind: sim.EntCableBurned, Site: "pangyo", Subject: "k4"}, "카카오 구역 4로 가는 전력선 소실"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, b.Describe(tt.e, report.Korean))
	}
}

func TestWriteText(t *testing.T) {
	w := run(t, "kakao2022")
	for _, l := range []report.Lang{report.English, report.Korean} {
		var buf bytes.Buffer
		require.NoError(t, report.WriteText(&buf, w, l))
		out := buf.String()
		want := map[report.Lang][]string{
			report.English: {"15 Oct 15:19", "Fire breaks out in the B3 battery room", "15 Oct 16:52", "Firefighters cut power to the whole building", "KakaoTalk messaging", "Every app fully back", "[S33]"},
			report.Korean:  {"10월 15일 15:19", "배터리실에서 화재 발생", "건물 전체 전원을 차단", "카카오톡 메시지", "모든 서비스 완전 정상화", "[S33]"},
		}[l]
		for _, s := range want {
			assert.Contains(t, out, s, l)
		}
	}
}

func TestWriteJSONMatchesTheRun(t *testing.T) {
	w := run(t, "kakao2022")
	var buf bytes.Buffer
	require.NoError(t, report.WriteJSON(&buf, w, report.English))
	var got struct {
		Scenario string
		Entries  []struct {
			At    sim.Seconds
			Kind  sim.EntryKind
			Clock string
			Text  string
		}
		Apps []struct {
			ID            string
			OutageSeconds int64
		}
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	assert.Equal(t, "kakao2022", got.Scenario)
	require.Len(t, got.Entries, len(w.Timeline()))
	assert.Equal(t, "2022-10-15 15:19 KST", got.Entries[0].Clock)
	r := w.Result()
	for i, a := range got.Apps {
		assert.Equal(t, int64(r.Apps[i].Outage(r.End)), a.OutageSeconds, a.ID)
	}
}

func TestWriteTextEscapesControlCharacters(t *testing.T) {
	tests := []struct {
		name, title, want string
	}{
		{"escape sequence", "Fire\x1b[2J\x1b]0;pwned\a", `Fire\x1b[2J\x1b]0;pwned\x07`},
		{"line breaks", "one\ntwo\r\tthree", `one\x0atwo\x0d\x09three`},
		{"delete", "a\x7fb", `a\x7fb`},
		{"C1 controls", "\u009b31m\u0085", `\u009b31m\u0085`},
		{"override", "fire \u202egnp.exe", `fire \u202egnp.exe`},
		{"embeddings", "\u202a\u202b\u202c\u202d", `\u202a\u202b\u202c\u202d`},
		{"isolates", "\u2066a\u2067b\u2068c\u2069", `\u2066a\u2067b\u2068c\u2069`},
		{"marks", "\u200e\u200f\u061c", `\u200e\u200f\u061c`},
		{"not UTF-8", "a\x9b31mb\xff", `a\x9b31mb\xff`},
		{"ordinary text", "카카오 판교 — “fire” \\ 100%", "카카오 판교 — “fire” \\ 100%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := runEdited(t, "kakao2022", func(s *sim.Scenario) { s.Title.En = tt.title })
			var buf bytes.Buffer
			require.NoError(t, report.WriteText(&buf, w, report.English))
			first, _, _ := strings.Cut(buf.String(), "\n")
			assert.Equal(t, tt.want, first)
		})
	}
}

func TestWriteTextEscapesEveryName(t *testing.T) {
	const evil = "\x1b[31m\u202e"
	w := runEdited(t, "kakao2022", func(s *sim.Scenario) {
		s.Title.Ko += evil
		s.Summary.Ko += evil
		s.Ops.OwnerName.Ko += evil
		for i := range s.Sites {
			s.Sites[i].Name.Ko += evil
			for j := range s.Sites[i].Compartments {
				s.Sites[i].Compartments[j].Name.Ko += evil
			}
		}
		for i := range s.Comps {
			s.Comps[i].Name.Ko += evil
		}
		for i := range s.Apps {
			s.Apps[i].Name.Ko += evil
		}
		for i := range s.Sources {
			s.Sources[i].Title += evil
		}
	})
	var buf bytes.Buffer
	require.NoError(t, report.WriteText(&buf, w, report.Korean))
	out := buf.String()
	assert.NotContains(t, out, "\x1b")
	assert.NotContains(t, out, "\u202e")
	assert.Contains(t, out, `카카오톡 메시지\x1b[31m\u202e`)
	assert.Contains(t, out, `[S33] MBC`)
}

func TestWriteTextSaysWhenUsersAreNotOnRecord(t *testing.T) {
	tests := []struct {
		id   string
		l    report.Lang
		want string
	}{
		{"kakao2022", report.English, "People without service: up to 47,500,000 at once; "},
		{"kakao2022", report.English, " person-hours in all.\nCounted only for the apps with a user figure on record: KakaoTalk messaging, Photo and video sending.\n"},
		{"kakao2022", report.Korean, "사용자 수가 기록된 서비스만 포함: 카카오톡 메시지, 사진·동영상 전송\n"},
		{"kakao2022", report.Korean, "서비스를 못 쓴 사람: 동시에 최대 4,750만 명"},
		{"aws2012", report.English, "People without service: not on record for this scenario."},
		{"aws2012", report.Korean, "서비스를 못 쓴 사람: 기록 없음"},
		{"naver2022", report.English, "People without service: not on record for this scenario."},
	}
	for _, tt := range tests {
		t.Run(tt.id+"/"+string(tt.l), func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, report.WriteText(&buf, run(t, tt.id), tt.l))
			assert.Contains(t, buf.String(), tt.want)
			assert.NotContains(t, buf.String(), "up to 0 at once")
			assert.NotContains(t, buf.String(), "최대 0 명")
		})
	}
}

func TestWriteJSONWritesNeverAsNull(t *testing.T) {
	for _, id := range []string{"kakao2022", "telegram2018", "aws2012"} {
		t.Run(id, func(t *testing.T) {
			w := run(t, id)
			var buf bytes.Buffer
			require.NoError(t, report.WriteJSON(&buf, w, report.English))
			never := strconv.FormatInt(int64(sim.Never), 10)
			assert.NotContains(t, buf.String(), never)

			// The result is sim.Result's JSON with null for sim.Never.
			raw, err := json.Marshal(w.Result())
			require.NoError(t, err)
			var want, got struct{ Result any }
			require.NoError(t, json.Unmarshal([]byte(`{"result":`+strings.ReplaceAll(string(raw), never, "null")+`}`), &want))
			require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
			assert.Equal(t, want.Result, got.Result)

			var apps struct {
				Apps []struct {
					FirstDown, Back, Restored *sim.Seconds
					FirstDownClock            string
				}
			}
			require.NoError(t, json.Unmarshal(buf.Bytes(), &apps))
			r := w.Result()
			require.Len(t, apps.Apps, len(r.Apps))
			for i, a := range apps.Apps {
				for _, tt := range []struct {
					got  *sim.Seconds
					want sim.Seconds
				}{{a.FirstDown, r.Apps[i].FirstDown}, {a.Back, r.Apps[i].Back}, {a.Restored, r.Apps[i].Restored}} {
					if tt.want == sim.Never {
						assert.Nil(t, tt.got)
					} else if assert.NotNil(t, tt.got) {
						assert.Equal(t, tt.want, *tt.got)
					}
				}
				assert.Equal(t, a.FirstDown == nil, a.FirstDownClock == "")
			}
		})
	}
}

func TestSpan(t *testing.T) {
	tests := []struct {
		d      sim.Seconds
		en, ko string
	}{
		{30 * sim.Second, "30 seconds", "30초"},
		{sim.Minute, "1 minute", "1분"},
		{5 * sim.Minute, "5 minutes", "5분"},
		{90 * sim.Second, "1 min", "1분"},
		{sim.Hour, "1 hour", "1시간"},
		{150 * sim.Minute, "2 h 30 min", "2시간 30분"},
		{sim.Day, "24 hours", "24시간"},
		{7 * sim.Day, "7 days", "7일"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.en, report.Span(tt.d, report.English))
		assert.Equal(t, tt.ko, report.Span(tt.d, report.Korean))
	}
}

// TestDataLossInWords checks each rule's words on the presets whose
// runs use it, in both languages.
func TestDataLossInWords(t *testing.T) {
	tests := []struct {
		id, comp string
		l        report.Lang
		want     string
	}{
		{"kakao2022", "talk-msg", report.English, "none — the standby in Kakao Anyang data center was synchronous: it had every write when it took over"},
		{"kakao2022", "talk-msg", report.Korean, "없음 — 카카오 안양 데이터센터의 대기 복제본이 동기식이라 넘겨받을 때 모든 기록을 갖고 있었음"},
		{"kakao2022", "mail", report.English, "none — no copy had to take over: the data stayed where it was"},
		{"naver2022", "comments", report.English, "up to 1 minute, restorable — the standby in Naver Gak Chuncheon was up to 1 minute behind when it took over"},
		{"naver2022", "comments", report.Korean, "최대 1분, 복구 가능 — 네이버 각 춘천의 대기 복제본이 넘겨받을 때 최대 1분 뒤처져 있었음"},
		{"ovh2021", "shop", report.English, "everything, for good — every copy burned in the SBG2 server rooms at OVHcloud Strasbourg campus (SBG1-4)"},
		{"ovh2021", "shop", report.Korean, "전부, 영구 손실 — 모든 복제본이 OVH클라우드 스트라스부르 캠퍼스(SBG1~4) SBG2 서버실에서 함께 불에 탐"},
		{"ovh2021", "site", report.English, "up to 24 hours, for good — it was restored from the nightly backup in the Server hall at Another OVHcloud region (location illustrative), up to a day old"},
		{"ovh2021", "vps", report.Korean, "최대 24시간, 복구 가능 — 다른 OVH클라우드 리전(위치는 예시) 서버실의 야간 백업(최대 하루 전)에서 복원함"},
	}
	for _, tt := range tests {
		t.Run(tt.id+"/"+tt.comp+"/"+string(tt.l), func(t *testing.T) {
			w := run(t, tt.id)
			b := report.NewBook(w.Scenario())
			for _, d := range w.Result().Data {
				if d.Comp == tt.comp {
					assert.Equal(t, tt.want, b.LossLine(d, false, tt.l))
					return
				}
			}
			t.Fatalf("no component %q", tt.comp)
		})
	}
}

func TestLossRulesOfEditedRuns(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *sim.Scenario)
		comp string
		en   string
		ko   string
	}{
		{"a standby that lags", func(s *sim.Scenario) { s.Comps[4].Lag = []sim.Lag{"", "5m"} }, "talk-msg",
			"up to 5 minutes, restorable — the standby in Kakao Anyang data center was up to 5 minutes behind when it took over",
			"최대 5분, 복구 가능 — 카카오 안양 데이터센터의 대기 복제본이 넘겨받을 때 최대 5분 뒤처져 있었음"},
		{"a standby with no data", func(s *sim.Scenario) { s.Comps[4].Lag = []sim.Lag{"", "none"} }, "talk-msg",
			"everything, restorable — the standby in Kakao Anyang data center held none of the data when it took over",
			"전부, 복구 가능 — 카카오 안양 데이터센터의 대기 복제본에는 넘겨받을 때 데이터가 하나도 없었음"},
		{"the copy in use burns", func(s *sim.Scenario) {
			s.Comps[4].Lag = []sim.Lag{"", "2h"}
			s.Sites[0].Spread = append(s.Sites[0].Spread, sim.Spread{From: "b3-ups", To: "hall-k4", AfterMin: 1})
		}, "talk-msg",
			"up to 2 hours, for good — the standby in Kakao Anyang data center was up to 2 hours behind when it took over",
			"최대 2시간, 영구 손실 — 카카오 안양 데이터센터의 대기 복제본이 넘겨받을 때 최대 2시간 뒤처져 있었음"},
		{"the site is lost", func(s *sim.Scenario) {
			s.Incidents = append(s.Incidents, sim.Command{At: sim.Hour, Kind: sim.CmdSiteLoss, Site: "pangyo"})
		}, "mail",
			"everything, for good — every copy was lost with SK C&C Pangyo data center",
			"전부, 영구 손실 — 모든 복제본이 SK C&C 판교 데이터센터와 함께 사라짐"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := runEdited(t, "kakao2022", tt.edit)
			b := report.NewBook(w.Scenario())
			for _, d := range w.Result().Data {
				if d.Comp == tt.comp {
					assert.Equal(t, tt.en, b.LossLine(d, false, report.English))
					assert.Equal(t, tt.ko, b.LossLine(d, false, report.Korean))
					return
				}
			}
			t.Fatalf("no component %q", tt.comp)
		})
	}
}

func TestWriteTextSaysTheDataLost(t *testing.T) {
	tests := []struct {
		id   string
		l    report.Lang
		want []string
	}{
		{"kakao2022", report.English, []string{"Data lost\n  No app lost data.\n  Each app\n", "    KakaoTalk messaging: none — Message send/receive: the standby in Kakao Anyang data center was synchronous", "  Each component\n"}},
		{"kakao2022", report.Korean, []string{"잃은 데이터\n  데이터를 잃은 서비스 없음\n  서비스별\n", "  구성 요소별\n"}},
		{"ovh2021", report.English, []string{"    Rust game servers: everything, for good — Rust game servers, no off-site backup: every copy burned in the SBG2 server rooms"}},
	}
	for _, tt := range tests {
		t.Run(tt.id+"/"+string(tt.l), func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, report.WriteText(&buf, run(t, tt.id), tt.l))
			for _, s := range tt.want {
				assert.Contains(t, buf.String(), s)
			}
		})
	}
}

func TestWriteJSONSaysTheDataLost(t *testing.T) {
	w := run(t, "ovh2021")
	var buf bytes.Buffer
	require.NoError(t, report.WriteJSON(&buf, w, report.English))
	var got struct {
		Apps []struct {
			ID, DataLost, DataLostWhy string
			Data                      struct {
				Comp    string
				Kind    string
				ForGood bool
				Rule    string
			}
		}
		Components []struct {
			ID, Name, DataLost, DataLostWhy string
			Data                            struct {
				Kind   string
				Window sim.Seconds
				At     *sim.Seconds
			}
		}
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	require.Len(t, got.Components, len(w.Scenario().Comps))
	byID := map[string]int{}
	for i, c := range got.Components {
		byID[c.ID] = i
	}
	site := got.Components[byID["site"]]
	assert.Equal(t, "recent", site.Data.Kind)
	assert.Equal(t, sim.Day, site.Data.Window)
	assert.Equal(t, "up to 24 hours, for good", site.DataLost)
	assert.Contains(t, site.DataLostWhy, "restored from the nightly backup")
	require.NotNil(t, site.Data.At)
	for _, a := range got.Apps {
		if a.ID == "rust" {
			assert.Equal(t, "everything, for good", a.DataLost)
			assert.Equal(t, "everything", a.Data.Kind)
			assert.Equal(t, "every-copy-lost", a.Data.Rule)
			assert.True(t, strings.HasPrefix(a.DataLostWhy, "Rust game servers, no off-site backup: every copy burned"), a.DataLostWhy)
		}
	}
	var stayed struct {
		Components []struct{ Data struct{ At *sim.Seconds } }
	}
	var k bytes.Buffer
	require.NoError(t, report.WriteJSON(&k, run(t, "kakao2022"), report.English))
	require.NoError(t, json.Unmarshal(k.Bytes(), &stayed))
	assert.Nil(t, stayed.Components[0].Data.At, "the ops tools never moved: no time")
}

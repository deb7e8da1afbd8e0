package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/assets"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	data, err := fs.ReadFile(assets.FS, "scenarios/kakao2022.json")
	require.NoError(t, err)
	kakao := string(data)
	good := write("good.json", kakao)
	badLat := write("lat.json", strings.Replace(kakao, `"lat": 37.4005`, `"lat": 137.4005`, 1))
	wrongType := write("type.json", strings.Replace(kakao, `"lat": 37.4005`, `"lat": "north"`, 1))
	truncated := write("cut.json", kakao[:len(kakao)/2])

	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"preset", []string{"kakao2022"}, 0, "Firefighters cut power to the whole building", ""},
		{"korean", []string{"kakao2022", "-lang", "ko"}, 0, "건물 전체 전원을 차단", ""},
		{"flags first", []string{"-lang", "ko", "kakao2022"}, 0, "건물 전체 전원을 차단", ""},
		{"file", []string{"-scenario", good, "-hours", "12"}, 0, "KakaoTalk messaging", ""},
		{"seed", []string{"naver2022", "-seed", "7"}, 0, "seed 7;", ""},
		{"json", []string{"aws2012", "-json"}, 0, `"scenario": "aws2012"`, ""},
		{"help", []string{"-h"}, 0, "", "Usage: report [flags] PRESET"},
		{"no arguments", nil, 2, "", "give a preset name or -scenario file"},
		{"two presets", []string{"kakao2022", "naver2022"}, 2, "", "give one preset, not 2"},
		{"unknown flag", []string{"kakao2022", "-colour"}, 2, "", "flag provided but not defined: -colour"},
		{"no such preset", []string{"kakao2099"}, 2, "", `no preset "kakao2099" (presets: aws2012, kakao2022-fixed, kakao2022,`},
		{"preset outside the presets", []string{"../assets"}, 2, "", `no preset "../assets"`},
		{"no such file", []string{"-scenario", filepath.Join(dir, "none.json")}, 2, "", "no such file"},
		{"bad field", []string{"-scenario", badLat}, 2, "", "lat.json: sites[0].lat: 137.4005 is out of range -90..90"},
		{"wrong type", []string{"-scenario", wrongType}, 2, "", "type.json: sites[0].lat: line 25, column 21: got a JSON string, want float64"},
		{"truncated", []string{"-scenario", truncated}, 2, "", "cut.json: file ends in the middle of the scenario"},
		{"bad language", []string{"kakao2022", "-lang", "fr"}, 2, "", `invalid value "fr" for flag -lang: want en or ko`},
		{"bad seed", []string{"kakao2022", "-seed", "-1"}, 2, "", `invalid value "-1" for flag -seed`},
		{"bad hours", []string{"kakao2022", "-hours", "99999"}, 2, "", "-hours 99999 is out of range"},
		{"both", []string{"kakao2022", "-scenario", good}, 2, "", "not both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, &out, &errOut)
			assert.Equal(t, tt.code, code, errOut.String())
			assert.Contains(t, out.String(), tt.stdout)
			assert.Contains(t, errOut.String(), tt.stderr)
			if tt.code != 0 {
				assert.Empty(t, out.String())
				assert.Equal(t, 1, strings.Count(errOut.String(), "\n"), "one line: %q", errOut.String())
				assert.True(t, strings.HasPrefix(errOut.String(), "report: "), errOut.String())
			}
			if tt.code == 0 && strings.Contains(strings.Join(tt.args, " "), "-json") {
				assert.True(t, json.Valid(out.Bytes()))
			}
		})
	}
}

// TestRunSaysTheDataLost checks the data-lost lines of the report, text
// and JSON, in both languages: the Daejeon fire loses the G-Drive for
// good, and Kakao, as Kakao said, loses nothing.
func TestRunSaysTheDataLost(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"nirs2025 text", []string{"nirs2025"}, []string{
			"26 Sep 20:20  +00h00m00s Fire breaks out in the UPS and battery server room at NIRS Daejeon data center.",
			"Every copy of G-Drive storage (858 TB) is gone: its data is lost.",
			"27 Sep 18:20  +22h00m00s The fire is out.",
			"Data lost\n  Each app\n",
			"    G-Drive: everything, for good — G-Drive storage (858 TB): every copy burned in the UPS and battery server room at NIRS Daejeon data center.",
			"    Systems in the burned room: up to 24 hours, for good — Other systems in the burned room: it was restored from the nightly backup",
			"    Government systems in hall 1, zone A: none — no copy had to take over: the data stayed where it was.",
		}},
		{"nirs2025 Korean", []string{"nirs2025", "-lang", "ko"}, []string{
			"잃은 데이터\n  서비스별\n",
			"    G드라이브: 전부, 영구 손실 — G드라이브 저장소(858TB): 모든 복제본이 국가정보자원관리원 대전 본원 UPS·배터리 전산실에서 함께 불에 탐",
			"  구성 요소별\n",
		}},
		{"nirs2025 JSON", []string{"nirs2025", "-json"}, []string{
			`"dataLost": "everything, for good"`,
			`"dataLostWhy": "G-Drive storage (858 TB): every copy burned in the UPS and battery server room at NIRS Daejeon data center"`,
			`"rule": "every-copy-lost"`,
			`"kind": "data-lost"`,
		}},
		{"nirs2025 JSON in Korean", []string{"nirs2025", "-json", "-lang", "ko"}, []string{
			`"dataLost": "전부, 영구 손실"`,
			`"dataLost": "최대 24시간, 영구 손실"`,
		}},
		{"kakao2022 text", []string{"kakao2022"}, []string{
			"Data lost\n  No app lost data.\n",
			"    KakaoTalk messaging: none — Message send/receive: the standby in Kakao Anyang data center was synchronous: it had every write when it took over.",
		}},
		{"kakao2022 Korean", []string{"kakao2022", "-lang", "ko"}, []string{"잃은 데이터\n  데이터를 잃은 서비스 없음\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, run(tt.args, &out, &errOut), errOut.String())
			for _, s := range tt.want {
				assert.Contains(t, out.String(), s)
			}
		})
	}

	// Kakao's JSON says no data was lost, app by app.
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"kakao2022", "-json"}, &out, &errOut), errOut.String())
	var rep struct {
		Apps []struct {
			ID       string
			DataLost string
			Data     struct{ Kind string }
		}
		Components []struct {
			ID   string
			Data struct{ Kind string }
		}
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
	require.NotEmpty(t, rep.Apps)
	for _, a := range rep.Apps {
		assert.Equal(t, "none", a.DataLost, a.ID)
		assert.Equal(t, "none", a.Data.Kind, a.ID)
	}
	for _, c := range rep.Components {
		assert.Equal(t, "none", c.Data.Kind, c.ID)
	}
}

// TestReportImportsNoGraphics keeps the report runnable without a
// display: Ebiten opens one as its packages start.
func TestReportImportsNoGraphics(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "outagelab/cmd/report").Output()
	require.NoError(t, err)
	for _, path := range strings.Fields(string(out)) {
		assert.NotContains(t, path, "ebiten")
		assert.False(t, strings.HasPrefix(path, "outagelab/game"), "the report depends on %s", path)
	}
}

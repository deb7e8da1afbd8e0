//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunReports(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	kakao, err := os.ReadFile("assets/scenarios/kakao2022.json")
	require.NoError(t, err)
	good := write("good.json", string(kakao))
	badLat := write("lat.json", strings.Replace(string(kakao), `"lat": 37.4005`, `"lat": 137.4005`, 1))
	truncated := write("cut.json", string(kakao[:len(kakao)/2]))

	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"preset", []string{"-report", "kakao2022"}, 0, "Firefighters cut power to the whole building", ""},
		{"korean", []string{"-report", "kakao2022", "-lang", "ko"}, 0, "건물 전체 전원을 차단", ""},
		{"file", []string{"-scenario", good, "-hours", "12"}, 0, "KakaoTalk messaging", ""},
		{"json", []string{"-report", "aws2012", "-json"}, 0, `"scenario": "aws2012"`, ""},
		{"no such preset", []string{"-report", "kakao2099"}, 2, "", `no preset "kakao2099"`},
		{"no such file", []string{"-scenario", filepath.Join(dir, "none.json")}, 2, "", "no such file"},
		{"bad field", []string{"-scenario", badLat}, 2, "", "lat.json: sites[0].lat: 137.4005 is out of range -90..90"},
		{"truncated", []string{"-scenario", truncated}, 2, "", "cut.json: file ends in the middle of the scenario"},
		{"bad language", []string{"-report", "kakao2022", "-lang", "fr"}, 2, "", `unknown language "fr"`},
		{"bad hours", []string{"-report", "kakao2022", "-hours", "99999"}, 2, "", "-hours 99999 is out of range"},
		{"both", []string{"-report", "kakao2022", "-scenario", good}, 2, "", "not both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, &out, &errOut)
			assert.Equal(t, tt.code, code, errOut.String())
			assert.Contains(t, out.String(), tt.stdout)
			assert.Contains(t, errOut.String(), tt.stderr)
			assert.NotContains(t, errOut.String(), "goroutine", "no stack traces")
			if tt.code == 0 && strings.Contains(strings.Join(tt.args, " "), "-json") {
				assert.True(t, json.Valid(out.Bytes()))
			}
		})
	}
}

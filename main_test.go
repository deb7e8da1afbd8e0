//go:build !js

package main

import (
	"bytes"
	"errors"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"

	"outagelab/game"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want game.Options
		err  string // in the error; "" for none
	}{
		{"default", nil, game.Options{Lang: "en"}, ""},
		{"korean", []string{"-lang", "ko"}, game.Options{Lang: "ko"}, ""},
		{"unknown language", []string{"-lang", "xx"}, game.Options{}, `unknown language "xx"`},
		{"report flag", []string{"-report", "kakao2022"}, game.Options{}, "flag provided but not defined: -report"},
		{"argument", []string{"kakao2022"}, game.Options{}, `unexpected argument "kakao2022" (the report on a scenario is go run ./cmd/report)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errOut bytes.Buffer
			got, err := parseArgs(tt.args, &errOut)
			if tt.err != "" {
				assert.ErrorContains(t, err, tt.err)
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Empty(t, errOut.String())
		})
	}
}

func TestParseArgsHelp(t *testing.T) {
	var errOut bytes.Buffer
	_, err := parseArgs([]string{"-h"}, &errOut)
	assert.True(t, errors.Is(err, flag.ErrHelp), "%v", err)
	assert.Contains(t, errOut.String(), "-lang language")
}

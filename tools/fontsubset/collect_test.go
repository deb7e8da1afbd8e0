package main

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCollectRunes(t *testing.T) {
	files := fstest.MapFS{
		"game/labels.go":         {Data: []byte("package game\n\n// 주석 is a comment: 注\nvar a = \"정전\"\nvar b = `원시`\nvar c = '단'\nvar d = \"\\uAC00\"\n")},
		"game/labels_test.go":    {Data: []byte("package game\nvar t = \"검사\"\n")},
		"game/testdata/x.json":   {Data: []byte(`{"k": "데이터"}`)},
		"assets/catalog.json":    {Data: []byte(`{"키": ["목록", {"n": "값"}], "num": 3}`)},
		"assets/notes.txt":       {Data: []byte("메모")},
		"elsewhere/ignored.json": {Data: []byte(`{"k": "밖"}`)},
		"game/geo/map_baked.go":  {Data: []byte("package geo\nvar r = \"\xd2\xba\"\nvar n = \"지도\"\n")},
	}
	runes, err := collectRunes(files, []string{"game", "assets"}, "보관\n")
	require.NoError(t, err)
	set := map[rune]bool{}
	for _, r := range runes {
		set[r] = true
	}
	tests := []struct {
		text string
		want bool
	}{
		{"정전", true},  // interpreted string literal
		{"원시", true},  // raw string literal
		{"단", true},   // rune literal
		{"가", true},   // escape in a literal, U+AC00
		{"목록값", true}, // JSON string values, nested
		{"보관", true},  // keep text
		{"Az09·—→°%₩", true},
		{"주석注", false}, // Go comment
		{"검사", false},  // test file
		{"데이터", false}, // testdata
		{"키", false},   // JSON key
		{"메모", false},  // neither Go nor JSON
		{"밖", false},   // outside the roots
		{"Һ지도", false}, // a baked map's binary rings and names (read from its JSON)
		{"\n", false},
	}
	for _, tt := range tests {
		for _, r := range tt.text {
			assert.Equal(t, tt.want, set[r], "%q", r)
		}
	}
	for i := 1; i < len(runes); i++ {
		require.Less(t, runes[i-1], runes[i], "sorted, no duplicates")
	}
}

func TestCollectRunesErrors(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"missing root", fstest.MapFS{}, "fontsubset: scan game: open game: file does not exist"},
		{"bad JSON", fstest.MapFS{"game/a.json": {Data: []byte(`{"a":`)}}, "fontsubset: scan game: game/a.json: unexpected end of JSON input"},
		{"bad Go", fstest.MapFS{"game/a.go": {Data: []byte("package a\nvar s = \"open\n")}}, "fontsubset: scan game: game/a.go:2:9: string literal not terminated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := collectRunes(tt.files, []string{"game"}, "")
			assert.EqualError(t, err, tt.want)
		})
	}
}

func TestKeepText(t *testing.T) {
	assert.Equal(t, "가나다", keepText([]byte("# comment 라\n가나\n\n#마\n다\n")))
}

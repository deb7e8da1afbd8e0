package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	gotext "github.com/go-text/typesetting/font"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Paths seen from this package's directory.
const (
	repoRoot   = "../.."
	subsetPath = repoRoot + "/assets/fonts/ui-subset.ttf"
	keepPath   = repoRoot + "/assets/fonts/keep.txt"
	sourceFont = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
)

// regenerate is what to run when a check against the committed font fails.
const regenerate = "regenerate it with `make font`"

// loadFace parses a TrueType font with go-text, a second parser beside
// the x/image one the game draws with, so the checks do not lean on the
// code they check.
func loadFace(t *testing.T, path string) *gotext.Face {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	face, err := gotext.ParseTTF(bytes.NewReader(data))
	require.NoError(t, err)
	return face
}

// projectRunes returns the runes the tool collects from the repository.
func projectRunes(t *testing.T) []rune {
	t.Helper()
	keep, err := os.ReadFile(keepPath)
	require.NoError(t, err)
	runes, err := collectRunes(os.DirFS(repoRoot), strings.Split(textRoots, ","), keepText(keep))
	require.NoError(t, err)
	return runes
}

func TestSubsetHasSampleText(t *testing.T) {
	face := loadFace(t, subsetPath)
	assert.Equal(t, Family, face.Describe().Family)
	tests := []struct {
		name string
		text string
	}{
		{"Korean", "카카오톡 메시지가 멈췄습니다"},
		{"English", "KakaoTalk messages stopped, 15 Oct 2022 (127 h 30 min)."},
		{"marks", "· — → ° % ₩"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range tt.text {
				gid, ok := face.NominalGlyph(r)
				if !assert.True(t, ok && gid != 0, "no glyph for %q", r) {
					continue
				}
				outline, ok := face.GlyphData(gid).(gotext.GlyphOutline)
				require.True(t, ok, "glyph for %q is not an outline", r)
				if r != ' ' {
					assert.NotEmpty(t, outline.Segments, "glyph for %q is blank", r)
				}
				assert.Positive(t, face.HorizontalAdvance(gid), "glyph for %q has no advance", r)
			}
		})
	}
}

func TestSubsetLacksUnusedText(t *testing.T) {
	face := loadFace(t, subsetPath)
	for _, r := range "뷁똠햏" {
		_, ok := face.NominalGlyph(r)
		assert.False(t, ok, "%q should not be in the subset", r)
	}
}

// TestSubsetCoversProject fails when text was added to game/ or assets/
// without regenerating the font.
func TestSubsetCoversProject(t *testing.T) {
	face := loadFace(t, subsetPath)
	var missing []string
	for _, r := range projectRunes(t) {
		if gid, ok := face.NominalGlyph(r); !ok || gid == 0 {
			missing = append(missing, string(r))
		}
	}
	assert.Empty(t, missing, "ui-subset.ttf lacks runes the project uses; "+regenerate)
}

// TestSubsetIsUpToDate regenerates the subset from the installed font and
// compares bytes. It is skipped where fonts-nanum is not installed.
func TestSubsetIsUpToDate(t *testing.T) {
	src, err := os.ReadFile(sourceFont)
	if err != nil {
		t.Skipf("source font not installed (make deps-apt): %v", err)
	}
	want, err := subsetFont(src, projectRunes(t))
	require.NoError(t, err)
	got, err := os.ReadFile(subsetPath)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "ui-subset.ttf is stale; "+regenerate)
	assert.Less(t, len(got), len(src)/20, "the subset should be far smaller than the font")
}

func TestSubsetFontErrors(t *testing.T) {
	src, err := os.ReadFile(sourceFont)
	if err != nil {
		t.Skipf("source font not installed (make deps-apt): %v", err)
	}
	tests := []struct {
		name  string
		font  []byte
		runes []rune
		want  string
	}{
		{"missing glyph", src, []rune("A😀"), `fontsubset: font has no glyph for '😀' (U+1F600)`},
		{"not a font", []byte("hello, world"), []rune("A"), "fontsubset: parse font:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := subsetFont(tt.font, tt.runes)
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), tt.want), err.Error())
		})
	}
}

func TestCmapTableRejectsAstralRunes(t *testing.T) {
	_, err := cmapTable(map[rune]uint16{0x1F600: 1})
	assert.EqualError(t, err, "fontsubset: rune U+1F600 is outside the Basic Multilingual Plane")
}

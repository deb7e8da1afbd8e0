package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// TestSubsetDrawsAsSource draws every rune of the project with x/image's
// rasteriser, as the game does (full hinting, which in x/image rounds
// metrics and runs no TrueType program), from the source font and from the
// committed subset, and wants the same pixels and advances: dropping the
// hinting programs must not change a glyph.
func TestSubsetDrawsAsSource(t *testing.T) {
	src, err := os.ReadFile(sourceFont)
	if err != nil {
		t.Skipf("source font not installed (make deps-apt): %v", err)
	}
	sub, err := os.ReadFile(subsetPath)
	require.NoError(t, err)
	srcFont, err := opentype.Parse(src)
	require.NoError(t, err)
	subFont, err := opentype.Parse(sub)
	require.NoError(t, err)
	runes := projectRunes(t)
	for _, size := range []float64{9, 13, 24} {
		opts := &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull}
		a, err := opentype.NewFace(srcFont, opts)
		require.NoError(t, err)
		b, err := opentype.NewFace(subFont, opts)
		require.NoError(t, err)
		differ := 0
		for _, r := range runes {
			ma, aa, oka := glyphMask(a, r)
			mb, ab, okb := glyphMask(b, r)
			if oka != okb || aa != ab || !bytes.Equal(ma, mb) {
				differ++
				t.Errorf("size %v: %q draws differently from the subset", size, r)
			}
			if differ > 5 {
				t.FailNow()
			}
		}
	}
	assert.NotContains(t, string(sub), "fpgm", "the subset keeps a hinting table")
}

// glyphMask returns r's coverage at the origin, its advance and whether
// the face has it.
func glyphMask(f font.Face, r rune) ([]byte, fixed.Int26_6, bool) {
	dr, mask, at, adv, ok := f.Glyph(fixed.Point26_6{X: 0, Y: fixed.I(32)}, r)
	if !ok {
		return nil, 0, false
	}
	var out []byte
	for y := range dr.Dy() {
		for x := range dr.Dx() {
			_, _, _, a := mask.At(at.X+x, at.Y+y).RGBA()
			out = append(out, byte(a>>8))
		}
	}
	return append(out, byte(dr.Min.X), byte(dr.Min.Y), byte(dr.Dx()), byte(dr.Dy())), adv, true
}

func TestStripGlyph(t *testing.T) {
	// A simple glyph: one contour ending at point 0, 3 bytes of
	// instructions, then one flag byte and two coordinates.
	simple := []byte{0, 1, 0, 0, 0, 0, 0, 9, 0, 9, 0, 0, 0, 3, 0xb0, 0x01, 0x02, 0x37, 9, 9}
	got, err := stripGlyph(simple)
	require.NoError(t, err)
	assert.Equal(t, []byte{0, 1, 0, 0, 0, 0, 0, 9, 0, 9, 0, 0, 0, 0, 0x37, 9, 9}, got)

	// A composite of two components (byte arguments, then word arguments
	// with a scale), the last with instructions.
	composite := []byte{0xff, 0xff, 0, 0, 0, 0, 0, 9, 0, 9,
		0x00, 0x20, 0, 5, 1, 2, // MORE_COMPONENTS, glyph 5, dx 1, dy 2
		0x01, 0x09, 0, 6, 0, 1, 0, 2, 0x40, 0, // WE_HAVE_INSTRUCTIONS|WE_HAVE_A_SCALE|ARGS_ARE_WORDS
		0, 2, 0xb0, 0x01}
	got, err = stripGlyph(composite)
	require.NoError(t, err)
	assert.Equal(t, []byte{0xff, 0xff, 0, 0, 0, 0, 0, 9, 0, 9,
		0x00, 0x20, 0, 5, 1, 2,
		0x00, 0x09, 0, 6, 0, 1, 0, 2, 0x40, 0}, got)

	for _, bad := range [][]byte{{0, 1}, simple[:13], simple[:15], composite[:14]} {
		_, err := stripGlyph(bad)
		assert.Error(t, err, "% x", bad)
	}
}

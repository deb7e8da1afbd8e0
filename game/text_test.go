package game

import (
	"image"
	"image/color"
	"io/fs"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"outagelab/assets"
)

// textSamples are strings the explainer draws: English and Korean,
// digits, punctuation and symbols, a space, kerned pairs.
var textSamples = []string{
	"The day Kakao went dark",
	"47.5 million people — 32,000 / 32,000 (100%)",
	"카카오가 멈춘 날: 2022년 10월 15일 KST",
	"Kakao T taxi · 1 h 35 min after the fire → AVA Wy",
	"two\nlines",
}

// textSizes span the sizes the layout asks for, from a phone's legend to
// a projector's clock.
var textSizes = []float64{8, 9.4, 11, 13, 15, 22, 32, 48}

func uiFont(t testing.TB) []byte {
	ttf, err := fs.ReadFile(assets.FS, "fonts/ui-subset.ttf")
	require.NoError(t, err)
	return ttf
}

// referenceFace is the font at px as the explainer set it up for
// Ebiten's text/v2: a full-hinting GoXFace at whole pixels.
func referenceFace(t testing.TB, src *opentype.Font, px float64) *text.GoXFace {
	xf, err := opentype.NewFace(src, &opentype.FaceOptions{Size: float64(int(px + 0.5)), DPI: 72, Hinting: font.HintingFull})
	require.NoError(t, err)
	return text.NewGoXFace(xf)
}

// referenceText draws s as the explainer did with text/v2: one DrawImage
// per glyph.
func referenceText(dst *ebiten.Image, face *text.GoXFace, s string, x, y float64, c color.Color) {
	op := &ebiten.DrawImageOptions{}
	op.ColorScale.ScaleWithColor(c)
	x, y = math.Round(x), math.Round(y)
	for _, g := range text.AppendGlyphs(nil, s, face, nil) {
		if g.Image == nil {
			continue
		}
		op.GeoM.Reset()
		op.GeoM.Translate(x+g.X, y+g.Y)
		dst.DrawImage(g.Image, op)
	}
}

// pixels reads img back.
func pixels(img *ebiten.Image) []byte {
	b := make([]byte, 4*img.Bounds().Dx()*img.Bounds().Dy())
	img.ReadPixels(b)
	return b
}

// compareText draws every sample at every size with tf and with
// text/v2, each on its own image over the same background, and asserts
// the pixels are the same.
func compareText(t *testing.T, tf *typeface) {
	src, err := opentype.Parse(uiFont(t))
	require.NoError(t, err)
	bg := color.RGBA{0x10, 0x21, 0x3a, 0xff}
	ink := color.NRGBA{0xfe, 0xe5, 0x00, 0xc0}
	for _, px := range textSizes {
		for _, s := range textSamples {
			w, h := int(math.Ceil(tf.width(s, px)))+24, int(2*px)+16
			got, want := ebiten.NewImage(w, h), ebiten.NewImage(w, h)
			got.Fill(bg)
			want.Fill(bg)
			tf.draw(got, s, px, 7.4, 5.6, ink, alignLeft)
			referenceText(want, referenceFace(t, src, px), s, 7.4, 5.6, ink)
			if !assert.Equal(t, pixels(want), pixels(got), "%q at %v px", s, px) {
				return
			}
		}
	}
}

// The atlas draws exactly what text/v2 drew, glyph for glyph.
func TestTextMatchesTextV2(t *testing.T) {
	tf, err := newTypeface(uiFont(t))
	require.NoError(t, err)
	compareText(t, tf)
}

// A full atlas is emptied and refilled, even in the middle of a string,
// and the text is still drawn right; it never holds more pages than its
// limit.
func TestFullAtlasRefills(t *testing.T) {
	tf, err := newTypeface(uiFont(t))
	require.NoError(t, err)
	tf.atlas = newGlyphAtlas(48, 2)
	compareText(t, tf)
	assert.LessOrEqual(t, len(tf.atlas.pages), 2)
}

// A glyph is rasterised once: drawing the same text again adds nothing
// to the atlas.
func TestGlyphsAreRasterisedOnce(t *testing.T) {
	tf, err := newTypeface(uiFont(t))
	require.NoError(t, err)
	dst := ebiten.NewImage(400, 60)
	tf.draw(dst, textSamples[0], 13, 2, 2, color.White, alignLeft)
	glyphs, pages, x, y := len(tf.size(13).glyphs), len(tf.atlas.pages), tf.atlas.x, tf.atlas.y
	assert.Positive(t, glyphs)
	tf.draw(dst, textSamples[0], 13, 30.6, 20, color.Black, alignLeft)
	assert.Equal(t, glyphs, len(tf.size(13).glyphs))
	assert.Equal(t, []int{pages, x, y}, []int{len(tf.atlas.pages), tf.atlas.x, tf.atlas.y})
}

// Widths are text/v2's: the longest line's advance.
func TestWidthMatchesTextV2(t *testing.T) {
	tf, err := newTypeface(uiFont(t))
	require.NoError(t, err)
	src, err := opentype.Parse(uiFont(t))
	require.NoError(t, err)
	for _, px := range textSizes {
		face := referenceFace(t, src, px)
		for _, s := range textSamples {
			w, _ := text.Measure(s, face, 0)
			assert.Equal(t, w, tf.width(s, px), "%q at %v px", s, px)
		}
	}
}

// Glyphs are packed in rows, left to right, a pixel apart, after each
// page's white square; a glyph that does not fit starts a new row, then
// a new page; a glyph larger than a page gets a page of its own size.
func TestAtlasPacksInRows(t *testing.T) {
	a := newGlyphAtlas(32, 4)
	glyph := func(w, h int) *image.RGBA { return image.NewRGBA(image.Rect(0, 0, w, h)) }
	assert.Equal(t, atlasGlyph{0, image.Rect(4, 0, 14, 12)}, a.add(glyph(10, 12)))
	assert.Equal(t, atlasGlyph{0, image.Rect(15, 0, 25, 8)}, a.add(glyph(10, 8)))
	assert.Equal(t, atlasGlyph{0, image.Rect(0, 13, 12, 23)}, a.add(glyph(12, 10)))
	assert.Equal(t, atlasGlyph{1, image.Rect(4, 0, 24, 20)}, a.add(glyph(20, 20)))
	assert.Equal(t, atlasGlyph{2, image.Rect(4, 0, 44, 5)}, a.add(glyph(40, 5)))
	assert.Equal(t, 44, a.pages[2].Bounds().Dx())
	assert.True(t, a.fits(10, 10))
	assert.Equal(t, atlasGlyph{2, image.Rect(0, 6, 30, 36)}, a.add(glyph(30, 30)))
	assert.Equal(t, atlasGlyph{3, image.Rect(4, 0, 34, 30)}, a.add(glyph(30, 30)))
	assert.False(t, a.fits(30, 30), "four pages full")
	assert.True(t, a.fits(1, 1), "room left on the last page")
	a.reset()
	assert.Empty(t, a.pages)
	assert.True(t, a.fits(30, 30))
}

// Every page starts with the white square the painter fills shapes
// from, and white makes the first page when the atlas is empty, as
// after a reset.
func TestAtlasPagesHoldWhite(t *testing.T) {
	a := newGlyphAtlas(32, 2)
	page := a.white()
	require.Len(t, a.pages, 1)
	a.add(image.NewRGBA(image.Rect(0, 0, 30, 30)))
	require.Len(t, a.pages, 2)
	assert.Same(t, page, a.white(), "white is the first page's")
	for _, p := range a.pages {
		for y := range whiteSide {
			for x := range whiteSide {
				assert.Equal(t, color.RGBA{0xff, 0xff, 0xff, 0xff}, p.At(x, y), "page pixel %d,%d", x, y)
			}
		}
	}
	a.reset()
	assert.NotSame(t, page, a.white())
	assert.Len(t, a.pages, 1)
}

// Glyphs wait on the page's copy until upload sends them, all in one
// rectangle; then the page holds them.
func TestAtlasUploadsGlyphsTogether(t *testing.T) {
	a := newGlyphAtlas(32, 2)
	ink := func(w, h int, c uint8) *image.RGBA {
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		for i := range img.Pix {
			img.Pix[i] = c
		}
		return img
	}
	g1, g2 := a.add(ink(5, 6, 0x80)), a.add(ink(4, 9, 0xff))
	assert.Equal(t, g1.src.Union(g2.src), a.dirty)
	a.upload()
	assert.True(t, a.dirty.Empty())
	page := a.pages[0]
	assert.Equal(t, color.RGBA{0x80, 0x80, 0x80, 0x80}, page.At(g1.src.Min.X+4, g1.src.Min.Y+5))
	assert.Equal(t, color.RGBA{0xff, 0xff, 0xff, 0xff}, page.At(g2.src.Min.X, g2.src.Min.Y+8))
	assert.Equal(t, color.RGBA{}, page.At(g1.src.Max.X, 0), "the gap between glyphs stays clear")
}

// BenchmarkTextDraw draws a caption-length line whose glyphs are cached,
// with the atlas (one DrawTriangles call) and as text/v2 drew it (one
// DrawImage per glyph). Both run inside one frame, so Ebiten's command
// queue grows through the run: its allocations are the queue's.
func BenchmarkTextDraw(b *testing.B) {
	ttf := uiFont(b)
	s := "47.5 million people in Korea use KakaoTalk, and with it Kakao's taxis."
	b.Run("atlas", func(b *testing.B) {
		tf, err := newTypeface(ttf)
		require.NoError(b, err)
		dst := ebiten.NewImage(900, 40)
		tf.draw(dst, s, 13, 2, 2, color.White, alignLeft)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			tf.draw(dst, s, 13, 2, 2, color.White, alignLeft)
		}
	})
	b.Run("textv2", func(b *testing.B) {
		src, err := opentype.Parse(ttf)
		require.NoError(b, err)
		dst, face := ebiten.NewImage(900, 40), referenceFace(b, src, 13)
		referenceText(dst, face, s, 2, 2, color.White)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			referenceText(dst, face, s, 2, 2, color.White)
		}
	})
}

// TestKernIsSizeFree checks what the typeface's one kerning cache for
// all sizes rests on: an opentype face gives a pair the same kerning at
// every size, and some pairs of the samples are kerned at all.
func TestKernIsSizeFree(t *testing.T) {
	src, err := opentype.Parse(uiFont(t))
	require.NoError(t, err)
	faces := make([]font.Face, len(textSizes))
	for i, px := range textSizes {
		faces[i] = referenceFace(t, src, px).UnsafeInternal().(font.Face)
	}
	kerned := 0
	for _, s := range textSamples {
		rs := []rune(s)
		for i := 1; i < len(rs); i++ {
			k := faces[0].Kern(rs[i-1], rs[i])
			if k != 0 {
				kerned++
			}
			for j, f := range faces[1:] {
				assert.Equal(t, k, f.Kern(rs[i-1], rs[i]), "%q%q at %v px", rs[i-1], rs[i], textSizes[j+1])
			}
		}
	}
	assert.Positive(t, kerned, "no kerned pair in the samples: the test shows nothing")
}

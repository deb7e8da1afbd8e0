package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"outagelab/game/ui"
)

// typeface draws the subset UI font at any size, keeping one face per
// size so that drawing a frame creates none. Text is set on whole
// pixels with advances rounded to whole pixels (full hinting), so each
// glyph of a size is rasterised once rather than once per subpixel
// offset.
type typeface struct {
	src   *opentype.Font
	faces map[int]*text.GoXFace
	// glyphs and op are reused by every draw, so that drawing text
	// allocates nothing once its glyphs are cached.
	glyphs []text.Glyph
	op     ebiten.DrawImageOptions
}

func newTypeface(ttf []byte) (*typeface, error) {
	src, err := opentype.Parse(ttf)
	if err != nil {
		return nil, err
	}
	return &typeface{src: src, faces: map[int]*text.GoXFace{}}, nil
}

// face returns the face of size px, rounded to whole pixels.
func (t *typeface) face(px float64) *text.GoXFace {
	k := int(px + 0.5)
	f, ok := t.faces[k]
	if !ok {
		xf, err := opentype.NewFace(t.src, &opentype.FaceOptions{Size: float64(k), DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			panic("game: a parsed font has no face: " + err.Error())
		}
		f = text.NewGoXFace(xf)
		t.faces[k] = f
	}
	return f
}

// align says where a text's anchor point is.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// draw writes s at (x, y) (its top edge) in size px.
func (t *typeface) draw(dst *ebiten.Image, s string, px, x, y float64, c color.Color, a align) {
	switch a {
	case alignCenter:
		x -= t.width(s, px) / 2
	case alignRight:
		x -= t.width(s, px)
	}
	x, y = math.Round(x), math.Round(y)
	t.op.ColorScale.Reset()
	t.op.ColorScale.ScaleWithColor(c)
	t.glyphs = text.AppendGlyphs(t.glyphs[:0], s, t.face(px), nil)
	for _, g := range t.glyphs {
		if g.Image == nil {
			continue
		}
		t.op.GeoM.Reset()
		t.op.GeoM.Translate(x+g.X, y+g.Y)
		dst.DrawImage(g.Image, &t.op)
	}
}

// width returns how wide s is at size px.
func (t *typeface) width(s string, px float64) float64 {
	w, _ := text.Measure(s, t.face(px), 0)
	return w
}

// fit returns the largest size no bigger than px at which s wraps into
// at most maxLines lines of width w, and those lines.
func (t *typeface) fit(s string, px, w float64, maxLines int) (float64, []string) {
	size, lines, _ := ui.Fit(s, px, min(px, 8), w, maxLines, t.width)
	return size, lines
}

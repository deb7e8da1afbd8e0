package game

import (
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"outagelab/game/ui"
)

// typeface draws the subset UI font at any size. Text is set on whole
// pixels with advances rounded to whole pixels (full hinting), so each
// glyph of a size is rasterised once, into the glyph atlas, and a string
// is drawn with one DrawTriangles call per atlas page it uses instead of
// one DrawImage per glyph.
//
// It places and rasterises glyphs exactly as Ebiten's text/v2 does for a
// GoXFace (text_test.go compares the pixels), which it replaces because
// text/v2 gives each glyph its own image: the first frame's ~950 glyph
// draws were ~950 DrawImage calls and ~230 new images, and text/v2
// linked ~250 KB of code the page never ran (go-text, image/tiff,
// image/jpeg, x/text/language).
type typeface struct {
	src   *opentype.Font
	sizes map[int]*faceSize
	// kern is every size's kerning cache (see cachedFace).
	kern  map[[2]rune]fixed.Int26_6
	atlas *glyphAtlas
	// vs, is and op are reused by every draw, so that drawing text
	// allocates nothing once its glyphs are in the atlas.
	vs []ebiten.Vertex
	is []uint16
	op ebiten.DrawTrianglesOptions
	// page is the atlas page of the glyphs queued in vs, or -1.
	page int
	// floor is the smallest size words are drawn and measured at (the
	// layout's MinText): every size asked for below it is raised to it.
	floor float64
	// drawn, when set (by tests), hears of every string drawn, the size
	// it is drawn at and where (its lines' box, on the image drawn to):
	// all the game's words go through draw.
	drawn func(s string, px float64, at ui.Rect)
}

// faceSize is the font at one whole-pixel size: its face, with glyph
// bounds, advances and kerning cached, and where its glyphs are in the
// atlas.
type faceSize struct {
	face   *cachedFace
	ascent fixed.Int26_6
	// step is the horizontal granularity of glyph images, as text/v2
	// sets it: finer for small sizes.
	step   fixed.Int26_6
	glyphs map[glyphKey]atlasGlyph
}

// glyphKey is a glyph image: a rune at a subpixel offset.
type glyphKey struct {
	r    rune
	xoff fixed.Int26_6
}

func newTypeface(ttf []byte) (*typeface, error) {
	src, err := opentype.Parse(ttf)
	if err != nil {
		return nil, err
	}
	t := &typeface{src: src, sizes: map[int]*faceSize{}, kern: map[[2]rune]fixed.Int26_6{}, atlas: newGlyphAtlas(atlasPage, atlasPages), page: -1}
	t.op.ColorScaleMode = ebiten.ColorScaleModePremultipliedAlpha
	return t, nil
}

// size returns the font at px, rounded to whole pixels.
func (t *typeface) size(px float64) *faceSize {
	k := int(px + 0.5)
	fs, ok := t.sizes[k]
	if !ok {
		f, err := opentype.NewFace(t.src, &opentype.FaceOptions{Size: float64(k), DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			panic("game: a parsed font has no face: " + err.Error())
		}
		cf := newCachedFace(f, t.kern)
		m := cf.Metrics()
		fs = &faceSize{face: cf, ascent: m.Ascent, step: glyphStep(m), glyphs: map[glyphKey]atlasGlyph{}}
		t.sizes[k] = fs
	}
	return fs
}

// glyphStep is text/v2's granularity of a glyph's horizontal position:
// 1/8 pixel for faces under 20 pixels tall, then 1/4, 1/2 and 1.
func glyphStep(m font.Metrics) fixed.Int26_6 {
	h := m.Ascent + m.Descent
	switch {
	case h < 20<<6:
		return 1 << 6 / 8
	case h < 40<<6:
		return 1 << 6 / 4
	case h < 80<<6:
		return 1 << 6 / 2
	}
	return 1 << 6
}

// align says where a text's anchor point is.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// draw writes s at (x, y) (its top edge) in size px. Lines of s (split
// at '\n') are drawn over one another, as text/v2 does with no line
// spacing; callers wrap text themselves.
func (t *typeface) draw(dst *ebiten.Image, s string, px, x, y float64, c color.Color, a align) {
	px = max(px, t.floor)
	switch a {
	case alignCenter:
		x -= t.width(s, px) / 2
	case alignRight:
		x -= t.width(s, px)
	}
	if t.drawn != nil {
		t.drawn(s, px, ui.Rect{X: x, Y: y, W: t.width(s, px), H: px * float64(1+strings.Count(s, "\n"))})
	}
	x, y = math.Round(x), math.Round(y)
	var cs ebiten.ColorScale
	cs.ScaleWithColor(c)
	cr, cg, cb, ca := cs.R(), cs.G(), cs.B(), cs.A()
	fs := t.size(px)
	origin := fixed.Point26_6{Y: fs.ascent}
	oy := origin.Y &^ 63
	prev := rune(-1)
	for _, r := range s {
		if r == '\n' {
			origin.X, prev = 0, -1
			continue
		}
		if prev >= 0 {
			origin.X += fs.face.Kern(prev, r)
		}
		ox := origin.X / fs.step * fs.step
		b, adv, _ := fs.face.GlyphBounds(r)
		g := t.glyph(dst, fs, r, fixed.Point26_6{X: (ox + b.Min.X) & 63, Y: (oy + b.Min.Y) & 63}, b)
		if g.page >= 0 {
			if g.page != t.page || len(t.vs)+4 > maxBatchVertices {
				t.flush(dst)
				t.page = g.page
			}
			gx, gy := float32(x)+float32((ox+b.Min.X).Floor()), float32(y)+float32((oy+b.Min.Y).Floor())
			t.quad(gx, gy, g.src, cr, cg, cb, ca)
		}
		origin.X += adv
		prev = r
	}
	t.flush(dst)
}

// glyph returns r's image at subpixel offset sub, rasterising it into the
// atlas the first time. A full atlas is emptied first, after drawing the
// glyphs queued from it on dst.
func (t *typeface) glyph(dst *ebiten.Image, fs *faceSize, r rune, sub fixed.Point26_6, b fixed.Rectangle26_6) atlasGlyph {
	k := glyphKey{r: r, xoff: sub.X}
	if g, ok := fs.glyphs[k]; ok {
		return g
	}
	w, h := (b.Max.X - b.Min.X).Ceil(), (b.Max.Y - b.Min.Y).Ceil()
	if w == 0 || h == 0 {
		fs.glyphs[k] = atlasGlyph{page: -1}
		return fs.glyphs[k]
	}
	// text/v2 adds a pixel each way, as the ink may reach it.
	w, h = w+1, h+1
	if !t.atlas.fits(w, h) {
		t.flush(dst)
		t.atlas.reset()
		for _, other := range t.sizes {
			clear(other.glyphs)
		}
	}
	rgba := image.NewRGBA(image.Rect(0, 0, w, h))
	d := font.Drawer{Dst: rgba, Src: image.White, Face: fs.face, Dot: fixed.Point26_6{X: -b.Min.X + sub.X, Y: -b.Min.Y + sub.Y}}
	d.DrawString(string(r))
	g := t.atlas.add(rgba)
	fs.glyphs[k] = g
	return g
}

// quad queues the atlas rectangle src drawn at (x, y) in colour c
// (premultiplied).
func (t *typeface) quad(x, y float32, src image.Rectangle, r, g, b, a float32) {
	n := uint16(len(t.vs))
	w, h := float32(src.Dx()), float32(src.Dy())
	sx, sy := float32(src.Min.X), float32(src.Min.Y)
	t.vs = append(t.vs,
		ebiten.Vertex{DstX: x, DstY: y, SrcX: sx, SrcY: sy, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
		ebiten.Vertex{DstX: x + w, DstY: y, SrcX: sx + w, SrcY: sy, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
		ebiten.Vertex{DstX: x + w, DstY: y + h, SrcX: sx + w, SrcY: sy + h, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
		ebiten.Vertex{DstX: x, DstY: y + h, SrcX: sx, SrcY: sy + h, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
	)
	t.is = append(t.is, n, n+1, n+2, n, n+2, n+3)
}

// flush draws the queued glyphs on dst and empties the queue.
func (t *typeface) flush(dst *ebiten.Image) {
	if len(t.is) > 0 {
		t.atlas.upload()
		dst.DrawTriangles(t.vs, t.is, t.atlas.pages[t.page], &t.op)
	}
	t.vs, t.is, t.page = t.vs[:0], t.is[:0], -1
}

// width returns how wide s is at size px: its longest line's advance.
func (t *typeface) width(s string, px float64) float64 {
	f := t.size(max(px, t.floor)).face
	var longest fixed.Int26_6
	for {
		line, rest, more := strings.Cut(s, "\n")
		longest = max(longest, font.MeasureString(f, line))
		if !more {
			break
		}
		s = rest
	}
	return float64(longest) / 64
}

// fit returns the largest size no bigger than px at which s wraps into
// at most maxLines lines of width w, and those lines; never a size under
// the floor, the size draw will use.
func (t *typeface) fit(s string, px, w float64, maxLines int) (float64, []string) {
	size, lines, _ := ui.Fit(s, px, min(px, 8), w, maxLines, t.width)
	return max(size, t.floor), lines
}

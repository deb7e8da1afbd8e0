package game

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// The glyph atlas: pages of atlasPage × atlasPage pixels (one holds some
// 1,500 glyphs of the UI's sizes), emptied and refilled once atlasPages
// are full, so that a long session of resizing, each size with its own
// glyphs, cannot grow without bound.
const (
	atlasPage  = 512
	atlasPages = 8
	// atlasGap keeps a transparent pixel between glyphs.
	atlasGap = 1
	// whiteSide is the side of the white square at the top left of
	// every page, which the painter fills its shapes from: shapes and
	// glyphs then come from one image, and Ebiten draws a run of them
	// in one call.
	whiteSide = 3
)

// atlasGlyph is where a glyph's image is: its page and rectangle, or page
// -1 for a glyph with no ink (a space).
type atlasGlyph struct {
	page int
	src  image.Rectangle
}

// glyphAtlas packs glyph images onto pages in rows (shelves), each row as
// tall as its tallest glyph.
type glyphAtlas struct {
	side, limit int
	pages       []*ebiten.Image
	// x, y and rowH are the free point of the last page's current row
	// and that row's height.
	x, y, rowH int
	// last holds the last page's pixels; dirty is the part of it with
	// glyphs that upload has not sent yet. Glyphs are rasterised one by
	// one as text first needs them; sending each alone costs a texture
	// upload (a WebGL call) per glyph, so they go up together before
	// they are drawn.
	last  *image.RGBA
	dirty image.Rectangle
	// up holds the dirty part's pixels packed for the upload.
	up []byte
}

func newGlyphAtlas(side, limit int) *glyphAtlas {
	return &glyphAtlas{side: side, limit: limit}
}

// spot returns where a w×h glyph goes on the last page: after the current
// row's glyphs, or at the start of a new row under it.
func (a *glyphAtlas) spot(w, h int) (x, y int, ok bool) {
	if len(a.pages) == 0 {
		return 0, 0, false
	}
	side := a.pages[len(a.pages)-1].Bounds().Dx()
	if a.x+w <= side && a.y+h <= side {
		return a.x, a.y, true
	}
	if y := a.y + a.rowH; w <= side && y+h <= side {
		return 0, y, true
	}
	return 0, 0, false
}

// fits reports whether a w×h glyph can be added without emptying the
// atlas.
func (a *glyphAtlas) fits(w, h int) bool {
	_, _, ok := a.spot(w, h)
	return ok || len(a.pages) < a.limit
}

// add copies img (white, premultiplied alpha, its Pix tightly packed as
// image.NewRGBA makes it) onto the atlas, on a new page if the last is
// full; a glyph larger than a page gets a page of its own size.
func (a *glyphAtlas) add(img *image.RGBA) atlasGlyph {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	x, y, ok := a.spot(w, h)
	if !ok {
		a.newPage(max(a.side, whiteSide+atlasGap+w, h))
		x, y = a.x, a.y
	}
	if y != a.y {
		a.y, a.rowH = y, 0
	}
	a.x = x + w + atlasGap
	a.rowH = max(a.rowH, h+atlasGap)
	r := image.Rect(x, y, x+w, y+h)
	for row := range h {
		copy(a.last.Pix[a.last.PixOffset(x, y+row):], img.Pix[row*img.Stride:row*img.Stride+4*w])
	}
	a.dirty = a.dirty.Union(r)
	return atlasGlyph{page: len(a.pages) - 1, src: r}
}

// upload sends the last page's glyphs added since the last upload to
// its image, in one call: the rectangle around them.
func (a *glyphAtlas) upload() {
	d := a.dirty
	if d.Empty() {
		return
	}
	a.up = a.up[:0]
	for y := d.Min.Y; y < d.Max.Y; y++ {
		a.up = append(a.up, a.last.Pix[a.last.PixOffset(d.Min.X, y):a.last.PixOffset(d.Max.X, y)]...)
	}
	a.pages[len(a.pages)-1].SubImage(d).(*ebiten.Image).WritePixels(a.up)
	a.dirty = image.Rectangle{}
}

// newPage starts a side × side page with its white square, the next
// glyph beside it.
func (a *glyphAtlas) newPage(side int) {
	a.upload() // the glyphs still waiting for the page before
	// Written, never drawn to: an image Ebiten has not drawn on goes on
	// its shared atlas at once, with the painter's other sources.
	page := ebiten.NewImage(side, side)
	if a.last == nil || a.last.Rect.Dx() != side {
		a.last = image.NewRGBA(image.Rect(0, 0, side, side))
	} else {
		clear(a.last.Pix)
	}
	for y := range whiteSide {
		for x := range whiteSide {
			copy(a.last.Pix[a.last.PixOffset(x, y):], []byte{0xff, 0xff, 0xff, 0xff})
		}
	}
	// The white square goes up at once: shapes may be drawn from it
	// before any glyph.
	page.SubImage(image.Rect(0, 0, side, whiteSide)).(*ebiten.Image).WritePixels(a.last.Pix[:a.last.PixOffset(0, whiteSide)])
	a.pages = append(a.pages, page)
	a.x, a.y, a.rowH = whiteSide+atlasGap, 0, whiteSide+atlasGap
}

// white returns the first page, making it if the atlas is empty; its
// pixel (1, 1) is white (whiteSide).
func (a *glyphAtlas) white() *ebiten.Image {
	if len(a.pages) == 0 {
		a.newPage(a.side)
	}
	return a.pages[0]
}

// reset empties the atlas, freeing its pages.
func (a *glyphAtlas) reset() {
	for _, p := range a.pages {
		p.Deallocate()
	}
	a.pages = a.pages[:0]
	a.x, a.y, a.rowH = 0, 0, 0
	a.dirty = image.Rectangle{}
}

// cachedFace is a font.Face that remembers each rune's bounds and advance
// and each pair's kerning, which an opentype face looks up in the font's
// tables on every call; text is measured and laid out many times a frame.
// The kerning map is the typeface's, shared by all its sizes: an
// opentype face looks kerning up at the font's own units per em,
// whatever its size, so every size gets the same value for a pair, and
// a new size costs no lookups for pairs another size has met.
type cachedFace struct {
	font.Face
	bounds  map[rune]glyphMetrics
	advance map[rune]glyphMetrics
	kern    map[[2]rune]fixed.Int26_6
}

// glyphMetrics is one rune's cached bounds and advance.
type glyphMetrics struct {
	bounds  fixed.Rectangle26_6
	advance fixed.Int26_6
	ok      bool
}

func newCachedFace(f font.Face, kern map[[2]rune]fixed.Int26_6) *cachedFace {
	return &cachedFace{Face: f, bounds: map[rune]glyphMetrics{}, advance: map[rune]glyphMetrics{}, kern: kern}
}

// GlyphBounds implements font.Face, from the cache.
func (c *cachedFace) GlyphBounds(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
	m, hit := c.bounds[r]
	if !hit {
		m.bounds, m.advance, m.ok = c.Face.GlyphBounds(r)
		c.bounds[r] = m
	}
	return m.bounds, m.advance, m.ok
}

// GlyphAdvance implements font.Face, from the cache.
func (c *cachedFace) GlyphAdvance(r rune) (fixed.Int26_6, bool) {
	m, hit := c.advance[r]
	if !hit {
		m.advance, m.ok = c.Face.GlyphAdvance(r)
		c.advance[r] = m
	}
	return m.advance, m.ok
}

// Kern implements font.Face, from the cache.
func (c *cachedFace) Kern(r0, r1 rune) fixed.Int26_6 {
	k, hit := c.kern[[2]rune{r0, r1}]
	if !hit {
		k = c.Face.Kern(r0, r1)
		c.kern[[2]rune{r0, r1}] = k
	}
	return k
}

package game

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim/report"
)

// layer is an offscreen copy of one panel, drawn again only when what
// the panel shows changes (its key), so that playing, pulses and
// flames cost a copy of the panel, not the hundreds of shapes in it.
type layer[K comparable] struct {
	img *ebiten.Image
	key K
	ok  bool
	op  ebiten.DrawImageOptions
}

// panelKey is what a cached panel depends on: the playback on screen
// and how far it has run (its state changes only at timeline entries),
// where the panel is, the language and whether it is the sandbox's.
type panelKey struct {
	p       *ui.Playback
	ver     int
	r       ui.Rect
	lang    report.Lang
	sandbox bool
}

// panelKeyFor returns the key of a panel drawn at r now.
func (b *board) panelKeyFor(r ui.Rect) panelKey {
	return panelKey{p: b.v.P, ver: b.v.P.Version(), r: r, lang: b.v.Lang, sandbox: b.layout.Sandbox}
}

// cached draws the panel at r onto dst from ly, first redrawing ly with
// draw when key differs from the key it was drawn for or the screen
// changed size.
func cached[K comparable](dst *ebiten.Image, ly *layer[K], key K, r ui.Rect, draw func(*ebiten.Image)) {
	if ly.stale(dst, key, r) {
		draw(ly.img)
	}
	ly.copyTo(dst, r)
}

// stale makes ly the size of dst and reports whether it must be drawn
// again at r for key; if so its part at r is cleared (not the whole
// screen-sized image: a software renderer pays for every pixel) and it
// from now on counts as drawn for key.
func (ly *layer[K]) stale(dst *ebiten.Image, key K, r ui.Rect) bool {
	b := dst.Bounds()
	if ly.img == nil || ly.img.Bounds() != b {
		if ly.img != nil {
			ly.img.Deallocate()
		}
		ly.img, ly.ok = ebiten.NewImage(b.Dx(), b.Dy()), false
	}
	if ly.ok && ly.key == key {
		return false
	}
	if ly.ok {
		if rect := margin(r, b); !rect.Empty() {
			ly.img.SubImage(rect).(*ebiten.Image).Clear()
		}
	}
	ly.key, ly.ok = key, true
	return true
}

// margin is r on a screen of bounds b, with two pixels around it for
// antialiasing.
func margin(r ui.Rect, b image.Rectangle) image.Rectangle {
	return image.Rect(int(r.X)-2, int(r.Y)-2, int(r.X+r.W)+3, int(r.Y+r.H)+3).Intersect(b)
}

// copyTo draws the part of ly at r (and a margin for antialiasing) onto
// dst.
func (ly *layer[K]) copyTo(dst *ebiten.Image, r ui.Rect) {
	rect := margin(r, dst.Bounds())
	if rect.Empty() {
		return
	}
	ly.op.GeoM.Reset()
	ly.op.GeoM.Translate(float64(rect.Min.X), float64(rect.Min.Y))
	dst.DrawImage(ly.img.SubImage(rect).(*ebiten.Image), &ly.op)
}

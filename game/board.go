package game

import (
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
)

// board is what every scene's drawer shares: the typeface, the painter,
// the palette and the map of Korea, the panels every scene has (header,
// map, building, phone, caption, controls) with their cached layers,
// and, for the frame being drawn, the scene's layout and view.
type board struct {
	tf    *typeface
	paint *painter
	pal   palette

	// layout and v are the scene's layout and view for this frame;
	// frames counts updates, for the flames and pulses unless still.
	layout ui.Layout
	v      ui.View
	frames int64
	still  bool

	// covered, when set (by tests), hears of every opaque card drawn
	// over the panels (board.cover): words drawn before it under it are
	// hidden, not overlapped.
	covered func(r ui.Rect)

	coastLayer *ebiten.Image
	coastRect  ui.Rect
	coastMap   string // the Source of the map coastLayer holds
	// mapLayer holds the map panel without the scenario's sites.
	mapLayer layer[mapKey]
	// Panels drawn once per change of what they show (layer.go); fires
	// and cut say where the site's flames and power-cut banner go on
	// top of its layer.
	siteLayer    layer[panelKey]
	phoneLayer   layer[panelKey]
	captionLayer layer[captionKey]
	// controlsLayer holds the buttons and the scrub bar without the
	// playhead.
	controlsLayer layer[controlsKey]
	// headerLayer holds the header: title, clock and date; headerKey
	// is what it was last asked to show.
	headerLayer layer[headerKey]
	headerKey   headerKey
	fires       []roomFire
	cut         bool
	cutBox      ui.Rect
	// upsCells are where the site's layer drew each UPS string;
	// mapTaken where the map's layer wrote its title and town names.
	upsCells []upsCell
	// floorTops are the tops of the cut-away's floors, from the top
	// down, as drawSiteStatic last laid them out.
	floorTops []float64
	mapTaken  []ui.Rect
	// linkTaken is scratch room for drawLinks' label placement;
	// mapAvoid what else drawLinks must not label over (the sandbox's
	// site badges).
	linkTaken []ui.Rect
	mapAvoid  []ui.Rect

	// lost is the run's data lost by the playhead, for lostKey.
	lost    []ui.DataLine
	lostKey lostKey
}

// frame sets the scene's layout and view for the frame about to be
// drawn, and the layout's smallest text size as the typeface's floor.
func (b *board) frame(l *ui.Layout, v ui.View) {
	b.layout, b.v = *l, v
	b.tf.floor = l.MinText()
}

// anim is the clock of the flames and pulses, in updates; it stands
// still when the reader prefers reduced motion.
func (b *board) anim() float64 {
	if b.still {
		return 0
	}
	return float64(b.frames)
}

// burning reports whether any site on screen is on fire.
func (b *board) burning() bool {
	snap := b.v.P.Snapshot()
	for i := range snap.Sites {
		if anyBurning(&snap.Sites[i]) {
			return true
		}
	}
	return false
}

// button draws a rounded button with a centred label, dimmed when not
// enabled.
func (b *board) button(dst *ebiten.Image, r ui.Rect, label string, bg color.Color, enabled bool) {
	u := b.layout.Unit
	c := b.pal.Text
	if !enabled {
		c = b.pal.Muted
	}
	b.paint.fillRound(dst, r, 0.5*u, bg)
	w := r.W - 0.6*u
	px, _ := b.tf.fit(label, 0.8*u, w, 1)
	if b.tf.width(label, px) <= w {
		b.tf.draw(dst, label, px, r.X+r.W/2, r.Y+(r.H-px*1.2)/2, c, alignCenter)
		return
	}
	// Too long for one line even at the smallest size (a preset's
	// title on a phone): two lines where the button is tall enough,
	// the last clipped to what fits.
	n := 1
	if r.H >= 2.5*px {
		n = 2
	}
	lines := b.atMost(ui.Wrap(label, px, w, b.tf.width), n, px, w)
	top := r.Y + (r.H-float64(len(lines))*px*1.15)/2
	for i, ln := range lines {
		b.tf.draw(dst, ln, px, r.X+r.W/2, top+float64(i)*px*1.15, c, alignCenter)
	}
}

// atMost returns lines cut to n: the lines from the n-th on joined into
// it, and every line clipped to w at size px.
func (b *board) atMost(lines []string, n int, px, w float64) []string {
	if len(lines) > n {
		lines = append(lines[:n-1], strings.Join(lines[n-1:], " "))
	}
	for i, ln := range lines {
		lines[i] = b.clip(ln, px, w)
	}
	return lines
}

// cover tells the covered hook, when a test set one, that an opaque
// card now lies over r.
func (b *board) cover(r ui.Rect) {
	if b.covered != nil {
		b.covered(r)
	}
}

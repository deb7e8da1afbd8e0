package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
)

// upsCell is where the site's cut-away drew one UPS string, and in
// which room.
type upsCell struct {
	room string
	r    ui.Rect
}

// drawUPSSpotlight draws step 3's idea over the cut-away: the rest of
// the building dimmed, the UPS strings in the rooms the fire reaches in
// this run ringed, pulsing, and labelled as the backup power in the
// burning room. rooms are those rooms (ui.FireRooms).
func (b *board) drawUPSSpotlight(dst *ebiten.Image, rooms []string) {
	l := &b.layout
	u := l.Unit
	var box ui.Rect
	found := false
	for _, c := range b.upsCells {
		for _, room := range rooms {
			if c.room != room {
				continue
			}
			if !found {
				box, found = c.r, true
				continue
			}
			x0, y0 := min(box.X, c.r.X), min(box.Y, c.r.Y)
			x1, y1 := max(box.X+box.W, c.r.X+c.r.W), max(box.Y+box.H, c.r.Y+c.r.H)
			box = ui.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
		}
	}
	if !found {
		return
	}
	hole := box.Inset(-0.4 * u)
	site := l.Site
	dim := withAlpha(b.pal.Dark, 0.55)
	b.paint.rect(dst, ui.Rect{X: site.X, Y: site.Y, W: site.W, H: hole.Y - site.Y}, dim)
	b.paint.rect(dst, ui.Rect{X: site.X, Y: hole.Y + hole.H, W: site.W, H: site.Y + site.H - hole.Y - hole.H}, dim)
	b.paint.rect(dst, ui.Rect{X: site.X, Y: hole.Y, W: hole.X - site.X, H: hole.H}, dim)
	b.paint.rect(dst, ui.Rect{X: hole.X + hole.W, Y: hole.Y, W: site.X + site.W - hole.X - hole.W, H: hole.H}, dim)
	pulse := 0.5 + 0.5*math.Sin(b.anim()/8)
	b.paint.strokeRound(dst, hole, 0.4*u, max(2, 0.18*u), withAlpha(b.pal.Power, 0.6+0.4*pulse))
	// The label on a chip inside the panel: beside the ring, in the
	// rest of its room, where it fits; otherwise above the floor over
	// the ring's (clear of that floor's room names), with a leader line
	// down to the ring.
	px := b.layout.LinkLabelPx()
	s := ui.Text(ui.MsgUPSHere, b.v.Lang)
	tw := b.tf.width(s, px)
	chip := ui.Rect{X: hole.X + hole.W + 0.3*u, Y: hole.Y + (hole.H-1.6*px)/2, W: tw + 0.8*u, H: 1.6 * px}
	leader := false
	if chip.X+chip.W > site.X+site.W-0.3*u {
		chip.X, chip.Y = hole.X, hole.Y-1.6*px-0.3*u
		if i := b.floorOf(hole.Y + 0.4*u); i > 0 {
			chip.Y, leader = b.floorTops[i-1]-chip.H-0.2*u, true
		}
	}
	chip.X = min(max(chip.X, site.X+0.3*u), site.X+site.W-0.3*u-chip.W)
	chip.Y = max(chip.Y, site.Y+0.3*u)
	if leader {
		x := hole.X + 0.3*u // left of the room names it passes
		b.paint.line(dst, x, chip.Y+chip.H, x, hole.Y, max(2, 0.14*u), b.pal.Power)
	}
	b.paint.fillRound(dst, chip, 0.3*u, b.pal.Power)
	b.tf.draw(dst, s, px, chip.X+0.4*u, chip.Y+0.3*px, b.pal.Dark, alignLeft)
}

// floorOf returns the index of the cut-away's floor at height y, or -1
// above the building.
func (b *board) floorOf(y float64) int {
	i := -1
	for k, top := range b.floorTops {
		if top <= y {
			i = k
		}
	}
	return i
}

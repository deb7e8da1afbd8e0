package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
)

// drawLinks draws the story's lines between data centers on the map
// (ui.Links): each copy of the data as a solid green arc with the data
// flowing along it, bowed up; each path of the switch-over tools as a
// dashed arc bowed down, yellow while the tools work and red, crossed
// out where the tools are, once none does. Each line is labelled beyond
// its crest, or where its label covers no other words.
func (b *board) drawLinks(dst *ebiten.Image, links []ui.Link) {
	l := &b.layout
	u := l.Unit
	pr := l.MapProjection()
	in := l.MapInner()
	sites := b.v.P.Scenario().Sites
	lang := b.v.Lang
	px := l.LinkLabelPx()
	w := max(2, 0.16*u)
	// What a label must not cover: the map's title and town names, the
	// sites' names, and the labels already placed.
	taken := append(b.linkTaken[:0], b.mapTaken...)
	if l.Sandbox {
		taken = append(taken, b.mapAvoid...)
	}
	for _, st := range sites {
		x, y := pr.Project(st.Lon, st.Lat)
		name := b.placeName(st.Lon, st.Lat, st.Name.In(string(lang)))
		taken = append(taken, b.labelRect(st.ID, name, x, y, labelGap, 0.78*u), ui.Rect{X: x - 0.5*u, Y: y - 0.5*u, W: u, H: u})
	}
	for k, ln := range links {
		ax, ay := pr.Project(sites[ln.From].Lon, sites[ln.From].Lat)
		bx, by := pr.Project(sites[ln.To].Lon, sites[ln.To].Lat)
		if !in.Contains(ax, ay) || !in.Contains(bx, by) {
			continue
		}
		// Copies bow up, the tools' paths down, a second path on the
		// same pair further (ui.LinkCurve).
		cx, cy, ok := l.LinkCurve(ln.Kind, sameBefore(links, k), ax, ay, bx, by)
		if !ok {
			continue
		}
		d := math.Hypot(bx-ax, by-ay)
		nx, ny := -(by-ay)/d, (bx-ax)/d
		if ny > 0 {
			nx, ny = -nx, -ny
		}
		msg, c := ui.MsgLinkCopy, b.pal.Up
		if ln.Kind == ui.LinkControl {
			nx, ny = -nx, -ny
			msg, c = ui.MsgLinkTools, b.pal.Power
			if ln.Down {
				msg, c = ui.MsgLinkToolsDown, b.pal.Fire
			}
		}
		at := func(t float64) (float64, float64) { return ui.Bezier(ax, ay, cx, cy, bx, by, t) }
		if ln.Kind == ui.LinkCopy && (l.Sandbox || ln.Mode == sim.ModeBackup) {
			// The reader's design: each line drawn as its copies take
			// over (strokeCurve), and named so.
			msg = ui.CopyMsg(ln.Mode)
		}
		b.strokeCurve(dst, at, ln, w, c)
		mx, my := at(0.5)
		off := 0.3*u + 0.75*px
		if ln.Kind == ui.LinkCopy && ln.Mode != sim.ModeBackup {
			// The data flowing from the first copy to the other.
			for j := range 3 {
				t := math.Mod(b.anim()/120+float64(j)/3, 1)
				x, y := at(t)
				b.paint.circle(dst, x, y, max(2.5, 0.22*u), c)
			}
		} else if ln.Down {
			// Broken where the tools are.
			x, y := at(0.14)
			s := 0.45 * u
			b.paint.line(dst, x-s, y-s, x+s, y+s, w*1.4, c)
			b.paint.line(dst, x-s, y+s, x+s, y-s, w*1.4, c)
		}
		// Beyond the crest if there is room; else on it, or beyond a
		// point nearer either end.
		x1, y1 := at(0.3)
		x2, y2 := at(0.7)
		x3, y3 := at(0.15)
		x4, y4 := at(0.85)
		cands := [][2]float64{{mx + nx*off, my + ny*off}, {mx, my}, {x1 + nx*off, y1 + ny*off}, {x2 + nx*off, y2 + ny*off}, {mx - nx*off, my - ny*off},
			{x3 - nx*off, y3 - ny*off}, {x4 - nx*off, y4 - ny*off}, {mx + 2*nx*off, my + 2*ny*off}}
		if saidBefore(links, k) {
			// A second path of the tools between the same two sites
			// (the ops tools and the failover controller) says the
			// same words: the first one's label names both.
			continue
		}
		s := ui.Text(msg, lang)
		// The first place clear of what is taken; with none clear (a
		// small map, two paths on one pair), the one that covers least.
		chip, free, least := ui.Rect{}, false, math.Inf(1)
		for _, cd := range cands {
			r := b.linkChip(s, cd[0], cd[1], px)
			if !overlapsAny(r, taken) {
				chip, free = r, true
				break
			}
			if a := coveredArea(r, taken); a < least {
				chip, least = r, a
			}
		}
		if !free && l.Sandbox {
			// The reader's own design can crowd a small map: its lines
			// go unlabelled rather than write over a site's parts.
			continue
		}
		taken = append(taken, chip)
		b.paint.fillRound(dst, chip, 0.3*u, withAlpha(b.pal.Panel, 0.9))
		b.tf.draw(dst, s, px, chip.X+0.3*u, chip.Y+0.2*px, c, alignLeft)
	}
	b.linkTaken = taken
}

// strokeCurve draws line ln along the curve at: a copy solid (in the
// sandbox, two strands where both copies are live and long dashes where
// a standby is switched by hand), a backup thin and dotted, the
// switch-over tools' path dashed.
func (b *board) strokeCurve(dst *ebiten.Image, at func(float64) (float64, float64), ln ui.Link, w float64, c color.Color) {
	const n = 24
	on := func(i int) bool { return ln.Kind == ui.LinkCopy || i%2 == 0 }
	strands := []float64{0}
	if ln.Kind == ui.LinkCopy && b.layout.Sandbox {
		switch ln.Mode {
		case sim.ModeActive:
			strands = []float64{-0.9 * w, 0.9 * w}
		case sim.ModeManual:
			on = func(i int) bool { return i%4 < 2 }
		}
	}
	if ln.Kind == ui.LinkCopy && ln.Mode == sim.ModeBackup {
		// A backup: dots, thin, with nothing flowing along it.
		on = func(i int) bool { return i%2 == 0 }
		w *= 0.6
	}
	for _, off := range strands {
		px0, py0 := at(0)
		for i := 1; i <= n; i++ {
			x, y := at(float64(i) / n)
			if on(i) {
				// Offset across the line's own direction.
				dx, dy := x-px0, y-py0
				d := math.Hypot(dx, dy)
				ox, oy := 0.0, 0.0
				if d > 0 {
					ox, oy = -dy/d*off, dx/d*off
				}
				b.paint.line(dst, px0+ox, py0+oy, x+ox, y+oy, w, c)
			}
			px0, py0 = x, y
		}
	}
}

// overlapsAny reports whether r shares any area with one of rs.
func overlapsAny(r ui.Rect, rs []ui.Rect) bool {
	for _, t := range rs {
		if overlaps(r, t) {
			return true
		}
	}
	return false
}

// coveredArea is how much of r the rects rs cover, counted per rect.
func coveredArea(r ui.Rect, rs []ui.Rect) float64 {
	a := 0.0
	for _, t := range rs {
		w := min(r.X+r.W, t.X+t.W) - max(r.X, t.X)
		h := min(r.Y+r.H, t.Y+t.H) - max(r.Y, t.Y)
		if w > 0 && h > 0 {
			a += w * h
		}
	}
	return a
}

// linkChip is where a line's label s goes centred on (x, y): a chip
// kept inside the map's drawing area, clear of its title and legend.
func (b *board) linkChip(s string, x, y, px float64) ui.Rect {
	u := b.layout.Unit
	in := b.layout.MapInner()
	tw := b.tf.width(s, px)
	chip := ui.Rect{X: x - tw/2 - 0.3*u, Y: y - 0.7*px, W: tw + 0.6*u, H: 1.4 * px}
	chip.X = min(max(chip.X, in.X), in.X+in.W-chip.W)
	chip.Y = min(max(chip.Y, in.Y), in.Y+in.H-chip.H)
	return chip
}

// sameBefore counts the control lines before links[k] on the same pair
// of sites, either way round.
func sameBefore(links []ui.Link, k int) int {
	n := 0
	a, b := links[k].From, links[k].To
	for _, l := range links[:k] {
		if l.Kind == ui.LinkControl && (l.From == a && l.To == b || l.From == b && l.To == a) {
			n++
		}
	}
	return n
}

// saidBefore reports whether a line before links[k] joins the same two
// sites with the same kind, state and way of taking over, and so is
// labelled with the same words.
func saidBefore(links []ui.Link, k int) bool {
	m := links[k]
	for _, l := range links[:k] {
		if l.Kind == m.Kind && l.Down == m.Down && l.Mode == m.Mode && (l.From == m.From && l.To == m.To || l.From == m.To && l.To == m.From) {
			return true
		}
	}
	return false
}

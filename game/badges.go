package game

import (
	"fmt"
	"image/color"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
)

// badge is one of the parts a site holds, drawn under its name on the
// sandbox's map: the part's icon and, for generators and batteries, a
// number in the colour of their state.
type badge struct {
	part ui.Part
	text string
	c    color.Color
}

// badgeRow is the badges of one site and where they go.
type badgeRow struct {
	r  ui.Rect
	bs []badge
}

// layoutBadges works out, before the map is drawn, where each site's
// badges go under its name on the sandbox's map, and tells the map's
// lines not to put their labels there.
func (d *sandboxDrawer) layoutBadges() {
	l := &d.layout
	u := l.Unit
	pr := l.MapProjection()
	in := l.MapInner()
	sb := d.s.Box()
	scn := d.v.P.Scenario()
	snap := d.v.P.Snapshot()
	lang := string(d.v.Lang)
	px, s := d.badgeSize()
	d.badges, d.badgeBuf = d.badges[:0], d.badgeBuf[:0]
	d.mapAvoid = d.mapAvoid[:0]
	// What a site's badges must not cover: every site's dot and name,
	// and the badges placed before. The picked site's go first; another
	// site's are left out where they would cover something (sites a few
	// kilometres apart on a map of all Korea).
	taken := d.badgeTaken[:0]
	for _, st := range scn.Sites {
		x, y := pr.Project(st.Lon, st.Lat)
		taken = append(taken, d.labelRect(st.ID, d.placeName(st.Lon, st.Lat, st.Name.In(lang)), x, y, pickLabelGap, 0.78*u),
			ui.Rect{X: x - 0.5*u, Y: y - 0.5*u, W: u, H: u})
	}
	order := append(d.badgeOrder[:0], sb.Sel)
	for i := range sb.D.Sites {
		if i != sb.Sel {
			order = append(order, i)
		}
	}
	d.badgeOrder = order
	for _, i := range order {
		if i < 0 || i >= len(sb.D.Sites) || i >= len(scn.Sites) || i >= len(snap.Sites) {
			continue
		}
		ds := sb.D.Sites[i]
		st := &scn.Sites[i]
		x, y := pr.Project(st.Lon, st.Lat)
		if !in.Contains(x, y) {
			continue
		}
		// Each row's badges are a run of one buffer kept between frames.
		start := len(d.badgeBuf)
		d.badgeBuf = d.siteBadges(d.badgeBuf, ds.Generators, ds.UPSMin, ds.Wall, ds.ZoneCut, &snap.Sites[i])
		bs := d.badgeBuf[start:len(d.badgeBuf):len(d.badgeBuf)]
		if len(bs) == 0 {
			continue
		}
		// As wide as the design's own figures, which the run's never
		// exceed: the room stays put while the clock runs, and the
		// map's layer keeps the towns' names out of it.
		w := 0.3 * u
		d.badgeIdle = d.siteBadges(d.badgeIdle[:0], ds.Generators, ds.UPSMin, ds.Wall, ds.ZoneCut, nil)
		for _, b := range d.badgeIdle {
			w += s + 0.2*u + d.tf.width(b.text, px) + 0.3*u
		}
		lr := taken[2*i]
		r := ui.Rect{X: lr.X, Y: lr.Y + lr.H + 0.15*u, W: w, H: s + 0.3*u}
		r.X = min(max(r.X, in.X), in.X+in.W-r.W)
		r.Y = min(r.Y, in.Y+in.H-r.H)
		// The towns' names and the lines' labels keep out of every
		// site's room, shown or not: the map's layer is not redrawn
		// when another site is picked.
		d.mapAvoid = append(d.mapAvoid, r)
		if i != sb.Sel && overlapsAny(r, taken) {
			continue
		}
		taken = append(taken, r)
		d.badges = append(d.badges, badgeRow{r, bs})
	}
	d.badgeTaken = taken
}

// badgeSize returns the size of a badge's number and of its icon.
func (d *sandboxDrawer) badgeSize() (px, icon float64) {
	px = max(0.7*d.layout.Unit, d.layout.MinText())
	return px, 1.15 * px
}

// drawSiteBadges draws under each site's name on the sandbox's map what
// the reader put there (layoutBadges): its generators (how many; yellow
// while they run, red once they failed), its batteries (the minutes
// they hold, or have left while they carry the load; red when they are
// dead or empty), its fire walls and its zone switch. A part dragged
// onto a site shows at once, and during the incident the badges follow
// the run.
func (d *sandboxDrawer) drawSiteBadges(dst *ebiten.Image) {
	u := d.layout.Unit
	px, s := d.badgeSize()
	for _, row := range d.badges {
		r := row.r
		d.paint.fillRound(dst, r, 0.3*u, withAlpha(d.pal.Panel, 0.85))
		bx := r.X + 0.3*u
		for _, b := range row.bs {
			d.drawPartIcon(dst, ui.Rect{X: bx, Y: r.Y + 0.15*u, W: s, H: s}, b.part)
			bx += s + 0.2*u
			if b.text != "" {
				d.tf.draw(dst, b.text, px, bx, r.Y+(r.H-1.2*px)/2, b.c, alignLeft)
				bx += d.tf.width(b.text, px)
			}
			bx += 0.3 * u
		}
	}
}

// siteBadges appends the badges of a site with gens generators, ups
// minutes of battery, walls and a zone switch, in the state v has them
// (nil: as designed).
func (d *sandboxDrawer) siteBadges(bs []badge, gens, ups int, wall, zones bool, v *sim.SiteView) []badge {
	idle := sim.SiteView{}
	if v == nil {
		v = &idle
	}
	if gens > 0 {
		g := v.Generators
		c := color.Color(d.pal.Text)
		switch {
		case g.Failed || g.Destroyed:
			c = d.pal.Fire
		case g.Running:
			c = d.pal.Power
		case g.Starting:
			c = d.pal.Muted
		}
		bs = append(bs, badge{ui.PartGen, fmt.Sprint(gens), c})
	}
	if ups > 0 {
		left, on, dead := sim.Seconds(0), false, len(v.UPS) > 0
		for k, x := range v.UPS {
			if k == 0 || x.Left < left {
				left = x.Left
			}
			on = on || x.OnBattery
			dead = dead && x.Dead
		}
		mins, c := ups, color.Color(d.pal.Text)
		switch {
		case dead || on && left <= 0:
			mins, c = 0, d.pal.Fire
		case on:
			mins, c = int(left+59)/60, d.pal.Power
		}
		text := ui.Textf(ui.SbMinutes, d.v.Lang, mins)
		bs = append(bs, badge{ui.PartUPS, text, c})
	}
	if wall {
		bs = append(bs, badge{ui.PartWall, "", nil})
	}
	if zones {
		bs = append(bs, badge{ui.PartZones, "", nil})
	}
	return bs
}

// drawLineLegend explains the sandbox map's lines, once it has any: a
// line for each way the design's copies take over (two strands where
// both copies are live, one for a standby that switches itself, long
// dashes for one switched by hand) and a dashed one for the path of
// the switch-over tools (red once any is down), as many as the row
// holds. Their labels on the map give way to the sites' names
// and parts on a small map.
func (d *sandboxDrawer) drawLineLegend(dst *ebiten.Image) {
	l := &d.layout
	u := l.Unit
	r := l.MapLineLegend()
	px := max(0.6*u, l.MinText())
	w := max(2, 0.16*u)
	x, y := r.X, r.Y+r.H/2
	items := d.legendItems[:0]
	for _, m := range []sim.Mode{sim.ModeActive, sim.ModeAuto, sim.ModeManual, sim.ModeBackup} {
		if slices.ContainsFunc(d.links, func(ln ui.Link) bool { return ln.Kind == ui.LinkCopy && ln.Mode == m }) {
			items = append(items, ui.Link{Kind: ui.LinkCopy, Mode: m})
		}
	}
	// The tools' paths: the broken one once any is, the key to the fire.
	if slices.ContainsFunc(d.links, func(ln ui.Link) bool { return ln.Kind == ui.LinkControl }) {
		down := slices.ContainsFunc(d.links, func(ln ui.Link) bool { return ln.Kind == ui.LinkControl && ln.Down })
		items = append(items, ui.Link{Kind: ui.LinkControl, Down: down})
	}
	d.legendItems = items
	for _, it := range items {
		msg, c := ui.CopyMsg(it.Mode), color.Color(d.pal.Up)
		switch {
		case it.Kind == ui.LinkControl && it.Down:
			msg, c = ui.MsgLinkToolsDown, d.pal.Fire
		case it.Kind == ui.LinkControl:
			msg, c = ui.MsgLinkTools, d.pal.Power
		}
		txt := ui.Text(msg, d.v.Lang)
		if x+1.7*u+d.tf.width(txt, px) > r.X+r.W {
			break
		}
		x0 := x
		d.strokeCurve(dst, func(t float64) (float64, float64) { return x0 + 1.4*u*t, y }, it, w, c)
		d.tf.draw(dst, txt, px, x+1.7*u, y-0.6*px, d.pal.Muted, alignLeft)
		x += 1.7*u + d.tf.width(txt, px) + 0.9*u
	}
}

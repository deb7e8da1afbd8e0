package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/geo"
	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// How far a place's name sits beside its dot, in units. On the sandbox
// map a site's name sits further out, clear of the ring (radius
// pickRing) that marks the picked site, so that picking one does not hide
// its name and names do not move when the pick does.
const (
	labelGap     = 0.7
	pickRing     = 0.8
	pickLabelGap = 1.0
)

// labelSide says on which side of its dot a place's name goes, so that
// the close places of the capital region do not overlap.
func labelSide(id string) (dx, dy float64) {
	switch id {
	case "seoul":
		return 0, -1.6
	case "anyang":
		return -1, -1.1
	case "ansan":
		return -1, 0.6
	case "pangyo":
		return 1, 0
	case "chuncheon":
		return 0, -1.6
	}
	return 1, 0
}

// mapKey is what the cached part of the map shows: the panel, the
// language, the scenario, whose sites hide the places they stand on
// and pick the map and the part of it the panel shows, and that part
// (the sandbox's close-up follows its sites).
type mapKey struct {
	r       ui.Rect
	lang    report.Lang
	p       *ui.Playback
	scn     *sim.Scenario
	present bool
	box     geo.Box
}

// drawMap draws the map panel: the coast, the cities, the title and the
// legend from a layer redrawn only when they change, then the lines
// between data centers a story step draws (links, often none), then the
// data centers, each coloured by its power and fire.
func (b *board) drawMap(dst *ebiten.Image, links []ui.Link) {
	l := &b.layout
	key := mapKey{r: l.Map, lang: b.v.Lang, p: b.v.P, scn: b.v.P.Scenario(), present: b.v.Present, box: l.MapBox}
	cached(dst, &b.mapLayer, key, l.Map, b.drawMapStatic)
	if len(links) > 0 {
		b.drawLinks(dst.SubImage(rectImage(l.Map)).(*ebiten.Image), links)
	}
	b.drawMapSites(dst)
}

// mapLabel writes a place's name beside its dot at (x, y), as
// labelLines places it.
func (b *board) mapLabel(dst *ebiten.Image, id, name string, x, y, gap float64, c color.Color, px float64) {
	r, lines := b.labelLines(id, name, x, y, gap, px)
	for i, ln := range lines {
		b.tf.draw(dst, ln, px, r.X, r.Y+float64(i)*1.2*px, c, alignLeft)
	}
}

// labelRect is where mapLabel writes a place's name.
func (b *board) labelRect(id, name string, x, y, gap, px float64) ui.Rect {
	r, _ := b.labelLines(id, name, x, y, gap, px)
	return r
}

// labelLines returns where a place's name goes and its lines: on the
// side of its dot labelSide gives, gap units from the dot when it is to
// the side, or on the other side when the name runs off the panel there
// and fits better on that side (Strasbourg, at the map's right edge); a
// name too long for its side's room takes two lines, raised, beside a
// dot near the panel's foot, to end above the legend.
func (b *board) labelLines(id, name string, x, y, gap, px float64) (ui.Rect, []string) {
	dx, dy := labelSide(id)
	r, lines := b.labelAt(dx, dy, name, x, y, gap, px)
	m := b.layout.Map
	if in := b.layout.MapInner(); dy < 0 && m.W > 0 && r.Y < in.Y-0.4*b.layout.Unit {
		// A name above a dot at the map's top edge would run into the
		// panel's title: beside the dot instead.
		return b.labelAt(1, 0, name, x, y, gap, px)
	}
	if foot := m.Y + m.H - 1.3*b.layout.Unit; m.W > 0 && r.Y+r.H > foot {
		r.Y = max(foot-r.H, y-r.H) // never above the dot's own line
	}
	return r, lines
}

// labelAt is labelLines for the side dx, dy of the dot.
func (b *board) labelAt(dx, dy float64, name string, x, y, gap, px float64) (ui.Rect, []string) {
	px = max(px, b.tf.floor) // the size the words are drawn at
	u := b.layout.Unit
	panel := b.layout.Map
	room := func(dx float64) float64 {
		switch {
		case dx > 0:
			return panel.X + panel.W - 0.3*u - (x + dx*gap*u)
		case dx < 0:
			return x + dx*gap*u - panel.X - 0.3*u
		}
		return panel.W - 0.6*u
	}
	w := b.tf.width(name, px)
	if panel.W <= 0 { // no panel laid out: nothing to keep inside
		room = func(float64) float64 { return math.Inf(1) }
	}
	if dx != 0 && w > room(dx) && room(-dx) > room(dx) {
		dx = -dx
	}
	lines := []string{name}
	if w > room(dx) {
		fit := max(room(dx), 4*u)
		lines = b.atMost(ui.Wrap(name, px, fit, b.tf.width), 2, px, fit)
		w = 0
		for _, ln := range lines {
			w = max(w, b.tf.width(ln, px))
		}
	}
	lx := x + dx*gap*u
	switch {
	case dx < 0:
		lx -= w
	case dx == 0:
		lx -= w / 2
	}
	n := float64(len(lines))
	return ui.Rect{X: lx, Y: y + dy*u - 0.55*px - (n-1)*0.6*px, W: w, H: 1.2 * px * n}, lines
}

// drawMapStatic draws the map panel's still parts into its layer: the
// panel, the coast, the title, the cities and data centers of the map
// that no site of the scenario stands on, and the legend.
func (b *board) drawMapStatic(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	lang := b.v.Lang
	r := l.Map
	b.paint.fillRound(dst, r, 0.6*u, b.pal.Panel)
	pr := l.MapProjection()
	sub := dst.SubImage(rectImage(r)).(*ebiten.Image)
	b.drawCoast(sub, r, pr)
	title := ui.Text(ui.MsgMap, lang)
	chip := ui.Rect{X: r.X + 0.4*u, Y: r.Y + 0.35*u, W: b.tf.width(title, 0.78*u) + 0.6*u, H: 1.3 * u}
	b.paint.fillRound(dst, chip, 0.3*u, withAlpha(b.pal.Panel, 0.85))
	b.tf.draw(dst, title, 0.78*u, r.X+0.7*u, r.Y+0.5*u, b.pal.Muted, alignLeft)
	// A town's name that would run off the panel, into its title or
	// legend, or into a name already written (a short panel, on a phone)
	// is left out; its dot stays.
	ly := r.Y + r.H - 1.2*u
	space := labelSpace{panel: r, foot: ly, margin: 0.2 * u, taken: append(b.mapTaken[:0], chip)}
	scn := b.v.P.Scenario()
	in := l.MapInner()
	// The names of sites on no map (drawMapSites) take lines over the
	// legend: no town's name goes there.
	for _, st := range scn.Sites {
		if x, y := pr.Project(st.Lon, st.Lat); !in.Contains(x, y) {
			space.foot = min(space.foot, r.Y+r.H-2.3*u) - 1.0*u
		}
	}
	if space.foot < ly {
		space.foot += 1.0*u - 0.2*u
	}
	near := func(lon, lat float64) bool {
		for _, st := range scn.Sites {
			if math.Abs(st.Lon-lon) < 0.05 && math.Abs(st.Lat-lat) < 0.05 {
				return true
			}
		}
		return false
	}
	// The sites' names come first: a town's name that would cover one
	// is left out (Brussels, beside OVHcloud's other region).
	gap := labelGap
	if l.Sandbox {
		gap = pickLabelGap
	}
	for _, st := range scn.Sites {
		if x, y := pr.Project(st.Lon, st.Lat); in.Contains(x, y) {
			space.taken = append(space.taken, b.labelRect(st.ID, b.placeName(st.Lon, st.Lat, st.Name.In(string(lang))), x, y, gap, 0.78*u),
				ui.Rect{X: x - 0.5*u, Y: y - 0.5*u, W: u, H: u})
			if l.Sandbox { // the site's number, up and left (drawMapEditing)
				space.taken = append(space.taken, ui.Rect{X: x - 1.8*u, Y: y - 1.9*u, W: 1.2 * u, H: 1.1 * u})
			}
		}
	}
	if l.Sandbox { // what the reader put in each site (layoutBadges), the zoom button
		space.taken = append(space.taken, b.mapAvoid...)
		space.taken = append(space.taken, l.MapZoomButton())
	}
	for _, pl := range l.Geo().Places {
		if near(pl.Lon, pl.Lat) {
			continue
		}
		x, y := pr.Project(pl.Lon, pl.Lat)
		if !in.Contains(x, y) { // off a phone's close-up, or under the legend
			continue
		}
		name := pl.Name
		if lang == report.Korean {
			name = pl.NameKo
		}
		if pl.Kind == "datacenter" {
			b.paint.ring(sub, x, y, 0.3*u, max(1, 0.1*u), b.pal.Muted)
		} else {
			b.paint.circle(sub, x, y, 0.18*u, b.pal.Muted)
		}
		if lr := b.labelRect(pl.ID, name, x, y, labelGap, 0.68*u); space.take(lr) {
			b.tf.draw(sub, name, 0.68*u, lr.X, lr.Y, b.pal.Muted, alignLeft)
		}
	}
	b.mapTaken = space.taken
	// Legend: status by colour and by word.
	lx := r.X + 0.8*u
	for _, it := range []struct {
		c   color.Color
		msg ui.Msg
	}{{b.pal.Fire, ui.MsgLegendFire}, {b.pal.Down, ui.MsgLegendDark}, {b.pal.Up, ui.MsgLegendOn}} {
		b.paint.circle(dst, lx, ly+0.4*u, 0.3*u, it.c)
		txt := ui.Text(it.msg, lang)
		b.tf.draw(dst, txt, 0.6*u, lx+0.5*u, ly, b.pal.Muted, alignLeft)
		lx += b.tf.width(txt, 0.6*u) + 1.4*u
	}
}

// drawMapSites draws the scenario's data centers on the map as they
// are now: a dot in the colour of their power and fire, pulsing while
// burning, and their names; a site abroad is named at the panel's foot.
func (b *board) drawMapSites(dst *ebiten.Image) {
	l := &b.layout
	u := l.Unit
	lang := b.v.Lang
	r := l.Map
	pr := l.MapProjection()
	sub := dst.SubImage(rectImage(r)).(*ebiten.Image)
	snap := b.v.P.Snapshot()
	scn := b.v.P.Scenario()
	in := l.MapInner()
	// The dots in one batch, then the names over them.
	b.paint.batchTo(sub)
	for i, st := range scn.Sites {
		x, y := pr.Project(st.Lon, st.Lat)
		if !in.Contains(x, y) {
			continue
		}
		v := &snap.Sites[i]
		if v.Fire == sim.FireBurning || anyBurning(v) {
			pulse := 0.5 + 0.5*math.Sin(b.anim()/6)
			b.paint.circle(sub, x, y, (0.8+0.5*pulse)*u, withAlpha(b.pal.Fire, 0.35))
		}
		b.paint.circle(sub, x, y, 0.42*u, b.siteColor(v))
		b.paint.ring(sub, x, y, 0.42*u, max(1, 0.1*u), b.pal.Text)
	}
	b.paint.flush()
	gap := labelGap
	if l.Sandbox {
		gap = pickLabelGap
	}
	offY := r.Y + r.H - 2.3*u
	for i, st := range scn.Sites {
		x, y := pr.Project(st.Lon, st.Lat)
		if !in.Contains(x, y) {
			// A site abroad (OVH, AWS, Telegram): say so rather than
			// leave the map empty.
			label := b.clip(ui.Textf(ui.MsgOffMap, lang, st.Name.In(string(lang))), 0.6*u, r.W-1.6*u)
			b.tf.draw(sub, label, 0.6*u, r.X+0.8*u, offY, b.siteColor(&snap.Sites[i]), alignLeft)
			offY -= 1.0 * u
			continue
		}
		b.mapLabel(sub, st.ID, b.placeName(st.Lon, st.Lat, st.Name.In(string(lang))), x, y, gap, b.pal.Text, 0.78*u)
	}
}

// placeName returns the map's short name for the place at lon, lat (a
// site's town), or long if the map has none there.
func (b *board) placeName(lon, lat float64, long string) string {
	for _, pl := range b.layout.Geo().Places {
		if math.Abs(pl.Lon-lon) < 0.05 && math.Abs(pl.Lat-lat) < 0.05 {
			if b.v.Lang == report.Korean {
				return pl.NameKo
			}
			return pl.Name
		}
	}
	return long
}

// drawCoast draws the land, cached in an image that is redrawn only
// when the map panel changes size: the coast is the costliest shape on
// screen and never moves.
func (b *board) drawCoast(dst *ebiten.Image, r ui.Rect, pr geo.Projection) {
	u := b.layout.Unit
	m := b.layout.Geo()
	if b.coastLayer == nil || b.coastRect != r || b.coastMap != m.Source {
		if b.coastLayer != nil {
			b.coastLayer.Deallocate()
		}
		b.coastRect, b.coastMap = r, m.Source
		b.coastLayer = ebiten.NewImage(int(r.W+1), int(r.H+1))
		home := b.homeRegions(m)
		for i, reg := range m.Regions {
			c := b.pal.LandN
			if home[i] {
				c = b.pal.Land
			}
			for _, ring := range reg.Rings {
				path := b.paint.begin()
				b.paint.xy = b.paint.xy[:0]
				for i, pt := range ring {
					x, y := pr.Project(pt.Lon, pt.Lat)
					x, y = x-r.X, y-r.Y
					if i == 0 {
						path.MoveTo(float32(x), float32(y))
					} else {
						path.LineTo(float32(x), float32(y))
					}
					b.paint.xy = append(b.paint.xy, float32(x), float32(y))
				}
				path.Close()
				b.paint.fill(b.coastLayer, c)
				b.paint.outline(b.coastLayer, max(1, 0.08*u), b.pal.Line)
			}
		}
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(r.X, r.Y)
	dst.DrawImage(b.coastLayer, op)
}

// homeRegions reports which of m's regions hold a data center of the
// scenario: they are drawn lighter than their neighbours (South Korea
// beside North Korea, France beside Germany). Without any, the first
// region is home (South Korea, for a scenario abroad).
func (b *board) homeRegions(m geo.Map) []bool {
	home := make([]bool, len(m.Regions))
	found := false
	for i, reg := range m.Regions {
		for _, st := range b.v.P.Scenario().Sites {
			if reg.Contains(geo.Point{Lon: st.Lon, Lat: st.Lat}) {
				home[i], found = true, true
			}
		}
	}
	if !found && len(home) > 0 {
		home[0] = true
	}
	return home
}

// siteColor is a site's marker colour: fire, no power, or working.
func (b *board) siteColor(v *sim.SiteView) color.Color {
	switch {
	case anyBurning(v):
		return b.pal.Fire
	case v.Fire == sim.FireCut || !anyEnergized(v):
		return b.pal.Down
	case anyDark(v):
		return b.pal.Degraded
	}
	return b.pal.Up
}

func anyBurning(v *sim.SiteView) bool {
	for _, c := range v.Compartments {
		if c.Burning {
			return true
		}
	}
	return false
}

func anyEnergized(v *sim.SiteView) bool {
	for _, z := range v.Zones {
		if z.Energized {
			return true
		}
	}
	return len(v.Zones) == 0
}

func anyDark(v *sim.SiteView) bool {
	for _, z := range v.Zones {
		if !z.Energized {
			return true
		}
	}
	return false
}

// labelSpace is where the map's town names may go: inside the panel,
// above its foot (the legend), and at least margin from what is taken
// (the title, and the names already written).
type labelSpace struct {
	panel  ui.Rect
	foot   float64
	margin float64
	taken  []ui.Rect
}

// take reports whether a name fits at r, and if so takes r.
func (s *labelSpace) take(r ui.Rect) bool {
	p := s.panel
	if r.X < p.X || r.Y < p.Y || r.X+r.W > p.X+p.W || r.Y+r.H > s.foot {
		return false
	}
	for _, t := range s.taken {
		if overlaps(r, t.Inset(-s.margin)) {
			return false
		}
	}
	s.taken = append(s.taken, r)
	return true
}

// overlaps reports whether rectangles a and b share any area.
func overlaps(a, b ui.Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

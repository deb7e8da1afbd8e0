package game

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// drawSite draws the cut-away of the site the fire strikes: its floors
// and fire compartments, the racks lit or dark, the UPS strings, the
// power risers from the electrical rooms to the halls, the fire and its
// smoke, and the whole-building power cut.
func (b *board) drawSite(dst *ebiten.Image) {
	cached(dst, &b.siteLayer, b.panelKeyFor(b.layout.Site), b.layout.Site, b.drawSiteStatic)
	b.paint.batchTo(dst)
	now := b.v.P.Now()
	for _, f := range b.fires {
		// A room's fire grows over its first quarter of an hour, from
		// where it caught across the room.
		grown := min(max(float64(now-f.since)/float64(15*sim.Minute), 0.15), 1)
		b.drawFlames(dst, f.r, grown)
	}
	b.paint.flush()
	if b.cut {
		// The building dimmed; the words are in the panel's title row
		// (drawSiteStatic), where they hide none of its rooms.
		b.paint.rect(dst, b.cutBox, withAlpha(b.pal.Dark, 0.45))
	}
}

// drawSiteStatic draws everything of the cut-away that stands still,
// into the site's layer, and notes where flames and the power cut's
// banner go on top.
func (b *board) drawSiteStatic(dst *ebiten.Image) {
	b.fires, b.cut, b.upsCells = b.fires[:0], false, b.upsCells[:0]
	l := &b.layout
	u := l.Unit
	lang := b.v.Lang
	r := l.Site
	b.paint.fillRound(dst, r, 0.6*u, b.pal.Panel)
	p := b.v.P
	scn := p.Scenario()
	snap := p.Snapshot()
	si := slices.IndexFunc(scn.Sites, func(s sim.Site) bool { return s.ID == p.FireSite() })
	st := &scn.Sites[si]
	v := &snap.Sites[si]
	titleW := r.W - 1.4*u
	if v.Fire == sim.FireCut {
		// The whole building's power cut, in a red chip at the right
		// of the title row.
		cut := ui.Text(ui.MsgPowerCut, lang)
		px := max(0.72*u, l.MinText())
		w := min(b.tf.width(cut, px)+0.8*u, r.W*0.62)
		chip := ui.Rect{X: r.X + r.W - w - 0.5*u, Y: r.Y + 0.25*u, W: w, H: 1.3 * px}
		b.paint.fillRound(dst, chip, 0.3*u, b.pal.Button)
		b.tf.draw(dst, b.clip(cut, px, w-0.6*u), px, chip.X+chip.W/2, chip.Y+0.15*px, b.pal.Text, alignCenter)
		titleW -= w + 0.5*u
	} else if st.Generators.Count == 0 {
		note := ui.Text(ui.MsgNoGenerators, lang)
		if l.Sandbox {
			note = ui.Text(ui.SbNoGenerators, lang)
		}
		b.tf.draw(dst, note, 0.6*u, r.X+r.W-0.7*u, r.Y+0.5*u, b.pal.Muted, alignRight)
		titleW -= b.tf.width(note, 0.6*u) + u
	}
	title := b.clip(ui.Textf(ui.MsgInside, lang, st.Name.In(string(lang))), 0.78*u, titleW)
	b.tf.draw(dst, title, 0.78*u, r.X+0.7*u, r.Y+0.4*u, b.pal.Muted, alignLeft)

	cw := l.Cutaway(st)
	floors, bx := cw.Floors, cw.Building
	b.floorTops = append(b.floorTops[:0], cw.Tops...)
	risers := float64(len(st.Zones))

	// Ground, and the floors below it in a darker tone.
	for _, f := range floors {
		bg := b.pal.PanelHi
		if f < 0 {
			bg = b.pal.Dark
		}
		b.paint.rect(dst, ui.Rect{X: bx.X, Y: cw.FloorY(f), W: bx.W, H: cw.FloorH(f)}, bg)
	}
	if i := slices.IndexFunc(floors, func(f int) bool { return f < 0 }); i > 0 {
		gy := cw.Tops[i]
		b.paint.line(dst, r.X+0.4*u, gy, bx.X+bx.W+risers*0.32*u+0.4*u, gy, max(2, 0.2*u), b.pal.Muted)
	}

	// Compartments.
	boxes := make(map[string]ui.Rect, len(st.Compartments))
	for c, cm := range st.Compartments {
		boxes[cm.ID] = cw.Rooms[c]
		b.drawCompartment(dst, st, v, c, cw.Rooms[c], floorName(cm.Floor))
	}

	// Risers: one per zone, from the room of its first UPS string (or,
	// without one, the top electrical room, where the grid comes in) to
	// its hall.
	gridY := -1.0
	for _, f := range floors {
		for _, cm := range st.Compartments {
			if cm.Floor == f && cm.Kind == sim.KindElectrical && gridY < 0 {
				gridY = boxes[cm.ID].Y + boxes[cm.ID].H/2
			}
		}
	}
	if gridY < 0 {
		gridY = bx.Y + bx.H/2
		if n := len(floors); n > 0 { // the lowest floor's middle
			gridY = cw.Tops[n-1] + cw.Heights[n-1]/2
		}
	}
	for z, zone := range st.Zones {
		hall := boxes[zone.Compartment]
		lowY := gridY
		if len(zone.UPS) > 0 {
			for _, ups := range st.UPS {
				if ups.ID == zone.UPS[0] {
					lowY = boxes[ups.Compartment].Y + boxes[ups.Compartment].H/2
				}
			}
		}
		x := bx.X + bx.W + (float64(z)+0.6)*0.32*u
		c := color.Color(b.pal.Power)
		switch {
		case v.Zones[z].CableBurned:
			c = b.pal.Fire
		case !v.Zones[z].Energized:
			c = b.pal.Down
		}
		lw := max(1.5, 0.12*u)
		top := hall.Y + hall.H/2
		if rightmost(st, zone.Compartment) {
			b.paint.line(dst, hall.X+hall.W, top, x, top, lw, c)
		} else {
			// A hall with rooms right of it on its floor: the feed runs
			// in the gap under the floor and rises into the hall's
			// corner, not through the rooms between.
			top = hall.Y + hall.H + max(1.5, 0.12*u)
			in := hall.X + hall.W - 0.5*u
			b.paint.line(dst, in, top, x, top, lw, c)
			b.paint.line(dst, in, top, in, hall.Y+hall.H-0.4*u, lw, c)
		}
		b.paint.line(dst, x, lowY, x, top, lw, c)
		b.paint.circle(dst, x, lowY, lw, c)
	}

	// The grid feed.
	gy := gridY
	gridOn := v.Utility && v.Fire != sim.FireCut
	gc := color.Color(b.pal.Power)
	if !gridOn {
		gc = b.pal.Down
	}
	b.paint.line(dst, r.X+0.4*u, gy, bx.X, gy, max(2, 0.16*u), gc)
	// Its name in the margin left of the building, where it fits.
	if grid := ui.Text(ui.MsgGrid, lang); b.tf.width(grid, 0.6*u) <= bx.X-r.X-0.7*u {
		b.tf.draw(dst, grid, 0.6*u, r.X+0.5*u, gy-1.0*u, gc, alignLeft)
	}

	if v.Fire == sim.FireCut {
		b.cut, b.cutBox = true, bx
	}
	b.drawServerBar(dst, ui.Rect{X: r.X + 0.7*u, Y: bx.Y + bx.H + 0.2*u, W: r.W - 1.4*u, H: 2.1 * u}, st)
}

// rightmost reports whether compartment id is the last of its floor,
// the one drawn at the building's right edge, beside the risers.
func rightmost(st *sim.Site, id string) bool {
	last := ""
	floor, ok := 0, false
	for _, cm := range st.Compartments {
		if cm.ID == id {
			floor, ok = cm.Floor, true
		}
	}
	for _, cm := range st.Compartments {
		if ok && cm.Floor == floor {
			last = cm.ID
		}
	}
	return last == id
}

// floorName names a floor as a lift does: "3F" above ground, "B3" below.
func floorName(f int) string {
	if f < 0 {
		return fmt.Sprintf("B%d", -f)
	}
	return fmt.Sprintf("%dF", f)
}

// trimFloor drops a leading floor from a compartment's name ("B3
// battery room", "지하 3층 배터리실") where the floor is drawn beside it.
func trimFloor(name, floor string) string {
	if rest, ok := strings.CutPrefix(name, floor+" "); ok {
		return rest
	}
	if strings.HasPrefix(floor, "B") {
		if rest, ok := strings.CutPrefix(name, "지하 "+floor[1:]+"층 "); ok {
			return rest
		}
	}
	return name
}

// drawCompartment draws one compartment: racks in a hall, batteries in a
// battery room, UPS strings in an electrical room; and fire or char.
func (b *board) drawCompartment(dst *ebiten.Image, st *sim.Site, v *sim.SiteView, c int, box ui.Rect, floor string) {
	u := b.layout.Unit
	cm := st.Compartments[c]
	cv := v.Compartments[c]
	bg := b.pal.Panel
	if cv.Burned && !cv.Burning {
		bg = b.pal.Charred
	}
	b.paint.rect(dst, box, bg)
	// The room's name over its contents where the room is tall enough,
	// never under the smallest size words may take, and the contents
	// under it.
	px := min(0.6*u, box.H*0.32)
	tall := px >= 0.42*u
	px = max(px, b.layout.MinText())
	inner := ui.Rect{X: box.X + 0.25*u, Y: box.Y + px*1.2 + 0.2*u, W: box.W - 0.5*u, H: box.H - px*1.2 - 0.35*u}
	if tall {
		fw := b.tf.width(floor, px)
		b.tf.draw(dst, floor, px, box.X+0.25*u, box.Y+0.1*u, b.pal.Text, alignLeft)
		label := b.clip(trimFloor(cm.Name.In(string(b.v.Lang)), floor), px, box.W-0.7*u-fw)
		b.tf.draw(dst, label, px, box.X+0.55*u+fw, box.Y+0.1*u, b.pal.Muted, alignLeft)
	} else {
		// Too thin for words: the contents fill the row.
		inner = box.Inset(max(1, 0.12*u))
	}
	switch cm.Kind {
	case sim.KindHall, sim.KindOffice:
		for z, zone := range st.Zones {
			if zone.Compartment == cm.ID {
				b.drawRacks(dst, inner, v.Zones[z].Energized, cv.Burned, b.zoneServers(st.ID, zone.ID))
			}
		}
	case sim.KindBattery:
		n := int(inner.W / (0.7 * u))
		for k := range n {
			x := inner.X + float64(k)*0.7*u
			cell := ui.Rect{X: x, Y: inner.Y + inner.H*0.2, W: 0.5 * u, H: inner.H * 0.75}
			col := color.Color(b.pal.Muted)
			if cv.Burned {
				col = b.pal.Charred
			}
			b.paint.rect(dst, cell, col)
		}
	case sim.KindElectrical:
		x := inner.X
		for uIdx, ups := range st.UPS {
			if ups.Compartment != cm.ID {
				continue
			}
			w := min(2.4*u, inner.W/3)
			cell := ui.Rect{X: x, Y: inner.Y + inner.H*0.1, W: w, H: inner.H * 0.85}
			uv := v.UPS[uIdx]
			col, edge := color.Color(b.pal.PanelHi), color.Color(b.pal.Power)
			if uv.Dead {
				col, edge = b.pal.Charred, b.pal.Fire
			} else if uv.OnBattery {
				edge = b.pal.Degraded
			}
			b.paint.rect(dst, cell, col)
			b.paint.frame(dst, cell, max(1, 0.1*u), edge)
			b.upsCells = append(b.upsCells, upsCell{room: cm.ID, r: cell})
			if upx := min(0.5*u, cell.H*0.5); b.fitsHeight(upx, cell.H) && b.tf.width("UPS", upx) <= cell.W {
				b.tf.draw(dst, "UPS", upx, cell.X+cell.W/2, cell.Y+cell.H*0.22, edge, alignCenter)
			}
			if uv.Dead {
				b.paint.line(dst, cell.X, cell.Y, cell.X+cell.W, cell.Y+cell.H, max(1, 0.12*u), b.pal.Fire)
				b.paint.line(dst, cell.X+cell.W, cell.Y, cell.X, cell.Y+cell.H, max(1, 0.12*u), b.pal.Fire)
			}
			x += w + 0.3*u
		}
	}
	if g := st.Generators; g.Count > 0 && cm.ID == g.Compartment {
		b.drawGenerators(dst, inner, g.Count, v)
	}
	if b.layout.Sandbox && cm.Kind == sim.KindBattery && !slices.ContainsFunc(st.Spread, func(s sim.Spread) bool { return s.From == cm.ID }) {
		b.drawFireWall(dst, box)
	}
	if cv.Burning {
		b.paint.rect(dst, box, withAlpha(b.pal.Fire, 0.28))
		b.fires = append(b.fires, roomFire{r: box, since: fireSince(b.v.P.Timeline(), st.ID, cm.ID)})
	}
}

// drawGenerators draws a site's n generator units in a room's inner box
// in, as many rows as make them largest, coloured by what the plant is
// doing now (grey on standby, amber starting, lit running, red failed
// or burned, dark once the fire service cut the building's power), and
// says so in words beside or under them where there is room.
func (b *board) drawGenerators(dst *ebiten.Image, in ui.Rect, n int, v *sim.SiteView) {
	u := b.layout.Unit
	lang := b.v.Lang
	g := v.Generators
	box, bolt, text := color.Color(b.pal.Muted), color.Color(b.pal.Muted), ui.Text(ui.MsgGenStandby, lang)
	switch {
	case v.Fire == sim.FireCut && !g.Running && !g.Failed && !g.Destroyed:
		box, bolt, text = withAlpha(b.pal.Muted, 0.7), b.pal.Down, ui.Text(ui.MsgGenCut, lang)
	case g.Destroyed:
		box, bolt, text = b.pal.Fire, b.pal.Fire, ui.Text(ui.MsgGenBurned, lang)
	case g.Failed:
		box, bolt, text = b.pal.Fire, b.pal.Fire, ui.Text(ui.MsgGenFailed, lang)
	case g.Running:
		box, bolt, text = b.pal.Text, b.pal.Power, ui.Textf(ui.MsgGenRunning, lang, int(g.FuelLeft+3599)/3600)
	case g.Starting:
		box, bolt, text = b.pal.Degraded, b.pal.Degraded, ui.Text(ui.MsgGenStarting, lang)
	}
	tc := bolt // the words: never in the dark grey of a cut-off plant
	if bolt == color.Color(b.pal.Down) {
		tc = b.pal.Muted
	}
	gap := 0.25 * u
	s, rows := 0.0, 1
	for r := 1; r <= 3; r++ {
		per := (n + r - 1) / r
		if t := min((in.H-float64(r-1)*gap)/float64(r), 1.8*u, (in.W-float64(per-1)*gap)/float64(per)); t > s {
			s, rows = t, r
		}
	}
	per := (n + rows - 1) / rows
	for k := range n {
		r := ui.Rect{X: in.X + float64(k%per)*(s+gap), Y: in.Y + float64(k/per)*(s+gap), W: s, H: s}
		b.genIcon(dst, r, box, bolt)
		if g.Failed || g.Destroyed {
			b.paint.line(dst, r.X, r.Y+r.H*0.2, r.X+r.W, r.Y+r.H*0.9, max(1.5, 0.1*u), b.pal.Fire)
		}
	}
	px := max(0.6*u, b.layout.MinText())
	right := in.X + float64(per)*(s+gap) + 0.2*u
	switch {
	case b.tf.width(text, px) <= in.X+in.W-right && s >= 1.2*px:
		b.tf.draw(dst, text, px, right, in.Y+(s-1.2*px)/2, tc, alignLeft)
	case b.tf.width(text, px) <= in.W && in.Y+float64(rows)*(s+gap)+1.2*px <= in.Y+in.H:
		b.tf.draw(dst, text, px, in.X, in.Y+float64(rows)*(s+gap), tc, alignLeft)
	}
}

// drawFireWall draws the fire wall that closes off a battery room in
// the sandbox's design: a thick band of blocks around the room.
func (b *board) drawFireWall(dst *ebiten.Image, box ui.Rect) {
	u := b.layout.Unit
	w := max(3, 0.28*u)
	b.paint.frame(dst, box, w, b.pal.Muted)
	// Mortar joints, so that it reads as a wall of blocks.
	for x := box.X + 0.9*u; x < box.X+box.W-w; x += 1.2 * u {
		b.paint.line(dst, x, box.Y, x, box.Y+w, max(1, 0.08*u), b.pal.Dark)
		b.paint.line(dst, x, box.Y+box.H-w, x, box.Y+box.H, max(1, 0.08*u), b.pal.Dark)
	}
}

// drawRacks draws a hall's racks, lit while the zone has power, with the
// number of servers.
func (b *board) drawRacks(dst *ebiten.Image, in ui.Rect, lit, burned bool, servers int) {
	u := b.layout.Unit
	label := report.Count(int64(servers), b.v.Lang)
	if servers == 0 {
		label = ui.Text(ui.MsgOtherTenant, b.v.Lang)
	}
	// The count only where the row is tall enough for legible words.
	words := b.fitsHeight(0.55*u, in.H)
	lw := 0.0
	if words {
		lw = b.tf.width(label, 0.55*u) + 0.4*u
	}
	n := min(max(int((in.W-lw)/(0.62*u)), 1), 32)
	b.paint.batchTo(dst)
	for k := range n {
		rack := ui.Rect{X: in.X + float64(k)*0.62*u, Y: in.Y, W: 0.45 * u, H: in.H}
		switch {
		case burned:
			b.paint.rect(dst, rack, b.pal.Charred)
		case lit:
			b.paint.rect(dst, rack, color.RGBA{0x1f, 0x5c, 0x4c, 0xff})
			for j := 0.2; j < 0.9; j += 0.25 {
				b.paint.rect(dst, ui.Rect{X: rack.X + rack.W*0.25, Y: rack.Y + rack.H*j, W: rack.W * 0.5, H: max(1, rack.H*0.07)}, b.pal.Up)
			}
		default:
			b.paint.rect(dst, rack, b.pal.Dark)
			b.paint.frame(dst, rack, 1, b.pal.Line)
		}
	}
	b.paint.flush()
	c := b.pal.Up
	if !lit {
		c = b.pal.Muted
	}
	if words {
		b.tf.draw(dst, label, 0.55*u, in.X+in.W, in.Y+in.H/2-0.35*u, c, alignRight)
	}
}

// fitsHeight reports whether words asked for at size px, as the
// typeface draws them (never under the layout's smallest size), fit in
// a row h high.
func (b *board) fitsHeight(px, h float64) bool {
	return max(px, b.layout.MinText())*1.1 <= h
}

// drawFlames draws flames and smoke over a burning compartment, across
// the part of it the fire has grown to (grown, 0..1, from its middle)
// and as tall; they flicker with the frame count, which is drawing
// state only.
func (b *board) drawFlames(dst *ebiten.Image, box ui.Rect, grown float64) {
	u := b.layout.Unit
	n := max(int(box.W/(1.1*u)), 2)
	for k := range n {
		x := box.X + (float64(k)+0.5)*box.W/float64(n)
		if math.Abs(x-(box.X+box.W/2)) > grown*box.W/2+0.5*u {
			continue // not reached yet
		}
		ph := b.anim()/5 + float64(k)*1.7
		h := box.H * (0.45 + 0.2*math.Sin(ph)) * (0.5 + 0.5*grown)
		w := 0.5 * u
		b.paint.flame(dst, x, box.Y+box.H-1, w, h, b.pal.Fire)
		b.paint.circle(dst, x, box.Y+box.H-h*0.25, w*0.45, b.pal.Flame)
	}
	for k := range 3 {
		t := math.Mod(b.anim()/90+float64(k)/3, 1)
		x := box.X + box.W*(0.25+0.25*float64(k)) + math.Sin(t*6)*0.3*u
		y := box.Y + box.H*(0.6-0.7*t)
		b.paint.circle(dst, x, y, (0.35+0.5*t)*u, withAlpha(b.pal.Smoke, 0.8*(1-t)))
	}
}

// roomFire is a burning room of the cut-away and since when it burns.
type roomFire struct {
	r     ui.Rect
	since sim.Seconds
}

// fireSince returns when room of site caught fire in timeline tl: its
// ignition, or the fire spreading into it; 0 where tl says neither.
func fireSince(tl []sim.Entry, site, room string) sim.Seconds {
	for _, e := range tl {
		if e.Site == site && (e.Kind == sim.EntIgnition && e.Subject == room || e.Kind == sim.EntFireSpread && e.Object == room) {
			return e.At
		}
	}
	return 0
}

// zoneServers counts the servers in zone zoneID of site siteID.
func (b *board) zoneServers(siteID, zoneID string) int {
	n := 0
	snap := b.v.P.Snapshot()
	for i, gr := range b.v.P.Scenario().Groups {
		if gr.Site == siteID && gr.Zone == zoneID {
			n += snap.Groups[i].Servers
		}
	}
	return n
}

// drawServerBar shows how many of the operator's servers at the site
// have power.
func (b *board) drawServerBar(dst *ebiten.Image, r ui.Rect, st *sim.Site) {
	u := b.layout.Unit
	lang := b.v.Lang
	snap := b.v.P.Snapshot()
	owner := b.v.P.Scenario().Ops.Owner
	var on, all int64
	for i, gr := range b.v.P.Scenario().Groups {
		if gr.Site == st.ID && gr.Owner == owner {
			all += int64(snap.Groups[i].Servers)
			if snap.Groups[i].Powered {
				on += int64(snap.Groups[i].Servers)
			}
		}
	}
	if all == 0 {
		return
	}
	frac := float64(on) / float64(all)
	count := fmt.Sprintf("%s / %s  (%d%%)", report.Count(on, lang), report.Count(all, lang), int(frac*100+0.5))
	b.tf.draw(dst, count, 0.62*u, r.X+r.W, r.Y, b.pal.Text, alignRight)
	room := r.W - b.tf.width(count, 0.62*u) - 0.6*u // the label gives way to the count
	b.tf.draw(dst, b.clip(ui.Textf(ui.MsgServersPowered, lang, b.v.Book.Owner(lang)), 0.62*u, room), 0.62*u, r.X, r.Y, b.pal.Muted, alignLeft)
	bar := ui.Rect{X: r.X, Y: r.Y + 1.1*u, W: r.W, H: 0.6 * u}
	b.paint.fillRound(dst, bar, 0.3*u, b.pal.Dark)
	if frac > 0 {
		b.paint.fillRound(dst, ui.Rect{X: bar.X, Y: bar.Y, W: bar.W * frac, H: bar.H}, 0.3*u, b.pal.Power)
	}
}

// clip shortens s with an ellipsis to fit w at size px.
func (b *board) clip(s string, px, w float64) string {
	if b.tf.width(s, px) <= w {
		return s
	}
	rs := []rune(s)
	for len(rs) > 1 {
		rs = rs[:len(rs)-1]
		if t := string(rs) + "…"; b.tf.width(t, px) <= w {
			return t
		}
	}
	return ""
}

package ui

import (
	"fmt"

	"outagelab/game/geo"
	"outagelab/sim"
)

// Rect is an axis-aligned rectangle in layout pixels.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether the point (x, y) lies inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Inset returns r shrunk by d on every side.
func (r Rect) Inset(d float64) Rect { return Rect{r.X + d, r.Y + d, max(r.W-2*d, 0), max(r.H-2*d, 0)} }

// Control names a thing the reader can press, tap or focus.
type Control int

// Controls, in keyboard focus order.
const (
	CtlNone Control = iota
	CtlFire
	CtlSlower
	CtlPlay
	CtlFaster
	CtlScrub
	CtlLang
	CtlBack
	CtlNext
	CtlSources
	CtlFix0 // CtlFix0 + i toggles change 1<<i of the story's fix
	CtlFix1
	CtlFix2
	CtlFix3
	// CtlSandbox switches between the story and the sandbox.
	CtlSandbox
	numControls
)

// String names the control for tests and the page's test hook;
// sandbox widgets are "widget" plus their index.
func (c Control) String() string {
	if c >= CtlWidget {
		return fmt.Sprintf("widget%d", c-CtlWidget)
	}
	return [...]string{"none", "fire", "slower", "play", "faster", "scrub", "lang", "back", "next", "sources", "fix0", "fix1", "fix2", "fix3", "sandbox"}[c]
}

// Layout places every part of the screen for one viewport size. Unit
// is the base text size in layout pixels; every length scales from it.
type Layout struct {
	W, H     float64
	Portrait bool
	// Sandbox lays the screen out for the sandbox: the building's panel
	// holds the editor and the map shows all of South Korea.
	Sandbox bool
	// Tabs is the sandbox editor's row of tabs; InsideParts, on its
	// Inside tab, the strip of building parts dragged into the cut-away.
	Tabs        Rect
	InsideParts Rect
	Unit        float64
	Header      Rect
	Map         Rect
	Site        Rect
	Phone       Rect
	Caption     Rect
	Controls    Rect
	Buttons     [numControls]Rect
	// Scale is the layout pixels to a CSS pixel that Compute was given.
	Scale float64
	// Present is the classroom's presenter mode (ComputePresent).
	Present bool
	// MapBox, when set (FitMap, or the sandbox's SandboxCloseUp), is
	// the part of the map the panel shows: the data centers, close up.
	MapBox geo.Box
	// Land, when set (FitMap), is the map the panel draws: the one that
	// holds the scenario's data centers (Europe for OVHcloud's fire).
	// Without it the panel draws Korea.
	Land geo.Map
}

// Geo returns the map the map panel draws: Land, or Korea.
func (l *Layout) Geo() geo.Map {
	if len(l.Land.Regions) == 0 {
		return geo.Korea()
	}
	return l.Land
}

// Compute returns the layout for a viewport of w × h layout pixels,
// scale of them to a CSS pixel. Portrait viewports (taller than wide)
// stack caption, building, map and phone; landscape ones put map,
// building and phone side by side. Sizes scale with the viewport, so a
// projector at 1920×1080 gets the 1280×720 layout with bigger text, not
// a smaller picture; portrait text stops growing at 18 CSS pixels, so a
// tall embed in an article is not a poster.
func Compute(w, h, scale float64) Layout {
	l := landscape(w, h)
	if h > w*1.1 {
		l = portrait(w, h, scale)
	}
	l.Scale = scale
	return l
}

// ComputePresent is Compute for the classroom's presenter mode: text
// and controls 15% larger on a landscape screen.
func ComputePresent(w, h, scale float64) Layout {
	l := landscapeAt(w, h, min(h/720, w/1280)*16*1.15)
	if h > w*1.1 {
		l = portrait(w, h, scale)
	}
	l.Scale, l.Present = scale, true
	return l
}

func landscape(w, h float64) Layout { return landscapeAt(w, h, min(h/720, w/1280)*16) }

func landscapeAt(w, h, u float64) Layout {
	l := Layout{W: w, H: h, Unit: u}
	pad := u
	l.Header = Rect{0, 0, w, 3.6 * u}
	bottomH := 11.2 * u
	bodyY := l.Header.H + pad/2
	bodyH := h - bodyY - bottomH - pad
	phoneW := min(bodyH*0.52, w*0.22)
	mapW := min(bodyH*0.62, w*0.25)
	l.Map = Rect{pad, bodyY, mapW, bodyH}
	l.Phone = Rect{w - pad - phoneW, bodyY, phoneW, bodyH}
	l.Site = Rect{l.Map.X + l.Map.W + pad, bodyY, l.Phone.X - pad - (l.Map.X + l.Map.W + pad), bodyH}
	bottomY := h - bottomH - pad/2
	l.Caption = Rect{pad, bottomY, w - 2*pad, 5.6 * u}
	l.Controls = Rect{pad, bottomY + 5.8*u, w - 2*pad, 5.2 * u}
	l.placeControls()
	return l
}

func portrait(w, h, scale float64) Layout {
	u := min(w/390, h/844, 1.2*scale) * 15
	l := Layout{W: w, H: h, Portrait: true, Unit: u, Scale: scale}
	pad := 0.8 * u
	l.Header = Rect{0, 0, w, max(3.6*u, l.finger()+0.4*u)}
	y := l.Header.H
	// Narrow screens wrap the story into more lines: give it more room.
	l.Caption = Rect{pad, y + pad/2, w - 2*pad, 12.8 * u * max(1, 380*scale/w)}
	y = l.Caption.Y + l.Caption.H + pad/2
	controlsH := max(3.0*u, l.finger()) + 4.9*u
	phoneH := min(11.4*u, h*0.2)
	if h >= 780*scale { // a tall phone: two lines of app name under each icon
		phoneH = min(12.6*u, h*0.22)
	}
	rest := h - y - controlsH - phoneH - 2*pad
	l.Site = Rect{pad, y, w - 2*pad, 0}
	l.Map = Rect{X: pad, W: w - 2*pad}
	l.split(rest, leanShare[LeanEven])
	l.Phone = Rect{pad, l.Map.Y + l.Map.H + pad/2, w - 2*pad, phoneH}
	l.Controls = Rect{pad, h - controlsH - pad/2, w - 2*pad, controlsH}
	l.placeControls()
	return l
}

// Lean is which of the building and the map a portrait screen gives
// the larger part of the height they share: the one a story step is
// about, so that a phone shows the burning UPS room big enough to read
// on the step about it and the switch-over lines on the steps about
// them.
type Lean uint8

// Leans.
const (
	LeanEven Lean = iota // the building a little taller than the map
	LeanSite             // the building (the fire, the UPS, the power cut)
	LeanMap              // the map (the copies and the switch-over tools)
	// LeanCard gives the building at least the height of the fix step's
	// card, which covers it, and the map the rest: the map shows the
	// lines the reader's choices draw, so the card must not hide its top.
	LeanCard
)

// leanShare is the building's share of the height it shares with the
// map, by Lean.
var leanShare = [...]float64{LeanEven: 0.52, LeanSite: 0.66, LeanMap: 0.4, LeanCard: 0.52}

// LeanTo gives the building or the map the larger share of the height
// they split on a portrait screen, and moves what sits on them (the fix
// step's toggles); a landscape screen keeps its panels.
func (l *Layout) LeanTo(k Lean) {
	if !l.Portrait || int(k) >= len(leanShare) {
		return
	}
	rest := l.Map.Y + l.Map.H - l.Site.Y
	share := leanShare[k]
	if k == LeanCard && rest > 0 {
		// Unless that leaves the map too short for its sites and lines
		// (a 320×692 phone): there the card covers the map's top.
		if need := l.fixCardNeed() / rest; (1-need)*rest >= 5*l.Unit {
			share = max(share, need)
		}
	}
	l.split(rest, share)
	l.placeStory()
}

// split shares rest, the height from the building's top to the map's
// foot, between them: share of it to the building, then the panels'
// gap, then the map.
func (l *Layout) split(rest, share float64) {
	pad := 0.8 * l.Unit
	l.Site.H = rest * share
	l.Map.Y = l.Site.Y + l.Site.H + pad/2
	l.Map.H = rest*(1-share) - pad/2
}

// placeControls lays out the buttons and the scrub bar: side by side in
// landscape (buttons left, the speed under them), stacked in portrait;
// the language switch sits in the header's right corner.
func (l *Layout) placeControls() {
	u := l.Unit
	c := l.Controls
	f := l.finger()
	bh := 2.6 * u
	if l.Portrait {
		bh = max(3.0*u, f)
	}
	row := Rect{c.X, c.Y, c.W, bh}
	if !l.Portrait {
		row.Y = c.Y + 0.4*u
	}
	fireW := min(11*u, row.W*0.42)
	l.Buttons[CtlFire] = Rect{row.X, row.Y, fireW, bh}
	x := row.X + fireW + 0.6*u
	for _, ctl := range []Control{CtlSlower, CtlPlay, CtlFaster} {
		bw := max(2.8*u, f)
		if ctl == CtlPlay {
			bw = max(3.4*u, f)
		}
		l.Buttons[ctl] = Rect{x, row.Y, bw, bh}
		x += bw + 0.4*u
	}
	if l.Portrait {
		l.Buttons[CtlScrub] = Rect{c.X, c.Y + bh + 1.0*u, c.W, c.H - bh - 1.0*u}
	} else {
		x += 0.8 * u
		l.Buttons[CtlScrub] = Rect{x, c.Y, c.X + c.W - x, c.H}
	}
	lw, lh := 4.6*u, max(min(2.7*u, l.Header.H-0.4*u), f)
	l.Buttons[CtlLang] = Rect{l.W - lw - 0.8*u, l.Header.Y + (l.Header.H-lh)/2, lw, lh}
	sw := 6.4 * u
	if l.Portrait {
		sw = 5.2 * u
	}
	l.Buttons[CtlSandbox] = Rect{l.Buttons[CtlLang].X - sw - 0.5*u, l.Buttons[CtlLang].Y, sw, lh}
	l.placeStory()
}

// placeStory places the story card's controls inside Caption (Back,
// Next, Sources: to the right in landscape, along the bottom in
// portrait) and the fix step's toggles over the top of the building.
func (l *Layout) placeStory() {
	u := l.Unit
	c := l.Caption
	bh := 2.6 * u
	if l.Portrait {
		bh = max(2.8*u, l.finger())
		y := c.Y + c.H - bh - 0.4*u
		bw := 6.2 * u
		l.Buttons[CtlBack] = Rect{c.X + 0.5*u, y, bw, bh}
		l.Buttons[CtlNext] = Rect{c.X + c.W - bw - 0.5*u, y, bw, bh}
		sw := 6.0 * u
		l.Buttons[CtlSources] = Rect{c.X + (c.W-sw)/2, y, sw, bh}
	} else {
		bw, sw := 5.4*u, 4.8*u
		x := c.X + c.W - 2*bw - sw - 1.3*u
		l.Buttons[CtlSources] = Rect{x, c.Y + 0.5*u, sw, bh}
		l.Buttons[CtlBack] = Rect{x + sw + 0.4*u, c.Y + 0.5*u, bw, bh}
		l.Buttons[CtlNext] = Rect{x + sw + bw + 0.8*u, c.Y + 0.5*u, bw, bh}
	}
	card := l.FixCard()
	if l.Portrait { // two by two, under no title: the story card above says "your turn"
		h := max(2.2*u, l.finger())
		w := (card.W - 1.3*u) / 2
		for i := range numFixes {
			l.Buttons[CtlFix0+Control(i)] = Rect{card.X + 0.5*u + float64(i%2)*(w+0.3*u), card.Y + 0.3*u + float64(i/2)*(h+0.2*u), w, h}
		}
		return
	}
	for i := range numFixes {
		l.Buttons[CtlFix0+Control(i)] = Rect{card.X + 0.5*u, card.Y + 2.0*u + float64(i)*2.5*u, card.W - u, 2.2 * u}
	}
}

// finger is the least size of a control on a phone held upright: 44 CSS
// pixels, a fingertip. Landscape screens (laptops, projectors) size
// controls by the unit alone.
func (l *Layout) finger() float64 {
	if !l.Portrait {
		return 0
	}
	return 44 * l.Scale
}

// StoryText is the part of the story card that holds the step's words.
func (l *Layout) StoryText() Rect {
	u := l.Unit
	c := l.Caption
	if l.Portrait {
		return Rect{c.X + 0.9*u, c.Y + 0.5*u, c.W - 1.4*u, l.StepDots().Y - 0.3*u - (c.Y + 0.5*u)}
	}
	return Rect{c.X + 0.9*u, c.Y + 0.4*u, l.Buttons[CtlSources].X - c.X - 1.8*u, c.H - 0.8*u}
}

// StepDots is the row where the story's progress dots go.
func (l *Layout) StepDots() Rect {
	u := l.Unit
	if l.Portrait {
		b := l.Buttons[CtlBack]
		return Rect{l.Caption.X + 2*u, b.Y - 1.2*u, l.Caption.W - 4*u, 0.8 * u}
	}
	s, n := l.Buttons[CtlSources], l.Buttons[CtlNext]
	return Rect{s.X, s.Y + s.H + 0.6*u, n.X + n.W - s.X, 0.8 * u}
}

// FixCard is the panel of the story's "your turn" step, over the top of
// the building; on a phone it covers the building's panel (and, on a
// short one, the top of the map), so the map under it shows the lines
// the reader's choice draws.
func (l *Layout) FixCard() Rect {
	u := l.Unit
	s := l.Site
	if l.Portrait {
		return Rect{s.X, s.Y, s.W, max(s.H, l.fixCardNeed())}
	}
	return Rect{s.X + 0.6*u, s.Y + 1.8*u, min(s.W-1.2*u, 24*u), 2.6*u + float64(numFixes)*2.5*u + 4.2*u}
}

// fixCardNeed is the height of a phone's fix card: two rows of
// toggles, the outcome and two lines of hint.
func (l *Layout) fixCardNeed() float64 {
	u := l.Unit
	m := max(0.75*u, l.MinText())
	return 1.2*u + 2*max(2.2*u, l.finger()) + 3.8*m
}

// AppCells splits the phone into n cells, one per app, in rows of two
// (landscape) or four (portrait, two for two apps).
func (l *Layout) AppCells(n int) []Rect {
	u := l.Unit
	r := l.Phone
	grid, cols := Rect{r.X + 0.8*u, r.Y + 3.0*u, r.W - 1.6*u, r.H - 6.4*u}, 2
	if l.Portrait {
		// Four across (two for two apps, whose long names need the
		// width: "Telegram in Europe, the Middle East, Russia/CIS and
		// Africa"); under one row, room for a headline of two lines.
		grid, cols = Rect{r.X + 0.4*u, r.Y + 0.4*u, r.W - 0.8*u, r.H - 2.1*u}, 4
		if n <= 2 {
			cols = 2
		}
		if n <= cols {
			grid.H = r.H - 3.5*u
		}
	}
	rows := max((n+cols-1)/cols, 1)
	cw, ch := grid.W/float64(cols), grid.H/float64(rows)
	cells := make([]Rect, n)
	for i := range cells {
		cells[i] = Rect{grid.X + float64(i%cols)*cw, grid.Y + float64(i/cols)*ch, cw, ch}
	}
	return cells
}

// MapInner is the part of the map panel the map is fitted into.
func (l *Layout) MapInner() Rect {
	u := l.Unit
	r := l.Map
	if l.Sandbox {
		// A second row of legend: the design's lines (MapLineLegend).
		return Rect{r.X + 0.5*u, r.Y + 1.8*u, r.W - u, r.H - 4.4*u}
	}
	return Rect{r.X + 0.5*u, r.Y + 1.8*u, r.W - u, r.H - 3.4*u}
}

// MapLineLegend is where the sandbox's map explains its lines, over the
// legend of the sites' colours.
func (l *Layout) MapLineLegend() Rect {
	u := l.Unit
	r := l.Map
	return Rect{r.X + 0.8*u, r.Y + r.H - 2.3*u, r.W - 1.6*u, u}
}

// MapProjection maps degrees to the map panel: the box FitMap chose
// around the scenario's data centers; without one (no site on a map)
// the capital region with Kakao's and Naver's data centers down to
// Daejeon, or on a portrait screen's short, wide panel the capital
// region alone; in the sandbox, the close-up of its sites
// (SandboxCloseUp) or all of South Korea.
func (l *Layout) MapProjection() geo.Projection {
	box := geo.Box{MinLon: 126.45, MinLat: 36.25, MaxLon: 127.95, MaxLat: 38.0}
	switch {
	case l.MapBox != geo.Box{}:
		box = l.MapBox
	case l.Sandbox:
		box = KoreaBox
	case l.Portrait:
		box = geo.Box{MinLon: 126.5, MinLat: 37.0, MaxLon: 128.0, MaxLat: 38.0}
	}
	in := l.MapInner()
	return geo.NewProjection(box, geo.Rect{MinX: in.X, MinY: in.Y, MaxX: in.X + in.W, MaxY: in.Y + in.H})
}

// How far from a data center's dot on the map a tap still picks it: 2
// units (60 CSS pixels across on a 390-pixel phone), and never less than
// the 44 CSS pixels across a finger needs.
const (
	siteTapRadius  = 2
	fingerCSSWidth = 44
)

// KoreaBox is all of South Korea, the sandbox's map when the reader
// asks for it (or has no site to close in on).
var KoreaBox = geo.Box{MinLon: 125.9, MinLat: 34.3, MaxLon: 129.6, MaxLat: 38.6}

// SandboxCloseUp returns the part of Korea the sandbox's map closes in
// on for data centers at pts: every one of them, with room around for
// names, badges and the map's corner button, and at least about 70 by
// 55 km, so that a lone site sits among the capital region's towns
// rather than on an empty panel. Over all of Korea, sites in the
// capital region (the common case: Kakao's Pangyo, a new one in Ansan
// or Seoul) are dots a finger cannot tell apart.
func SandboxCloseUp(pts []geo.Point) geo.Box {
	if len(pts) == 0 {
		return KoreaBox
	}
	b := geo.Box{MinLon: pts[0].Lon, MinLat: pts[0].Lat, MaxLon: pts[0].Lon, MaxLat: pts[0].Lat}
	for _, p := range pts[1:] {
		b.MinLon, b.MaxLon = min(b.MinLon, p.Lon), max(b.MaxLon, p.Lon)
		b.MinLat, b.MaxLat = min(b.MinLat, p.Lat), max(b.MaxLat, p.Lat)
	}
	const minLon, minLat = 0.8, 0.5
	grow := func(lo, hi *float64, pad, least float64) {
		c, half := (*lo+*hi)/2, max((*hi-*lo)/2+pad, least/2)
		*lo, *hi = c-half, c+half
	}
	grow(&b.MinLon, &b.MaxLon, max(0.2, 0.25*(b.MaxLon-b.MinLon)), minLon)
	grow(&b.MinLat, &b.MaxLat, max(0.12, 0.2*(b.MaxLat-b.MinLat)), minLat)
	if b.MaxLon-b.MinLon >= KoreaBox.MaxLon-KoreaBox.MinLon && b.MaxLat-b.MinLat >= KoreaBox.MaxLat-KoreaBox.MinLat {
		return KoreaBox // sites across the country: the country
	}
	return b
}

// FitSandboxMap closes the sandbox's map in on data centers at pts
// (SandboxCloseUp), with more sky where a site would sit under the
// map's corner button.
func (l *Layout) FitSandboxMap(pts []geo.Point) {
	l.MapBox = SandboxCloseUp(pts)
	btn := l.MapZoomButton().Inset(-0.4 * l.Unit)
	in := l.MapInner()
	for range 4 {
		pr := l.MapProjection()
		under := false
		for _, p := range pts {
			under = under || btn.Contains(pr.Project(p.Lon, p.Lat))
		}
		if !under {
			return
		}
		b := &l.MapBox
		b.MaxLat += (b.MaxLat - b.MinLat) * (btn.Y + btn.H - in.Y) / in.H
	}
}

// MapZoomButton is the map panel's corner button that shows all of
// Korea or closes in on the sandbox's sites: right of the panel's
// title, a finger's height.
func (l *Layout) MapZoomButton() Rect {
	u := l.Unit
	r := l.Map
	w := min(5.6*u, r.W*0.4)
	return Rect{r.X + r.W - w - 0.3*u, r.Y + 0.3*u, w, max(1.5*u, l.finger())}
}

// SiteTarget returns where on the map a tap picks site st: the square
// around its dot's tap circle. ok is false for a site off the map.
func (l *Layout) SiteTarget(st sim.Site) (r Rect, ok bool) {
	x, y := l.MapProjection().Project(st.Lon, st.Lat)
	if !l.MapInner().Contains(x, y) {
		return Rect{}, false
	}
	d := max(siteTapRadius*l.Unit, fingerCSSWidth/2*max(l.Scale, 1))
	return Rect{x - d, y - d, 2 * d, 2 * d}, true
}

// SiteTapped reports whether a tap at (x, y) picks site st on the map.
func (l *Layout) SiteTapped(st sim.Site, x, y float64) bool {
	r, ok := l.SiteTarget(st)
	cx, cy := r.X+r.W/2, r.Y+r.H/2
	return ok && (cx-x)*(cx-x)+(cy-y)*(cy-y) <= r.W*r.W/4
}

// Smallest text, in CSS pixels: on a phone, held at arm's length, and on
// a laptop or projector.
const (
	MinTextPhoneCSS  = 12
	MinTextScreenCSS = 11
)

// MinText returns the smallest size any words may be drawn at on this
// layout, in layout pixels: 12 CSS pixels on a portrait screen, 11 on
// others; in presenter mode, read from the back of a classroom, no
// smaller than the map's and the phone's small words (0.62 units, 17
// pixels on a 1920×1080 projector), so the legend, the dates and the
// timeline's marks are not the smallest words in the room.
func (l *Layout) MinText() float64 {
	css := float64(MinTextScreenCSS)
	if l.Portrait {
		css = MinTextPhoneCSS
	}
	least := css * max(l.Scale, 1)
	if l.Present {
		least = max(least, 0.62*l.Unit)
	}
	return least
}

// FitMap sets the map of the story and the free view: the shipped map
// that holds the scenario's sites (Europe for OVHcloud's, Korea's when
// none holds any), close up on the sites it holds. Over the whole
// capital region Anyang and Pangyo, 13 km apart, are one dot a finger
// cannot tell from the other, and the lines the story draws between
// them (the copy of the data, the switch-over tools) would be too short
// to read. The box leaves room around the sites for their names and
// spans at least a few tens of kilometres in Korea, about a hundred
// around sites of one region abroad, a few hundred where they are
// countries apart (and a reader needs the borders to know where they
// are), so that one site is not a lone dot
// on an empty panel. A site no map holds is named at the panel's foot.
// The sandbox keeps all of South Korea, where readers place sites
// anywhere.
func (l *Layout) FitMap(sites []sim.Site) {
	l.MapBox, l.Land = geo.Box{}, geo.Map{}
	if l.Sandbox {
		return
	}
	pts := make([]geo.Point, len(sites))
	for i, st := range sites {
		pts[i] = geo.Point{Lon: st.Lon, Lat: st.Lat}
	}
	m, held := geo.For(pts)
	_, korea := m.Region("KR")
	if !held {
		return
	}
	l.Land = m
	in := m.Bounds()
	first := true
	var b geo.Box
	for _, p := range pts {
		if p.Lon < in.MinLon || p.Lon > in.MaxLon || p.Lat < in.MinLat || p.Lat > in.MaxLat {
			continue
		}
		if first {
			b, first = geo.Box{MinLon: p.Lon, MinLat: p.Lat, MaxLon: p.Lon, MaxLat: p.Lat}, false
			continue
		}
		b.MinLon, b.MaxLon = min(b.MinLon, p.Lon), max(b.MaxLon, p.Lon)
		b.MinLat, b.MaxLat = min(b.MinLat, p.Lat), max(b.MaxLat, p.Lat)
	}
	if korea && !l.Portrait && b.MinLon == b.MaxLon && b.MinLat == b.MaxLat {
		// One site alone in Korea, on a laptop (whose panel has room
		// for the region): the region's map says more about where it
		// is than a dot on an empty close-up.
		return
	}
	// Names sit beside the dots, left or right: more room across.
	near, above := [2]float64{0.12, 0.015}, 0.1
	switch {
	case korea:
	case b.MaxLon-b.MinLon < 1 && b.MaxLat-b.MinLat < 1:
		// Sites of one region abroad (AWS's zones in Northern
		// Virginia, one above the other): the region's towns and
		// rivers, not its country, and little room above and below,
		// where a short phone panel needs every pixel to keep the
		// dots a finger apart.
		near, above = [2]float64{0.3, 0.005}, 0.05
	default:
		near = [2]float64{1.6, 0.8}
	}
	padLon := max(near[0], 0.3*(b.MaxLon-b.MinLon))
	padLat := max(near[1], above*(b.MaxLat-b.MinLat))
	b.MinLon, b.MaxLon = b.MinLon-padLon, b.MaxLon+padLon
	b.MinLat, b.MaxLat = b.MinLat-padLat, b.MaxLat+padLat
	l.MapBox = b
}

// Hit returns the control under the point (x, y), or CtlNone.
func (l *Layout) Hit(x, y float64) Control {
	for c := CtlFire; c < numControls; c++ {
		if l.Buttons[c].Contains(x, y) {
			return c
		}
	}
	return CtlNone
}

// Track is the part of the scrub bar that maps to time: a thin bar with
// room above for the marks' labels and below for the days.
func (l *Layout) Track() Rect {
	s := l.Buttons[CtlScrub]
	u := l.Unit
	return Rect{s.X + u*0.6, s.Y + s.H - 1.7*u, s.W - u*1.2, 0.45 * u}
}

// TrackFraction returns where x falls along the scrub track, in 0..1.
func (l *Layout) TrackFraction(x float64) float64 {
	t := l.Track()
	return min(max((x-t.X)/t.W, 0), 1)
}

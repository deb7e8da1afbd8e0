package ui

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
	numControls
)

// String names the control for tests and the page's test hook.
func (c Control) String() string {
	return [...]string{"none", "fire", "slower", "play", "faster", "scrub", "lang"}[c]
}

// Layout places every part of the screen for one viewport size. Unit
// is the base text size in layout pixels; every length scales from it.
type Layout struct {
	W, H     float64
	Portrait bool
	Unit     float64
	Header   Rect
	Map      Rect
	Site     Rect
	Phone    Rect
	Caption  Rect
	Controls Rect
	Buttons  [numControls]Rect
}

// Compute returns the layout for a viewport of w × h layout pixels.
// Portrait viewports (taller than wide) stack caption, building, map and
// phone; landscape ones put map, building and phone side by side. Sizes
// scale with the viewport, so a projector at 1920×1080 gets the 1280×720
// layout with bigger text, not a smaller picture.
func Compute(w, h float64) Layout {
	if h > w*1.1 {
		return portrait(w, h)
	}
	return landscape(w, h)
}

func landscape(w, h float64) Layout {
	u := min(h/720, w/1280) * 16
	l := Layout{W: w, H: h, Unit: u}
	pad := u
	l.Header = Rect{0, 0, w, 3.6 * u}
	bottomH := 9.0 * u
	bodyY := l.Header.H + pad/2
	bodyH := h - bodyY - bottomH - pad
	phoneW := min(bodyH*0.52, w*0.22)
	mapW := min(bodyH*0.62, w*0.25)
	l.Map = Rect{pad, bodyY, mapW, bodyH}
	l.Phone = Rect{w - pad - phoneW, bodyY, phoneW, bodyH}
	l.Site = Rect{l.Map.X + l.Map.W + pad, bodyY, l.Phone.X - pad - (l.Map.X + l.Map.W + pad), bodyH}
	bottomY := h - bottomH - pad/2
	l.Caption = Rect{pad, bottomY, w - 2*pad, 3.4 * u}
	l.Controls = Rect{pad, bottomY + 3.6*u, w - 2*pad, 5.2 * u}
	l.placeControls()
	return l
}

func portrait(w, h float64) Layout {
	u := min(w/390, h/844) * 15
	l := Layout{W: w, H: h, Portrait: true, Unit: u}
	pad := 0.8 * u
	l.Header = Rect{0, 0, w, 3.6 * u}
	y := l.Header.H
	l.Caption = Rect{pad, y + pad/2, w - 2*pad, 4.2 * u}
	y = l.Caption.Y + l.Caption.H + pad/2
	controlsH := 9.2 * u
	phoneH := min(13.6*u, h*0.22)
	rest := h - y - controlsH - phoneH - 2*pad
	l.Site = Rect{pad, y, w - 2*pad, rest * 0.68}
	l.Map = Rect{pad, l.Site.Y + l.Site.H + pad/2, w - 2*pad, rest*0.32 - pad/2}
	l.Phone = Rect{pad, l.Map.Y + l.Map.H + pad/2, w - 2*pad, phoneH}
	l.Controls = Rect{pad, h - controlsH - pad/2, w - 2*pad, controlsH}
	l.placeControls()
	return l
}

// placeControls lays out the buttons and the scrub bar: side by side in
// landscape (buttons left, the speed under them), stacked in portrait;
// the language switch sits in the header's right corner.
func (l *Layout) placeControls() {
	u := l.Unit
	c := l.Controls
	bh := 2.6 * u
	if l.Portrait {
		bh = 3.0 * u
	}
	row := Rect{c.X, c.Y, c.W, bh}
	if !l.Portrait {
		row.Y = c.Y + 0.4*u
	}
	fireW := min(11*u, row.W*0.42)
	l.Buttons[CtlFire] = Rect{row.X, row.Y, fireW, bh}
	x := row.X + fireW + 0.6*u
	for _, ctl := range []Control{CtlSlower, CtlPlay, CtlFaster} {
		bw := 2.8 * u
		if ctl == CtlPlay {
			bw = 3.4 * u
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
	lw, lh := 4.6*u, min(2.7*u, l.Header.H-0.4*u)
	l.Buttons[CtlLang] = Rect{l.W - lw - 0.8*u, l.Header.Y + (l.Header.H-lh)/2, lw, lh}
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

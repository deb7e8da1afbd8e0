package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"outagelab/game/ui"
)

// painter draws filled and stroked shapes, reusing its vertex buffers so
// that a frame allocates nothing for them.
type painter struct {
	// white returns the image shapes are filled from, white at (1, 1):
	// the glyph atlas's first page, so that shapes and text batch.
	white func() *ebiten.Image
	vs    []ebiten.Vertex
	is    []uint16
	path  vector.Path
	// xy holds the points of an outline being built, x then y.
	xy []float32
	// batch, while set, is the image whose filled shapes are queued in
	// bvs and bis (coloured, in order) and drawn in one call by flush.
	batch *ebiten.Image
	bvs   []ebiten.Vertex
	bis   []uint16
}

// maxBatchVertices keeps a batch's indices within uint16.
const maxBatchVertices = 1 << 15

// batchTo queues the filled shapes drawn on dst from now until flush and
// draws them in one call, in the order drawn: hundreds of small shapes
// (the racks' servers) cost one call instead of hundreds. Nothing else
// may be drawn on dst until flush.
func (p *painter) batchTo(dst *ebiten.Image) {
	p.flush()
	p.batch = dst
}

// flush draws the queued shapes and ends the batch.
func (p *painter) flush() {
	if p.batch != nil && len(p.bis) > 0 {
		p.batch.DrawTriangles(p.bvs, p.bis, p.white(), &ebiten.DrawTrianglesOptions{FillRule: ebiten.FillRuleFillAll})
	}
	p.batch, p.bvs, p.bis = nil, p.bvs[:0], p.bis[:0]
}

// newPainter makes a painter that fills shapes from white's image.
func newPainter(white func() *ebiten.Image) *painter { return &painter{white: white} }

// rect fills r.
func (p *painter) rect(dst *ebiten.Image, r ui.Rect, c color.Color) {
	p.vs, p.is = p.vs[:0], p.is[:0]
	p.quad(float32(r.X), float32(r.Y), float32(r.X+r.W), float32(r.Y), float32(r.X+r.W), float32(r.Y+r.H), float32(r.X), float32(r.Y+r.H))
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// frame outlines r with lines w wide, inside r.
func (p *painter) frame(dst *ebiten.Image, r ui.Rect, w float64, c color.Color) {
	x0, y0, x1, y1, d := float32(r.X), float32(r.Y), float32(r.X+r.W), float32(r.Y+r.H), float32(w)
	p.vs, p.is = p.vs[:0], p.is[:0]
	p.quad(x0, y0, x1, y0, x1, y0+d, x0, y0+d)
	p.quad(x0, y1-d, x1, y1-d, x1, y1, x0, y1)
	p.quad(x0, y0+d, x0+d, y0+d, x0+d, y1-d, x0, y1-d)
	p.quad(x1-d, y0+d, x1, y0+d, x1, y1-d, x1-d, y1-d)
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// line draws a straight line w wide from (x0, y0) to (x1, y1).
func (p *painter) line(dst *ebiten.Image, x0, y0, x1, y1, w float64, c color.Color) {
	dx, dy := x1-x0, y1-y0
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	nx, ny := -dy/n*w/2, dx/n*w/2
	p.vs, p.is = p.vs[:0], p.is[:0]
	p.quad(float32(x0+nx), float32(y0+ny), float32(x1+nx), float32(y1+ny), float32(x1-nx), float32(y1-ny), float32(x0-nx), float32(y0-ny))
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// circle fills a disc of radius r at (x, y).
func (p *painter) circle(dst *ebiten.Image, x, y, r float64, c color.Color) {
	p.vs, p.is = p.vs[:0], p.is[:0]
	p.vs = append(p.vs, ebiten.Vertex{DstX: float32(x), DstY: float32(y)})
	for i, d := range unitCircle(segments(r)) {
		p.vs = append(p.vs, ebiten.Vertex{DstX: float32(x + r*d[0]), DstY: float32(y + r*d[1])})
		if i > 0 {
			p.is = append(p.is, 0, uint16(i), uint16(i+1))
		}
	}
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// flame fills a flame of half-width w and height h standing on
// (x, base): two quadratic curves, bowed inwards, meeting at the tip.
// It is flattened and fanned from the middle of its base, from where
// every point of its outline is in sight, so it needs no stencil (a
// vector.Path fill does) and batches with the other shapes.
func (p *painter) flame(dst *ebiten.Image, x, base, w, h float64, c color.Color) {
	p.vs, p.is = appendFlame(p.vs[:0], p.is[:0], x, base, w, h)
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// flameSegments is how many straight pieces each side of a flame is
// flattened into.
const flameSegments = 8

// appendFlame appends the triangles of flame's shape to vs and is.
func appendFlame(vs []ebiten.Vertex, is []uint16, x, base, w, h float64) ([]ebiten.Vertex, []uint16) {
	quad := func(ax, ay, cx, cy, bx, by, t float64) ebiten.Vertex {
		s := 1 - t
		return ebiten.Vertex{DstX: float32(s*s*ax + 2*s*t*cx + t*t*bx), DstY: float32(s*s*ay + 2*s*t*cy + t*t*by)}
	}
	start := uint16(len(vs))
	vs = append(vs, ebiten.Vertex{DstX: float32(x), DstY: float32(base)})
	ctrlY, tipY := base+1-0.6*h, base-h
	for i := 0; i <= flameSegments; i++ {
		vs = append(vs, quad(x-w, base, x-0.2*w, ctrlY, x, tipY, float64(i)/flameSegments))
	}
	for i := 1; i <= flameSegments; i++ {
		vs = append(vs, quad(x, tipY, x+0.2*w, ctrlY, x+w, base, float64(i)/flameSegments))
	}
	for i := uint16(1); i < 2*flameSegments+1; i++ {
		is = append(is, start, start+i, start+i+1)
	}
	return vs, is
}

// ring strokes a circle of radius r at (x, y) with a line w wide.
func (p *painter) ring(dst *ebiten.Image, x, y, r, w float64, c color.Color) {
	p.vs, p.is = p.vs[:0], p.is[:0]
	for i, d := range unitCircle(segments(r + w/2)) {
		cos, sin := d[0], d[1]
		p.vs = append(p.vs,
			ebiten.Vertex{DstX: float32(x + (r-w/2)*cos), DstY: float32(y + (r-w/2)*sin)},
			ebiten.Vertex{DstX: float32(x + (r+w/2)*cos), DstY: float32(y + (r+w/2)*sin)})
		if i > 0 {
			k := uint16(2 * i)
			p.is = append(p.is, k-2, k-1, k, k-1, k+1, k)
		}
	}
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// segments is how many straight pieces a circle of radius r is drawn
// with: about one every 3 pixels of its edge, 12 to 96.
func segments(r float64) int {
	return min(max(int(2*math.Pi*r/maxSegmentPx), minSegments), maxSegments)
}

// The bounds of segments: a piece about every maxSegmentPx pixels of the
// edge, at least minSegments and at most maxSegments.
const (
	maxSegmentPx = 3
	minSegments  = 12
	maxSegments  = 96
)

// unitCircles holds, for each segment count, the n+1 points (cosine,
// sine) that go round the unit circle in n pieces, the last equal to the
// first: worked out once, so that the flames' and pulses' circles cost
// no trigonometry each frame.
var unitCircles [maxSegments + 1][][2]float64

// unitCircle returns the points of a unit circle in n pieces.
func unitCircle(n int) [][2]float64 {
	if unitCircles[n] == nil {
		pts := make([][2]float64, n+1)
		for i := range pts {
			a := 2 * math.Pi * float64(i) / float64(n)
			pts[i] = [2]float64{math.Cos(a), math.Sin(a)}
		}
		unitCircles[n] = pts
	}
	return unitCircles[n]
}

// quad appends the quadrilateral with corners a, b, c, d in order as two
// triangles.
func (p *painter) quad(ax, ay, bx, by, cx, cy, dx, dy float32) {
	k := uint16(len(p.vs))
	p.vs = append(p.vs, ebiten.Vertex{DstX: ax, DstY: ay}, ebiten.Vertex{DstX: bx, DstY: by},
		ebiten.Vertex{DstX: cx, DstY: cy}, ebiten.Vertex{DstX: dx, DstY: dy})
	p.is = append(p.is, k, k+1, k+2, k, k+2, k+3)
}

// triangle fills the triangle with corners a, b and c: no path and no
// stencil, so it batches with the other shapes.
func (p *painter) triangle(dst *ebiten.Image, ax, ay, bx, by, cx, cy float64, c color.Color) {
	p.vs = append(p.vs[:0], ebiten.Vertex{DstX: float32(ax), DstY: float32(ay)},
		ebiten.Vertex{DstX: float32(bx), DstY: float32(by)}, ebiten.Vertex{DstX: float32(cx), DstY: float32(cy)})
	p.is = append(p.is[:0], 0, 1, 2)
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// begin starts a new path.
func (p *painter) begin() *vector.Path {
	p.path = vector.Path{}
	return &p.path
}

// fill fills the current path.
func (p *painter) fill(dst *ebiten.Image, c color.Color) {
	p.vs, p.is = p.path.AppendVerticesAndIndicesForFilling(p.vs[:0], p.is[:0])
	p.draw(dst, c, ebiten.FillRuleNonZero)
}

// outline strokes the closed polygon p.xy with lines w wide: a quad per
// edge, each stretched by w/2 at both ends so that the corners close.
// For the thin coastlines this is all a join needs, and it avoids
// vector's stroker, whose code and round joins cost the first frame
// more than the rest of the map.
func (p *painter) outline(dst *ebiten.Image, w float64, c color.Color) {
	p.vs, p.is = p.vs[:0], p.is[:0]
	n := len(p.xy) / 2
	h := float32(w / 2)
	for i := range n {
		j := (i + 1) % n
		x0, y0, x1, y1 := p.xy[2*i], p.xy[2*i+1], p.xy[2*j], p.xy[2*j+1]
		dx, dy := x1-x0, y1-y0
		l := float32(math.Hypot(float64(dx), float64(dy)))
		if l == 0 {
			continue
		}
		dx, dy = dx/l*h, dy/l*h // along the edge, w/2 long
		nx, ny := -dy, dx       // across it
		if len(p.vs)+4 > math.MaxUint16 {
			p.draw(dst, c, ebiten.FillRuleFillAll)
			p.vs, p.is = p.vs[:0], p.is[:0]
		}
		p.quad(x0-dx+nx, y0-dy+ny, x1+dx+nx, y1+dy+ny, x1+dx-nx, y1+dy-ny, x0-dx-nx, y0-dy-ny)
	}
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

func (p *painter) draw(dst *ebiten.Image, c color.Color, rule ebiten.FillRule) {
	r, g, b, a := c.RGBA()
	for i := range p.vs {
		v := &p.vs[i]
		v.SrcX, v.SrcY = 1, 1
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	}
	if dst == p.batch && rule == ebiten.FillRuleFillAll {
		if len(p.bvs)+len(p.vs) > maxBatchVertices {
			p.batchTo(dst)
		}
		base := uint16(len(p.bvs))
		p.bvs = append(p.bvs, p.vs...)
		for _, i := range p.is {
			p.bis = append(p.bis, base+i)
		}
		return
	}
	op := &ebiten.DrawTrianglesOptions{FillRule: rule}
	dst.DrawTriangles(p.vs, p.is, p.white(), op)
}

// fillRound fills r with rounded corners: a fan over the outline that
// roundOutline traces, which a rectangle's convexity allows.
func (p *painter) fillRound(dst *ebiten.Image, r ui.Rect, rad float64, c color.Color) {
	p.vs, p.is = p.vs[:0], p.is[:0]
	p.vs = append(p.vs, ebiten.Vertex{DstX: float32(r.X + r.W/2), DstY: float32(r.Y + r.H/2)})
	p.roundOutline(r, rad, 0)
	n := uint16(len(p.vs) - 1)
	for i := uint16(1); i <= n; i++ {
		p.is = append(p.is, 0, i, i%n+1)
	}
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// roundOutline appends the outline of r with corners of radius rad,
// moved out by off (in by a negative off), clockwise from the top-left
// corner's arc.
func (p *painter) roundOutline(r ui.Rect, rad, off float64) {
	rad = max(min(rad, r.W/2, r.H/2), 0)
	const k = 6 // pieces per corner
	// Each corner's centre and where its quarter starts on a circle in
	// 4k pieces (at a half, three quarters, none and a quarter turn).
	corners := [4]struct {
		x, y  float64
		start int
	}{
		{r.X + rad, r.Y + rad, 2 * k},
		{r.X + r.W - rad, r.Y + rad, 3 * k},
		{r.X + r.W - rad, r.Y + r.H - rad, 0},
		{r.X + rad, r.Y + r.H - rad, k},
	}
	pts := unitCircle(4 * k)
	for _, cn := range corners {
		for _, d := range pts[cn.start : cn.start+k+1] {
			p.vs = append(p.vs, ebiten.Vertex{DstX: float32(cn.x + (rad+off)*d[0]), DstY: float32(cn.y + (rad+off)*d[1])})
		}
	}
}

// strokeRound outlines r with rounded corners, a line w wide centred
// on the edge.
func (p *painter) strokeRound(dst *ebiten.Image, r ui.Rect, rad, w float64, c color.Color) {
	p.vs, p.is = p.vs[:0], p.is[:0]
	p.roundOutline(r, rad, -w/2)
	n := uint16(len(p.vs))
	p.roundOutline(r, rad, w/2)
	for i := uint16(0); i < n; i++ {
		j := (i + 1) % n
		p.is = append(p.is, i, j, n+i, j, n+j, n+i)
	}
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

// withAlpha returns c at opacity a (0..1), premultiplied.
func withAlpha(c color.RGBA, a float64) color.RGBA {
	return color.RGBA{uint8(float64(c.R) * a), uint8(float64(c.G) * a), uint8(float64(c.B) * a), uint8(float64(c.A) * a)}
}

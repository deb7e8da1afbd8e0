package game

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"outagelab/game/ui"
)

// painter draws filled and stroked shapes, reusing its vertex buffers so
// that a frame allocates nothing for them.
type painter struct {
	white *ebiten.Image
	vs    []ebiten.Vertex
	is    []uint16
	path  vector.Path
}

func newPainter() *painter {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return &painter{white: img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)}
}

func (p *painter) rect(dst *ebiten.Image, r ui.Rect, c color.Color) {
	vector.DrawFilledRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), c, false)
}

func (p *painter) frame(dst *ebiten.Image, r ui.Rect, w float64, c color.Color) {
	vector.StrokeRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), float32(w), c, false)
}

func (p *painter) line(dst *ebiten.Image, x0, y0, x1, y1, w float64, c color.Color) {
	vector.StrokeLine(dst, float32(x0), float32(y0), float32(x1), float32(y1), float32(w), c, false)
}

func (p *painter) circle(dst *ebiten.Image, x, y, r float64, c color.Color) {
	vector.DrawFilledCircle(dst, float32(x), float32(y), float32(r), c, false)
}

func (p *painter) ring(dst *ebiten.Image, x, y, r, w float64, c color.Color) {
	vector.StrokeCircle(dst, float32(x), float32(y), float32(r), float32(w), c, false)
}

// begin starts a new path.
func (p *painter) begin() *vector.Path {
	p.path = vector.Path{}
	return &p.path
}

// roundRect starts a path tracing r with corners of radius rad.
func (p *painter) roundRect(r ui.Rect, rad float64) *vector.Path {
	rad = min(rad, r.W/2, r.H/2)
	x0, y0, x1, y1 := float32(r.X), float32(r.Y), float32(r.X+r.W), float32(r.Y+r.H)
	q := float32(rad)
	path := p.begin()
	path.MoveTo(x0+q, y0)
	path.ArcTo(x1, y0, x1, y1, q)
	path.ArcTo(x1, y1, x0, y1, q)
	path.ArcTo(x0, y1, x0, y0, q)
	path.ArcTo(x0, y0, x1, y0, q)
	path.Close()
	return path
}

// fill fills the current path.
func (p *painter) fill(dst *ebiten.Image, c color.Color) {
	p.vs, p.is = p.path.AppendVerticesAndIndicesForFilling(p.vs[:0], p.is[:0])
	p.draw(dst, c, ebiten.FillRuleNonZero)
}

// stroke strokes the current path with width w.
func (p *painter) stroke(dst *ebiten.Image, w float64, c color.Color) {
	op := &vector.StrokeOptions{Width: float32(w), LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}
	p.vs, p.is = p.path.AppendVerticesAndIndicesForStroke(p.vs[:0], p.is[:0], op)
	p.draw(dst, c, ebiten.FillRuleFillAll)
}

func (p *painter) draw(dst *ebiten.Image, c color.Color, rule ebiten.FillRule) {
	r, g, b, a := c.RGBA()
	for i := range p.vs {
		v := &p.vs[i]
		v.SrcX, v.SrcY = 1, 1
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	}
	op := &ebiten.DrawTrianglesOptions{FillRule: rule}
	dst.DrawTriangles(p.vs, p.is, p.white, op)
}

// fillRound fills r with rounded corners.
func (p *painter) fillRound(dst *ebiten.Image, r ui.Rect, rad float64, c color.Color) {
	p.roundRect(r, rad)
	p.fill(dst, c)
}

// strokeRound outlines r with rounded corners.
func (p *painter) strokeRound(dst *ebiten.Image, r ui.Rect, rad, w float64, c color.Color) {
	p.roundRect(r, rad)
	p.stroke(dst, w, c)
}

// withAlpha returns c at opacity a (0..1), premultiplied.
func withAlpha(c color.RGBA, a float64) color.RGBA {
	return color.RGBA{uint8(float64(c.R) * a), uint8(float64(c.G) * a), uint8(float64(c.B) * a), uint8(float64(c.A) * a)}
}

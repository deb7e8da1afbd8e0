package game

import "time"

// perfFrames is how many recent updates and draws the timing rings hold:
// four seconds at 60 frames a second.
const perfFrames = 256

// ring holds the last perfFrames durations, in milliseconds, in a fixed
// array, so recording a frame allocates nothing.
type ring struct {
	ms [perfFrames]float32
	n  int64 // durations ever added
}

func (r *ring) add(ms float64) {
	r.ms[r.n%perfFrames] = float32(ms)
	r.n++
}

// appendTo appends the held durations to dst, oldest first.
func (r *ring) appendTo(dst []float64) []float64 {
	start := max(r.n-perfFrames, 0)
	for i := start; i < r.n; i++ {
		dst = append(dst, float64(r.ms[i%perfFrames]))
	}
	return dst
}

// perf times the game's Update and Draw with the wall clock (presentation
// only: nothing here reaches the simulation).
type perf struct {
	update, draw, frame ring
	pending             float64 // Update time since the last Draw, in ms
	painted             int64   // Draws that drew something
}

// start returns the time a timed call begins.
func (p *perf) start() time.Time { return time.Now() }

// endUpdate records an Update that began at t0.
func (p *perf) endUpdate(t0 time.Time) {
	ms := float64(time.Since(t0).Nanoseconds()) / 1e6
	p.update.add(ms)
	p.pending += ms
}

// endDraw records a Draw that began at t0, and the frame it ends: the
// Updates since the previous Draw plus this Draw.
func (p *perf) endDraw(t0 time.Time) {
	ms := float64(time.Since(t0).Nanoseconds()) / 1e6
	p.draw.add(ms)
	p.frame.add(p.pending + ms)
	p.pending = 0
}

// FrameTimes is the Go work of the most recent frames, for the page's
// benchmark hook. Durations are in milliseconds, oldest first, at most
// the last 256 of each.
type FrameTimes struct {
	// UpdateMs holds one duration per Update (a tick).
	UpdateMs []float64
	// DrawMs holds one duration per Draw, including Draws that left the
	// last frame on screen because nothing changed.
	DrawMs []float64
	// FrameMs holds, per Draw, that Draw plus the Updates before it.
	FrameMs []float64
	// Updates and Draws count every Update and Draw since the start;
	// Painted counts the Draws that drew something (the others left the
	// last frame on screen, or the game was out of view).
	Updates, Draws, Painted int64
}

// FrameTimes returns copies of the recent Update and Draw durations.
// It allocates; Update and Draw, which fill the rings, do not.
func (g *Game) FrameTimes() FrameTimes {
	g.mu.Lock()
	defer g.mu.Unlock()
	p := &g.perf
	return FrameTimes{
		UpdateMs: p.update.appendTo(nil),
		DrawMs:   p.draw.appendTo(nil),
		FrameMs:  p.frame.appendTo(nil),
		Updates:  p.update.n,
		Draws:    p.draw.n,
		Painted:  p.painted,
	}
}

// Command bare is the baseline of `make bench`: the smallest Ebiten program
// that does what every frame of the explainer does at the least, fill the
// screen with a colour and print a line of text. The bench builds it with
// the explainer's flags and serves it with the explainer's page, so the
// difference between the two is the explainer's own cost.
//
// In the browser it publishes window.outageLab like the explainer:
// ready once the first frame is drawn, and perf(gc) with the recent
// frames' Go work and the Go heap (see hook_js.go).
package main

import (
	"image/color"
	"log"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"
)

// background is the explainer's page colour.
var background = color.RGBA{R: 0x0a, G: 0x16, B: 0x28, A: 0xff}

// bare implements ebiten.Game.
type bare struct {
	drawn bool
	times frameTimes
}

// Update does nothing but time itself.
func (b *bare) Update() error {
	defer b.times.endUpdate(time.Now())
	return nil
}

// Draw fills the screen and prints one line; after the first frame it
// tells the page it is ready.
func (b *bare) Draw(screen *ebiten.Image) {
	defer b.times.endDraw(time.Now())
	screen.Fill(background)
	ebitenutil.DebugPrint(screen, "Outage Lab bench: bare Ebiten")
	if !b.drawn {
		b.drawn = true
		defer markReady()
	}
}

// Layout gives the screen as many pixels as the window has.
func (b *bare) Layout(outsideWidth, outsideHeight int) (int, int) {
	return outsideWidth, outsideHeight
}

func main() {
	b := &bare{}
	installHook(&b.times)
	ebiten.SetWindowSize(1280, 720)
	ebiten.SetWindowTitle("Outage Lab bench: bare Ebiten")
	if err := ebiten.RunGame(b); err != nil {
		log.Fatal(err)
	}
}

// frameRing is how many recent durations frameTimes keeps, as in the
// explainer's game/perf.go.
const frameRing = 256

// frameTimes records Update and Draw durations, in milliseconds, in fixed
// rings (no allocation per frame); frame is each Draw plus the Updates
// before it.
type frameTimes struct {
	update, draw, frame [frameRing]float32
	updates, draws      int64
	pending             float64
}

func (t *frameTimes) endUpdate(t0 time.Time) {
	ms := float64(time.Since(t0).Nanoseconds()) / 1e6
	t.update[t.updates%frameRing] = float32(ms)
	t.updates++
	t.pending += ms
}

func (t *frameTimes) endDraw(t0 time.Time) {
	ms := float64(time.Since(t0).Nanoseconds()) / 1e6
	t.draw[t.draws%frameRing] = float32(ms)
	t.frame[t.draws%frameRing] = float32(t.pending + ms)
	t.draws++
	t.pending = 0
}

// recent returns the last min(n, frameRing) entries of ring, oldest first.
func recent(ring *[frameRing]float32, n int64) []float64 {
	var out []float64
	for i := max(n-frameRing, 0); i < n; i++ {
		out = append(out, float64(ring[i%frameRing]))
	}
	return out
}

package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/require"

	"outagelab/game/ui"
	"outagelab/sim"
)

// BenchmarkHeaviestFrame is the Go side of make bench's heaviest scene:
// the Kakao fire's free view on a phone, the playhead moving a simulated
// second a frame from 1.6 h (after the power cut, before the knock-down)
// so that every frame redraws the map, the building, the phone and the
// caption. It counts the Go work of Update and Draw, not the GPU's: each
// frame's commands are flushed (by reading a pixel) off the clock, as
// the frames run inside one test frame, whose queue would only grow.
func BenchmarkHeaviestFrame(b *testing.B) {
	g, err := New(Options{Lang: "en", Fragment: "scenario=kakao2022"})
	require.NoError(b, err)
	g.LayoutF(390, 844)
	screen := ebiten.NewImage(int(g.w), int(g.h))
	defer screen.Deallocate()
	g.Do(ui.Action{Kind: ui.ActStartFire})
	g.Do(ui.Action{Kind: ui.ActPause})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Do(ui.Action{Kind: ui.ActSeek, T: 5760 + sim.Seconds(i%3600)})
		require.NoError(b, g.Update())
		g.Draw(screen)
		b.StopTimer()
		_ = screen.At(0, 0)
		b.StartTimer()
	}
}

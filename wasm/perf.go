//go:build js && wasm

package wasm

import (
	"runtime"
	"runtime/metrics"
	"syscall/js"

	"outagelab/game"
)

// installPerf adds window.outageLab.perf(gc) for `make bench`
// (tools/bench/bench.js). It returns the Go work of the recent frames and
// the Go runtime's memory:
//
//	{updateMs: [...], drawMs: [...], frameMs: [...], updates, draws, painted,
//	 heapAlloc, heapInuse, heapSys, sys, numGC, stackStart}
//
// Durations are in milliseconds, oldest first (game.FrameTimes); memory is
// in bytes (runtime.MemStats); stackStart is the stack a new goroutine,
// such as each frame's, starts with (stack.go). With a true argument it first runs a
// garbage collection, so heapAlloc is the live heap.
func installPerf(hook js.Value, g *game.Game) {
	hook.Set("perf", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			runtime.GC()
		}
		ft := g.FrameTimes()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		stack := []metrics.Sample{{Name: "/gc/stack/starting-size:bytes"}}
		metrics.Read(stack)
		return js.ValueOf(map[string]any{
			"updateMs":   floats(ft.UpdateMs),
			"drawMs":     floats(ft.DrawMs),
			"frameMs":    floats(ft.FrameMs),
			"updates":    float64(ft.Updates),
			"draws":      float64(ft.Draws),
			"painted":    float64(ft.Painted),
			"heapAlloc":  float64(m.HeapAlloc),
			"heapInuse":  float64(m.HeapInuse),
			"heapSys":    float64(m.HeapSys),
			"sys":        float64(m.Sys),
			"numGC":      float64(m.NumGC),
			"stackStart": float64(stack[0].Value.Uint64()),
		})
	}))
}

// floats converts xs for js.ValueOf, which takes []any, not []float64.
func floats(xs []float64) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

//go:build js && wasm

package main

import (
	"runtime"
	"syscall/js"
)

// hook is window.outageLab, set before the game runs.
var hook js.Value

// installHook publishes window.outageLab = {ready: false, perf(gc)}, with
// perf returning the same fields as the explainer's (wasm/perf.go).
func installHook(t *frameTimes) {
	hook = js.Global().Get("Object").New()
	js.Global().Set("outageLab", hook)
	hook.Set("ready", false)
	hook.Set("perf", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			runtime.GC()
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return js.ValueOf(map[string]any{
			"updateMs":  floats(recent(&t.update, t.updates)),
			"drawMs":    floats(recent(&t.draw, t.draws)),
			"frameMs":   floats(recent(&t.frame, t.draws)),
			"updates":   float64(t.updates),
			"draws":     float64(t.draws),
			"heapAlloc": float64(m.HeapAlloc),
			"heapInuse": float64(m.HeapInuse),
			"heapSys":   float64(m.HeapSys),
			"sys":       float64(m.Sys),
			"numGC":     float64(m.NumGC),
		})
	}))
}

// markReady sets window.outageLab.ready once the first frame is drawn.
func markReady() { hook.Set("ready", true) }

// floats converts xs for js.ValueOf, which takes []any, not []float64.
func floats(xs []float64) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

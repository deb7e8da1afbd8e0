//go:build js && wasm

// Command standin stands in for the Ebiten game in the loader's browser
// tests: like Ebiten it appends a full-page canvas to the body, then it
// publishes window.outageLab = {ready: true} and keeps running.
package main

import "syscall/js"

func main() {
	doc := js.Global().Get("document")
	canvas := doc.Call("createElement", "canvas")
	style := canvas.Get("style")
	style.Set("width", "100%")
	style.Set("height", "100%")
	style.Set("display", "block")
	style.Set("background", "#0a1628")
	doc.Get("body").Call("appendChild", canvas)

	lab := js.Global().Get("Object").New()
	lab.Set("ready", true)
	js.Global().Set("outageLab", lab)
	select {}
}

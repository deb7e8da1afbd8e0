//go:build js && wasm

package wasm

import (
	"syscall/js"

	"outagelab/game"
)

// watchVisibility tells g whether its canvas is in view, so that a game
// scrolled out of an article's view draws nothing. IntersectionObserver
// with the implicit root measures against the top-level page's viewport,
// so this also holds for a frame embedded in an article. (A hidden tab
// needs nothing: the browser stops the animation frames.)
func watchVisibility(canvas js.Value, g *game.Game) {
	ctor := js.Global().Get("IntersectionObserver")
	if ctor.Type() != js.TypeFunction {
		return
	}
	seen := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) == 0 || args[0].Length() == 0 {
			return nil
		}
		last := args[0].Index(args[0].Length() - 1)
		g.SetVisible(last.Get("isIntersecting").Bool())
		return nil
	})
	ctor.New(seen).Call("observe", canvas)
}

//go:build js && wasm

package wasm

import (
	"encoding/json"
	"syscall/js"

	"outagelab/game"
	"outagelab/game/ui"
)

// hostEvents connects the game to window.outageLabNotify(event, data),
// which a page defines to hear the events for a page that embeds it
// (index.html does when it is in a frame, and posts them to its
// parent): "ready" once the first frame is drawn, then the game's step,
// state and fix events (ui.Notifier), data as plain objects. Without
// that function the game works out no events at all.
func hostEvents(opt *game.Options) {
	notify := js.Global().Get("outageLabNotify")
	if notify.Type() != js.TypeFunction {
		return
	}
	first := opt.FirstFrame
	opt.FirstFrame = func() {
		if first != nil {
			first()
		}
		notify.Invoke("ready", js.Global().Get("Object").New())
	}
	opt.Notify = func(e ui.HostEvent) {
		b, err := json.Marshal(e.Data)
		if err != nil {
			return
		}
		notify.Invoke(e.Name, js.Global().Get("JSON").Call("parse", string(b)))
	}
}

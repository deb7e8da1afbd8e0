//go:build js && wasm

package main

import (
	"outagelab/game"
	"outagelab/wasm"
)

// play runs the explainer in the page, with the options the page's URL
// gives and the window.outageLab hook installed.
func play(opt game.Options) error { return wasm.Run(opt) }

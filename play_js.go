//go:build js && wasm

package main

import (
	"os"

	"outagelab/game"
	"outagelab/wasm"
)

// main runs the explainer in the page, with the options the page's URL
// gives and the window.outageLab hook installed; a failure is shown on
// the page.
func main() {
	if err := wasm.Run(game.Options{Lang: "en"}); err != nil {
		os.Exit(2)
	}
}

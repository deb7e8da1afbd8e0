//go:build !js

package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game"
)

// play opens the explainer in a desktop window.
func play(opt game.Options) error {
	g, err := game.New(opt)
	if err != nil {
		return err
	}
	ebiten.SetWindowSize(game.ScreenWidth, game.ScreenHeight)
	ebiten.SetWindowTitle("Outage Lab")
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	return ebiten.RunGame(g)
}

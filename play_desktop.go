//go:build !js

package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game"
	"outagelab/game/ui"
)

// play opens the explainer in a desktop window. The sandbox saves and
// opens its scenario file in the working directory and prints its share
// link, as a desktop has no page address to copy.
func play(opt game.Options) error {
	var g *game.Game
	opt.CopyLink = func(fragment string) { fmt.Println("outagelab: share link: #" + fragment) }
	opt.SaveFile = func(name string, data []byte) string {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "outagelab:", err)
			return ""
		}
		abs, _ := filepath.Abs(name)
		return abs
	}
	opt.OpenFile = func() {
		data, err := os.ReadFile(ui.ExportName)
		if err != nil {
			data = nil
		}
		g.Do(ui.Action{Kind: ui.ActImport, Text: ui.ExportName, Data: data})
	}
	g, err := game.New(opt)
	if err != nil {
		return err
	}
	ebiten.SetWindowSize(game.ScreenWidth, game.ScreenHeight)
	ebiten.SetWindowTitle("Outage Lab")
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	return ebiten.RunGame(g)
}

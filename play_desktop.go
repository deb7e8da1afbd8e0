//go:build !js

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game"
	"outagelab/game/ui"
)

// play opens the explainer in a desktop window. The sandbox saves and
// opens its scenario file in the working directory and prints its share
// link, as a desktop has no page address to copy; why a file could not
// be saved or opened goes to stderr.
func play(opt game.Options) error {
	var g *game.Game
	opt.CopyLink = func(fragment string) { fmt.Println("outagelab: share link: #" + fragment) }
	opt.SaveFile = saveFile
	opt.SavePicture = func(name string, img *image.RGBA) string {
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			fmt.Fprintln(os.Stderr, "outagelab: encoding the picture:", err)
			return ""
		}
		return saveFile(name, b.Bytes())
	}
	opt.OpenFile = func() {
		data, err := os.ReadFile(ui.ExportName)
		if err != nil {
			// The sandbox shows its own message for a file with
			// nothing in it; the terminal gets the reason.
			fmt.Fprintln(os.Stderr, "outagelab: opening the saved design:", err)
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

// saveFile writes a file the sandbox saves in the working directory and
// returns its full path, or "" (with the reason on stderr) if it could
// not be written.
func saveFile(name string, data []byte) string {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "outagelab:", err)
		return ""
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return name // saved, but the working directory is gone
	}
	return abs
}

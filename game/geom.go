package game

import (
	"image"

	"outagelab/game/ui"
)

// rectImage converts a layout rectangle to whole pixels for SubImage.
func rectImage(r ui.Rect) image.Rectangle {
	return image.Rect(int(r.X), int(r.Y), int(r.X+r.W+0.5), int(r.Y+r.H+0.5))
}

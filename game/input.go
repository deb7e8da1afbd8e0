package game

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"outagelab/game/ui"
)

// pointerState follows the one mouse press or touch the game tracks.
type pointerState struct {
	touch    ebiten.TouchID
	touching bool
	mouse    bool
	touchIDs []ebiten.TouchID
	chars    []rune
	lastX    float64
	lastY    float64
}

// keyMap pairs Ebiten's keys with the game's.
var keyMap = [...]struct {
	eb ebiten.Key
	k  ui.Key
}{
	{ebiten.KeyTab, ui.KeyTab}, {ebiten.KeyEnter, ui.KeyEnter}, {ebiten.KeyNumpadEnter, ui.KeyEnter},
	{ebiten.KeySpace, ui.KeySpace}, {ebiten.KeyArrowLeft, ui.KeyLeft}, {ebiten.KeyArrowRight, ui.KeyRight},
	{ebiten.KeyArrowUp, ui.KeyUp}, {ebiten.KeyArrowDown, ui.KeyDown}, {ebiten.KeyHome, ui.KeyHome},
	{ebiten.KeyEnd, ui.KeyEnd}, {ebiten.KeyF, ui.KeyF}, {ebiten.KeyL, ui.KeyL},
	{ebiten.Key1, ui.Key1}, {ebiten.Key2, ui.Key1 + 1}, {ebiten.Key3, ui.Key1 + 2},
	{ebiten.Key4, ui.Key1 + 3}, {ebiten.Key5, ui.Key1 + 4}, {ebiten.Key6, ui.Key1 + 5},
	{ebiten.KeyPageDown, ui.KeyRight}, {ebiten.KeyPageUp, ui.KeyLeft},
	{ebiten.KeyP, ui.KeyP}, {ebiten.KeyN, ui.KeyN},
	{ebiten.KeyZ, ui.KeyZ}, {ebiten.KeyY, ui.KeyY}, {ebiten.KeyBackspace, ui.KeyBackspace},
}

// readInput turns this tick's keys, mouse and touches into actions.
// Touches are read directly (tap-to-click is unreliable in browsers,
// Ebiten #3249).
func (g *Game) readInput() {
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	ctrl := ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	ps := &g.input
	if g.app.Typing() && !ctrl {
		ps.chars = ebiten.AppendInputChars(ps.chars[:0])
		g.app.TypeText(string(ps.chars))
	}
	for _, m := range keyMap {
		if inpututil.IsKeyJustPressed(m.eb) {
			g.carry(g.app.Key(m.k, shift, ctrl))
		}
	}
	if !ps.touching {
		ps.touchIDs = inpututil.AppendJustPressedTouchIDs(ps.touchIDs[:0])
		if len(ps.touchIDs) > 0 {
			ps.touch, ps.touching = ps.touchIDs[0], true
			x, y := ebiten.TouchPosition(ps.touch)
			ps.lastX, ps.lastY = float64(x), float64(y)
			g.carry(g.app.Pointer(float64(x), float64(y), ui.PointerDown))
			return
		}
	} else {
		if inpututil.IsTouchJustReleased(ps.touch) {
			ps.touching = false
			g.carry(g.app.Pointer(ps.lastX, ps.lastY, ui.PointerUp))
			return
		}
		x, y := ebiten.TouchPosition(ps.touch)
		ps.lastX, ps.lastY = float64(x), float64(y)
		g.carry(g.app.Pointer(float64(x), float64(y), ui.PointerMove))
		return
	}
	x, y := ebiten.CursorPosition()
	switch {
	case inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft):
		ps.mouse = true
		g.carry(g.app.Pointer(float64(x), float64(y), ui.PointerDown))
	case ps.mouse && inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft):
		ps.mouse = false
		g.carry(g.app.Pointer(float64(x), float64(y), ui.PointerUp))
	case ps.mouse:
		g.carry(g.app.Pointer(float64(x), float64(y), ui.PointerMove))
	}
}

package game

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestMain runs the package's tests inside an Ebiten game loop, as
// reading an image's pixels back (the text tests) needs a running game:
// the loop's first Update runs them all and ends the game.
func TestMain(m *testing.M) {
	l := &testLoop{m: m}
	if err := ebiten.RunGame(l); err != nil {
		panic(err)
	}
	os.Exit(l.code)
}

// testLoop is the game whose first Update runs the tests.
type testLoop struct {
	m    *testing.M
	code int
}

func (l *testLoop) Update() error {
	l.code = l.m.Run()
	return ebiten.Termination
}

func (l *testLoop) Draw(*ebiten.Image) {}

func (l *testLoop) Layout(int, int) (int, int) { return 16, 16 }

//go:build js && wasm

package wasm

import "runtime"

// Ebiten's browser loop runs every frame in a new goroutine (its
// internal/ui/ui_js.go: "go f()" in the requestAnimationFrame callback,
// Ebiten #1161). Go starts a goroutine's stack at the average stack
// depth its last collection saw, which in this program is a few
// kilobytes, and a frame's Update and Draw reach far deeper, so every
// frame grew its stack by doubling and copying it several times
// (runtime.copystack, about a tenth of the frame in a CPU profile).
// stackFloor parks one goroutine on a deep stack for the page's life, so
// the average the collector sees, and with it every new frame's starting
// stack, is large enough for a frame.

// stackFloorBytes is how deep the parked goroutine's stack is.
const stackFloorBytes = 512 << 10

// stackSink keeps the compiler from dropping stackFloor's frames.
var stackSink byte

// holdStackFloor starts the goroutine that holds the deep stack and,
// once it is parked there, collects once: the runtime works out the
// starting stack size only when it collects, and with the page's
// collector target the first collection could come minutes later. Run
// calls it once the first frame is on screen, so that only the frames
// before it (one or two) grow their stacks by copying.
func holdStackFloor() {
	parked := make(chan struct{})
	go stackFloor(stackFloorBytes/1024, parked)
	<-parked
	runtime.GC()
}

// stackFloor recurses n kilobyte-sized frames deep, closes parked and
// blocks there for good.
//
//go:noinline
func stackFloor(n int, parked chan struct{}) {
	var pad [1024]byte
	pad[n%len(pad)] = byte(n)
	if n > 0 {
		stackFloor(n-1, parked)
	} else {
		close(parked)
		select {}
	}
	stackSink = pad[n%len(pad)]
}

package ui_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"outagelab/game/ui"
)

// On a phone held upright every control of the story and the free view
// is at least a finger's 44 CSS pixels each way, at the phone sizes the
// explainer is read on and at a device scale of 1, 2 and 3, and no two
// controls overlap.
func TestPhoneControlsAreFingerSized(t *testing.T) {
	for _, v := range []struct{ w, h float64 }{{390, 844}, {320, 692}, {360, 740}, {430, 932}} {
		for _, scale := range []float64{1, 2, 3} {
			l := ui.Compute(v.w*scale, v.h*scale, scale)
			name := fmt.Sprintf("%gx%g@%g", v.w, v.h, scale)
			for c := ui.CtlFire; c <= ui.CtlSandbox; c++ {
				r := l.Buttons[c]
				assert.GreaterOrEqual(t, r.W/scale, 43.99, "%s: %s is %.1f CSS px wide", name, c, r.W/scale)
				assert.GreaterOrEqual(t, r.H/scale, 43.99, "%s: %s is %.1f CSS px tall", name, c, r.H/scale)
				for d := c + 1; d <= ui.CtlSandbox; d++ {
					assert.False(t, overlap(r, l.Buttons[d]), "%s: %s %v overlaps %s %v", name, c, r, d, l.Buttons[d])
				}
			}
		}
	}
}

// On a phone held upright every control of the sandbox, on every tab,
// is a finger's 44 CSS pixels each way, with two sites in the design
// (the sites on the map included: their targets are at least as wide).
func TestPhoneSandboxControlsAreFingerSized(t *testing.T) {
	for _, v := range []struct{ w, h float64 }{{390, 844}, {320, 692}, {360, 740}, {430, 932}} {
		for _, scale := range []float64{1, 2, 3} {
			a := sandboxApp(t, v.w*scale, v.h*scale)
			press(t, a, "site-add")
			for _, tab := range ui.TabOrder() {
				a.Box().Tab = tab
				a.Resize(v.w*scale, v.h*scale, scale)
				for _, w := range a.Sandbox().Widgets() {
					name := fmt.Sprintf("%gx%g@%g tab %d: %s", v.w, v.h, scale, tab, w.ID())
					assert.GreaterOrEqual(t, w.R.W/scale, 43.99, "%s is %.1f CSS px wide", name, w.R.W/scale)
					assert.GreaterOrEqual(t, w.R.H/scale, 43.99, "%s is %.1f CSS px tall", name, w.R.H/scale)
				}
			}
		}
	}
}

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

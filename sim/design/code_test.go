package design_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"outagelab/sim/design"
)

func TestCodeString(t *testing.T) {
	tests := []struct {
		code design.Code
		want string
	}{
		{design.ErrBroken, "broken"},
		{design.ErrTooManySites, "too-many-sites"},
		{design.ErrLastSite, "last-site"},
		{design.ErrOnlyCopy, "only-copy"},
		{design.ErrLastCopy, "last-copy"},
		{design.ErrOffMap, "off-map"},
		{design.ErrRange, "range"},
		{design.ErrLink, "link"},
		{design.ErrNewer, "newer"},
		{design.ErrTooLong, "too-long"},
		{design.ErrUnknownBase, "unknown-base"},
		{design.ErrUnknownBase + 1, "Code(11)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.code.String())
		})
	}
}

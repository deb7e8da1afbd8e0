package static

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAccepts(t *testing.T) {
	tests := []struct {
		name   string
		header string
		coding string
		want   bool
	}{
		{"empty header", "", "gzip", false},
		{"listed", "gzip, deflate, br", "br", true},
		{"not listed", "gzip, deflate", "br", false},
		{"case and spaces", "  GZip ,BR ", "br", true},
		{"q zero refuses", "br;q=0, gzip", "br", false},
		{"q zero with spaces", "gzip ; q = 0", "gzip", false},
		{"q positive", "br;q=0.5", "br", true},
		{"star allows", "*", "br", true},
		{"star zero refuses", "*;q=0", "gzip", false},
		{"listed zero beats star", "*, br;q=0", "br", false},
		{"identity only", "identity", "gzip", false},
		{"malformed q still listed", "br;q=x", "br", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, accepts(tt.header, tt.coding))
		})
	}
}

package sim

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEnumStrings checks that every value of the package's integer
// enums has a name of its own, and that a value out of range says so.
func TestEnumStrings(t *testing.T) {
	tests := []struct {
		name  string
		n     int // values with a name
		str   func(i int) string
		first string
		bad   string
	}{
		{"FirePhase", int(FireOut) + 1, func(i int) string { return FirePhase(i).String() }, "none", "FirePhase(4)"},
		{"Status", int(StatusDown) + 1, func(i int) string { return Status(i).String() }, "up", "status(3)"},
		{"evKind", int(evWake) + 1, func(i int) string { return evKind(i).String() }, "command", "evKind(17)"},
		{"LossKind", int(LossEverything) + 1, func(i int) string { return LossKind(i).String() }, "none", "losskind(3)"},
		{"LossRule", int(LossEveryCopy) + 1, func(i int) string { return LossRule(i).String() }, "stayed", "lossrule(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.first, tt.str(0))
			seen := map[string]bool{}
			for i := range tt.n {
				s := tt.str(i)
				assert.False(t, seen[s], "%d: %q twice", i, s)
				assert.NotContains(t, s, "(", "%d has no name", i)
				assert.Equal(t, strings.ToLower(s), s)
				seen[s] = true
			}
			assert.Equal(t, tt.bad, tt.str(tt.n))
		})
	}
}

// TestLossEnumsReadWhatTheyWrite checks the text form the JSON report
// uses for the data-loss enums.
func TestLossEnumsReadWhatTheyWrite(t *testing.T) {
	for k := range LossEverything + 1 {
		b, err := k.MarshalText()
		assert.NoError(t, err)
		var back LossKind
		assert.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	for r := range LossEveryCopy + 1 {
		b, err := r.MarshalText()
		assert.NoError(t, err)
		var back LossRule
		assert.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	var k LossKind
	assert.Error(t, k.UnmarshalText([]byte("some")))
	var r LossRule
	assert.Error(t, r.UnmarshalText([]byte("luck")))
}

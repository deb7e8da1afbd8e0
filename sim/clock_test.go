package sim_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/sim"
)

func TestInstantAndClock(t *testing.T) {
	tests := []struct {
		in    string
		unix  int64
		after sim.Seconds
		clock string
	}{
		{"1970-01-01T09:00:00+09:00", 0, 0, "1970-01-01 09:00 KST"},
		{"2022-10-15T15:19:00+09:00", 1665814740, 0, "2022-10-15 15:19 KST"},
		// 127 h 30 min after 15:30 on 15 Oct is 23:00 on 20 Oct [S33].
		{"2022-10-15T15:30:00+09:00", 1665815400, 127*sim.Hour + 30*sim.Minute, "2022-10-20 23:00 KST"},
		{"2012-06-29T19:57:00-07:00", 1341025020, 27 * sim.Minute, "2012-06-29 20:24 PDT"},
		{"2024-02-28T23:00:00+00:00", 1709161200, 2 * sim.Hour, "2024-02-29 01:00 UTC"},
		{"1999-12-31T23:59:59+05:30", 946664999, 1, "2000-01-01 00:00 UTC+05:30"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			i, err := sim.ParseInstant(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.unix, i.Unix)
			assert.Equal(t, tt.in, i.String())
			assert.Equal(t, tt.clock, i.Add(tt.after).Clock().String())
		})
	}
	for _, bad := range []string{"", "2022-10-15 15:19", "2022-13-01T00:00:00+09:00", "2022-10-15T15:19:00Z", "2022-10-15T25:00:00+09:00", "2023-02-29T00:00:00+09:00"} {
		_, err := sim.ParseInstant(bad)
		assert.Error(t, err, bad)
	}
}

func TestSecondsString(t *testing.T) {
	assert.Equal(t, "+10h12m00s", (10*sim.Hour + 12*sim.Minute).String())
	assert.Equal(t, "+5d07h30m", (127*sim.Hour + 30*sim.Minute).String())
	assert.Equal(t, "-00h00m05s", (-5 * sim.Second).String())
	assert.Equal(t, "never", sim.Never.String())
}

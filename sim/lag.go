package sim

import (
	"fmt"
	"strconv"
)

// Lag says how far a copy of a component's data trails the copy that
// serves. A scenario file writes it as one of
//
//   - "sync": a synchronous copy, which has every write;
//   - a whole number of seconds, minutes, hours or days, such as "30s",
//     "5m", "2h" or "7d": a copy fed asynchronously, or a backup taken
//     that often;
//   - "nightly": a backup taken once a day, up to 24 hours old;
//   - "none": a copy that holds none of the data (a spare);
//
// or leaves it empty for the default of the component's mode
// (DefaultLag).
type Lag string

// Lags with a name of their own.
const (
	// LagDefault stands for the default of the component's mode.
	LagDefault Lag = ""
	// LagSync is a synchronous copy: it lacks nothing.
	LagSync Lag = "sync"
	// LagNightly is a backup taken once a day: it lacks up to 24 hours.
	LagNightly Lag = "nightly"
	// LagNone is a copy that holds none of the data.
	LagNone Lag = "none"
)

// MaxLag is the longest lag a scenario may state.
const MaxLag = 366 * Day

// DefaultLag returns the lag of a copy whose scenario states none, by
// the component's mode: a hot standby (ModeAuto) and the peers of
// ModeActive are synchronous, a warm standby (ModeManual) is fed
// asynchronously and trails by a minute, and a backup (ModeBackup) is
// taken nightly. These are illustrative figures, the ones the
// availability tab used before runs measured the loss.
func DefaultLag(m Mode) Lag {
	switch m {
	case ModeManual:
		return "1m"
	case ModeBackup:
		return LagNightly
	}
	return LagSync
}

// Span returns the writes a copy with lag l may lack, in simulated
// seconds: 0 for LagSync, 24 hours for LagNightly, Never for LagNone.
// An empty lag, one that is not well formed, and one longer than MaxLag
// return an error.
func (l Lag) Span() (Seconds, error) {
	switch l {
	case LagSync:
		return 0, nil
	case LagNightly:
		return Day, nil
	case LagNone:
		return Never, nil
	}
	bad := fmt.Errorf("%q is not a lag: want sync, nightly, none or a whole number of s, m, h or d (\"30s\", \"5m\", \"2h\", \"7d\")", string(l))
	if len(l) < 2 || len(l) > 12 {
		return 0, bad
	}
	var unit Seconds
	switch l[len(l)-1] {
	case 's':
		unit = Second
	case 'm':
		unit = Minute
	case 'h':
		unit = Hour
	case 'd':
		unit = Day
	default:
		return 0, bad
	}
	digits := string(l[:len(l)-1])
	for _, r := range digits {
		if r < '0' || r > '9' {
			return 0, bad
		}
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return 0, bad
	}
	if n > int64(MaxLag/unit) {
		return 0, fmt.Errorf("%q is longer than the limit of %d days", string(l), MaxLag/Day)
	}
	return Seconds(n) * unit, nil
}

// CopyLag returns the lag of the copy on the j-th of c's groups: the
// one the scenario states, or DefaultLag of c's mode. In ModeBackup the
// groups hold no copy (the data comes from the backup), and CopyLag
// returns LagNone.
func (c *Component) CopyLag(j int) Lag {
	if c.Mode == ModeBackup {
		return LagNone
	}
	if j < len(c.Lag) && c.Lag[j] != LagDefault {
		return c.Lag[j]
	}
	return DefaultLag(c.Mode)
}

// BackupLag returns the lag of c's backup copy: the one the scenario
// states, or LagNightly. It is LagDefault for a component without a
// backup.
func (c *Component) BackupLag() Lag {
	switch {
	case c.Backup == nil:
		return LagDefault
	case c.Backup.Lag != LagDefault:
		return c.Backup.Lag
	}
	return LagNightly
}

// span returns the span of a lag that Validate accepted.
func (l Lag) span() Seconds {
	s, err := l.Span()
	if err != nil {
		panic("sim: a checked lag does not parse: " + err.Error())
	}
	return s
}

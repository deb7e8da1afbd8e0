package sim

import "fmt"

// Seconds is a span or point of simulated time in whole seconds. As a
// point it counts from the scenario's start (the ignition, in the fire
// presets).
type Seconds int64

// Units of simulated time.
const (
	Second Seconds = 1
	Minute Seconds = 60
	Hour   Seconds = 60 * Minute
	Day    Seconds = 24 * Hour
)

// Never is a time later than any simulation reaches.
const Never Seconds = 1<<62 - 1

// Hours reports s in hours.
func (s Seconds) Hours() float64 { return float64(s) / float64(Hour) }

// String formats s as a signed span such as "+10h12m00s" or "+3d04h05m".
func (s Seconds) String() string {
	sign := "+"
	if s < 0 {
		sign, s = "-", -s
	}
	if s >= Never {
		return "never"
	}
	d, h, m, sec := s/Day, s%Day/Hour, s%Hour/Minute, s%Minute
	if d > 0 {
		return fmt.Sprintf("%s%dd%02dh%02dm", sign, d, h, m)
	}
	return fmt.Sprintf("%s%02dh%02dm%02ds", sign, h, m, sec)
}

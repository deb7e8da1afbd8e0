package sim

import (
	"fmt"
	"strconv"
)

// Clock is a civil date and time at a fixed offset from UTC, computed
// without the time package so that it is the same on every platform.
type Clock struct {
	Year, Month, Day     int
	Hour, Minute, Second int
	// Offset is the zone's offset from UTC in seconds (KST is +32400).
	Offset int
}

// String formats c as "2022-10-15 15:19", followed by the zone name for
// well-known offsets (KST, CET…) or the numeric offset.
func (c Clock) String() string {
	return fmt.Sprintf("%04d-%02d-%02d %02d:%02d %s", c.Year, c.Month, c.Day, c.Hour, c.Minute, ZoneName(c.Offset))
}

// ZoneName names a UTC offset in seconds: "KST" for +9 h, the names the
// presets use for a few others, otherwise "UTC+hh:mm".
func ZoneName(offset int) string {
	switch offset {
	case 9 * 3600:
		return "KST"
	case 3 * 3600:
		return "MSK"
	case 1 * 3600:
		return "CET"
	case -7 * 3600:
		return "PDT"
	case 0:
		return "UTC"
	}
	sign := '+'
	if offset < 0 {
		sign, offset = '-', -offset
	}
	return fmt.Sprintf("UTC%c%02d:%02d", sign, offset/3600, offset%3600/60)
}

// Instant is a point in civil time: seconds since 1970-01-01 UTC and the
// offset at which to show it.
type Instant struct {
	Unix   int64
	Offset int
}

// Add returns the instant s later than i.
func (i Instant) Add(s Seconds) Instant { return Instant{Unix: i.Unix + int64(s), Offset: i.Offset} }

// Clock returns i as a civil date and time at its offset.
func (i Instant) Clock() Clock {
	local := i.Unix + int64(i.Offset)
	days := floorDiv(local, 86400)
	secs := local - days*86400
	y, m, d := civilFromDays(days)
	return Clock{Year: y, Month: m, Day: d, Hour: int(secs / 3600), Minute: int(secs % 3600 / 60), Second: int(secs % 60), Offset: i.Offset}
}

// String formats i in RFC 3339 form, the form ParseInstant reads.
func (i Instant) String() string {
	c := i.Clock()
	off := i.Offset
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", c.Year, c.Month, c.Day, c.Hour, c.Minute, c.Second, sign, off/3600, off%3600/60)
}

// ParseInstant reads an RFC 3339 time with a numeric offset, such as
// "2022-10-15T15:19:00+09:00". Fractional seconds and "Z" are not
// accepted: scenario files always name their offset.
func ParseInstant(s string) (Instant, error) {
	const layout = "YYYY-MM-DDThh:mm:ss+hh:mm"
	if len(s) != len(layout) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || (s[19] != '+' && s[19] != '-') || s[22] != ':' {
		return Instant{}, fmt.Errorf("%q is not of the form %s", s, layout)
	}
	num := func(from, to, lo, hi int, what string) (int, error) {
		n, err := strconv.Atoi(s[from:to])
		if err != nil || n < lo || n > hi {
			return 0, fmt.Errorf("%q: %s %q is not in %d..%d", s, what, s[from:to], lo, hi)
		}
		return n, nil
	}
	var v [7]int
	specs := []struct {
		from, to, lo, hi int
		what             string
	}{{0, 4, 1900, 2999, "year"}, {5, 7, 1, 12, "month"}, {8, 10, 1, 31, "day"}, {11, 13, 0, 23, "hour"}, {14, 16, 0, 59, "minute"}, {17, 19, 0, 59, "second"}, {20, 22, 0, 14, "offset hours"}}
	for k, sp := range specs {
		n, err := num(sp.from, sp.to, sp.lo, sp.hi, sp.what)
		if err != nil {
			return Instant{}, err
		}
		v[k] = n
	}
	om, err := num(23, 25, 0, 59, "offset minutes")
	if err != nil {
		return Instant{}, err
	}
	if v[2] > daysIn(v[0], v[1]) {
		return Instant{}, fmt.Errorf("%q: day %d is past the end of the month", s, v[2])
	}
	offset := v[6]*3600 + om*60
	if s[19] == '-' {
		offset = -offset
	}
	local := daysFromCivil(v[0], v[1], v[2])*86400 + int64(v[3]*3600+v[4]*60+v[5])
	return Instant{Unix: local - int64(offset), Offset: offset}, nil
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil counts days from 1970-01-01 to y-m-d in the proleptic
// Gregorian calendar (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(int64(y), 400)
	yoe := int64(y) - era*400
	mp := int64((m + 9) % 12)
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (int, int, int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), int(m), int(d)
}

// Package report turns a simulation run into words and figures for
// people: a sentence for each timeline entry, dates, durations and
// counts in English or Korean, and the whole report as text or JSON.
package report

import (
	"fmt"
	"strconv"
	"strings"

	"outagelab/sim"
)

// Lang is a language the report speaks: "en" or "ko".
type Lang string

// Languages.
const (
	English Lang = "en"
	Korean  Lang = "ko"
)

// ParseLang returns the language for s ("en" or "ko") or an error.
func ParseLang(s string) (Lang, error) {
	switch Lang(s) {
	case English, Korean:
		return Lang(s), nil
	}
	return "", fmt.Errorf("report: unknown language %q (want en or ko)", s)
}

const monthsEn = "JanFebMarAprMayJunJulAugSepOctNovDec"

// Date formats c as "15 Oct 15:19" or "10월 15일 15:19".
func Date(c sim.Clock, l Lang) string {
	if l == Korean {
		return fmt.Sprintf("%d월 %d일 %02d:%02d", c.Month, c.Day, c.Hour, c.Minute)
	}
	return fmt.Sprintf("%d %s %02d:%02d", c.Day, monthsEn[3*c.Month-3:3*c.Month], c.Hour, c.Minute)
}

// Day formats c's date as "15 Oct 2022" or "2022년 10월 15일".
func Day(c sim.Clock, l Lang) string {
	if l == Korean {
		return fmt.Sprintf("%d년 %d월 %d일", c.Year, c.Month, c.Day)
	}
	return fmt.Sprintf("%d %s %d", c.Day, monthsEn[3*c.Month-3:3*c.Month], c.Year)
}

// MonthDay formats c's day of the month as "16 Oct" or "10월 16일".
func MonthDay(c sim.Clock, l Lang) string {
	if l == Korean {
		return fmt.Sprintf("%d월 %d일", c.Month, c.Day)
	}
	return fmt.Sprintf("%d %s", c.Day, monthsEn[3*c.Month-3:3*c.Month])
}

// Duration formats d as "11 h 43 min" or "11시간 43분"; under an hour
// as minutes alone, and a moment under a minute (but more than none)
// as "under 1 min", never "0 min".
func Duration(d sim.Seconds, l Lang) string {
	if d == sim.Never {
		if l == Korean {
			return "복구 안 됨"
		}
		return "not back"
	}
	h, m := int64(d/sim.Hour), int64(d%sim.Hour/sim.Minute)
	switch {
	case d > 0 && d < sim.Minute && l == Korean: // not "0 min" for something that happened
		return "1분 미만"
	case d > 0 && d < sim.Minute:
		return "under 1 min"
	case l == Korean && h == 0:
		return fmt.Sprintf("%d분", m)
	case l == Korean:
		return fmt.Sprintf("%d시간 %d분", h, m)
	case h == 0:
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d h %d min", h, m)
}

// Count formats n with thousands separators ("47,500,000"); in Korean
// large counts use 만 and 억 ("4,750만").
func Count(n int64, l Lang) string {
	if l == Korean && n >= 10000 {
		eok, man := n/100000000, n%100000000/10000
		rest := n % 10000
		var parts []string
		if eok > 0 {
			parts = append(parts, Count(eok, English)+"억")
		}
		if man > 0 {
			parts = append(parts, Count(man, English)+"만")
		}
		if rest > 0 && eok == 0 {
			parts = append(parts, Count(rest, English))
		}
		return strings.Join(parts, " ")
	}
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

package static

import (
	"strconv"
	"strings"
)

// accepts reports whether an Accept-Encoding header value allows the content
// coding named by coding (for example "br" or "gzip"). A coding listed with
// q=0 is refused; a coding not listed is allowed only through a "*" entry
// whose q is above zero.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		ok := qualityAboveZero(params)
		switch name {
		case coding:
			return ok
		case "*":
			star = ok
		}
	}
	return star
}

// qualityAboveZero reports whether the parameters following a coding in an
// Accept-Encoding entry leave it acceptable: true unless a q parameter is
// present and parses as zero. A malformed q value is treated as acceptable,
// since the client evidently meant to list the coding.
func qualityAboveZero(params string) bool {
	for _, p := range strings.Split(params, ";") {
		key, value, found := strings.Cut(p, "=")
		if !found || strings.ToLower(strings.TrimSpace(key)) != "q" {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil {
			return true
		}
		return q > 0
	}
	return true
}

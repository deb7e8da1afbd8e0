package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// escape returns s with every character that could take over a terminal
// written out visibly instead: C0 and C1 control characters and DEL
// (such as ESC, "\x1b"), the bidirectional formatting characters that
// reorder what follows them (such as RIGHT-TO-LEFT OVERRIDE, "\u202e"),
// and bytes that are not UTF-8. A scenario's names are anyone's text,
// and a shared scenario file must not be able to move the cursor, clear
// the screen or disguise a line of the text report.
func escape(s string) string {
	if strings.IndexFunc(s, needsEscape) < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case r < 0x80 && needsEscape(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case needsEscape(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[:n])
		}
		s = s[n:]
	}
	return b.String()
}

// needsEscape reports whether r is a control or bidirectional
// formatting character that escape writes out.
func needsEscape(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f: // C0, DEL, C1
		return true
	case r == 0x061c: // ARABIC LETTER MARK
		return true
	case r == 0x200e, r == 0x200f: // LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK
		return true
	case r >= 0x202a && r <= 0x202e: // embeddings and overrides
		return true
	case r >= 0x2066 && r <= 0x2069: // isolates
		return true
	}
	return false
}

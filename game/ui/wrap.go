package ui

import (
	"strings"

	"outagelab/sim/report"
)

// Measure returns how wide s is at text size px, in layout pixels.
type Measure func(s string, px float64) float64

// Wrap breaks s into lines no wider than w at size px, at spaces
// (Korean and English both space their words); a word wider than w is
// broken where Korean and English allow it without a space (between
// Hangul syllables, after "·", "/" or "-"), or else gets a line of its
// own. A number stays with the word after it, and a duration with its
// parts ("74 h 17 min", "11시간 43분"), unless together they are wider
// than w.
func Wrap(s string, px, w float64, measure Measure) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		var words []string
		for _, a := range atoms(para) {
			if strings.Contains(a, " ") && measure(a, px) > w {
				words = append(words, strings.Fields(a)...)
				continue
			}
			words = append(words, a)
		}
		for _, word := range words {
			if line != "" {
				if try := line + " " + word; measure(try, px) <= w {
					line = try
					continue
				}
				lines = append(lines, line)
			}
			// The word starts a line: broken if it is too wide.
			pieces := breakWord(word, px, w, measure)
			lines = append(lines, pieces[:len(pieces)-1]...)
			line = pieces[len(pieces)-1]
		}
		lines = append(lines, line)
	}
	return lines
}

// atoms splits a paragraph at its spaces into the pieces a line may
// not break inside: a number with the word after it ("47.5 million",
// "74 h") and the parts of a duration ("74 h 17 min", "11시간 43분").
func atoms(para string) []string {
	var out []string
	for _, word := range strings.Fields(para) {
		if n := len(out); n > 0 && glued(out[n-1], word) {
			out[n-1] += " " + word
			continue
		}
		out = append(out, word)
	}
	return out
}

// glued reports whether a line may not break between atom and next:
// after a number, or between an hour (day) and the minutes (hours)
// that follow it.
func glued(atom, next string) bool {
	last := atom[strings.LastIndexByte(atom, ' ')+1:]
	number := func(s string) bool {
		return s != "" && strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune("0123456789,.", r) }) < 0
	}
	if number(last) {
		return true
	}
	digit := next != "" && next[0] >= '0' && next[0] <= '9'
	for _, unit := range []string{"h", "d", "days", "day", "시간", "일"} {
		if strings.HasSuffix(last, unit) && digit && (len(last) == len(unit) || number(strings.TrimSuffix(last, unit))) {
			return true
		}
	}
	return false
}

// breakWord returns word whole when it fits w, or cut into pieces that
// fit, each cut where a line may break inside a word (breakable); a
// piece with no such place within w is cut at its first one, and a
// word with none stays whole (a long URL), as wide as it is.
func breakWord(word string, px, w float64, measure Measure) []string {
	if measure(word, px) <= w {
		return []string{word}
	}
	rs := []rune(word)
	var pieces []string
	start := 0
	for measure(string(rs[start:]), px) > w {
		cut, first := -1, -1
		for k := start + 1; k < len(rs); k++ {
			if !breakable(rs[k-1], rs[k]) {
				continue
			}
			if first < 0 {
				first = k
			}
			if measure(string(rs[start:k]), px) > w {
				break
			}
			cut = k
		}
		if cut < 0 {
			cut = first
		}
		if cut < 0 {
			break
		}
		pieces = append(pieces, string(rs[start:cut]))
		start = cut
	}
	return append(pieces, string(rs[start:]))
}

// breakable reports whether a line may break between a and b inside a
// word: between two Hangul syllables, or after "·", "/" or "-".
func breakable(a, b rune) bool {
	hangul := func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
	return strings.ContainsRune("·/-", a) || hangul(a) && hangul(b)
}

// Fit returns the largest size, from px down to minPx, at which s
// wraps into at most maxLines lines of width w, with those lines; ok is
// false when even minPx does not fit (the text overflows its box).
func Fit(s string, px, minPx, w float64, maxLines int, measure Measure) (size float64, lines []string, ok bool) {
	for ; px >= minPx; px *= 0.94 {
		lines = Wrap(s, px, w, measure)
		if len(lines) <= maxLines && widest(lines, px, measure) <= w {
			return px, lines, true
		}
	}
	return minPx, Wrap(s, minPx, w, measure), false
}

func widest(lines []string, px float64, measure Measure) float64 {
	m := 0.0
	for _, l := range lines {
		m = max(m, measure(l, px))
	}
	return m
}

// StoryFit fits a step's words (title, text), in language l, into the story
// card of layout lay: the title on one line, the text (and, once the
// task is done, the "well done" line) below it, as large as fits down
// to 0.72 units (never under the layout's MinText); ok is false if even
// that overflows.
func StoryFit(lay *Layout, words [2]string, l report.Lang, done bool, measure Measure) (titlePx float64, title []string, textPx float64, text []string, ok bool) {
	box := lay.StoryText()
	u := lay.Unit
	titlePx, title, ok = Fit(words[0], 1.1*u, 0.8*u, box.W, 1, measure)
	body := words[1]
	if done {
		body += "\n" + Text(MsgDone, l)
	}
	room := box.H - titlePx*TitleLead
	least := max(0.72*u, lay.MinText())
	for px := max(0.95*u, least); px >= least; px *= 0.97 {
		text = Wrap(body, px, box.W, measure)
		if float64(len(text))*px*TextLead <= room && widest(text, px, measure) <= box.W {
			return titlePx, title, px, text, ok
		}
	}
	return titlePx, title, least, Wrap(body, least, box.W, measure), false
}

// Line spacing of the story card, as multiples of the text size.
const (
	TitleLead = 1.45
	TextLead  = 1.28
)

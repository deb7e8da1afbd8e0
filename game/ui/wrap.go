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
// own.
func Wrap(s string, px, w float64, measure Measure) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
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

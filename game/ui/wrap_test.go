package ui_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"outagelab/game/ui"
)

// runes measures text as one unit a character, whatever the size.
func runes(s string, _ float64) float64 { return float64(utf8.RuneCountInString(s)) }

// Wrap breaks at spaces; a word wider than the line is broken between
// Hangul syllables or after "·", "/" or "-", as far along as fits, and a
// word with no such place within the width is cut at its first one or,
// with none at all, keeps a line of its own; no text is lost or
// reordered.
func TestWrapBreaksOverlongWordsWhereKoreanAllows(t *testing.T) {
	for _, tt := range []struct {
		s    string
		w    float64
		want []string
		fits bool // every line within w
	}{
		{"한 가용 영역만 쓴 고객(넷플릭스·인스타그램·핀터레스트 장애)", 12, []string{"한 가용 영역만 쓴", "고객(넷플릭스·인스타그", "램·핀터레스트 장애)"}, true},
		{"Netflix/Instagram/Pinterest down", 12, []string{"Netflix/", "Instagram/", "Pinterest", "down"}, true},
		{"KakaoTalk messaging", 12, []string{"KakaoTalk", "messaging"}, true},
		{"see https://example.com/a", 10, []string{"see", "https://", "example.com/", "a"}, false},
		{"nowhere_to_break_at_all here", 8, []string{"nowhere_to_break_at_all", "here"}, false},
	} {
		got := ui.Wrap(tt.s, 12, tt.w, runes)
		assert.Equal(t, tt.want, got, tt.s)
		for _, ln := range got {
			if tt.fits {
				assert.LessOrEqual(t, runes(ln, 12), tt.w, "%q fits", ln)
			}
		}
		squeeze := func(s string) string { return strings.ReplaceAll(s, " ", "") }
		assert.Equal(t, squeeze(tt.s), squeeze(strings.Join(got, "")), "%q: every character kept, in order", tt.s)
	}
}

// A line does not break inside a duration or between a number and its
// word, unless together they are wider than the line.
func TestWrapKeepsDurationsWhole(t *testing.T) {
	for _, tt := range []struct {
		s    string
		w    float64
		want []string
	}{
		{"longest outage 74 h 17 min (Photo)", 24, []string{"longest outage", "74 h 17 min (Photo)"}},
		{"2022년 카카오톡은 11시간 43분 동안 멈췄습니다.", 17, []string{"2022년 카카오톡은", "11시간 43분 동안", "멈췄습니다."}},
		{"users 47.5 million here", 14, []string{"users", "47.5 million", "here"}},
		{"for 3 days 4 h", 10, []string{"for", "3 days 4 h"}},
		{"lost 74 h 17 min", 6, []string{"lost", "74 h", "17 min"}},
	} {
		assert.Equal(t, tt.want, ui.Wrap(tt.s, 12, tt.w, runes), tt.s)
	}
}

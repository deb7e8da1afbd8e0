package report

import "unicode"

// batchim reports whether word, read aloud in Korean, ends in a final
// consonant, and whether that consonant is ㄹ. It reads the last Hangul
// syllable, Latin letter (by its Korean letter name) or digit, skipping
// punctuation such as a closing parenthesis.
func batchim(word string) (has, rieul bool) {
	rs := []rune(word)
	for i := len(rs) - 1; i >= 0; i-- {
		r := rs[i]
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			f := (r - 0xAC00) % 28
			return f != 0, f == 8
		case unicode.IsLetter(r) && r < 0x80:
			switch unicode.ToUpper(r) {
			case 'L', 'R':
				return true, true
			case 'M', 'N':
				return true, false
			}
			return false, false
		case r >= '0' && r <= '9':
			switch r {
			case '1', '7', '8':
				return true, true
			case '0', '3', '6':
				return true, false
			}
			return false, false
		}
	}
	return false, false
}

// object appends the object particle 을 or 를 that fits word.
func object(word string) string {
	if has, _ := batchim(word); has {
		return word + "을"
	}
	return word + "를"
}

// toward appends the particle 으로 or 로 that fits word.
func toward(word string) string {
	if has, rieul := batchim(word); has && !rieul {
		return word + "으로"
	}
	return word + "로"
}

// with appends the particle 과 or 와 ("together with") that fits word.
func with(word string) string {
	if has, _ := batchim(word); has {
		return word + "과"
	}
	return word + "와"
}

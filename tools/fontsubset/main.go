// Command fontsubset writes the UI font: a subset of a TrueType font that
// keeps only the glyphs the project's text uses. It scans every string
// literal in the Go files and every string value in the JSON files under
// the given roots (tests and testdata excepted), adds the runes of a keep
// file and a fixed set of ASCII and typographic marks, and fails if the
// font lacks any of them. Run from the repository root:
//
//	go run ./tools/fontsubset -font /usr/share/fonts/truetype/nanum/NanumGothic.ttf
//
// The same inputs always give the same bytes.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

// textRoots are the directories whose text the UI draws: the game's own
// words, the scenarios' names and the report's sentences (captions).
const textRoots = "game,assets,sim/report"

func main() {
	fontPath := flag.String("font", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "TrueType font to subset")
	out := flag.String("out", "assets/fonts/ui-subset.ttf", "subset to write")
	keep := flag.String("keep", "assets/fonts/keep.txt", "text whose runes are always kept; lines starting with # are ignored")
	roots := flag.String("roots", textRoots, "comma-separated directories to scan for text")
	flag.Parse()

	if err := run(*fontPath, *out, *keep, strings.Split(*roots, ",")); err != nil {
		log.Fatal(err)
	}
}

// run writes the subset of fontPath to out and reports the sizes.
func run(fontPath, out, keepPath string, roots []string) error {
	ttf, err := os.ReadFile(fontPath)
	if err != nil {
		return fmt.Errorf("fontsubset: %w", err)
	}
	keep, err := os.ReadFile(keepPath)
	if err != nil {
		return fmt.Errorf("fontsubset: %w", err)
	}
	runes, err := collectRunes(os.DirFS("."), roots, keepText(keep))
	if err != nil {
		return err
	}
	sub, err := subsetFont(ttf, runes)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, sub, 0o644); err != nil {
		return fmt.Errorf("fontsubset: %w", err)
	}
	fmt.Printf("fontsubset: %d runes; %s %d bytes -> %s %d bytes (%.1f%%)\n",
		len(runes), fontPath, len(ttf), out, len(sub), 100*float64(len(sub))/float64(len(ttf)))
	return nil
}

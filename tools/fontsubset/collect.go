package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/scanner"
	"go/token"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// baseRunes are kept in every subset whatever the scan finds: printable
// ASCII (letters, digits, punctuation) and the typographic marks the UI
// uses for times, units and arrows.
const baseRunes = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
	"·—–→←°%₩…‘’“”×≈"

// collectRunes returns, sorted and without duplicates, the base runes, the
// runes of keep, and the runes of every string literal in the non-test Go
// files and every string value in the JSON files under roots in files.
// Directories named testdata are skipped; so are control characters.
func collectRunes(files fs.FS, roots []string, keep string) ([]rune, error) {
	set := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			if r >= ' ' && r != 0x7f && r != 0xfffd {
				set[r] = true
			}
		}
	}
	add(baseRunes)
	add(keep)
	for _, root := range roots {
		err := fs.WalkDir(files, root, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "testdata" {
					return fs.SkipDir
				}
				return nil
			}
			var strs []string
			switch {
			case strings.HasSuffix(name, "_test.go"):
				return nil
			case strings.HasPrefix(name, "game/geo/") && strings.HasSuffix(name, "_baked.go"):
				// The maps compiled in: their words are read from
				// assets/map/*.json, and their rings are binary strings
				// that are no one's text.
				return nil
			case path.Ext(name) == ".go":
				src, err := fs.ReadFile(files, name)
				if err != nil {
					return err
				}
				strs, err = goStrings(name, src)
				if err != nil {
					return err
				}
			case path.Ext(name) == ".json":
				src, err := fs.ReadFile(files, name)
				if err != nil {
					return err
				}
				strs, err = jsonStrings(name, src)
				if err != nil {
					return err
				}
			}
			for _, s := range strs {
				add(s)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("fontsubset: scan %s: %w", root, err)
		}
	}
	runes := make([]rune, 0, len(set))
	for r := range set {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	return runes, nil
}

// goStrings returns the values of the string and rune literals in a Go
// source file.
func goStrings(name string, src []byte) ([]string, error) {
	fset := token.NewFileSet()
	var s scanner.Scanner
	var failed error
	s.Init(fset.AddFile(name, -1, len(src)), src, func(pos token.Position, msg string) {
		if failed == nil {
			failed = fmt.Errorf("%s: %s", pos, msg)
		}
	}, 0)
	var out []string
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok != token.STRING && tok != token.CHAR {
			continue
		}
		if v, err := strconv.Unquote(lit); err == nil {
			out = append(out, v)
		}
	}
	return out, failed
}

// jsonStrings returns every string value (not object key) in a JSON file.
func jsonStrings(name string, src []byte) ([]string, error) {
	var v any
	if err := json.Unmarshal(src, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	return out, nil
}

// keepText returns the text of a keep file without its comment lines,
// which start with '#'.
func keepText(data []byte) string {
	var b strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			b.WriteString(line)
		}
	}
	return b.String()
}

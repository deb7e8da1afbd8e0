package main

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
)

// cmapTable builds a 'cmap' table with one format 4 subtable (Windows,
// Unicode BMP) that maps each rune of glyphs to its glyph id. Runs of
// consecutive runes with consecutive glyph ids share one segment.
func cmapTable(glyphs map[rune]uint16) ([]byte, error) {
	runes := make([]rune, 0, len(glyphs))
	for r := range glyphs {
		if r < 0 || r >= 0xFFFF {
			return nil, fmt.Errorf("fontsubset: rune U+%04X is outside the Basic Multilingual Plane", r)
		}
		runes = append(runes, r)
	}
	slices.Sort(runes)

	type segment struct{ start, end, delta uint16 }
	var segs []segment
	for _, r := range runes {
		c, g := uint16(r), glyphs[r]
		if n := len(segs); n > 0 && segs[n-1].end+1 == c && segs[n-1].delta == g-c {
			segs[n-1].end = c
			continue
		}
		segs = append(segs, segment{c, c, g - c})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1}) // required last segment

	segCount := len(segs)
	entrySelector := bits.Len(uint(segCount)) - 1
	searchRange := 2 << entrySelector
	sub := binary.BigEndian.AppendUint16(nil, 4) // format
	sub = binary.BigEndian.AppendUint16(sub, uint16(16+8*segCount))
	sub = binary.BigEndian.AppendUint16(sub, 0) // language
	sub = binary.BigEndian.AppendUint16(sub, uint16(2*segCount))
	sub = binary.BigEndian.AppendUint16(sub, uint16(searchRange))
	sub = binary.BigEndian.AppendUint16(sub, uint16(entrySelector))
	sub = binary.BigEndian.AppendUint16(sub, uint16(2*segCount-searchRange))
	for _, s := range segs {
		sub = binary.BigEndian.AppendUint16(sub, s.end)
	}
	sub = binary.BigEndian.AppendUint16(sub, 0) // reservedPad
	for _, s := range segs {
		sub = binary.BigEndian.AppendUint16(sub, s.start)
	}
	for _, s := range segs {
		sub = binary.BigEndian.AppendUint16(sub, s.delta)
	}
	for range segs {
		sub = binary.BigEndian.AppendUint16(sub, 0) // idRangeOffset: use delta
	}

	t := binary.BigEndian.AppendUint16(nil, 0) // version
	t = binary.BigEndian.AppendUint16(t, 1)    // numTables
	t = binary.BigEndian.AppendUint16(t, 3)    // platform: Windows
	t = binary.BigEndian.AppendUint16(t, 1)    // encoding: Unicode BMP
	t = binary.BigEndian.AppendUint32(t, 12)   // offset of the subtable
	return append(t, sub...), nil
}

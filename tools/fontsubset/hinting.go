package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// dropHinting returns the 'glyf' and 'loca' tables of a TrueType font
// without the glyphs' hinting programs, the loca table in the format
// given (0 short, 1 long). The game draws with x/image's sfnt, which does
// not run TrueType bytecode (its "full" hinting only rounds metrics), so
// the instructions, about 40% of NanumGothic's outline bytes, are dead
// weight in every download. Composite glyphs keep their bytes but lose
// their WE_HAVE_INSTRUCTIONS flag and program.
func dropHinting(glyf, loca []byte, locaFormat int16) (newGlyf, newLoca []byte, err error) {
	offsets, err := readLoca(loca, locaFormat, len(glyf))
	if err != nil {
		return nil, nil, err
	}
	out := make([]byte, 0, len(glyf))
	newOffsets := make([]uint32, 0, len(offsets))
	for i := 0; i+1 < len(offsets); i++ {
		newOffsets = append(newOffsets, uint32(len(out)))
		g := glyf[offsets[i]:offsets[i+1]]
		if len(g) == 0 {
			continue
		}
		if g, err = stripGlyph(g); err != nil {
			return nil, nil, fmt.Errorf("fontsubset: glyph %d: %w", i, err)
		}
		out = append(out, g...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	newOffsets = append(newOffsets, uint32(len(out)))
	for _, o := range newOffsets {
		if locaFormat == 0 {
			newLoca = binary.BigEndian.AppendUint16(newLoca, uint16(o/2))
		} else {
			newLoca = binary.BigEndian.AppendUint32(newLoca, o)
		}
	}
	return out, newLoca, nil
}

// readLoca returns the glyph offsets of a loca table, checked to rise and
// to stay inside a glyf table of n bytes.
func readLoca(loca []byte, format int16, n int) ([]int, error) {
	var offsets []int
	switch format {
	case 0:
		for i := 0; i+2 <= len(loca); i += 2 {
			offsets = append(offsets, 2*int(binary.BigEndian.Uint16(loca[i:])))
		}
	case 1:
		for i := 0; i+4 <= len(loca); i += 4 {
			offsets = append(offsets, int(binary.BigEndian.Uint32(loca[i:])))
		}
	default:
		return nil, fmt.Errorf("fontsubset: unknown loca format %d", format)
	}
	for i, o := range offsets {
		if o > n || (i > 0 && o < offsets[i-1]) {
			return nil, errors.New("fontsubset: bad loca table")
		}
	}
	return offsets, nil
}

// stripGlyph returns one glyph's bytes without its instructions.
func stripGlyph(g []byte) ([]byte, error) {
	if len(g) < 10 {
		return nil, errors.New("short glyph")
	}
	contours := int16(binary.BigEndian.Uint16(g))
	if contours < 0 {
		return stripComposite(g)
	}
	at := 10 + 2*int(contours)
	if len(g) < at+2 {
		return nil, errors.New("short glyph")
	}
	n := int(binary.BigEndian.Uint16(g[at:]))
	if len(g) < at+2+n {
		return nil, errors.New("instructions past the glyph's end")
	}
	out := make([]byte, 0, len(g)-n)
	out = append(out, g[:at]...)
	out = append(out, 0, 0)
	return append(out, g[at+2+n:]...), nil
}

// Composite glyph component flags (OpenType 'glyf').
const (
	argsAreWords    = 0x0001
	haveScale       = 0x0008
	moreComponents  = 0x0020
	haveXYScale     = 0x0040
	haveTwoByTwo    = 0x0080
	haveInstruction = 0x0100
)

// stripComposite returns a composite glyph without its instructions, which
// follow its last component when that component's flags say so.
func stripComposite(g []byte) ([]byte, error) {
	out := append([]byte(nil), g...)
	at := 10
	for {
		if len(out) < at+4 {
			return nil, errors.New("short composite glyph")
		}
		flags := binary.BigEndian.Uint16(out[at:])
		size := 4 + 2
		if flags&argsAreWords != 0 {
			size = 4 + 4
		}
		switch {
		case flags&haveScale != 0:
			size += 2
		case flags&haveXYScale != 0:
			size += 4
		case flags&haveTwoByTwo != 0:
			size += 8
		}
		if flags&moreComponents != 0 {
			at += size
			continue
		}
		if flags&haveInstruction == 0 {
			return out, nil
		}
		binary.BigEndian.PutUint16(out[at:], flags&^haveInstruction)
		return out[:at+size], nil
	}
}

// unhint replaces a subset's glyf and loca tables with dropHinting's and
// zeroes the hinting limits of its maxp table (version 1.0), which would
// otherwise describe programs that are gone.
func unhint(tables map[string][]byte) error {
	head, maxp := tables["head"], tables["maxp"]
	if len(head) < 54 {
		return errors.New("fontsubset: bad head table")
	}
	glyf, loca, err := dropHinting(tables["glyf"], tables["loca"], int16(binary.BigEndian.Uint16(head[50:])))
	if err != nil {
		return err
	}
	tables["glyf"], tables["loca"] = glyf, loca
	if len(maxp) >= 32 {
		maxp = append([]byte(nil), maxp...)
		binary.BigEndian.PutUint16(maxp[14:], 1) // maxZones: no twilight zone
		for at := 16; at <= 26; at += 2 {
			// maxTwilightPoints, maxStorage, maxFunctionDefs,
			// maxInstructionDefs, maxStackElements, maxSizeOfInstructions
			binary.BigEndian.PutUint16(maxp[at:], 0)
		}
		tables["maxp"] = maxp
	}
	return nil
}

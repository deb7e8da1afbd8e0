package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"

	gotext "github.com/go-text/typesetting/font"
	"github.com/tdewolff/font"
)

// Family is the name the subset goes by. NanumGothic's license reserves its
// font names, and a subset is a modified version, so the subset carries a
// name of its own.
const Family = "Outage Lab UI"

// keptTables lists the TrueType tables the subset keeps: the outlines,
// metrics, character map, names and kerning. Layout tables (GSUB, GPOS) are
// dropped: Hangul syllables and Latin text need no substitutions. So are
// the hinting tables (cvt, fpgm, prep, gasp), with the glyphs' own
// programs (dropHinting).
var keptTables = []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "kern", "loca", "maxp", "name", "post"}

// subsetFont returns a TrueType font holding only the glyphs for runes,
// renamed to Family and with its modification time set to its creation
// time, so the same input always gives the same bytes. It fails when the
// font has no glyph for one of the runes.
func subsetFont(ttf []byte, runes []rune) ([]byte, error) {
	sfnt, err := font.ParseSFNT(ttf, 0)
	if err != nil {
		return nil, fmt.Errorf("fontsubset: parse font: %w", err)
	}
	if !sfnt.IsTrueType {
		return nil, errors.New("fontsubset: not a TrueType (glyf) font")
	}
	// Glyphs are looked up with go-text, the parser Ebiten uses, because
	// sfnt.GlyphIndex reads a Mac Roman cmap subtable as if it were Unicode
	// ('·' comes out as '∑'). The subset numbers glyphs in the order given,
	// .notdef first; its own cmap keeps one rune per glyph, so the cmap is
	// rebuilt below from every rune's new glyph id.
	face, err := gotext.ParseTTF(bytes.NewReader(ttf))
	if err != nil {
		return nil, fmt.Errorf("fontsubset: parse font: %w", err)
	}
	glyphs := []uint16{0}
	newID := map[rune]uint16{}
	var missing []string
	for _, r := range runes {
		gid, ok := face.NominalGlyph(r)
		id := uint16(gid)
		if !ok || id == 0 || gid > 0xFFFF {
			missing = append(missing, fmt.Sprintf("%q (U+%04X)", r, r))
			continue
		}
		i := slices.Index(glyphs, id)
		if i < 0 {
			i = len(glyphs)
			glyphs = append(glyphs, id)
		}
		newID[r] = uint16(i)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("fontsubset: font has no glyph for %s", strings.Join(missing, ", "))
	}
	var tables []string
	for _, tag := range keptTables {
		if _, ok := sfnt.Tables[tag]; ok {
			tables = append(tables, tag)
		}
	}
	sub, err := sfnt.Subset(glyphs, font.SubsetOptions{Tables: tables})
	if err != nil {
		return nil, fmt.Errorf("fontsubset: subset: %w", err)
	}
	cmap, err := cmapTable(newID)
	if err != nil {
		return nil, err
	}
	sub.Tables["cmap"] = cmap
	if err := unhint(sub.Tables); err != nil {
		return nil, err
	}
	sub.Tables["name"] = nameTable(notice(sfnt, font.NameCopyrightNotice))
	out := sub.Write()
	if err := fixModified(out); err != nil {
		return nil, err
	}
	return out, nil
}

// notice returns the font's Windows-platform record of the given name,
// in US English when there is one, or "" when it has none.
func notice(sfnt *font.SFNT, id font.NameID) string {
	if sfnt.Name == nil {
		return ""
	}
	found := ""
	for _, rec := range sfnt.Name.Get(id) {
		if rec.Platform != font.PlatformWindows {
			continue
		}
		if rec.Language == 0x0409 {
			return rec.String()
		}
		if found == "" {
			found = rec.String()
		}
	}
	return found
}

// nameTable builds a 'name' table (format 0, Windows platform, Unicode BMP,
// US English) that names the font Family, keeps the original copyright
// notice and states the license, as the SIL Open Font License asks.
func nameTable(copyright string) []byte {
	records := []struct {
		id    uint16
		value string
	}{
		{0, copyright},
		{1, Family},
		{2, "Regular"},
		{3, Family + " Regular subset"},
		{4, Family},
		{6, strings.ReplaceAll(Family, " ", "")},
		{13, "This Font Software is licensed under the SIL Open Font License, Version 1.1. Subset of NanumGothic, with Reserved Font Name Nanum, NanumGothic."},
		{14, "https://openfontlicense.org"},
	}
	var head, storage []byte
	count := 0
	for _, r := range records {
		if r.value == "" {
			continue
		}
		var enc []byte
		for _, u := range utf16.Encode([]rune(r.value)) {
			enc = binary.BigEndian.AppendUint16(enc, u)
		}
		head = binary.BigEndian.AppendUint16(head, 3)      // platform: Windows
		head = binary.BigEndian.AppendUint16(head, 1)      // encoding: Unicode BMP
		head = binary.BigEndian.AppendUint16(head, 0x0409) // language: English (US)
		head = binary.BigEndian.AppendUint16(head, r.id)
		head = binary.BigEndian.AppendUint16(head, uint16(len(enc)))
		head = binary.BigEndian.AppendUint16(head, uint16(len(storage)))
		storage = append(storage, enc...)
		count++
	}
	t := binary.BigEndian.AppendUint16(nil, 0) // format
	t = binary.BigEndian.AppendUint16(t, uint16(count))
	t = binary.BigEndian.AppendUint16(t, uint16(6+len(head)))
	t = append(t, head...)
	return append(t, storage...)
}

// fixModified copies the 'head' table's created time over its modified
// time, which the writer sets to the current time, and then recomputes the
// table's checksum and the font's checksum adjustment.
func fixModified(ttf []byte) error {
	numTables := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := range numTables {
		rec := ttf[12+16*i:]
		if string(rec[:4]) != "head" {
			continue
		}
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if length < 54 || int(off+length) > len(ttf) {
			return errors.New("fontsubset: bad head table")
		}
		head := ttf[off : off+length]
		copy(head[28:36], head[20:28]) // modified = created
		binary.BigEndian.PutUint32(head[8:], 0)
		binary.BigEndian.PutUint32(rec[4:], checksum(ttf[off:off+(length+3)&^3]))
		binary.BigEndian.PutUint32(head[8:], 0xB1B0AFBA-checksum(ttf))
		return nil
	}
	return errors.New("fontsubset: no head table")
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the data padded with zeros to a multiple of four bytes.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	var last [4]byte
	copy(last[:], b)
	return sum + binary.BigEndian.Uint32(last[:])
}

package design

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"io"
	"slices"

	"outagelab/sim"
)

// LinkVersion is the version of the share-link encoding this package
// writes; links of a newer version are refused with ErrNewer.
const LinkVersion = 1

// MaxLinkLen is the longest encoded design Decode reads, in characters.
const MaxLinkLen = 16 << 10

// maxInline caps an inline base scenario once inflated, in bytes.
const maxInline = 1 << 20

// baseIDs lists, in a fixed order that links rely on, the bases a link
// names by number. Append new ones at the end; never reorder.
var baseIDs = [...]string{BlankID, "kakao2022", "kakao2022-fixed", "naver2022", "telegram2018", "ovh2021", "aws2012", "nirs2025"}

// BaseIDs returns the ids of the bases a design can start from, in the
// order links number them (the blank base first); the sandbox offers
// them in this order.
func BaseIDs() []string { return slices.Clone(baseIDs[:]) }

// inlineBase marks a link that carries its base scenario inside.
const inlineBase = 0xff

// Encode writes d as a compact, URL-safe string (base64url of a
// versioned binary form). Where d's base is not one of the built-in
// bases (an imported file), the base scenario travels inside, deflated.
func Encode(d Design, base *sim.Scenario) string {
	var b []byte
	b = append(b, LinkVersion)
	bi := -1
	for i, id := range baseIDs {
		if id == d.Base {
			bi = i
		}
	}
	if bi < 0 {
		var js, z bytes.Buffer
		if err := base.Encode(&js); err != nil {
			panic("design: a base scenario does not encode: " + err.Error())
		}
		w, _ := flate.NewWriter(&z, flate.BestCompression)
		w.Write(js.Bytes())
		w.Close()
		b = append(b, inlineBase)
		b = binary.AppendUvarint(b, uint64(z.Len()))
		b = append(b, z.Bytes()...)
	} else {
		b = append(b, byte(bi))
	}
	b = binary.AppendUvarint(b, uint64(len(d.Sites)))
	for _, s := range d.Sites {
		b = binary.AppendUvarint(b, uint64(s.From+1))
		b = binary.AppendUvarint(b, uint64(len(s.Name)))
		b = append(b, s.Name...)
		b = binary.AppendVarint(b, int64(s.Lat))
		b = binary.AppendVarint(b, int64(s.Lon))
		var flags byte
		if s.Wall {
			flags |= 1
		}
		if s.ZoneCut {
			flags |= 2
		}
		b = append(b, flags)
		b = binary.AppendUvarint(b, uint64(s.Generators))
		b = binary.AppendUvarint(b, uint64(s.FuelHours))
		b = binary.AppendUvarint(b, uint64(s.UPSMin))
	}
	b = binary.AppendUvarint(b, uint64(len(d.Comps)))
	for _, c := range d.Comps {
		b = append(b, byte(ModeIndex(c.Mode)))
		b = binary.AppendUvarint(b, uint64(len(c.Sites)))
		for _, s := range c.Sites {
			b = binary.AppendUvarint(b, uint64(s))
		}
	}
	b = append(b, byte(d.Incident.Kind))
	b = binary.AppendUvarint(b, uint64(d.Incident.Site))
	b = binary.AppendUvarint(b, uint64(d.Incident.Room))
	b = binary.AppendUvarint(b, d.Incident.Seed)
	return base64.RawURLEncoding.EncodeToString(b)
}

// ModeIndex returns m's place in Modes (0 for an unknown mode).
func ModeIndex(m sim.Mode) int {
	for i, v := range Modes() {
		if v == m {
			return i
		}
	}
	return 0
}

// Decode reads a design written by Encode. bases returns a built-in base
// scenario by id (nil if this build lacks it). It returns the design and
// its base, or a *Problem saying what is wrong: mangled, truncated, too
// long, from a newer version, or not a valid design; it never panics.
func Decode(link string, bases func(id string) *sim.Scenario) (Design, *sim.Scenario, error) {
	if len(link) > MaxLinkLen {
		return Design{}, nil, problem(ErrTooLong, "the link holds %d characters, more than %d", len(link), MaxLinkLen)
	}
	raw, err := base64.RawURLEncoding.DecodeString(link)
	if err != nil || len(raw) == 0 {
		return Design{}, nil, problem(ErrLink, "the link is not a design")
	}
	r := &reader{b: raw}
	if v := r.byte(); v > LinkVersion {
		return Design{}, nil, problem(ErrNewer, "the link was made by a newer version (%d)", v)
	} else if v == 0 {
		return Design{}, nil, problem(ErrLink, "the link has no version")
	}
	var base *sim.Scenario
	switch bi := int(r.byte()); {
	case r.err != nil:
	case bi == inlineBase:
		base, err = r.inline()
		if err != nil {
			return Design{}, nil, err
		}
	case bi < len(baseIDs):
		if base = bases(baseIDs[bi]); base == nil {
			return Design{}, nil, problem(ErrUnknownBase, "this version has no base %q", baseIDs[bi])
		}
	default:
		return Design{}, nil, problem(ErrUnknownBase, "unknown base %d", bi)
	}
	d := Design{}
	if base != nil {
		d.Base = base.ID
	}
	n := r.count(MaxSites)
	for range n {
		s := Site{From: int(r.count(sim.MaxSites+1)) - 1}
		s.Name = string(r.bytes(r.count(MaxNameBytes)))
		s.Lat, s.Lon = r.int32(), r.int32()
		flags := r.byte()
		s.Wall, s.ZoneCut = flags&1 != 0, flags&2 != 0
		s.Generators, s.FuelHours, s.UPSMin = r.count(MaxGenerators), r.count(MaxFuelHours), r.count(MaxUPSMin)
		d.Sites = append(d.Sites, s)
	}
	nc := r.count(sim.MaxComponents)
	for range nc {
		mi := int(r.byte())
		c := Comp{Mode: sim.ModeSingle}
		if mi < len(Modes()) {
			c.Mode = Modes()[mi]
		} else if r.err == nil {
			r.err = errors.New("unknown mode")
		}
		k := r.count(MaxSites)
		for range k {
			c.Sites = append(c.Sites, r.count(MaxSites-1))
		}
		d.Comps = append(d.Comps, c)
		if r.err != nil {
			break
		}
	}
	d.Incident.Kind = IncidentKind(r.byte())
	d.Incident.Site, d.Incident.Room = r.count(MaxSites-1), r.count(sim.MaxCompartments-1)
	d.Incident.Seed = r.uvarint()
	if r.err != nil || r.i != len(r.b) {
		return Design{}, nil, problem(ErrLink, "the link is cut short or has extra bytes")
	}
	if err := d.Check(base); err != nil {
		return Design{}, nil, err
	}
	if _, err := Compile(base, d); err != nil {
		return Design{}, nil, problem(ErrBroken, "%v", err)
	}
	return d, base, nil
}

// reader reads the binary form, remembering the first error; after an
// error every read returns zero.
type reader struct {
	b   []byte
	i   int
	err error
}

var errShort = errors.New("short")

func (r *reader) byte() byte {
	if r.err != nil || r.i >= len(r.b) {
		r.err = errShort
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.i += n
	return v
}

// count reads an unsigned number no larger than max.
func (r *reader) count(max int) int {
	v := r.uvarint()
	if v > uint64(max) {
		if r.err == nil {
			r.err = errors.New("out of range")
		}
		return 0
	}
	return int(v)
}

func (r *reader) int32() int32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.i:])
	if n <= 0 || v < -1<<31 || v >= 1<<31 {
		r.err = errShort
		return 0
	}
	r.i += n
	return int32(v)
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || len(r.b)-r.i < n {
		r.err = errShort
		return nil
	}
	r.i += n
	return r.b[r.i-n : r.i]
}

// inline reads a deflated base scenario carried in the link.
func (r *reader) inline() (*sim.Scenario, error) {
	z := r.bytes(r.count(MaxLinkLen))
	if r.err != nil {
		return nil, problem(ErrLink, "the link is cut short")
	}
	js, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(z)), maxInline+1))
	if err != nil {
		return nil, problem(ErrLink, "the link's scenario is mangled")
	}
	if len(js) > maxInline {
		return nil, problem(ErrTooLong, "the link's scenario is larger than %d bytes", maxInline)
	}
	s, err := sim.ParseScenario(bytes.NewReader(js))
	if err != nil {
		return nil, problem(ErrBroken, "the link's scenario: %v", err)
	}
	if len(s.Incidents) == 0 && len(s.Sites) > 0 {
		s.Incidents = []sim.Command{{Kind: sim.CmdFire, Site: s.Sites[0].ID, Compartment: s.Sites[0].Compartments[0].ID}}
	}
	return s, nil
}

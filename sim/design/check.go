package design

import (
	"fmt"
	"unicode/utf8"

	"outagelab/sim"
)

// Problem is why a design, an edit or a link was refused: a Code the
// sandbox turns into a sentence in the reader's language, and Detail in
// English for logs and tests.
type Problem struct {
	Code   Code
	Detail string
}

// Code names a kind of Problem.
type Code uint8

// Problem codes.
const (
	// ErrBroken: the design does not fit its base or breaks a rule.
	ErrBroken Code = iota
	// ErrTooManySites: MaxSites is reached.
	ErrTooManySites
	// ErrLastSite: a design keeps at least one site.
	ErrLastSite
	// ErrOnlyCopy: removing the site would leave a component with no
	// copy anywhere.
	ErrOnlyCopy
	// ErrLastCopy: a component keeps at least one copy.
	ErrLastCopy
	// ErrOffMap: a site must stand in Korea.
	ErrOffMap
	// ErrRange: a number is out of its range.
	ErrRange
	// ErrLink: a share link is mangled or truncated.
	ErrLink
	// ErrNewer: a share link was made by a newer version.
	ErrNewer
	// ErrTooLong: a share link or file is larger than the sandbox takes.
	ErrTooLong
	// ErrUnknownBase: a share link starts from a base this build lacks.
	ErrUnknownBase
)

// String returns the code's name in lowercase words joined by hyphens,
// such as "too-many-sites".
func (c Code) String() string {
	names := [...]string{"broken", "too-many-sites", "last-site", "only-copy", "last-copy", "off-map", "range", "link", "newer", "too-long", "unknown-base"}
	if int(c) < len(names) {
		return names[c]
	}
	return fmt.Sprintf("Code(%d)", uint8(c))
}

// Error returns the problem in English.
func (p *Problem) Error() string { return "design: " + p.Detail }

func problem(code Code, format string, args ...any) *Problem {
	return &Problem{Code: code, Detail: fmt.Sprintf(format, args...)}
}

// Check reports whether d is a valid design on base: its sites within
// the limits and on the map, each kept base site at most once, and one
// entry per base component with at least one copy in a site of the
// design.
func (d Design) Check(base *sim.Scenario) error {
	if d.Base != base.ID {
		return problem(ErrBroken, "the design starts from %q, not %q", d.Base, base.ID)
	}
	if len(d.Sites) == 0 {
		return problem(ErrLastSite, "a design needs at least one site")
	}
	if len(d.Sites) > MaxSites {
		return problem(ErrTooManySites, "%d sites, more than the limit of %d", len(d.Sites), MaxSites)
	}
	seen := map[int]bool{}
	for i, s := range d.Sites {
		if s.From < -1 || s.From >= len(base.Sites) || (s.From >= 0 && seen[s.From]) {
			return problem(ErrBroken, "site %d keeps base site %d, which is not there or kept twice", i, s.From)
		}
		seen[s.From] = s.From >= 0
		if err := s.check(); err != nil {
			return err
		}
	}
	if len(d.Comps) != len(base.Comps) {
		return problem(ErrBroken, "%d components, but the base has %d", len(d.Comps), len(base.Comps))
	}
	for i, c := range d.Comps {
		if !validMode(c.Mode) {
			return problem(ErrBroken, "component %d has mode %q", i, c.Mode)
		}
		if len(c.Sites) == 0 {
			return problem(ErrLastCopy, "component %s runs nowhere", base.Comps[i].ID)
		}
		in := map[int]bool{}
		for _, si := range c.Sites {
			if si < 0 || si >= len(d.Sites) || in[si] {
				return problem(ErrBroken, "component %s names site %d, which is not there or named twice", base.Comps[i].ID, si)
			}
			in[si] = true
		}
	}
	in := d.Incident
	switch {
	case in.Kind >= numIncidents:
		return problem(ErrBroken, "unknown incident kind %d", in.Kind)
	case in.Site < 0 || in.Site >= len(d.Sites):
		return problem(ErrBroken, "the incident strikes site %d of %d", in.Site, len(d.Sites))
	case in.Room < 0 || in.Room >= sim.MaxCompartments:
		return problem(ErrBroken, "the incident strikes room %d", in.Room)
	}
	return nil
}

// check reports whether the site's own values are in range.
func (s Site) check() error {
	lat, lon := s.Degrees()
	switch {
	case len(s.Name) > MaxNameBytes || !utf8.ValidString(s.Name):
		return problem(ErrRange, "a site name is longer than %d bytes or not UTF-8", MaxNameBytes)
	case lat < -90 || lat > 90 || lon < -180 || lon > 180:
		return problem(ErrOffMap, "a site at %.4f, %.4f is off the globe", lat, lon)
	case s.Generators < 0 || s.Generators > MaxGenerators:
		return problem(ErrRange, "%d generators, outside 0..%d", s.Generators, MaxGenerators)
	case s.FuelHours < 0 || s.FuelHours > MaxFuelHours:
		return problem(ErrRange, "%d hours of fuel, outside 0..%d", s.FuelHours, MaxFuelHours)
	case s.UPSMin < 0 || s.UPSMin > MaxUPSMin:
		return problem(ErrRange, "%d UPS minutes, outside 0..%d", s.UPSMin, MaxUPSMin)
	}
	return nil
}

func validMode(m sim.Mode) bool {
	for _, v := range Modes() {
		if v == m {
			return true
		}
	}
	return false
}

// onMap reports whether the site stands in Korea, where the sandbox lets
// the reader place and move sites.
func (s Site) onMap() error {
	lat, lon := s.Degrees()
	if lat < MinLat || lat > MaxLat || lon < MinLon || lon > MaxLon {
		return problem(ErrOffMap, "a site at %.4f, %.4f is off the map of Korea", lat, lon)
	}
	return nil
}

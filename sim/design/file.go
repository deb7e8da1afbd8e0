package design

import (
	"bytes"
	"io"
	"slices"

	"outagelab/sim"
)

// MaxFileBytes is the largest scenario file the sandbox imports.
const MaxFileBytes = 1 << 20

// Import reads a scenario file in the core's format as a new base and
// returns the design that leaves it as it is. A file larger than
// MaxFileBytes, one sim cannot parse, or one beyond the sandbox's limits
// is refused with a *Problem naming what is wrong. A file whose id is a
// built-in base's is renamed, so a link never mistakes it for the
// built-in one.
func Import(r io.Reader) (Design, *sim.Scenario, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return Design{}, nil, problem(ErrBroken, "%v", err)
	}
	if len(data) > MaxFileBytes {
		return Design{}, nil, problem(ErrTooLong, "the file is larger than %d bytes", MaxFileBytes)
	}
	s, err := sim.ParseScenario(bytes.NewReader(data))
	if err != nil {
		return Design{}, nil, problem(ErrBroken, "%v", err)
	}
	if slices.Contains(baseIDs[:], s.ID) {
		s.ID += "-file"
	}
	if len(s.Sites) > MaxSites {
		return Design{}, nil, problem(ErrTooManySites, "the file has %d sites; the sandbox holds %d", len(s.Sites), MaxSites)
	}
	d := FromScenario(s)
	if err := d.Check(s); err != nil {
		return Design{}, nil, err
	}
	if _, err := Compile(s, d); err != nil {
		return Design{}, nil, problem(ErrBroken, "%v", err)
	}
	return d, s, nil
}

// Export writes the compiled scenario of d on base as a scenario file in
// the core's format, with the design's incident as its incidents.
func Export(w io.Writer, base *sim.Scenario, d Design) error {
	s, err := Compile(base, d)
	if err != nil {
		return err
	}
	s.ID = "sandbox-" + base.ID
	if len(s.ID) > 64 {
		s.ID = s.ID[:64]
	}
	return s.Encode(w)
}

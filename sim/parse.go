package sim

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxScenarioBytes is the largest scenario file ParseScenario reads.
const MaxScenarioBytes = 4 << 20

// FieldError is a problem with one field of a scenario: Path names the
// field as it is spelled in the file ("sites[0].zones[2].ups[1]").
type FieldError struct {
	Path string
	Msg  string
}

// Error implements error.
func (e *FieldError) Error() string {
	if e.Path == "" {
		return "sim: scenario: " + e.Msg
	}
	return "sim: scenario: " + e.Path + ": " + e.Msg
}

// ParseScenario reads a scenario file in the JSON format described in
// assets/scenarios/README.md and checks it. Errors say which field is
// wrong (a *FieldError) or where the JSON breaks (line and column).
func ParseScenario(r io.Reader) (*Scenario, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxScenarioBytes+1))
	if err != nil {
		return nil, fmt.Errorf("sim: scenario: reading: %w", err)
	}
	if len(data) > MaxScenarioBytes {
		return nil, &FieldError{Msg: fmt.Sprintf("file is larger than %d bytes", MaxScenarioBytes)}
	}
	var s Scenario
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, jsonError(data, err)
	}
	if dec.More() {
		return nil, &FieldError{Msg: "unexpected data after the scenario object"}
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

// jsonError turns a decoding error into a FieldError that names the
// field, with the index of each list element on the way to it, or the
// line and column.
func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := lineCol(data, syn.Offset)
		return &FieldError{Msg: fmt.Sprintf("line %d, column %d: %v", line, col, syn)}
	case errors.As(err, &typ):
		line, col := lineCol(data, typ.Offset)
		path, ok := pathAt(data, typ.Offset)
		if !ok {
			path = typ.Field
		}
		return &FieldError{Path: path, Msg: fmt.Sprintf("line %d, column %d: got a JSON %s, want %s", line, col, typ.Value, typ.Type)}
	case errors.Is(err, io.EOF):
		return &FieldError{Msg: "file is empty"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &FieldError{Msg: "file ends in the middle of the scenario (truncated?)"}
	}
	return &FieldError{Msg: err.Error()}
}

func lineCol(data []byte, offset int64) (int, int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	line, col := 1, 1
	for _, b := range data[:offset] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// Encode writes s as indented JSON in the format ParseScenario reads.
func (s *Scenario) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return fmt.Errorf("sim: encoding scenario: %w", err)
	}
	return nil
}

package sim

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// jsonPath finds where a byte offset falls in a JSON document, to name
// the element a decoding error is about. encoding/json's
// UnmarshalTypeError.Field drops array indexes ("sites.lat"); walking
// the document's tokens gives them back ("sites[0].lat").
type jsonPath struct {
	dec *json.Decoder
	off int64
}

// pathAt returns the path, spelled as FieldError.Path spells it, of the
// innermost value of the JSON document data whose bytes end at or after
// offset off and start before it. It reports false if no value holds
// off or data is not valid JSON up to off.
func pathAt(data []byte, off int64) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a number out of float64's range is still a token
	p := jsonPath{dec: dec, off: off}
	path, found, err := p.value("")
	return path, found && err == nil
}

// value reads the next value, whose path is path, and returns the path
// of the innermost value in it that holds p.off. It stops reading as
// soon as it has found one. The bytes a value holds run from the end
// of the token before it (so they include the ',' or ':' in between)
// to its last byte.
func (p *jsonPath) value(path string) (string, bool, error) {
	start := p.dec.InputOffset()
	tok, err := p.dec.Token()
	if err != nil {
		return "", false, err
	}
	switch tok {
	case json.Delim('{'):
		for p.dec.More() {
			key, err := p.dec.Token()
			if err != nil {
				return "", false, err
			}
			name, _ := key.(string)
			if path != "" {
				name = path + "." + name
			}
			if got, found, err := p.value(name); found || err != nil {
				return got, found, err
			}
		}
	case json.Delim('['):
		for i := 0; p.dec.More(); i++ {
			if got, found, err := p.value(path + "[" + strconv.Itoa(i) + "]"); found || err != nil {
				return got, found, err
			}
		}
	default:
		return path, p.holds(start), nil
	}
	if _, err := p.dec.Token(); err != nil { // the closing '}' or ']'
		return "", false, err
	}
	return path, p.holds(start), nil
}

// holds reports whether the value that began after byte start and
// ends at the decoder's offset holds p.off.
func (p *jsonPath) holds(start int64) bool {
	return start < p.off && p.off <= p.dec.InputOffset()
}

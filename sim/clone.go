package sim

import (
	"bytes"
	"encoding/json"
)

// clone returns a deep copy of s.
func (s *Scenario) clone() *Scenario {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(s); err != nil {
		panic("sim: scenario does not encode: " + err.Error())
	}
	var c Scenario
	if err := json.NewDecoder(&buf).Decode(&c); err != nil {
		panic("sim: scenario does not decode: " + err.Error())
	}
	return &c
}

// Clone returns a deep copy of s that shares nothing with it.
func (s *Scenario) Clone() *Scenario { return s.clone() }

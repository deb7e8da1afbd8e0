package ui

import (
	"encoding/json"
	"fmt"
)

// Source is an entry of the fact sheet's bibliography.
type Source struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Link  string `json:"link"`
}

// ParseSources reads assets/story/sources.json into a map by id.
func ParseSources(data []byte) (map[string]Source, error) {
	var f struct {
		Sources []Source `json:"sources"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("ui: sources: %w", err)
	}
	m := make(map[string]Source, len(f.Sources))
	for _, s := range f.Sources {
		if s.ID == "" || s.Title == "" {
			return nil, fmt.Errorf("ui: sources: an entry lacks an id or a title: %+v", s)
		}
		m[s.ID] = s
	}
	return m, nil
}

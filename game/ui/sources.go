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
	list, err := parseSourceList(data)
	if err != nil {
		return nil, err
	}
	return index(list), nil
}

// BuiltinSources returns the fact sheet's bibliography compiled into
// the program (sources_baked.go, written from assets/story/sources.json
// and checked against it by its test), by id: opening the explainer
// decodes no JSON.
func BuiltinSources() map[string]Source { return index(bakedSources) }

// parseSourceList reads the entries of sources.json, in order; every
// entry needs an id and a title.
func parseSourceList(data []byte) ([]Source, error) {
	var f struct {
		Sources []Source `json:"sources"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("ui: sources: %w", err)
	}
	for _, s := range f.Sources {
		if s.ID == "" || s.Title == "" {
			return nil, fmt.Errorf("ui: sources: an entry lacks an id or a title: %+v", s)
		}
	}
	return f.Sources, nil
}

// index maps sources by id.
func index(list []Source) map[string]Source {
	m := make(map[string]Source, len(list))
	for _, s := range list {
		m[s.ID] = s
	}
	return m
}

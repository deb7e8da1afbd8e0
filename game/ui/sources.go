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

// BuiltinSources returns the entries of the fact sheet's bibliography
// that the story's steps cite, compiled into the program
// (sources_baked.go, written from assets/story/sources.json and checked
// against it by its test), by id: opening the explainer decodes no JSON,
// and the download carries no entry a reader could not open.
func BuiltinSources() map[string]Source { return index(bakedSources) }

// cited keeps the entries of list that a step of the story cites, in
// list's order.
func cited(list []Source) []Source {
	want := map[string]bool{}
	for _, st := range Steps() {
		for _, id := range st.Sources {
			want[id] = true
		}
	}
	var out []Source
	for _, s := range list {
		if want[s.ID] {
			out = append(out, s)
		}
	}
	return out
}

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

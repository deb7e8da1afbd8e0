package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"outagelab/assets"
	"outagelab/sim"
)

// Presets is the catalog of built-in scenarios, one JSON file each,
// named for its id. A scenario is parsed the first time it is asked
// for, so opening the explainer parses only the one its first screen
// shows.
type Presets struct {
	fsys   fs.FS
	dir    string
	ids    []string
	parsed map[string]*sim.Scenario
}

// NewPresets lists the scenarios in directory dir of fsys (files named
// id.json); it reads none of them yet.
func NewPresets(fsys fs.FS, dir string) (*Presets, error) {
	ents, err := readDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("ui: presets: %w", err)
	}
	p := &Presets{fsys: fsys, dir: dir, parsed: map[string]*sim.Scenario{}}
	for _, e := range ents {
		if id, ok := strings.CutSuffix(e.Name(), ".json"); ok && !e.IsDir() {
			p.ids = append(p.ids, id)
		}
	}
	slices.Sort(p.ids)
	return p, nil
}

// readDir lists directory dir of fsys in the order fsys gives. It is
// fs.ReadDir without its sort by name, which NewPresets does on the ids
// anyway: fs.ReadDir's generic sort of fs.DirEntry is about 13 KB of
// WebAssembly that nothing else links.
func readDir(fsys fs.FS, dir string) ([]fs.DirEntry, error) {
	f, err := fsys.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: dir, Err: errors.New("not a directory")}
	}
	return d.ReadDir(-1)
}

// BuiltinPresets returns the presets the explainer ships
// (assets/scenarios). The one its first screen shows, kakao2022, is
// compiled into the program (kakao2022_baked.go, which a test checks
// against the file and rewrites with -update), so that opening the
// explainer decodes no JSON; the others are parsed when asked for. Its
// file is not in assets.Game, so it is listed here.
func BuiltinPresets() (*Presets, error) {
	p, err := NewPresets(assets.Game, "scenarios")
	if err != nil {
		return nil, err
	}
	p.parsed[bakedKakao2022.ID] = &bakedKakao2022
	p.ids = append(p.ids, bakedKakao2022.ID)
	slices.Sort(p.ids)
	return p, nil
}

// IDs returns the presets' ids, sorted.
func (p *Presets) IDs() []string { return p.ids }

// Has reports whether id is a preset.
func (p *Presets) Has(id string) bool {
	_, ok := slices.BinarySearch(p.ids, id)
	return ok
}

// Get returns preset id, parsing it on first use. An unknown id, a file
// that does not parse, or one whose id is not its name is an error.
func (p *Presets) Get(id string) (*sim.Scenario, error) {
	if s := p.parsed[id]; s != nil {
		return s, nil
	}
	if !p.Has(id) {
		return nil, fmt.Errorf("ui: no preset %q", id)
	}
	name := path.Join(p.dir, id+".json")
	data, err := fs.ReadFile(p.fsys, name)
	if err != nil {
		return nil, fmt.Errorf("ui: preset: %w", err)
	}
	s, err := sim.ParseScenario(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ui: %s: %w", name, err)
	}
	if s.ID != id {
		return nil, fmt.Errorf("ui: %s: its id is %q, not its name", name, s.ID)
	}
	p.parsed[id] = s
	return s, nil
}

// must returns preset id; the embedded presets are checked by the
// tests, so one that fails to load is a bug.
func (p *Presets) must(id string) *sim.Scenario {
	s, err := p.Get(id)
	if err != nil {
		panic("ui: a built-in preset failed to load: " + err.Error())
	}
	return s
}

// Package assets holds the files the program embeds: the scenario
// presets (scenarios/*.json) and the subset UI font
// (fonts/ui-subset.ttf). It has no logic; callers read FS. The map of
// Korea (map/korea.json) and the story's bibliography
// (story/sources.json, from the fact sheet) are not embedded: the game
// compiles them in as Go data (game/geo.Korea, ui.BuiltinSources).
package assets

import "embed"

// FS holds every embedded asset, by path ("scenarios/kakao2022.json").
//
//go:embed scenarios/*.json fonts/ui-subset.ttf
var FS embed.FS

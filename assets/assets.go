// Package assets holds the files the program embeds: the scenario
// presets (scenarios/*.json), the subset UI font (fonts/ui-subset.ttf)
// and the story's bibliography (story/sources.json, from the fact
// sheet). It has no logic; callers read FS. The map of Korea
// (map/korea.json) is not embedded: the game compiles it in as Go data
// (game/geo.Korea).
package assets

import "embed"

// FS holds every embedded asset, by path ("scenarios/kakao2022.json").
//
//go:embed scenarios/*.json fonts/ui-subset.ttf story/sources.json
var FS embed.FS

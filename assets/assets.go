// Package assets holds the files the program embeds: the scenario
// presets (scenarios/*.json), the map of Korea (map/korea.json) and the
// subset UI font (fonts/ui-subset.ttf). It has no logic; callers read FS.
package assets

import "embed"

// FS holds every embedded asset, by path ("scenarios/kakao2022.json").
//
//go:embed scenarios/*.json map/korea.json fonts/ui-subset.ttf
var FS embed.FS

// Package assets holds the files the program embeds: the scenario
// presets (scenarios/*.json). It has no logic; callers read FS.
package assets

import "embed"

// FS holds every embedded asset, by path ("scenarios/kakao2022.json").
//
//go:embed scenarios/*.json
var FS embed.FS

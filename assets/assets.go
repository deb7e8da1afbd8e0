// Package assets holds the files the program embeds: the scenario
// presets (scenarios/*.json) and the subset UI font
// (fonts/ui-subset.ttf). It has no logic; callers read FS or Game. The
// maps (map/*.json) and the story's bibliography (story/sources.json,
// from the fact sheet) are not embedded: the game compiles them in as Go
// data (game/geo's maps; ui.BuiltinSources, the entries the story
// cites).
package assets

import "embed"

// FS holds every embedded asset, by path ("scenarios/kakao2022.json"),
// for the tests and the command-line tools.
//
//go:embed scenarios/*.json fonts/ui-subset.ttf
var FS embed.FS

// Game holds the assets the game reads: FS without Baked, which the game
// compiles in as Go data (game/ui's bakedKakao2022) so that its first
// screen decodes no JSON. The game reads Game, never FS: the linker keeps
// an embedded variable only if the program refers to it, so the browser
// build does not carry Baked's file, which it would never read, twice.
// A test (game/ui's TestGameEmbedsEveryAssetButTheBaked) checks this
// list against the directory.
//
//go:embed scenarios/aws2012.json scenarios/kakao2022-fixed.json scenarios/naver2022.json scenarios/nirs2025.json scenarios/ovh2021.json scenarios/telegram2018.json fonts/ui-subset.ttf
var Game embed.FS

// Baked is the file of the one preset the game compiles in, and which
// Game therefore leaves out.
const Baked = "scenarios/kakao2022.json"

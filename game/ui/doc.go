// Package ui is the game's logic without Ebiten: screen layouts and hit
// testing, input turned into actions, the playback clock that drives the
// simulation, captions, and the state the page's test hook reads. It
// imports no graphics, so it tests without a display; package game
// draws what it describes.
package ui

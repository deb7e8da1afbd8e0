// Package layers holds no code. Its test checks the layer rules of
// STYLE.md, so that they are kept by CI rather than by good intentions:
// imports flow from wasm/ and main.go to game/, from game/ to game/ui,
// and from everything to sim/, never back; platform code stays in
// wasm/; assets/ holds data. Run it with:
//
//	go test ./tools/layers
package layers

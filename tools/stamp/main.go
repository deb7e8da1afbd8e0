// Command stamp writes into a built web directory's index.html how much a
// reader downloads on pressing the embed cover's Play button: the sizes of
// app.wasm.br and wasm_exec.js.br added up, in place of the placeholder
// __DOWNLOAD_BYTES__. `make web` and the browser tests' harness both run
// it, after compressing those two files and before compressing the page:
//
//	go run ./tools/stamp -dir web
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"
)

// downloaded lists the files that the Play press fetches, as a browser
// that accepts brotli receives them.
var downloaded = []string{"app.wasm.br", "wasm_exec.js.br"}

func main() {
	dir := flag.String("dir", "web", "built web directory")
	flag.Parse()

	var total int64
	for _, name := range downloaded {
		info, err := os.Stat(filepath.Join(*dir, name))
		if err != nil {
			log.Fatalf("stamp: %v (compress the build first)", err)
		}
		total += info.Size()
	}
	page := filepath.Join(*dir, "index.html")
	html, err := os.ReadFile(page)
	if err != nil {
		log.Fatalf("stamp: %v", err)
	}
	out, err := stamp(html, total)
	if err != nil {
		log.Fatalf("stamp: %s: %v", page, err)
	}
	if err := os.WriteFile(page, out, 0o644); err != nil {
		log.Fatalf("stamp: %v", err)
	}
	log.Printf("stamp: %s: Play downloads %d bytes", page, total)
}

//go:build !js

// Command serve serves the built web directory for `make play`:
//
//	go run ./wasm/serve -addr 127.0.0.1:8080 -dir web
//
// It sends app.wasm as application/wasm and prefers the precompressed
// app.wasm.br or app.wasm.gz when the browser accepts them.
package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"time"

	"outagelab/wasm/static"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := flag.String("dir", "web", "directory to serve")
	flag.Parse()

	info, err := os.Stat(*dir)
	if err != nil || !info.IsDir() {
		log.Fatalf("serve: %s is not a directory (run make web first)", *dir)
	}
	srv := &http.Server{
		Addr:              *addr,
		Handler:           static.New(os.DirFS(*dir)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Printf("serve: %s on http://%s/", *dir, *addr)
	log.Fatal(srv.ListenAndServe())
}

//go:build !js

// Command serve serves the built web directory for `make play`:
//
//	go run ./tools/serve -addr 127.0.0.1:8080 -dir web
//
// It sends app.wasm as application/wasm and prefers the precompressed
// app.wasm.br or app.wasm.gz when the browser accepts them. With port 0 it
// picks a free port; the first line it logs names the address in use.
package main

import (
	"flag"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"outagelab/tools/serve/static"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := flag.String("dir", "web", "directory to serve")
	flag.Parse()

	info, err := os.Stat(*dir)
	if err != nil || !info.IsDir() {
		log.Fatalf("serve: %s is not a directory (run make web first)", *dir)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	srv := &http.Server{
		Handler:           static.New(os.DirFS(*dir)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Printf("serve: %s on http://%s/", *dir, ln.Addr())
	log.Fatal(srv.Serve(ln))
}

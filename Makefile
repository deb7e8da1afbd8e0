# Outage Lab. `make test` sets up a fresh Debian machine and runs every
# check; see README.md.

SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(PATH)
GOROOT_WASM := $(shell go env GOROOT)/lib/wasm
FUZZTIME ?= 10s

.PHONY: test check build vet fmt unit wasm-unit fuzz bench report deps-node

## test: everything CI runs: format, vet, both builds, unit tests native
## and under WebAssembly, and a short run of every fuzz target.
test: deps-node check unit wasm-unit fuzz

check: fmt vet build

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	go vet ./...

build:
	go build ./...
	GOOS=js GOARCH=wasm go build ./...

unit:
	go test -count=1 ./...

## wasm-unit: the same sim tests compiled to WebAssembly, run in Node;
## they compare against the same golden files and hashes as native.
wasm-unit:
	PATH="$(GOROOT_WASM):$$PATH" GOOS=js GOARCH=wasm go test -count=1 ./sim/...

fuzz:
	go test ./sim -run '^$$' -fuzz '^FuzzParseScenario$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 1s

bench:
	go test ./sim -run '^$$' -bench . -benchmem

report:
	go run . -report kakao2022

# Node runs the WebAssembly tests; install it where it is missing.
deps-node:
	@command -v node >/dev/null || { sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		$$sudo apt-get update && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y --no-install-recommends nodejs; }

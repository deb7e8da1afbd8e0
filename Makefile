# Outage Lab. Two commands do everything on a fresh Debian machine:
#   make play   build the browser version and serve it on http://127.0.0.1:8080
#   make test   every check CI runs
# See README.md.

SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(PATH)
GO ?= go
GOROOT_WASM = $(shell $(GO) env GOROOT)/lib/wasm
# Fuzz budgets count executions, not seconds: Go 1.26's fuzz coordinator
# can report a spurious "context deadline exceeded" when a -fuzztime
# duration ends while a worker is mid-call (golang/go#75804, fixed in 1.27).
FUZZTIME ?= 80000x
ADDR ?= 127.0.0.1:8080

include visual.mk

.PHONY: test deps check fmt vet build unit wasm-unit fuzz bench report play deps-node dist poster

## play: set up, build the browser version and serve it.
play: deps-apt web
	@echo "Outage Lab on http://$(ADDR)/ (Ctrl+C stops it)"
	$(GO) run ./tools/serve -addr $(ADDR) -dir $(WEB_DIR)

## dist: the self-contained static folder (dist/) that works from any
## static host under any sub-path: the page, wasm_exec.js, the WASM with
## .br and .gz beside it, the poster, the teacher guide and the credits;
## then tools/share/share.js takes the sharing cards (card-<preset>-<lang>.png,
## from the running explainer in headless chromium, a few minutes) and
## writes the sharing tags into index.html. PUBLIC_URL is where dist/ will
## be served (make dist PUBLIC_URL=https://news.example/outagelab/): Open
## Graph's image and oEmbed (oembed.json, oembed-ko.json) need it, as
## they take absolute URLs only; without it they are left out.
PUBLIC_URL ?=
dist: deps web
	rm -rf dist && mkdir -p dist
	cp $(WEB_DIR)/* dist/
	cp assets/CREDITS.txt dist/CREDITS.txt
	cp assets/fonts/OFL.txt dist/OFL-font.txt
	node tools/share/share.js -dist dist -url "$(PUBLIC_URL)"
	@echo "dist/: $$(du -sh dist | cut -f1) on disk; a browser downloads (brotli) \
	$$(cat dist/index.html.br dist/wasm_exec.js.br dist/app.wasm.br | wc -c) bytes"

## poster: retake assets/poster.png from the running explainer.
poster: deps
	node e2e/poster.js

## shots: screenshots of a fixed set of states into $(OUT), the same
## pixels on every run of the same code; REPO=dir shoots another
## checkout. Compare two runs with: node tools/shots/diff.js BEFORE AFTER
.PHONY: shots
shots: deps
	@test -n "$(OUT)" || { echo "usage: make shots OUT=dir [REPO=checkout]"; exit 2; }
	node tools/shots/shots.js -out $(OUT) -repo $(or $(REPO),.)

## test: format, vet, both builds, Go tests natively (under Xvfb, as
## Ebiten needs a display) and the sim under WebAssembly, short fuzz
## runs of every decoder, then the browser tests in headless Chromium.
test: deps check unit wasm-unit fuzz e2e

deps: deps-apt deps-node node_modules/.package-lock.json

check: fmt vet build

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

build:
	$(GO) build ./...
	GOOS=js GOARCH=wasm $(GO) build ./...

unit:
	xvfb-run -a $(GO) test -count=1 ./...

## wasm-unit: the sim and the pure packages compiled to WebAssembly and
## run in Node; the sim compares the same golden files and hashes.
wasm-unit:
	PATH="$(GOROOT_WASM):$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 ./sim/... ./game/ui ./game/geo ./tools/serve/static

fuzz:
	$(GO) test ./sim -run '^$$' -fuzz '^FuzzParseScenario$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 500x
	$(GO) test ./game/geo -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 500x
	$(GO) test ./sim/design -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 500x

## bench: the performance budget (issue 9, not part of `make test`).
## Builds the explainer and a bare Ebiten program (tools/bench/bare) with
## the flags of `make web`, runs the sim benchmarks natively and as
## WebAssembly, then tools/bench/bench.js serves both builds, measures them
## in headless Chromium, checks the budgets and writes BENCH.md.
## About five minutes on a 2-core machine.
BENCH_DIR ?= $(or $(TMPDIR),/tmp)/outagelab-bench
BENCH_WASM_TIME ?= 0.3s
bench: deps
	rm -rf $(BENCH_DIR) && mkdir -p $(BENCH_DIR)
	$(MAKE) --no-print-directory -f visual.mk web WASM_PKG=. WEB_DIR=$(BENCH_DIR)/explainer
	$(MAKE) --no-print-directory -f visual.mk web WASM_PKG=./tools/bench/bare WEB_DIR=$(BENCH_DIR)/bare
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(WASM_GCFLAGS) -o $(BENCH_DIR)/explainer-syms.wasm .
	GOOS=js GOARCH=wasm $(GO) build -trimpath -o $(BENCH_DIR)/bare-syms.wasm ./tools/bench/bare
	set -o pipefail; $(GO) test ./sim -run '^$$' -bench . -benchmem | tee $(BENCH_DIR)/sim-native.txt
	set -o pipefail; PATH="$(GOROOT_WASM):$$PATH" GOOS=js GOARCH=wasm $(GO) test ./sim -run '^$$' -bench . -benchmem \
		-benchtime $(BENCH_WASM_TIME) -count 2 | tee $(BENCH_DIR)/sim-wasm.txt
	node tools/bench/bench.js -explainer $(BENCH_DIR)/explainer -bare $(BENCH_DIR)/bare \
		-font assets/fonts/ui-subset.ttf -sim-native $(BENCH_DIR)/sim-native.txt -sim-wasm $(BENCH_DIR)/sim-wasm.txt \
		-syms-explainer $(BENCH_DIR)/explainer-syms.wasm -syms-bare $(BENCH_DIR)/bare-syms.wasm -out BENCH.md

## report: the headless report on the Kakao preset; it imports nothing
## graphical, so it needs no display.
report:
	$(GO) run ./cmd/report kakao2022

# Node runs the WebAssembly tests and the browser tests; install it
# where it is missing.
deps-node:
	@command -v node >/dev/null && command -v npm >/dev/null || { \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends nodejs npm; }

# visual.mk: browser and visual build steps for Outage Lab.
# The main Makefile includes this file; it can also run alone:
#   make -f visual.mk web WASM_PKG=./e2e/testdata/standin

GO       ?= go
WASM_PKG ?= .
WEB_DIR  ?= web
FONT_SRC ?= /usr/share/fonts/truetype/nanum/NanumGothic.ttf
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages for the browser build, the e2e tests, desktop Ebiten
# builds under Xvfb, and the Hangul font subset.
APT_PACKAGES := chromium xvfb brotli libx11-dev libxrandr-dev libxcursor-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev libgl1-mesa-dev fonts-nanum xauth

.PHONY: deps-apt deps-npm font web e2e

# deps-apt installs only the packages that are missing, and runs no apt at
# all when every one is present.
deps-apt:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then \
		echo "deps-apt: all packages present"; \
	else \
		echo "deps-apt: installing$$missing"; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

deps-npm:
	npm ci

node_modules/.package-lock.json: package-lock.json
	npm ci

# font rewrites assets/fonts/ui-subset.ttf from $(FONT_SRC) (fonts-nanum),
# keeping the glyphs for all text in game/ and assets/ plus
# assets/fonts/keep.txt. Run it after changing any text; the tests in
# tools/fontsubset fail while the committed subset is stale.
font:
	$(GO) run ./tools/fontsubset -font $(FONT_SRC) -out assets/fonts/ui-subset.ttf

# compress writes a .gz and a .br beside each file of $(1) in $(WEB_DIR).
compress = for f in $(1); do \
		gzip -9 -k -f $(WEB_DIR)/$$f && brotli -q 11 -f $(WEB_DIR)/$$f || exit 1; \
	done

# WASM_GCFLAGS turn off inlining in the packages whose speed no frame
# waits on (drawing and layout, the design editor, the report's words,
# the browser glue; encoding/json, which reads a preset or a share link
# when the reader picks one; golang.org/x/text, which reads the font's
# names once, and golang.org/x/image/font/sfnt, which reads a glyph's
# outline once for the glyph atlas): inlined Go compiles to WebAssembly
# that compresses worse, and without it the download is about 48 KB
# (brotli) smaller, and about 40 KB more for the three libraries
# (measured on 6 Dec 2026; brotli's size moves by up to 12 KB with a
# small change to the code, so the budget wants that much room).
# BenchmarkHeaviestFrame (game/) and BenchmarkNinesKakao (sim/design)
# show no change beyond the machine's noise; the simulation's own
# packages (sim, sim/avail), which the availability run and every
# scrub run hot, keep it (about 10% faster with it).
WASM_GCFLAGS := -gcflags='outagelab/game/...=-l' -gcflags='outagelab/sim/design=-l' \
	-gcflags='outagelab/sim/report=-l' -gcflags='outagelab/wasm=-l' \
	-gcflags='encoding/json=-l' -gcflags='golang.org/x/text/...=-l' \
	-gcflags='golang.org/x/image/font/sfnt=-l'

# web builds $(WASM_PKG) for the browser into $(WEB_DIR) with the loader
# page and Go's wasm_exec.js, each also precompressed as .gz and .br for
# tools/serve. Between the two compressions tools/stamp writes the
# download's size (the .br of app.wasm and wasm_exec.js) into the page,
# for the embed cover's Play button.
web:
	mkdir -p $(WEB_DIR)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' $(WASM_GCFLAGS) -o $(WEB_DIR)/app.wasm $(WASM_PKG)
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" index.html assets/poster.png assets/guide/guide.html $(WEB_DIR)/
	$(call compress,app.wasm wasm_exec.js)
	$(GO) run ./tools/stamp -dir $(WEB_DIR)
	$(call compress,index.html guide.html)
	@ls -l $(WEB_DIR)

# e2e runs the browser tests in e2e/ with Debian's chromium; they
# build the web directory themselves.
e2e: node_modules/.package-lock.json
	node --test --test-concurrency=1 e2e/

package static_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"outagelab/tools/serve/static"
)

// testFiles is a built web directory in miniature: app.wasm has both
// precompressed variants, wasm_exec.js only a gzip one, and index.html none.
func testFiles() fstest.MapFS {
	return fstest.MapFS{
		"index.html":      {Data: []byte("<!doctype html><title>t</title>")},
		"app.wasm":        {Data: []byte("\x00asm plain")},
		"app.wasm.br":     {Data: []byte("brotli bytes")},
		"app.wasm.gz":     {Data: []byte("gzip bytes")},
		"wasm_exec.js":    {Data: []byte("// js plain")},
		"wasm_exec.js.gz": {Data: []byte("gzip js")},
		"sub/note.txt":    {Data: []byte("note")},
		"docs/index.html": {Data: []byte("docs index")},
	}
}

func TestServe(t *testing.T) {
	tests := []struct {
		name     string
		method   string
		path     string
		accept   string
		status   int
		ctype    string
		encoding string
		body     string
	}{
		{"wasm type, identity", "GET", "/app.wasm", "", 200, "application/wasm", "", "\x00asm plain"},
		{"br preferred", "GET", "/app.wasm", "gzip, deflate, br", 200, "application/wasm", "br", "brotli bytes"},
		{"gz when br not accepted", "GET", "/app.wasm", "gzip", 200, "application/wasm", "gzip", "gzip bytes"},
		{"gz when br refused", "GET", "/app.wasm", "br;q=0, gzip", 200, "application/wasm", "gzip", "gzip bytes"},
		{"gz fallback when no br file", "GET", "/wasm_exec.js", "br, gzip", 200, "text/javascript; charset=utf-8", "gzip", "gzip js"},
		{"identity when nothing accepted", "GET", "/app.wasm", "identity", 200, "application/wasm", "", "\x00asm plain"},
		{"identity without precompressed file", "GET", "/index.html", "br, gzip", 200, "text/html; charset=utf-8", "", "<!doctype html><title>t</title>"},
		{"root serves index", "GET", "/", "", 200, "text/html; charset=utf-8", "", "<!doctype html><title>t</title>"},
		{"directory serves its index", "GET", "/docs/", "", 200, "text/html; charset=utf-8", "", "docs index"},
		{"HEAD has no body", "HEAD", "/app.wasm", "br", 200, "application/wasm", "br", ""},
		{"missing file", "GET", "/nope.wasm", "br", 404, "", "", ""},
		{"no directory listing", "GET", "/sub/", "", 404, "", "", ""},
		{"traversal refused", "GET", "/../etc/passwd", "", 400, "", "", ""},
		{"deep traversal refused", "GET", "/sub/../../secret", "", 400, "", "", ""},
		{"backslash refused", "GET", "/..\\secret", "", 400, "", "", ""},
		{"POST refused", "POST", "/app.wasm", "", 405, "", "", ""},
	}
	h := static.New(testFiles())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, "http://example.test/", nil)
			req.URL.Path = tt.path
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)

			require.Equal(t, tt.status, rec.Code, rec.Body.String())
			if tt.status != http.StatusOK {
				return
			}
			res := rec.Result()
			assert.Equal(t, tt.ctype, res.Header.Get("Content-Type"))
			assert.Equal(t, tt.encoding, res.Header.Get("Content-Encoding"))
			assert.Equal(t, "Accept-Encoding", res.Header.Get("Vary"))
			assert.Equal(t, "no-cache", res.Header.Get("Cache-Control"))
			assert.Equal(t, tt.body, rec.Body.String())
		})
	}
}

// TestServeEscapedTraversal sends a raw request line through a real server,
// so the ".." arrives percent-encoded and is decoded by net/http itself.
func TestServeEscapedTraversal(t *testing.T) {
	srv := httptest.NewServer(static.New(testFiles()))
	defer srv.Close()
	for _, p := range []string{"/%2e%2e/etc/passwd", "/sub/%2E%2E/%2e%2e/x"} {
		res, err := http.Get(srv.URL + p)
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, http.StatusBadRequest, res.StatusCode, p)
	}
}

// Package static serves a directory of built web files for local play: the
// page, wasm_exec.js and app.wasm, with precompressed variants when the
// browser accepts them. It lists no directories, refuses paths that climb
// out of the served tree, and tells browsers to revalidate every response.
package static

import (
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

// encodings lists the precompressed variants the handler looks for, in order
// of preference: the file name suffix and the Content-Encoding it stands for.
var encodings = []struct {
	suffix, coding string
}{
	{".br", "br"},
	{".gz", "gzip"},
}

// contentTypes fixes the types that matter for the loader, so they do not
// depend on the host's mime tables.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".wasm": "application/wasm",
	".css":  "text/css; charset=utf-8",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ttf":  "font/ttf",
	".otf":  "font/otf",
}

// Handler serves the files of one file system over HTTP GET and HEAD.
type Handler struct {
	files fs.FS
}

// New returns a Handler serving the files in files; "/" and any directory
// serve that directory's index.html. Use os.DirFS to serve a directory.
func New(files fs.FS) *Handler {
	return &Handler{files: files}
}

// ServeHTTP answers one request. A precompressed sibling (name.br, then
// name.gz) is sent in place of the file when the request's Accept-Encoding
// allows it, with Content-Encoding set and the original Content-Type.
// Every file response carries Vary: Accept-Encoding and Cache-Control:
// no-cache, so a rebuilt app.wasm is never served stale.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := cleanName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	name, info, err := h.resolve(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}

	hdr := w.Header()
	hdr.Set("Vary", "Accept-Encoding")
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Content-Type", contentType(name))

	sent := name
	accept := r.Header.Get("Accept-Encoding")
	for _, e := range encodings {
		if !accepts(accept, e.coding) {
			continue
		}
		if ci, err := fs.Stat(h.files, name+e.suffix); err == nil && ci.Mode().IsRegular() {
			sent, info = name+e.suffix, ci
			hdr.Set("Content-Encoding", e.coding)
			break
		}
	}

	f, err := h.files.Open(sent)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, "static: file cannot seek", http.StatusInternalServerError)
		return
	}
	http.ServeContent(w, r, name, info.ModTime(), rs)
}

// cleanName turns a URL path into a name for fs.FS. It reports false when
// the path holds a ".." element, a backslash or a NUL byte, which no file
// the loader needs has, instead of quietly resolving them.
func cleanName(urlPath string) (string, bool) {
	if strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	for _, elem := range strings.Split(urlPath, "/") {
		if elem == ".." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" {
		name = "."
	}
	return name, fs.ValidPath(name)
}

// resolve finds the regular file to serve for name: the file itself, or
// index.html inside it when name is a directory.
func (h *Handler) resolve(name string) (string, fs.FileInfo, error) {
	info, err := fs.Stat(h.files, name)
	if err != nil {
		return "", nil, err
	}
	if info.IsDir() {
		name = path.Join(name, "index.html")
		if info, err = fs.Stat(h.files, name); err != nil {
			return "", nil, err
		}
	}
	if !info.Mode().IsRegular() {
		return "", nil, errors.New("static: not a regular file")
	}
	return name, info, nil
}

// contentType returns the Content-Type for a file name from its extension,
// or application/octet-stream when the extension is unknown.
func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

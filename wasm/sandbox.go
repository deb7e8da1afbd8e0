//go:build js && wasm

package wasm

import (
	"image"
	"net/url"
	"strings"
	"syscall/js"

	"outagelab/game"
	"outagelab/game/ui"
	"outagelab/sim/design"
)

// autosaveKey is where the browser's local storage keeps the sandbox's
// design between visits.
const autosaveKey = "outagelab.sandbox"

// sandboxOptions fills in the sandbox's platform services: the
// autosaved design, the clipboard, downloads and file uploads. Storage
// that the browser refuses (private modes, blocked storage) is skipped.
func sandboxOptions(opt *game.Options, do func(ui.Action)) {
	opt.Autosaved = func() string {
		if ls := localStorage(); ls.Truthy() {
			if v := ls.Call("getItem", autosaveKey); v.Type() == js.TypeString {
				return v.String()
			}
		}
		return ""
	}
	opt.CopyLink = func(fragment string) {
		loc := js.Global().Get("location")
		link := loc.Get("origin").String() + loc.Get("pathname").String() + "#" + fragment
		nav := js.Global().Get("navigator")
		if cb := nav.Get("clipboard"); cb.Truthy() {
			// A refused clipboard (no permission, no focus) is not an
			// error the reader can act on: the link is in the address bar.
			cb.Call("writeText", link).Call("catch", ignore)
		}
		js.Global().Set("outageLabCopied", link)
	}
	opt.SaveFile = func(name string, data []byte) string {
		arr := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(arr, data)
		download(name, js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": mimeOf(name)}))
		return name
	}
	opt.SavePicture = func(name string, img *image.RGBA) string {
		savePicture(name, img)
		return name
	}
	opt.OpenFile = func() {
		doc := js.Global().Get("document")
		in := doc.Call("createElement", "input")
		in.Set("type", "file")
		in.Set("accept", ".json,application/json")
		var onChange js.Func
		onChange = js.FuncOf(func(this js.Value, args []js.Value) any {
			defer onChange.Release()
			files := in.Get("files")
			if files.Length() == 0 {
				return nil
			}
			f := files.Index(0)
			importFile(f, do)
			return nil
		})
		in.Call("addEventListener", "change", onChange)
		in.Call("click")
	}
}

// download hands blob to the reader as a file called name.
func download(name string, blob js.Value) {
	href := js.Global().Get("URL").Call("createObjectURL", blob)
	a := js.Global().Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Call("click")
	js.Global().Get("URL").Call("revokeObjectURL", href)
}

// savePicture has the browser encode img as PNG, on a canvas of its own,
// and downloads it: the page then links no PNG encoder of its own (about
// 35 KB of WebAssembly).
func savePicture(name string, img *image.RGBA) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	c := js.Global().Get("document").Call("createElement", "canvas")
	c.Set("width", w)
	c.Set("height", h)
	ctx := c.Call("getContext", "2d")
	px := ctx.Call("createImageData", w, h)
	js.CopyBytesToJS(px.Get("data"), img.Pix)
	ctx.Call("putImageData", px, 0, 0)
	var done js.Func
	done = js.FuncOf(func(this js.Value, args []js.Value) any {
		defer done.Release()
		// The browser hands back null when it cannot encode the
		// canvas (out of memory); say so and keep running.
		if len(args) == 0 || !args[0].Truthy() {
			js.Global().Get("console").Call("warn", "outagelab: the browser could not encode the picture "+name)
			return nil
		}
		download(name, args[0])
		return nil
	})
	c.Call("toBlob", done, "image/png")
}

// mimeOf returns the media type of a file the sandbox saves, by its
// name's extension.
func mimeOf(name string) string {
	switch {
	case strings.HasSuffix(name, ".csv"):
		return "text/csv"
	}
	return "application/json"
}

// ignore is a promise handler that drops what it is given.
var ignore = js.FuncOf(func(this js.Value, args []js.Value) any { return nil })

// importFile reads File f and hands it to the game as an import.
func importFile(f js.Value, do func(ui.Action)) {
	name := f.Get("name").String()
	// Read no more than the sandbox takes: a larger file arrives cut one
	// byte past the limit, which the import reports as too large.
	f = f.Call("slice", 0, design.MaxFileBytes+1)
	var then js.Func
	then = js.FuncOf(func(this js.Value, args []js.Value) any {
		defer then.Release()
		arr := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, arr.Length())
		js.CopyBytesToGo(data, arr)
		do(ui.Action{Kind: ui.ActImport, Text: name, Data: data})
		return nil
	})
	f.Call("arrayBuffer").Call("then", then)
}

// autosave keeps the sandbox's design from a fragment in local storage.
func autosave(fragment string) {
	if !strings.HasPrefix(fragment, "sandbox=") {
		return
	}
	q, err := url.ParseQuery(fragment)
	if err != nil {
		return
	}
	if ls := localStorage(); ls.Truthy() {
		ls.Call("setItem", autosaveKey, q.Get("sandbox"))
	}
}

// localStorage returns window.localStorage, or undefined where reading
// it throws (storage blocked).
func localStorage() (v js.Value) {
	defer func() {
		if recover() != nil {
			v = js.Undefined()
		}
	}()
	return js.Global().Get("localStorage")
}

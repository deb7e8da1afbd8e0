//go:build js && wasm

// Package wasm is the browser glue: it reads the page's URL parameters,
// installs the window.outageLab test hook, runs the game in the page and
// reports errors there. It is the only package that imports syscall/js.
package wasm

import (
	"encoding/json"
	"net/url"
	"runtime/debug"
	"strings"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game"
	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// gcPercent is the Go collector's target in the page. WebAssembly has
// one thread, so each collection's marking runs inside a frame's Update
// or Draw; with the default of 100 and about 4 MB live, one fell in the
// first frame (start-up allocates the worlds, the font and the glyphs) and one or two in each availability run. At 400 they come
// about five times less often, for a heap of up to about 20 MB.
const gcPercent = 400

// Run applies the URL's parameters to opt (lang; and step, scenario and
// autoplay, which embedding pages use), creates the game,
// installs window.outageLab and runs the game until the page closes. A
// failure is shown on the page as well as returned.
//
// If the page defines window.outageLabNotify(event, data) before the
// game starts, Run calls it with the events for a page that embeds the
// explainer (hostEvents): "ready", then "step", "state" and "fix" as
// they change. index.html defines it when it is in a frame, posts the
// events to its parent and turns the parent's commands into calls of
// window.outageLab; README.md documents both.
//
// window.outageLab, documented in README.md:
//
//	ready          true once the first frame is drawn
//	state()        what the reader sees: clock, apps, caption … (an object)
//	startFire()    press "Start the fire"
//	setTime(h)     move the playhead to h hours after the ignition
//	play(), pause(), setSpeed(i), setLang("en"|"ko")
//	controls()     where each control is, in CSS pixels: {fire: {X,Y,W,H}, …, track,
//	               "site-ID": where a tap picks that data center on the map,
//	               "room-ID": on the sandbox's Inside tab, a room of the cut-away}
//	next(), back(), goStep(n), explore(), toggleFix(i)   the story (steps from 1)
//	sandbox()      open the sandbox (or, from it, the story)
//	press(id)      press a sandbox control by id (see controls(): "sb-" + id)
//	undo(), redo(), openLink(design), importText(name, json)
func Run(opt game.Options) error {
	debug.SetGCPercent(gcPercent)
	hook := js.Global().Get("Object").New()
	js.Global().Set("outageLab", hook)
	hook.Set("ready", false)
	loc := js.Global().Get("location")
	query := trimQuery(loc.Get("search").String())
	if q, err := url.ParseQuery(query); err == nil {
		if l := q.Get("lang"); l == "ko" || l == "en" {
			opt.Lang = l
		}
	}
	// The query (the embed parameters step, scenario, autoplay, lang,
	// present) is the default; the fragment (kept as the reader moves)
	// wins over it part by part.
	opt.Query = query
	opt.Fragment = strings.TrimPrefix(loc.Get("hash").String(), "#")
	doc := js.Global().Get("document")
	var g *game.Game
	opt.FirstFrame = func() {
		// The canvas is Ebiten's; give it a name and a place in the
		// page's Tab order so keyboard and screen-reader users reach it.
		if c := doc.Call("querySelector", "canvas"); c.Truthy() {
			c.Call("setAttribute", "tabindex", "0")
			c.Call("setAttribute", "role", "application")
			c.Call("setAttribute", "aria-label", "Outage Lab: the Kakao data-center fire, interactive. Tab moves between controls, Enter presses, arrow keys turn the story's steps.")
			c.Call("setAttribute", "aria-describedby", "live")
			watchVisibility(c, g)
		}
		hook.Set("ready", true)
		// After the first frame, not before it: the collection and the
		// deep stack would only delay the reader's first picture.
		go holdStackFloor()
	}
	opt.Announce = func(text string) {
		if live := doc.Call("getElementById", "live"); live.Truthy() {
			live.Set("textContent", text)
		}
	}
	opt.Pace = func(still bool) {
		if f := js.Global().Get("outageLabPace"); f.Type() == js.TypeFunction {
			f.Invoke(still)
		}
	}
	if mm := js.Global().Get("matchMedia"); mm.Type() == js.TypeFunction {
		opt.ReducedMotion = js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
	}
	opt.Moved = func(fragment string) {
		js.Global().Get("history").Call("replaceState", nil, "", "#"+fragment)
		autosave(fragment)
	}
	hostEvents(&opt)
	sandboxOptions(&opt, func(a ui.Action) { g.Do(a) })
	g, err := game.New(opt)
	if err != nil {
		showError(err)
		return err
	}
	installPerf(hook, g)
	do := func(a ui.Action) js.Func {
		return js.FuncOf(func(this js.Value, args []js.Value) any {
			g.Do(a)
			return nil
		})
	}
	hook.Set("startFire", do(ui.Action{Kind: ui.ActStartFire}))
	hook.Set("state", js.FuncOf(func(this js.Value, args []js.Value) any {
		b, err := json.Marshal(g.State())
		if err != nil {
			return nil
		}
		return js.Global().Get("JSON").Call("parse", string(b))
	}))
	hook.Set("controls", js.FuncOf(func(this js.Value, args []js.Value) any {
		b, err := json.Marshal(g.Controls())
		if err != nil {
			return nil
		}
		return js.Global().Get("JSON").Call("parse", string(b))
	}))
	hook.Set("setTime", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeNumber {
			g.Do(ui.Action{Kind: ui.ActSeek, T: sim.Seconds(args[0].Float() * float64(sim.Hour))})
		}
		return nil
	}))
	hook.Set("setSpeed", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeNumber {
			g.Do(ui.Action{Kind: ui.ActSetSpeed, N: args[0].Int()})
		}
		return nil
	}))
	hook.Set("next", do(ui.Action{Kind: ui.ActNextStep}))
	hook.Set("back", do(ui.Action{Kind: ui.ActPrevStep}))
	hook.Set("explore", do(ui.Action{Kind: ui.ActExplore}))
	hook.Set("goStep", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeNumber {
			g.Do(ui.Action{Kind: ui.ActGoStep, N: args[0].Int() - 1})
		}
		return nil
	}))
	hook.Set("toggleFix", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeNumber && args[0].Int() >= 0 && args[0].Int() < 4 {
			g.Do(ui.Action{Kind: ui.ActToggleFix, N: args[0].Int()})
		}
		return nil
	}))
	hook.Set("sandbox", do(ui.Action{Kind: ui.ActSandbox}))
	hook.Set("undo", do(ui.Action{Kind: ui.ActUndo}))
	hook.Set("redo", do(ui.Action{Kind: ui.ActRedo}))
	str := func(k ui.ActionKind) js.Func {
		return js.FuncOf(func(this js.Value, args []js.Value) any {
			if len(args) > 0 && args[0].Type() == js.TypeString {
				g.Do(ui.Action{Kind: k, Text: args[0].String()})
			}
			return nil
		})
	}
	hook.Set("press", str(ui.ActPress))
	hook.Set("openLink", str(ui.ActOpenLink))
	hook.Set("importText", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 1 && args[0].Type() == js.TypeString && args[1].Type() == js.TypeString {
			g.Do(ui.Action{Kind: ui.ActImport, Text: args[0].String(), Data: []byte(args[1].String())})
		}
		return nil
	}))
	hook.Set("play", do(ui.Action{Kind: ui.ActPlay}))
	hook.Set("pause", do(ui.Action{Kind: ui.ActPause}))
	hook.Set("setLang", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeString {
			g.Do(ui.Action{Kind: ui.ActSetLang, Lang: report.Lang(args[0].String())})
		}
		return nil
	}))
	if err := ebiten.RunGame(g); err != nil {
		showError(err)
		return err
	}
	return nil
}

func trimQuery(s string) string {
	if len(s) > 0 && s[0] == '?' {
		return s[1:]
	}
	return s
}

// showError tells the page, which shows its fallback with the message.
func showError(err error) {
	if f := js.Global().Get("outageLabError"); f.Type() == js.TypeFunction {
		f.Invoke(err.Error())
		return
	}
	js.Global().Get("console").Call("error", "outagelab: "+err.Error())
}

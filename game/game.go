// Package game is Outage Lab's Ebiten visual: a map of Korea with the
// data centers, a cut-away of the burning building, a phone with the
// apps going dark, a clock, a scrub bar and captions. It only draws the
// simulation's Snapshot and turns input into actions; the outage logic
// lives in package sim and the input and playback logic in game/ui.
package game

import (
	"fmt"
	"io/fs"
	"math"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/assets"
	"outagelab/game/geo"
	"outagelab/game/ui"
	"outagelab/sim"
	"outagelab/sim/report"
)

// ScreenWidth and ScreenHeight are the desktop window's starting size
// in logical pixels.
const (
	ScreenWidth  = 1280
	ScreenHeight = 720
)

// Options choose what the game opens with.
type Options struct {
	// Lang is "en" or "ko" (default "en").
	Lang string
	// Fragment is a place as the page's URL keeps it ("story=5&lang=ko",
	// "explore"); empty opens the story at its first step.
	Fragment string
	// FirstFrame, if set, is called once the first frame is drawn.
	FirstFrame func()
	// Moved, if set, is called with the new fragment whenever the reader
	// changes step, mode or language.
	Moved func(fragment string)
	// Announce, if set, is called with a text summary of the screen
	// whenever it changes, for the page's aria-live region.
	Announce func(text string)
	// ReducedMotion stills the flames and the pulses, as the reader's
	// prefers-reduced-motion setting asks.
	ReducedMotion bool
	// Autosaved is the sandbox design the platform kept from the last
	// visit (a share-link string); it opens silently, and a broken one is
	// ignored.
	Autosaved string
	// CopyLink, if set, puts the sandbox's share link (the fragment that
	// Moved reported) on the clipboard.
	CopyLink func(fragment string)
	// SaveFile, if set, saves a design as a scenario file; it returns
	// where it went, for the reader.
	SaveFile func(name string, data []byte) string
	// OpenFile, if set, asks the reader for a scenario file; the platform
	// hands it back with Do(ui.Action{Kind: ui.ActImport, …}).
	OpenFile func()
}

// Game implements ebiten.Game. Its methods are safe to call from the
// page's test hook while the game runs.
type Game struct {
	mu     sync.Mutex
	app    *ui.App
	layout ui.Layout
	w, h   float64
	scale  float64
	frames int64

	tab     ui.Tab // the sandbox tab the layout was made for
	tf      *typeface
	paint   *painter
	pal     palette
	korea   geo.Map
	input   pointerState
	pending []ui.Action

	caption     string
	captionAt   sim.Seconds
	captionLang report.Lang
	captionSet  bool
	captionFire bool
	firstFrame  func()
	moved       func(string)
	copyLink    func(string)
	saveFile    func(string, []byte) string
	openFile    func()
	fragment    string
	announce    func(string)
	announced   string
	still       bool
	sources     map[string]ui.Source // read when first shown, by source

	// Redraw skipping: a still scene is drawn once (Ebiten #2889).
	drawnKey   scene
	drawn      bool
	coastLayer *ebiten.Image
	coastRect  ui.Rect
	// mapLayer holds the map panel without the scenario's sites.
	mapLayer layer[mapKey]

	// Panels drawn once per change of what they show (layer.go); fires
	// and cut say where the site's flames and power-cut banner go on
	// top of its layer.
	siteLayer    layer[panelKey]
	phoneLayer   layer[panelKey]
	captionLayer layer[captionKey]
	// ninesStep is about the longest recent step of the availability
	// run, ninesWork the time spent on it since the last Draw, for
	// workNines.
	ninesStep, ninesWork time.Duration
	// controlsLayer holds the buttons and the scrub bar without the
	// playhead.
	controlsLayer layer[controlsKey]
	// headerLayer holds the header: title, clock and date; headerKey
	// is what it was last asked to show.
	headerLayer layer[headerKey]
	headerKey   headerKey
	// ninesStaged holds the Nines tab's result rows, drawn a few a
	// frame.
	ninesStaged ninesStaged
	fires       []ui.Rect
	cut         bool
	cutBox      ui.Rect

	perf perf // Update and Draw timings for the benchmark (perf.go)
}

// scene is everything a frame shows; when it is unchanged and nothing
// is animated, Draw leaves the last frame on screen.
type scene struct {
	t                        sim.Seconds
	w, h                     float64
	lang                     report.Lang
	focus                    ui.Control
	playing, fired, dragging bool
	speed                    int
	mode                     ui.Mode
	step                     int
	done, sources            bool
	fix                      ui.Fix
	fixRun                   *ui.FixResult
	shown                    string
	notes                    bool
	design                   string
	tab, sel, page           int
	note                     ui.SbMsg
	noteArg                  string
	hasNote                  bool
	typing                   bool
	dragX, dragY             float64
	versus                   string
	nines                    float64 // the availability run's progress, in whole per cent
	ninesOff                 bool    // it was cancelled
}

// New loads the assets and the scenario and returns a game at the
// moment before the fire.
func New(opt Options) (*Game, error) {
	if opt.Lang == "" {
		opt.Lang = "en"
	}
	lang, err := report.ParseLang(opt.Lang)
	if err != nil {
		return nil, fmt.Errorf("game: %w", err)
	}
	presets, err := ui.BuiltinPresets()
	if err != nil {
		return nil, fmt.Errorf("game: %w", err)
	}
	app, err := ui.NewApp(presets, lang)
	if err != nil {
		return nil, fmt.Errorf("game: %w", err)
	}
	if opt.Autosaved != "" {
		app.Autosaved(opt.Autosaved)
	}
	app.Goto(ui.ParsePlace(opt.Fragment, ui.Place{Mode: ui.ModeStory, Lang: lang}))
	ttf, err := fs.ReadFile(assets.FS, "fonts/ui-subset.ttf")
	if err != nil {
		return nil, fmt.Errorf("game: %w", err)
	}
	tf, err := newTypeface(ttf)
	if err != nil {
		return nil, fmt.Errorf("game: font: %w", err)
	}
	g := &Game{app: app, tf: tf, paint: newPainter(), korea: geo.Korea(), scale: 1, firstFrame: opt.FirstFrame, moved: opt.Moved,
		announce: opt.Announce, still: opt.ReducedMotion, copyLink: opt.CopyLink, saveFile: opt.SaveFile, openFile: opt.OpenFile}
	g.fragment = app.Fragment()
	g.pal = newsPalette()
	if app.Present {
		g.pal = contrastPalette()
	}
	g.resize(ScreenWidth, ScreenHeight)
	ebiten.SetScreenClearedEveryFrame(false)
	return g, nil
}

// LayoutF implements ebiten.LayoutFer: the screen has as many pixels as
// the device, so text stays crisp on HiDPI and fractional scales.
func (g *Game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	s := ebiten.Monitor().DeviceScaleFactor()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.scale = s
	g.resize(outsideWidth*s, outsideHeight*s)
	return g.w, g.h
}

// Layout implements ebiten.Game; LayoutF takes precedence.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}

func (g *Game) resize(w, h float64) {
	sandbox := g.app.Mode == ui.ModeSandbox
	tab := g.tab
	if sandbox {
		tab = g.app.Box().Tab
	}
	if w == g.w && h == g.h && sandbox == g.layout.Sandbox && (!sandbox || tab == g.tab) {
		return
	}
	g.w, g.h, g.tab = w, h, tab
	switch {
	case sandbox:
		g.layout = ui.ComputeSandbox(w, h, g.scale, tab)
	case g.app.Present:
		g.layout = ui.ComputePresent(w, h, g.scale)
	default:
		g.layout = ui.Compute(w, h, g.scale)
	}
	g.app.Layout = &g.layout
}

// Update reads input, applies the actions it and the test hook asked
// for, and advances the playback by one tick.
func (g *Game) Update() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.perf.endUpdate(g.perf.start())
	g.frames++
	g.readInput()
	for _, a := range g.pending {
		g.app.Apply(a)
	}
	g.pending = g.pending[:0]
	g.resize(g.w, g.h)
	g.platformRequests()
	g.app.Tick()
	if g.app.Mode == ui.ModeSandbox {
		g.workNines()
	}
	if g.app.Fullscreen {
		g.app.Fullscreen = false
		ebiten.SetFullscreen(!ebiten.IsFullscreen())
	}
	if f := g.app.Fragment(); f != g.fragment {
		g.fragment = f
		if g.moved != nil {
			g.moved(f)
		}
	}
	if g.announce != nil && g.frames%15 == 0 {
		if t := g.app.Announcement(); t != g.announced {
			g.announced = t
			g.announce(t)
		}
	}
	return nil
}

// ninesBudget is how long the updates before a frame may spend on the
// Nines tab's availability run. With the status redraw and Ebiten's
// WebGL calls a frame's work then stays within the 4 ms the performance
// budget gives a phone at 60 frames a second (issue 9): at 2.5 ms, the
// run's frames took 3.6-4.4 ms of CPU. 10,000 years of the Kakao design
// take about 200 frames, three or four seconds in SwiftShader.
const ninesBudget = 1500 * time.Microsecond

// workNines moves the Nines tab's run on for about ninesBudget a
// frame, counting every update since the last Draw (a slow screen gets
// several updates a frame): the frame's first step always runs, so the
// run ends, and a later one only if the longest step seen lately still
// fits.
func (g *Game) workNines() {
	start := time.Now()
	prev, first := start, g.ninesWork == 0
	g.app.Box().WorkNines(func() bool {
		now := time.Now()
		if first {
			first = false
			return true
		}
		if now != start {
			g.ninesStep = max(now.Sub(prev), g.ninesStep*7/8)
		}
		prev = now
		return g.ninesWork+now.Sub(start)+g.ninesStep <= ninesBudget
	})
	g.ninesWork += time.Since(start)
}

// onlyNinesMoved reports whether key differs from the screen drawn last
// only in the availability run's progress, while it runs on the Nines
// tab.
func (g *Game) onlyNinesMoved(key scene) bool {
	if g.app.Mode != ui.ModeSandbox {
		return false
	}
	r := g.app.Box().Nines
	if g.app.Box().Tab != ui.TabNines || !r.Running() {
		return false
	}
	k := key
	k.nines = g.drawnKey.nines
	return k == g.drawnKey && key.nines != g.drawnKey.nines
}

// save hands a file to the platform and tells the reader where it went.
func (g *Game) save(name string, data []byte) {
	if where := g.saveFile(name, data); where != "" {
		g.app.Box().Saved(where)
	}
}

// platformRequests carries out what the sandbox asked of the platform:
// copy the link, save the design as a file, ask for a file to open.
func (g *Game) platformRequests() {
	r := &g.app.Req
	if r.CopyLink && g.copyLink != nil {
		g.copyLink(g.app.Fragment())
	}
	if r.Export && g.saveFile != nil {
		if where := g.saveFile(ui.ExportName, g.app.Box().Export()); where != "" {
			g.app.Box().Saved(where)
		}
	}
	if r.Import && g.openFile != nil {
		g.openFile()
	}
	if r.SavePNG && g.saveFile != nil {
		g.save(ui.ChartPNGName, g.exportPNG())
	}
	if r.SaveCSV && g.saveFile != nil {
		g.save(ui.ChartCSVName, g.app.ChartCSV())
	}
	*r = ui.Requests{}
}

// source returns the fact sheet's entry id. The list is read the first
// time the reader opens a step's sources; the tests check that it
// parses and names every step's sources.
func (g *Game) source(id string) (ui.Source, bool) {
	if g.sources == nil {
		g.sources = map[string]ui.Source{}
		if data, err := fs.ReadFile(assets.FS, "story/sources.json"); err == nil {
			if m, err := ui.ParseSources(data); err == nil {
				g.sources = m
			}
		}
	}
	s, ok := g.sources[id]
	return s, ok
}

// Do queues an action from outside (the page's test hook); it runs on
// the next Update.
func (g *Game) Do(a ui.Action) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.pending = append(g.pending, a)
}

// State returns what the reader sees, for the page's test hook.
func (g *Game) State() ui.State {
	g.mu.Lock()
	defer g.mu.Unlock()
	s := g.app.State()
	s.Frames = g.frames
	return s
}

// Controls returns where each control is, in CSS (logical) pixels, so
// that the page's test hook can press them like a reader would.
func (g *Game) Controls() map[string]ui.Rect {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make(map[string]ui.Rect)
	for c := ui.CtlFire; c <= ui.CtlSandbox; c++ {
		b := g.layout.Buttons[c]
		out[c.String()] = ui.Rect{X: b.X / g.scale, Y: b.Y / g.scale, W: b.W / g.scale, H: b.H / g.scale}
	}
	for _, w := range g.app.Widgets() {
		b := w.R
		out["sb-"+w.ID()] = ui.Rect{X: b.X / g.scale, Y: b.Y / g.scale, W: b.W / g.scale, H: b.H / g.scale}
	}
	t := g.layout.Track()
	out["track"] = ui.Rect{X: t.X / g.scale, Y: t.Y / g.scale, W: t.W / g.scale, H: t.H / g.scale}
	return out
}

// Draw draws the whole screen from the current snapshot.
func (g *Game) Draw(screen *ebiten.Image) {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.perf.endDraw(g.perf.start())
	g.ninesWork = 0
	p := g.app.P
	a := g.app
	key := scene{t: p.Now(), w: g.w, h: g.h, lang: a.Lang, focus: a.Focus, playing: p.Playing(), fired: p.Fired(), dragging: a.Dragging(),
		speed: p.Speed(), mode: a.Mode, step: a.Step, done: a.TaskDone, sources: a.SourcesOpen, fix: a.Fix, fixRun: a.FixResult,
		shown: a.Shown(), notes: a.NotesOpen}
	if a.Mode == ui.ModeSandbox {
		key.design, key.tab, key.sel, key.page = g.fragment, int(a.Box().Tab), a.Box().Sel, a.Box().Page
		key.note, key.noteArg, key.hasNote = a.Box().Note, a.Box().NoteArg, a.Box().HasNote
		key.typing = a.Box().Typing
		key.versus = a.Box().Versus
		if r := a.Box().Nines; r != nil {
			// Redraw at each whole per cent, not every update.
			key.nines, key.ninesOff = 1+math.Floor(100*r.Job.Progress()), r.Cancelled
		}
		if _, x, y, ok := a.SiteDrag(); ok {
			key.dragX, key.dragY = x, y
		}
	}
	if g.drawn && key == g.drawnKey && g.ninesRowsPending() {
		// The Nines rows are still being drawn: draw more of them.
		r := ninesRowsRect(g.layout.NinesRect(), g.layout.Unit)
		g.paint.rect(screen, r, g.pal.Panel)
		run := a.Box().Nines
		g.drawNinesRowsStaged(screen, r, g.layout.Unit, run.Job, run.Results())
		return
	}
	if g.drawn && key == g.drawnKey && (!g.animated() || g.frames%animEvery != 0) {
		return
	}
	if g.drawn && g.onlyNinesMoved(key) && !g.animated() {
		// The availability run moved on and nothing else changed:
		// redraw its status and progress bar, not the screen.
		g.drawnKey = key
		head := ninesHead(g.layout.NinesRect(), g.layout.Unit)
		g.paint.rect(screen, head, g.pal.Panel)
		g.drawNinesStatus(screen, head, g.layout.Unit)
		return
	}
	g.drawn, g.drawnKey = true, key
	screen.Fill(g.pal.BG)
	g.drawHeader(screen)
	if a.Mode == ui.ModeSandbox {
		ws := a.Widgets()
		if g.layout.Map.W > 0 {
			g.drawMap(screen)
			g.drawMapEditing(screen, ws)
		}
		g.drawEditor(screen, ws)
		if g.layout.Phone.W > 0 {
			g.drawPhone(screen)
		}
		g.drawSandboxCaption(screen, ws)
		g.drawControls(screen)
		g.drawWidgetFocus(screen, ws)
	} else {
		g.drawMap(screen)
		g.drawSite(screen)
		g.drawPhone(screen)
		g.drawCaption(screen)
		g.drawControls(screen)
		g.drawStoryOverlays(screen)
	}
	if g.firstFrame != nil {
		f := g.firstFrame
		g.firstFrame = nil
		defer f()
	}
}

// animEvery is how many updates pass between frames drawn only for the
// flames' motion (60/4 = 15 a second): enough for flicker, and a phone
// or a software renderer keeps up.
const animEvery = 4

// animated reports whether the frame moves on its own: flames and the
// burning site's pulse.
func (g *Game) animated() bool {
	if g.still {
		return false
	}
	if g.app.Mode == ui.ModeStory && !g.app.TaskDone {
		return true // the pulse that shows where to act
	}
	if g.app.Mode == ui.ModeSandbox && g.app.Box().Typing {
		return true // the name field's cursor
	}
	for i := range g.app.P.Snapshot().Sites {
		if anyBurning(&g.app.P.Snapshot().Sites[i]) {
			return true
		}
	}
	return false
}

// anim is the clock of the flames and pulses, in updates; it stands
// still when the reader prefers reduced motion.
func (g *Game) anim() float64 {
	if g.still {
		return 0
	}
	return float64(g.frames)
}

// captionText returns the caption for the playhead, recomputed only
// when the playhead or the language changes.
func (g *Game) captionText() string {
	p := g.app.P
	if !g.captionSet || g.captionAt != p.Now() || g.captionLang != g.app.Lang || g.captionFire != p.Fired() {
		g.caption = g.app.CaptionText()
		g.captionAt, g.captionLang, g.captionSet, g.captionFire = p.Now(), g.app.Lang, true, p.Fired()
	}
	return g.caption
}

// Package game is Outage Lab's Ebiten visual: a map of Korea with the
// data centers, a cut-away of the burning building, a phone with the
// apps going dark, a clock, a scrub bar and captions. It only draws the
// simulation's Snapshot and turns input into actions; the outage logic
// lives in package sim and the input and playback logic in game/ui.
package game

import (
	"fmt"
	"image"
	"io/fs"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/assets"
	"outagelab/game/ui"
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
	// "explore"); empty opens the story at its first step. Query, the
	// page's query ("present=1&step=4"), gives the parts the fragment
	// does not.
	Fragment string
	Query    string
	// FirstFrame, if set, is called once the first frame is drawn.
	FirstFrame func()
	// Moved, if set, is called with the new fragment whenever the reader
	// changes step, mode or language.
	Moved func(fragment string)
	// Announce, if set, is called with a text summary of the screen
	// whenever it changes, for the page's aria-live region.
	Announce func(text string)
	// Notify, if set, is called with the events for a page that embeds
	// the explainer (the story's step, the run on screen at most twice a
	// second, the fix step's changes; ui.Notifier), from the first
	// update after the first frame on. Like FirstFrame it is called
	// outside the game's lock, so it may call the game's methods.
	Notify func(ui.HostEvent)
	// Pace, if set, is told when the game goes still (true: it needs no
	// frames until input arrives) and when it needs frames again
	// (false); the page uses it to stop asking for animation frames
	// (pace.go).
	Pace func(still bool)
	// ReducedMotion stills the flames and the pulses, as the reader's
	// prefers-reduced-motion setting asks.
	ReducedMotion bool
	// Autosaved, if set, returns the sandbox design the platform kept
	// from the last visit (a share-link string, or ""); it is asked for
	// when the sandbox is first opened. The design opens silently, and
	// a broken one is ignored.
	Autosaved func() string
	// CopyLink, if set, puts the sandbox's share link (the fragment that
	// Moved reported) on the clipboard.
	CopyLink func(fragment string)
	// SaveFile, if set, saves a design as a scenario file; it returns
	// where it went, for the reader.
	SaveFile func(name string, data []byte) string
	// SavePicture, if set, saves a picture of the sandbox's open tab as a
	// PNG file; it returns where it went. The platform encodes it (the
	// browser's canvas does, so the page links no PNG encoder).
	SavePicture func(name string, img *image.RGBA) string
	// OpenFile, if set, asks the reader for a scenario file; the platform
	// hands it back with Do(ui.Action{Kind: ui.ActImport, …}).
	OpenFile func()
}

// Game implements ebiten.Game: it reads Ebiten's input into the scenes'
// owner (ui.App), carries out what the scenes ask of the platform, and
// draws the scene on screen with its drawer. Its methods are safe to
// call from the page's test hook while the game runs.
type Game struct {
	mu     sync.Mutex
	app    *ui.App
	w, h   float64
	scale  float64
	frames int64

	input   pointerState
	pending []ui.Action

	// The platform's callbacks (Options).
	firstFrame func()
	moved      func(string)
	copyLink   func(string)
	saveFile   func(string, []byte) string
	savePic    func(string, *image.RGBA) string
	openFile   func()
	announce   func(string)
	notify     func(ui.HostEvent)
	onPace     func(bool)
	fragment   string
	announced  string
	notifier   ui.Notifier
	started    time.Time // when New made the game, Notify's clock

	// One drawer for each kind of scene, sharing the board.
	board   *board
	story   storyDrawer
	explore exploreDrawer
	sandbox sandboxDrawer

	// Redraw skipping: a still scene is drawn once (Ebiten #2889).
	drawnKey frameKey
	drawn    bool
	pace     pace // moving or still, and in view or not (pace.go)

	perf perf // Update and Draw timings for the benchmark (perf.go)
}

// frameKey is everything a frame shows: the screen's size and the
// scene's look. When it is unchanged and nothing is animated, Draw
// leaves the last frame on screen.
type frameKey struct {
	w, h float64
	look any
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
	if opt.Autosaved != nil {
		app.Autosaved(opt.Autosaved)
	}
	app.Goto(ui.ParsePlace(opt.Fragment, ui.ParsePlace(opt.Query, ui.Place{Mode: ui.ModeStory, Lang: lang})))
	ttf, err := fs.ReadFile(assets.Game, "fonts/ui-subset.ttf")
	if err != nil {
		return nil, fmt.Errorf("game: %w", err)
	}
	tf, err := newTypeface(ttf)
	if err != nil {
		return nil, fmt.Errorf("game: font: %w", err)
	}
	b := &board{tf: tf, paint: newPainter(tf.atlas.white), still: opt.ReducedMotion, pal: newsPalette()}
	if app.Present() {
		b.pal = contrastPalette()
	}
	g := &Game{app: app, board: b, scale: 1, firstFrame: opt.FirstFrame, moved: opt.Moved,
		announce: opt.Announce, notify: opt.Notify, onPace: opt.Pace, started: time.Now(), copyLink: opt.CopyLink, saveFile: opt.SaveFile, savePic: opt.SavePicture, openFile: opt.OpenFile}
	g.story = storyDrawer{board: b, sources: ui.BuiltinSources()}
	g.explore = exploreDrawer{board: b}
	g.sandbox = sandboxDrawer{board: b}
	g.fragment = app.Fragment()
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

// resize tells the scenes the screen's size, in device pixels.
func (g *Game) resize(w, h float64) {
	g.w, g.h = w, h
	g.app.Resize(w, h, g.scale)
}

// Update reads input, applies the actions it and the test hook asked
// for, advances the scene by one tick and tells the embedding page what
// changed.
func (g *Game) Update() error {
	for _, e := range g.update() {
		g.notify(e)
	}
	return nil
}

// update is Update under the game's lock; it returns the events for
// Notify.
func (g *Game) update() []ui.HostEvent {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.perf.endUpdate(g.perf.start())
	if g.pace.still {
		// Input or the page woke the game: run at the moving pace
		// until the change has settled.
		g.pace.quiet = 0
	}
	g.frames++
	g.readInput()
	for _, a := range g.pending {
		g.carry(g.app.Apply(a))
	}
	g.pending = g.pending[:0]
	g.app.Tick()
	if d, ok := g.drawer().(*sandboxDrawer); ok {
		d.work()
	}
	if f := g.app.Fragment(); f != g.fragment {
		g.fragment = f
		if g.moved != nil {
			g.moved(f)
		}
	}
	if g.frames%15 == 0 {
		g.announceNow()
	}
	still := g.setPace()
	if g.notify != nil && g.drawn {
		if still {
			// No tick may come for a while: report the run as it is.
			g.notifier.Settle()
		}
		return g.notifier.Events(g.app, time.Since(g.started))
	}
	return nil
}

// announceNow tells the page's live region what the screen shows, if
// that changed since it last did.
func (g *Game) announceNow() {
	if g.announce == nil {
		return
	}
	if t := g.app.Announcement(); t != g.announced {
		g.announced = t
		g.announce(t)
	}
}

// drawer returns the drawer of the scene on screen, pointed at it.
func (g *Game) drawer() drawer {
	switch s := g.app.Scene().(type) {
	case *ui.Story:
		g.story.s = s
		return &g.story
	case *ui.SandboxScene:
		g.sandbox.s = s
		return &g.sandbox
	case *ui.Explore:
		g.explore.s = s
		return &g.explore
	}
	panic(fmt.Sprintf("game: no drawer for scene %T", g.app.Scene()))
}

// carry carries out what a scene asked of the platform: full screen,
// copy the link, save the design or a picture or the chart's data as a
// file, ask for a file to open.
func (g *Game) carry(r ui.Request) {
	switch r.Kind {
	case ui.ReqFullscreen:
		ebiten.SetFullscreen(!ebiten.IsFullscreen())
	case ui.ReqCopyLink:
		if g.copyLink != nil {
			g.copyLink(g.app.Fragment())
		}
	case ui.ReqExport:
		g.save(ui.ExportName, g.app.Box().Export)
	case ui.ReqOpenFile:
		if g.openFile != nil {
			g.openFile()
		}
	case ui.ReqSavePNG:
		if g.savePic != nil {
			g.saved(g.savePic(ui.ChartPNGName, g.sandboxPicture()))
		}
	case ui.ReqSaveCSV:
		g.save(ui.ChartCSVName, g.app.Sandbox().ChartCSV)
	}
}

// save hands the file data makes to the platform and tells the reader
// where it went.
func (g *Game) save(name string, data func() []byte) {
	if g.saveFile == nil {
		return
	}
	g.saved(g.saveFile(name, data()))
}

// saved tells the reader where a file went, if it went anywhere.
func (g *Game) saved(where string) {
	if where != "" {
		g.app.Box().Saved(where)
	}
}

// sandboxPicture draws the sandbox's open tab as a picture.
func (g *Game) sandboxPicture() *image.RGBA {
	d := &g.sandbox
	d.s = g.app.Sandbox()
	return d.exportPicture()
}

// Do queues an action from outside (the page's test hook); it runs on
// the next Update.
func (g *Game) Do(a ui.Action) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.pending = append(g.pending, a)
	g.wake()
}

// State returns what the reader sees, for the page's test hook.
func (g *Game) State() ui.State {
	g.mu.Lock()
	defer g.mu.Unlock()
	s := g.app.State()
	s.Frames = g.frames
	s.Still = g.pace.still
	return s
}

// Controls returns where each control is, in CSS (logical) pixels, so
// that the page's test hook can press them like a reader would.
func (g *Game) Controls() map[string]ui.Rect {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make(map[string]ui.Rect)
	l := g.app.Layout()
	css := func(b ui.Rect) ui.Rect {
		return ui.Rect{X: b.X / g.scale, Y: b.Y / g.scale, W: b.W / g.scale, H: b.H / g.scale}
	}
	for c := ui.CtlFire; c <= ui.CtlSandbox; c++ {
		out[c.String()] = css(l.Buttons[c])
	}
	if sb, ok := g.app.Scene().(*ui.SandboxScene); ok {
		for _, w := range sb.Widgets() {
			out["sb-"+w.ID()] = css(w.R)
		}
		if st, cw, ok := sb.InsideCutaway(); ok {
			for k, cm := range st.Compartments {
				out["room-"+cm.ID] = css(cw.Rooms[k])
			}
		}
	}
	out["track"] = css(l.Track())
	if _, ok := g.app.Scene().(*ui.SandboxScene); !ok {
		for _, st := range g.app.Playback().Scenario().Sites {
			if r, ok := l.SiteTarget(st); ok {
				out["site-"+st.ID] = css(r)
			}
		}
	}
	return out
}

// Draw draws the whole screen from the current snapshot, or leaves the
// last frame when nothing on it changed; after the first frame it calls
// FirstFrame.
func (g *Game) Draw(screen *ebiten.Image) {
	if g.draw(screen) {
		f := g.firstFrame
		g.firstFrame = nil
		f()
	}
}

// draw is Draw under the game's lock; it reports whether it drew the
// first frame and FirstFrame is due.
func (g *Game) draw(screen *ebiten.Image) (first bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.perf.endDraw(g.perf.start())
	if g.pace.hidden {
		g.pace.quiet++
		return false
	}
	d := g.drawer()
	g.sandbox.ninesWork = 0
	b := g.board
	b.frames = g.frames
	b.frame(g.app.Layout(), g.app.Scene().View())
	key := frameKey{w: g.w, h: g.h, look: g.app.Scene().Look()}
	same := g.drawn && key == g.drawnKey
	if same && d.more(screen) {
		g.pace.quiet = 0
		g.perf.painted++
		return false
	}
	if same && (!g.animated() || g.frames%animEvery != 0) {
		g.pace.quiet++
		return false
	}
	g.pace.quiet = 0
	if g.drawn && !same && key.w == g.drawnKey.w && key.h == g.drawnKey.h && !g.animated() && d.progress(screen, g.drawnKey.look, key.look) {
		g.drawnKey = key
		g.perf.painted++
		return false
	}
	g.drawn, g.drawnKey = true, key
	g.perf.painted++
	screen.Fill(b.pal.BG)
	b.drawHeader(screen)
	d.draw(screen)
	return g.firstFrame != nil
}

// animEvery is how many updates pass between frames drawn only for the
// flames' motion (60/4 = 15 a second): enough for flicker, and a phone
// or a software renderer keeps up.
const animEvery = 4

// animated reports whether the frame moves on its own: the scene's
// pulse or cursor, and flames.
func (g *Game) animated() bool {
	return !g.board.still && (g.app.Scene().Animated() || g.board.burning())
}

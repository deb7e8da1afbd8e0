// The performance budget of issue 9, run by `make bench`:
//
//	node tools/bench/bench.js -explainer DIR -bare DIR -font FILE \
//	    -sim-native FILE -sim-wasm FILE \
//	    -syms-explainer FILE -syms-bare FILE -out BENCH.md
//
// DIR are two web directories built by `make -f visual.mk web` with the
// same flags: the explainer and tools/bench/bare (fill + one line of text).
// The -syms files are the same programs built without -s -w, read only to
// say which packages the size comes from; -sim files hold the output of
// `go test -bench` natively and under WebAssembly.
// The script serves both on loopback with tools/serve, drives Debian's
// chromium through playwright-core (no browser is downloaded), measures
// download size, time to the first frame, the Go work per frame in the
// heaviest scene and memory over a soak, reads the sim benchmarks' output
// files, checks the budgets and writes BENCH.md. Every loop is bounded;
// nothing leaves 127.0.0.1.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');
const { chromium } = require('playwright-core');
const { serve } = require('../../e2e/harness');
const { wasmSize, moduleOf } = require('./wasmsize');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Budgets from issue 9.
const budget = {
  download: 1.15, // × (bare download + subset font), brotli
  firstFrame: 1.2, // × bare, medians
  frameMs: 4, // p95 of the CPU time per frame, heaviest scenes
  memGrowth: 0.05, // growth allowed from 100 to 200 scrubs (+ memSlack)
  memSlack: 256 * 1024,
};

const viewports = [
  { name: '1280×720', width: 1280, height: 720 },
  { name: '390×844', width: 390, height: 844 },
];

// The heaviest scene: the Kakao fire at full spread, after the 16:52
// power cut (1 h 33 min) and before the knock-down (2 h 27 min). Playing
// at a simulated minute a second moves the clock every tick, so every
// Draw draws; the sample stays well inside that window.
const heavy = { from: 1.6, until: 2.45, speed: 1 };

function args() {
  const a = { runs: 15, scrubs: 200, samples: 120 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i].replace(/^-+/, '');
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`bench: -${k} needs a value`);
    a[k] = ['runs', 'scrubs', 'samples'].includes(k) ? Number(v) : v;
  }
  for (const k of ['explainer', 'bare', 'font', 'out']) {
    if (!a[k]) throw new Error(`bench: -${k} is required`);
  }
  return a;
}

// ---- statistics ----------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const median = (xs) => {
  const s = sorted(xs);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const p95 = (xs) => quantile(xs, 0.95);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

// ---- formatting ----------------------------------------------------------

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n) => `${(n / 1048576).toFixed(2)} MiB`;
const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const ms = (n) => (n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(2)} ms`);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const verdict = (ok) => (ok ? '**PASS**' : '**MISS**');

// ---- sizes ---------------------------------------------------------------

// compressed returns the raw, gzip -9 and brotli -q 11 sizes of file,
// reading the .gz and .br that `make web` wrote beside it when present.
function compressed(file) {
  const raw = fs.readFileSync(file);
  const side = (ext, make) => (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : make(raw).length);
  return {
    raw: raw.length,
    gzip: side('.gz', (b) => zlib.gzipSync(b, { level: 9 })),
    br: side('.br', (b) => zlib.brotliCompressSync(b, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length },
    })),
  };
}

// ---- the page ------------------------------------------------------------

// instrument runs in the page before its scripts. It records when the Go
// program's WebAssembly instance is ready and keeps its memory, and turns
// window.outageLab.ready into a setter that notes the moment the first
// frame is drawn (both builds set ready at the end of their first Draw).
function instrument() {
  const b = (window.__bench = { t: {}, mem: null });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (typeof orig !== 'function') continue;
    WebAssembly[name] = async function (...a) {
      const r = await orig.apply(this, a);
      const inst = r.instance || r;
      if (inst.exports && inst.exports.mem) {
        b.mem = inst.exports.mem;
        b.t.instantiated = performance.now();
      }
      return r;
    };
  }
  let lab;
  Object.defineProperty(window, 'outageLab', {
    configurable: true,
    get() { return lab; },
    set(v) {
      lab = v;
      b.t.hook = performance.now();
      let ready = v.ready;
      Object.defineProperty(v, 'ready', {
        configurable: true,
        enumerable: true,
        get() { return ready; },
        set(x) {
          ready = x;
          if (x && b.t.ready === undefined) b.t.ready = performance.now();
        },
      });
    },
  });
}

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
}

// open loads url in a fresh context (its own HTTP and code caches) and
// waits for the first frame. It returns the page, a CDP session and the
// responses the page received, with the bytes each took on the wire.
async function open(browser, url, viewport) {
  const ctx = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1 });
  await ctx.addInitScript(instrument);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const cdp = await ctx.newCDPSession(page);
  const net = new Map();
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', (e) => {
    const h = e.response.headers;
    const enc = h['Content-Encoding'] || h['content-encoding'] || 'identity';
    net.set(e.requestId, { url: e.response.url, status: e.response.status, encoding: enc, wire: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = net.get(e.requestId);
    if (r) r.wire = e.encodedDataLength;
  });
  await page.goto(url);
  await page.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 120000, polling: 50 });
  const t = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((e) => /app\.wasm$/.test(e.name));
    return { ...window.__bench.t, wasmDone: wasm ? wasm.responseEnd : NaN };
  });
  const requests = [...net.values()].filter((r) => /^https?:/.test(r.url));
  return { ctx, page, cdp, t, requests, errors };
}

// memory collects garbage in both heaps and reads the WebAssembly linear
// memory, the Go heap and the JS heap, in bytes.
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await page.evaluate(() => {
    const p = window.outageLab.perf(true);
    return {
      wasm: window.__bench.mem ? window.__bench.mem.buffer.byteLength : NaN,
      goLive: p.heapAlloc, goSys: p.sys, numGC: p.numGC,
    };
  });
  const h = await cdp.send('Runtime.getHeapUsage');
  return { ...m, js: h.usedSize };
}

const lab = (page, expr, arg) => page.evaluate(expr, arg);
const state = (page) => lab(page, () => window.outageLab.state());

// waitHours waits until the playhead shows h hours (setTime rounds to a
// simulated second).
function waitHours(page, h) {
  return page.waitForFunction((h) => Math.abs(window.outageLab.state().hours - h) < 3e-4, h, { timeout: 20000, polling: 'raf' });
}

// frameSample waits for n more drawn frames (at most 25 s) and returns the
// Go work of the last ones, the wall-clock frame rate and the sample size.
async function frameSample(page, n) {
  const before = await lab(page, () => { const p = window.outageLab.perf(false); return { draws: p.draws, updates: p.updates, t: performance.now() }; });
  const deadline = Date.now() + 25000;
  let p;
  for (;;) {
    await sleep(500);
    p = await lab(page, () => { const p = window.outageLab.perf(false); p.t = performance.now(); return p; });
    if (p.draws - before.draws >= n || Date.now() > deadline) break;
  }
  return framesSince(before, p);
}

// framesSince returns the frames the perf reading p holds since the
// reading before: their Go work and the rates of draws and updates.
function framesSince(before, p) {
  const draws = Math.min(p.draws - before.draws, p.frameMs.length);
  const updates = Math.min(p.updates - before.updates, p.updateMs.length);
  return {
    frameMs: p.frameMs.slice(-draws),
    drawMs: p.drawMs.slice(-draws),
    updateMs: p.updateMs.slice(-updates),
    fps: ((p.draws - before.draws) * 1000) / (p.t - before.t),
    tps: ((p.updates - before.updates) * 1000) / (p.t - before.t),
  };
}

// traced runs fn while Chromium records a trace of the page behind cdp,
// and returns every animation-frame callback on the page's main thread
// from the user-timing mark `from` (or the start) on: its CPU time
// (thread time) and wall time, in ms, oldest first. Ebiten runs its
// Updates, Draw and WebGL calls inside that callback, so its CPU time
// is all the work the page's thread did for the frame, without the
// moments it waited for a core.
async function traced(cdp, fn, from) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  let out;
  try {
    out = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  const mark = from && events.find((e) => e.name === from && e.cat.includes('blink.user_timing'));
  const t0 = mark ? mark.ts : -Infinity;
  const f = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.tdur !== undefined && e.ts >= t0)
    .sort((x, y) => x.ts - y.ts);
  return { out, cpuMs: f.map((e) => e.tdur / 1000), rafWallMs: f.map((e) => e.dur / 1000) };
}

// ---- measurements --------------------------------------------------------

// firstFrames loads each build `runs` times, alternating, each in a fresh
// context; it returns the timings per build and the first load's requests.
async function firstFrames(browser, urls, runs) {
  const out = { explainer: [], bare: [], requests: {}, errors: [] };
  // One load of each first, not counted: the first navigation of a
  // browser also pays for starting its renderer and GPU processes.
  for (const which of ['bare', 'explainer']) await (await open(browser, urls[which], viewports[0])).ctx.close();
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 ? ['explainer', 'bare'] : ['bare', 'explainer']) {
      const o = await open(browser, urls[which], viewports[0]);
      out[which].push(o.t);
      if (!out.requests[which]) out.requests[which] = o.requests;
      out.errors.push(...o.errors.map((e) => `${which}: ${e}`));
      await o.ctx.close();
    }
  }
  return out;
}

// frameCost samples the Go work per frame: the explainer in the heaviest
// scene, and the bare build, at one viewport.
async function frameCost(browser, urls, vp, samples) {
  const ex = await open(browser, urls.explainer + '#explore', vp);
  const page = ex.page;
  await lab(page, () => window.outageLab.startFire());
  await page.waitForFunction(() => window.outageLab.state().fired, null, { timeout: 20000 });
  await lab(page, (h) => { window.outageLab.pause(); window.outageLab.setTime(h); }, heavy.from);
  await waitHours(page, heavy.from);
  await lab(page, (s) => { window.outageLab.setSpeed(s); window.outageLab.play(); }, heavy.speed);
  await sleep(1000);
  const ext = await traced(ex.cdp, () => frameSample(page, samples));
  const explainer = { ...ext.out, cpuMs: ext.cpuMs, rafWallMs: ext.rafWallMs };
  const s = await state(page);
  explainer.scene = { hours: s.hours, clock: s.clock, playing: s.playing, usersOut: s.usersOut };
  explainer.inWindow = s.playing && s.hours > heavy.from && s.hours < heavy.until;
  await ex.ctx.close();

  const b = await open(browser, urls.bare, vp);
  await sleep(1000);
  const bt = await traced(b.cdp, () => frameSample(b.page, samples));
  const bare = { ...bt.out, cpuMs: bt.cpuMs, rafWallMs: bt.rafWallMs };
  await b.ctx.close();
  return { explainer, bare };
}

// ninesCost samples the Go work per frame while the sandbox's Nines tab
// runs 10,000 years of the Kakao 2022 design (the availability panel
// computing): from the press of its button until the run is done and
// its result rows are drawn (they appear a few a frame), the first
// frame with nothing to draw ending the sample. It also times the run.
async function ninesCost(browser, urls, vp) {
  const ex = await open(browser, urls.explainer + '#sandbox&lang=en', vp);
  const page = ex.page;
  await lab(page, () => window.outageLab.press('tab-3'));
  await lab(page, () => window.outageLab.press('base-1'));
  await page.waitForFunction(() => window.outageLab.state().sandbox.base === 'kakao2022', null, { timeout: 20000 });
  await lab(page, () => window.outageLab.press('tab-7'));
  await page.waitForFunction(() => window.outageLab.state().sandbox.tab === 7, null, { timeout: 20000 });
  await sleep(1000);
  const t = await traced(ex.cdp, async () => {
    const before = await lab(page, () => {
      const p = window.outageLab.perf(false);
      performance.mark('nines-run');
      window.outageLab.press('nines-run');
      return { draws: p.draws, updates: p.updates, t: performance.now() };
    });
    await page.waitForFunction(() => { const n = window.outageLab.state().sandbox.nines; return n && n.done; }, null, { timeout: 120000, polling: 100 });
    const done = await lab(page, () => { const p = window.outageLab.perf(false); p.t = performance.now(); return p; });
    // Wait for three drawn frames with nothing to draw after the run.
    let p;
    for (let i = 0; i < 40; i++) {
      await sleep(100);
      p = await lab(page, () => { const p = window.outageLab.perf(false); p.t = performance.now(); return p; });
      const idle = p.drawMs.slice(-(p.draws - done.draws)).filter((ms) => ms < 0.05).length;
      if (idle >= 3) break;
    }
    return { before, done, p };
  }, 'nines-run');
  const { before, done, p } = t.out;
  const n = (await state(page)).sandbox.nines;
  await ex.ctx.close();
  // The frames from the press to the first idle one after the run.
  const all = framesSince(before, p);
  const sinceDone = p.draws - done.draws;
  const afterDone = all.drawMs.slice(all.drawMs.length - sinceDone);
  const busy = afterDone.findIndex((ms) => ms < 0.05);
  const frames = all.frameMs.length - sinceDone + (busy < 0 ? sinceDone : busy);
  return {
    ...all,
    frameMs: all.frameMs.slice(0, frames),
    drawMs: all.drawMs.slice(0, frames),
    cpuMs: t.cpuMs.slice(0, frames),
    rafWallMs: t.rafWallMs.slice(0, frames),
    seconds: (done.t - before.t) / 1000,
    years: n.years,
  };
}

// soak loads the explainer at the phone's size (where memory is scarcest,
// and where SwiftShader draws fast enough to play the week in seconds),
// plays the whole week at the top speed, then scrubs `scrubs` times to
// pseudo-random places, reading memory after loading, after the week and
// every 50 scrubs. Each reading after the week is taken with the playhead
// back at the week's end, so the world the game holds is the same one.
async function soak(browser, urls, scrubs) {
  const vp = viewports[1];
  const ex = await open(browser, urls.explainer + '#explore', vp);
  const { page, cdp } = ex;
  await sleep(1000);
  const points = [{ at: 'loaded', ...(await memory(page, cdp)) }];
  await lab(page, () => window.outageLab.startFire());
  await page.waitForFunction(() => window.outageLab.state().fired, null, { timeout: 20000 });
  // setSpeed clamps to the fastest rate.
  await lab(page, () => { window.outageLab.setSpeed(99); window.outageLab.play(); });
  const t0 = Date.now();
  await page.waitForFunction(() => { const s = window.outageLab.state(); return !s.playing && s.hours >= 167.9; }, null, { timeout: 180000, polling: 250 });
  const weekSeconds = (Date.now() - t0) / 1000;
  const end = (await state(page)).hours;
  const reading = async (at) => {
    await lab(page, (h) => window.outageLab.setTime(h), end);
    await waitHours(page, end);
    await sleep(300);
    points.push({ at, ...(await memory(page, cdp)) });
  };
  await reading('after the week');
  let seed = 12345;
  for (let i = 1; i <= scrubs; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const h = (seed % (168 * 60)) / 60; // whole minutes over the week
    await lab(page, (h) => window.outageLab.setTime(h), h);
    await waitHours(page, h);
    if (i % 50 === 0) await reading(`${i} scrubs`);
  }
  const errors = ex.errors;
  await ex.ctx.close();

  const b = await open(browser, urls.bare, vp);
  await sleep(1000);
  const bare = await memory(b.page, b.cdp);
  await b.ctx.close();
  return { points, bare, weekSeconds, end, errors, vp: vp.name };
}

// sizeDiff compares two builds' code by module and by package.
function sizeDiff(exFile, bareFile) {
  const ex = wasmSize(exFile), bare = wasmSize(bareFile);
  const group = (f) => {
    const out = new Map();
    for (const z of [ex, bare]) for (const [p] of z.packages) out.set(f(p), { name: f(p), ex: 0, bare: 0 });
    for (const [p, n] of ex.packages) out.get(f(p)).ex += n;
    for (const [p, n] of bare.packages) out.get(f(p)).bare += n;
    return [...out.values()].sort((x, y) => (y.ex - y.bare) - (x.ex - x.bare));
  };
  let bareOnly = 0;
  for (const [p, n] of bare.packages) if (!ex.packages.has(p)) bareOnly += n;
  return { ex, bare, bareOnly, modules: group(moduleOf), packages: group((p) => p).slice(0, 15) };
}

// ---- sim benchmarks ------------------------------------------------------

// parseBench reads `go test -bench` output: name → {ns, bytes, allocs}.
function parseBench(file) {
  const out = new Map();
  if (!file || !fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^(Benchmark\S+?)(?:-\d+)?\s+(\d+)\s+([\d.]+) ns\/op(?:\s+([\d.]+) B\/op)?(?:\s+([\d.]+) allocs\/op)?/.exec(line);
    if (m) out.set(m[1], { n: +m[2], ns: +m[3], bytes: m[4] ? +m[4] : NaN, allocs: m[5] ? +m[5] : NaN });
  }
  return out;
}

const dur = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);

// ---- the report ----------------------------------------------------------

function machine() {
  const cpu = os.cpus();
  let chromiumVersion = '';
  try {
    chromiumVersion = execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch { chromiumVersion = 'chromium (version unknown)'; }
  let goVersion = '';
  try { goVersion = execFileSync('go', ['version'], { encoding: 'utf8' }).trim(); } catch { goVersion = 'go (version unknown)'; }
  return `${cpu.length} × ${cpu[0] ? cpu[0].model.trim() : 'CPU'}, ${mib(os.totalmem())} RAM; ${goVersion}; ${chromiumVersion} (SwiftShader WebGL); Node ${process.version}`;
}

// tree names the commit measured, and whether the working tree differed.
function tree() {
  try {
    const git = (...x) => execFileSync('git', x, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('log', '-1', '--format=%h %s');
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `commit ${head.length > 90 ? head.slice(0, 87) + '…' : head}${dirty ? ', with uncommitted changes' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

function report(a, r) {
  const L = [];
  const push = (...xs) => L.push(...xs);
  const b = r.budgets;
  push('# BENCH: Outage Lab performance budget', '',
    `Written by \`make bench\` (tools/bench/bench.js) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC,`,
    `for ${r.tree}.`,
    `Machine: ${machine()}.`,
    `Load average (1 min) when the browser runs started: ${r.load[0].toFixed(2)}, when they ended: ${r.load[1].toFixed(2)}.`,
    'The machine is shared, so single figures move by tens of per cent between runs; the',
    'budgets compare the explainer with the bare Ebiten build measured in the same run.',
    '', 'The bare build (`tools/bench/bare`) fills the screen with a colour and prints one line with',
    '`ebitenutil.DebugPrint`; it is built with the explainer\'s flags (`make -f visual.mk web`:',
    '`GOOS=js GOARCH=wasm go build -trimpath -ldflags=\'-s -w\'`) and served with the same page and',
    '`wasm_exec.js` by `tools/serve`.', '');

  push('## Budgets', '', '| budget | limit | measured | |', '|---|---|---|---|');
  for (const x of b) push(`| ${x.name} | ${x.limit} | ${x.measured} | ${verdict(x.ok)} |`);
  push('');

  // Download.
  push('## Download', '',
    'Every file the page fetched when loading each build (from the browser\'s network log), with',
    'its size raw, gzip -9 and brotli -q 11 as `make web` writes them, and the bytes it took on',
    'the wire from `tools/serve` (which sends the `.br` or `.gz` the browser accepts).', '');
  push('| build | file | raw | gzip -9 | brotli | on the wire |', '|---|---|---:|---:|---:|---:|');
  for (const which of ['bare', 'explainer']) {
    const d = r.download[which];
    for (const f of d.files) push(`| ${which} | ${f.name}${f.encoding !== 'identity' ? ` (sent ${f.encoding})` : ''} | ${bytes(f.raw)} | ${bytes(f.gzip)} | ${bytes(f.br)} | ${bytes(f.wire)} |`);
    push(`| **${which}** | **total** | **${bytes(d.raw)}** | **${bytes(d.gzip)}** | **${bytes(d.br)}** | **${bytes(d.wire)}** |`);
  }
  const f = r.download.font;
  push(`| font | assets/fonts/ui-subset.ttf (inside the explainer's app.wasm) | ${bytes(f.raw)} | ${bytes(f.gzip)} | ${bytes(f.br)} | |`);
  const ex = r.download.explainer, bb = r.download.bare;
  push('', `Explainer / bare: raw ${ratio(ex.raw, bb.raw)}, gzip ${ratio(ex.gzip, bb.gzip)}, brotli ${ratio(ex.br, bb.br)}; ` +
    `explainer / (bare + font): gzip ${ratio(ex.gzip, bb.gzip + f.gzip)}, brotli ${ratio(ex.br, bb.br + f.br)}.`, '');
  if (r.sizes) {
    const z = r.sizes;
    push('Where the explainer\'s extra bytes are: the two programs built again without `-s -w`, and',
      'each function body in the code section counted to its package by the name section',
      '(`tools/bench/wasmsize.js`; `go tool nm` does not read WebAssembly). The data section',
      '(embedded files, type data, pc tables) has no names, so it is only a total. Raw bytes.', '',
      '| section | explainer | bare | added |', '|---|---:|---:|---:|');
    for (const k of ['code', 'data', 'other']) push(`| ${k} | ${kb(z.ex.sections[k])} | ${kb(z.bare.sections[k])} | ${kb(z.ex.sections[k] - z.bare.sections[k])} |`);
    push('', '| code by module | explainer | bare | added |', '|---|---:|---:|---:|');
    for (const m of z.modules) push(`| ${m.name} | ${kb(m.ex)} | ${kb(m.bare)} | ${kb(m.ex - m.bare)} |`);
    push('', `| code by package (the ${z.packages.length} that add most) | explainer | bare | added |`, '|---|---:|---:|---:|');
    for (const p of z.packages) push(`| ${p.name} | ${kb(p.ex)} | ${kb(p.bare)} | ${kb(p.ex - p.bare)} |`);
    push('', `Code only the bare build has: ${kb(z.bareOnly)} (\`ebitenutil\`, which \`DebugPrint\` lives in, imports`,
      '`net/http` for `NewImageFromURL`, and with it `crypto/tls`); the explainer does not link them, so the',
      'bare baseline is that much larger than the smallest possible Ebiten program.', '');
  }

  // First frame.
  const ff = r.first;
  push('## First frame', '',
    `Navigation to the end of the first \`Draw\` (when \`window.outageLab.ready\` turns true), at`,
    `1280×720, ${ff.explainer.length} loads of each build, alternating, each in a fresh browser context`,
    '(empty HTTP and code cache). Phases: the WebAssembly response fully received, the instance',
    'compiled and instantiated, then Go start-up, `game.New` and the first frame.', '',
    '| build | median | min | max | spread (max − min) | wasm received (median) | instantiated (median) | start-up + first Draw (median) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const which of ['bare', 'explainer']) {
    const ts = ff[which];
    const rd = ts.map((t) => t.ready);
    push(`| ${which} | ${ms(median(rd))} | ${ms(Math.min(...rd))} | ${ms(Math.max(...rd))} | ${ms(Math.max(...rd) - Math.min(...rd))} | ` +
      `${ms(median(ts.map((t) => t.wasmDone)))} | ${ms(median(ts.map((t) => t.instantiated)))} | ${ms(median(ts.map((t) => t.ready - t.instantiated)))} |`);
  }
  push('', `All runs (ms): bare ${ff.bare.map((t) => Math.round(t.ready)).join(', ')}; explainer ${ff.explainer.map((t) => Math.round(t.ready)).join(', ')}.`,
    `Explainer / bare (medians): ${ratio(median(ff.explainer.map((t) => t.ready)), median(ff.bare.map((t) => t.ready)))}.`, '');

  // Frame cost.
  push('## Frame cost', '',
    'Two readings of each frame, taken in the same sample:', '',
    '- **CPU** is the CPU time (thread time) of the frame\'s animation-frame callback on the page\'s',
    '  main thread, from a Chromium trace (`devtools.timeline`, `FireAnimationFrame`). Ebiten runs the',
    '  frame\'s `Update`s, its `Draw` and its WebGL calls in that callback, so this is all the work the',
    '  page did for the frame: the Go work and a little more. The budget is judged on it.',
    '- **Wall** is `Update` plus `Draw` by the wall clock, from `window.outageLab.perf()` (game/perf.go,',
    '  `time.Now`, which Chromium coarsens to 0.1 ms). On this 2-core machine SwiftShader renders in',
    '  Chromium\'s GPU process on the same cores, and the wall clock also counts the moments the',
    '  page\'s thread waited for a core; that is why its p95 is far above the CPU time\'s.', '',
    `Explainer: the Kakao fire at full spread (free view, playhead from ${heavy.from} h, after the power cut,`,
    'before the knock-down, playing at a simulated minute a second so every frame is redrawn).',
    'Bare: the fill and the line of text, redrawn every frame. Device scale factor 1. Recording the',
    'trace slows the frame rate a little; both builds are measured the same way.', '',
    '| viewport | build | frames | CPU median | CPU p95 | CPU max | wall min | wall median | wall p95 | wall max | Draw median | Draw p95 | drawn fps | ticks/s | scene |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  const row = (vp, which, s, scene) => push(`| ${vp} | ${which} | ${s.frameMs.length} | ${ms(median(s.cpuMs))} | ${ms(p95(s.cpuMs))} | ${ms(Math.max(...s.cpuMs))} | ` +
    `${ms(Math.min(...s.frameMs))} | ${ms(median(s.frameMs))} | ${ms(p95(s.frameMs))} | ${ms(Math.max(...s.frameMs))} | ` +
    `${ms(median(s.drawMs))} | ${ms(p95(s.drawMs))} | ${s.fps.toFixed(1)} | ${s.tps.toFixed(1)} | ${scene} |`);
  for (const fc of r.frames) {
    for (const which of ['bare', 'explainer']) {
      const s = fc[which];
      row(fc.vp, which, s, which === 'explainer' ? `${s.scene.clock}, ${s.scene.usersOut.toLocaleString('en-US')} people cut off${s.inWindow ? '' : ' (**left the window**)'}` : 'fill + text');
    }
    push(`| ${fc.vp} | explainer / bare | | ${ratio(median(fc.explainer.cpuMs), median(fc.bare.cpuMs))} | ${ratio(p95(fc.explainer.cpuMs), p95(fc.bare.cpuMs))} | | | ${ratio(median(fc.explainer.frameMs), median(fc.bare.frameMs))} | ${ratio(p95(fc.explainer.frameMs), p95(fc.bare.frameMs))} | | | | | | |`);
    const nn = fc.nines;
    row(fc.vp, 'explainer, availability run', nn, `Nines tab, Kakao 2022: ${nn.years.toLocaleString('en-US')} years in ${nn.seconds.toFixed(1)} s`);
  }
  push('', 'The availability run: the sandbox on the Kakao 2022 design, Nines tab, from the press of',
    '"Run 10,000 years" until the run is done and its result rows are drawn (they appear a few a',
    'frame, game/nines.go), up to the first frame with nothing to draw. The updates before a frame',
    'spend about 1.5 ms on the run (game/game.go, `ninesBudget`) in steps of 12 simulated hours of an incident',
    'or 25 simulated years; the tab\'s status is redrawn at each whole per cent. The seconds are',
    'wall-clock in the page, drawing included.', '');

  // Memory.
  const so = r.soak;
  push('## Memory', '',
    `The explainer at ${so.vp}: loaded; then the fire started and the whole week played at the top`,
    `speed (\`setSpeed(99)\`, clamped to the fastest rate: ${so.end.toFixed(0)} simulated hours in ${so.weekSeconds.toFixed(1)} s of wall`,
    `time); then ${a.scrubs} scrubs (\`setTime\`) to pseudo-random minutes of the week, each waited for until`,
    'the frame shows it. Every reading after the week is taken with the playhead moved back to the',
    'week\'s end, so the game holds the same world each time, and after both heaps are',
    'garbage-collected. WebAssembly memory is the linear memory\'s size',
    '(it never shrinks); Go live heap is `runtime.MemStats.HeapAlloc` after `runtime.GC()`; Go',
    'sys is everything the Go runtime holds; JS heap is `Runtime.getHeapUsage().usedSize`.', '',
    '| when | WebAssembly memory | Go live heap | Go sys | JS heap | GCs |', '|---|---:|---:|---:|---:|---:|');
  push(`| bare, loaded | ${mib(so.bare.wasm)} | ${mib(so.bare.goLive)} | ${mib(so.bare.goSys)} | ${mib(so.bare.js)} | ${so.bare.numGC} |`);
  for (const p of so.points) push(`| explainer, ${p.at} | ${mib(p.wasm)} | ${mib(p.goLive)} | ${mib(p.goSys)} | ${mib(p.js)} | ${p.numGC} |`);
  const l = so.points[0];
  const after = so.points.slice(1);
  push('', 'The budget judges what the page holds, the WebAssembly memory and the JS heap, from half-way',
    'through the scrubs to the end. The Go live heap lives inside the WebAssembly memory and is not',
    `judged: over this soak it went from ${mib(after[0].goLive)} to at most ${mib(Math.max(...after.map((p) => p.goLive)))} and ended at ${mib(after[after.length - 1].goLive)}.`,
    'Most likely this is Ebiten\'s text cache: every scrub shows new clock and count strings, and `text/v2` keeps the shaped output',
    'of up to 512 strings, dropping stale ones only past that, so this heap climbs for a few hundred',
    'scrubs and then falls back (a run with `-scrubs 600` shows the saw-tooth) while the WebAssembly',
    'memory stays flat.');
  push('', `Explainer / bare after loading: WebAssembly memory ${ratio(l.wasm, so.bare.wasm)}, Go live heap ${ratio(l.goLive, so.bare.goLive)}, JS heap ${ratio(l.js, so.bare.js)}.`, '');

  // Sim.
  push('## Sim benchmarks', '',
    '`go test ./sim -run \'^$\' -bench . -benchmem` natively, and the same compiled to WebAssembly and',
    'run in Node (`GOOS=js GOARCH=wasm`, shorter `-benchtime`, `-count 2`: the figures are the second',
    'run, as the first one of each benchmark also pays for V8 compiling the hot code optimised).', '',
    '| benchmark | native | WASM | WASM / native | native memory | WASM memory |', '|---|---:|---:|---:|---:|---:|');
  const names = [...new Set([...r.simNative.keys(), ...r.simWasm.keys()])];
  for (const n of names) {
    const x = r.simNative.get(n), y = r.simWasm.get(n);
    const mem = (z) => (z && !Number.isNaN(z.bytes) ? `${kb(z.bytes)}, ${z.allocs} allocs` : '');
    push(`| ${n.replace(/^Benchmark/, '')} | ${x ? dur(x.ns) : '—'} | ${y ? dur(y.ns) : '—'} | ${x && y ? ratio(y.ns, x.ns) : ''} | ${mem(x)} | ${mem(y)} |`);
  }
  if (names.length === 0) push('| (no benchmark output found) | | | | | |');
  push('');
  if (r.errors.length) push('## Page errors', '', ...r.errors.map((e) => `- ${e}`), '');
  return L.join('\n');
}

// ---- main ----------------------------------------------------------------

async function main() {
  const a = args();
  const watchdog = setTimeout(() => { console.error('bench: gave up after 6 minutes'); process.exit(2); }, 6 * 60 * 1000);
  const servers = { explainer: await serve(path.resolve(a.explainer)), bare: await serve(path.resolve(a.bare)) };
  const urls = { explainer: servers.explainer.url, bare: servers.bare.url };
  const browser = await launch();
  const r = { errors: [], load: [os.loadavg()[0]], tree: tree() };
  try {
    console.error(`bench: first frame, ${a.runs} loads of each build`);
    r.first = await firstFrames(browser, urls, a.runs);
    r.errors.push(...r.first.errors);
    r.frames = [];
    for (const vp of viewports) {
      console.error(`bench: frame cost at ${vp.name}`);
      r.frames.push({ vp: vp.name, ...(await frameCost(browser, urls, vp, a.samples)) });
      console.error(`bench: the availability run at ${vp.name}`);
      r.frames[r.frames.length - 1].nines = await ninesCost(browser, urls, vp);
    }
    console.error(`bench: memory soak (a week at the top speed, ${a.scrubs} scrubs)`);
    r.soak = await soak(browser, urls, a.scrubs);
    r.errors.push(...r.soak.errors.map((e) => `explainer soak: ${e}`));
  } finally {
    r.load.push(os.loadavg()[0]);
    await browser.close();
    servers.explainer.close();
    servers.bare.close();
  }

  // Download: the files each page fetched, sized from the build directory.
  r.download = {};
  for (const which of ['explainer', 'bare']) {
    const dir = path.resolve(a[which]);
    const files = [];
    for (const q of r.first.requests[which]) {
      let name = decodeURIComponent(new URL(q.url).pathname).replace(/^\//, '') || 'index.html';
      const file = path.join(dir, name);
      if (!fs.existsSync(file) || q.status !== 200) {
        r.errors.push(`${which}: ${q.url} answered ${q.status}`);
        continue;
      }
      files.push({ name, encoding: q.encoding, wire: q.wire, ...compressed(file) });
    }
    const sum = (k) => files.reduce((s, f) => s + f[k], 0);
    r.download[which] = { files, raw: sum('raw'), gzip: sum('gzip'), br: sum('br'), wire: sum('wire') };
  }
  r.download.font = compressed(path.resolve(a.font));
  if (a['syms-explainer'] && a['syms-bare']) r.sizes = sizeDiff(a['syms-explainer'], a['syms-bare']);

  r.simNative = parseBench(a['sim-native']);
  r.simWasm = parseBench(a['sim-wasm']);

  // Budgets.
  const d = r.download;
  const allow = budget.download * (d.bare.br + d.font.br);
  const ffE = median(r.first.explainer.map((t) => t.ready));
  const ffB = median(r.first.bare.map((t) => t.ready));
  r.budgets = [
    {
      name: 'Download, brotli: explainer ≤ 1.15 × (bare + subset font)',
      limit: `${bytes(Math.floor(allow))} (1.15 × (${bytes(d.bare.br)} + ${bytes(d.font.br)}))`,
      measured: `${bytes(d.explainer.br)} (${ratio(d.explainer.br, d.bare.br + d.font.br)} of bare + font; gzip ${ratio(d.explainer.gzip, d.bare.gzip + d.font.gzip)})`,
      ok: d.explainer.br <= allow,
    },
    {
      name: 'First frame: explainer median ≤ 1.2 × bare median',
      limit: ms(budget.firstFrame * ffB),
      measured: `${ms(ffE)} (${ratio(ffE, ffB)})`,
      ok: ffE <= budget.firstFrame * ffB,
    },
  ];
  for (const fc of r.frames) {
    const e = fc.explainer;
    r.budgets.push({
      name: `Frame cost at ${fc.vp}: heaviest scene, CPU time per frame p95 ≤ 4 ms`,
      limit: '4 ms',
      measured: `CPU p95 ${ms(p95(e.cpuMs))}, median ${ms(median(e.cpuMs))} (${e.cpuMs.length} frames${e.inWindow ? '' : ', scene left the window'}); ` +
        `wall-clock Update + Draw p95 ${ms(p95(e.frameMs))}, median ${ms(median(e.frameMs))}`,
      ok: p95(e.cpuMs) <= budget.frameMs && e.inWindow && e.cpuMs.length >= 30,
    });
    const nn = fc.nines;
    r.budgets.push({
      name: `Frame cost at ${fc.vp}: availability run (10,000 years of Kakao 2022), CPU time per frame p95 ≤ 4 ms`,
      limit: '4 ms',
      measured: `CPU p95 ${ms(p95(nn.cpuMs))}, median ${ms(median(nn.cpuMs))} (${nn.cpuMs.length} frames; the run took ${nn.seconds.toFixed(1)} s); ` +
        `wall-clock Update + Draw p95 ${ms(p95(nn.frameMs))}, median ${ms(median(nn.frameMs))}`,
      ok: p95(nn.cpuMs) <= budget.frameMs && nn.years === 10000 && nn.cpuMs.length >= 30,
    });
  }
  const pts = r.soak.points;
  // Half-way through the scrubs (a multiple of 50) against the end.
  const mid = pts.find((p) => p.at === `${Math.round(a.scrubs / 100) * 50} scrubs`) || pts[Math.max(0, pts.length - 2)];
  const end = pts[pts.length - 1];
  // The issue's "WASM/JS memory": what the page holds. The Go live heap
  // inside the linear memory is reported beside it, not judged.
  const grew = ['wasm', 'js'].filter((k) => end[k] > mid[k] * (1 + budget.memGrowth) + budget.memSlack);
  r.budgets.push({
    name: `Memory flat over the soak: ${mid.at} → ${end.at} grows ≤ 5% + 256 KiB`,
    limit: 'WebAssembly memory and JS heap',
    measured: `WebAssembly ${mib(mid.wasm)} → ${mib(end.wasm)}, JS ${mib(mid.js)} → ${mib(end.js)}` +
      (grew.length ? ` (grew: ${grew.join(', ')})` : '') + `; not judged: Go live heap ${mib(mid.goLive)} → ${mib(end.goLive)}`,
    ok: grew.length === 0 && pts.length >= 3,
  });

  fs.writeFileSync(a.out, report(a, r) + '\n');
  clearTimeout(watchdog);
  for (const x of r.budgets) console.error(`bench: ${x.ok ? 'PASS' : 'MISS'} ${x.name}: ${x.measured}`);
  console.error(`bench: wrote ${a.out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// The browser side of the benchmark (tools/bench/bench.js): launching
// Debian's chromium through playwright-core, loading a build in a fresh
// context with the page instrumented, and reading what the page reports
// (its first frame, its memory, the Go work per frame) and what a
// Chromium trace says the page's main thread spent per frame.
'use strict';

const { chromium } = require('playwright-core');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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
// A viewport with a throttle runs the page's CPU that many times slower
// (DevTools' CPU throttling), from before the navigation on.
async function open(browser, url, viewport) {
  const { ctx, page, cdp, errors } = await blank(browser, viewport);
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

// blank makes a fresh context and page at viewport, instrumented, with
// a CDP session (throttled as the viewport says) and the page's errors.
async function blank(browser, viewport) {
  const ctx = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1 });
  await ctx.addInitScript(instrument);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const cdp = await ctx.newCDPSession(page);
  if (viewport.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: viewport.throttle });
  return { ctx, page, cdp, errors };
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
//
// It also returns tasks: the CPU time of every task the renderer's main
// threads ran (the page's scripts, the Go program, style, layout and
// painting), summed, in ms.
async function traced(cdp, fn, from) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] },
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
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined && main.has(`${e.pid}:${e.tid}`))
    .reduce((sum, e) => sum + e.tdur / 1000, 0);
  return { out, cpuMs: f.map((e) => e.tdur / 1000), rafWallMs: f.map((e) => e.dur / 1000), tasks };
}

module.exports = {
  sleep, instrument, launch, open, blank, memory, lab, state, waitHours, frameSample, framesSince, traced,
};

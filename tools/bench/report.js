// The budgets of issue 9 and BENCH.md (tools/bench/bench.js): judging
// the readings against the budgets, and writing the report with the
// machine and commit measured, the tables of every reading and the notes
// that say how each was taken.
'use strict';

const os = require('node:os');
const { execFileSync } = require('node:child_process');
const { heavy } = require('./measure');

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
const dur = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);

// ---- budgets -------------------------------------------------------------

// Budgets from issues 9 and 19. The frame cost's limit is each
// viewport's (measure.js): 4 ms, or 16 ms at 4× CPU throttling.
const budget = {
  download: 1.10, // × (bare download + subset font), brotli
  firstFrame: 1.15, // × bare, medians, at 1280×720 and at 4× throttling
  idle: 1.1, // × bare's main-thread CPU per second, paused with nothing moving
  memGrowth: 0.05, // growth allowed from 100 to 200 scrubs (+ memSlack)
  memSlack: 256 * 1024,
};

// judge checks the readings in r against the budgets and returns them,
// each with its limit, what was measured and whether it was met.
function judge(a, r) {
  const d = r.download;
  const allow = budget.download * (d.bare.br + d.font.br);
  const budgets = [
    {
      name: `Download, brotli: explainer ≤ ${budget.download.toFixed(2)} × (bare + subset font)`,
      limit: `${bytes(Math.floor(allow))} (${budget.download.toFixed(2)} × (${bytes(d.bare.br)} + ${bytes(d.font.br)}))`,
      measured: `${bytes(d.explainer.br)} (${ratio(d.explainer.br, d.bare.br + d.font.br)} of bare + font; gzip ${ratio(d.explainer.gzip, d.bare.gzip + d.font.gzip)})`,
      ok: d.explainer.br <= allow,
    },
  ];
  for (const ff of [r.first, r.firstPhone]) {
    const e = median(ff.explainer.map((t) => t.ready));
    const b = median(ff.bare.map((t) => t.ready));
    budgets.push({
      name: `First frame at ${ff.vp}: explainer median ≤ ${budget.firstFrame} × bare median`,
      limit: ms(budget.firstFrame * b),
      measured: `${ms(e)} (${ratio(e, b)}; ${ff.explainer.length} loads of each)`,
      ok: e <= budget.firstFrame * b,
    });
  }
  for (const fc of r.frames) {
    const e = fc.explainer;
    const lim = fc.limitMs;
    budgets.push({
      name: `Frame cost at ${fc.vp}: heaviest scene, CPU time per frame p95 ≤ ${lim} ms`,
      limit: `${lim} ms`,
      measured: `CPU p95 ${ms(p95(e.cpuMs))}, median ${ms(median(e.cpuMs))} (${e.cpuMs.length} frames${e.inWindow ? '' : ', scene left the window'}); ` +
        `wall-clock Update + Draw p95 ${ms(p95(e.frameMs))}, median ${ms(median(e.frameMs))}`,
      ok: p95(e.cpuMs) <= lim && e.inWindow && e.cpuMs.length >= 30,
    });
    const nn = fc.nines;
    budgets.push({
      name: `Frame cost at ${fc.vp}: availability run (10,000 years of Kakao 2022), CPU time per frame p95 ≤ ${lim} ms`,
      limit: `${lim} ms`,
      measured: `CPU p95 ${ms(p95(nn.cpuMs))}, median ${ms(median(nn.cpuMs))} (${nn.cpuMs.length} frames; the run took ${nn.seconds.toFixed(1)} s); ` +
        `wall-clock Update + Draw p95 ${ms(p95(nn.frameMs))}, median ${ms(median(nn.frameMs))}`,
      ok: p95(nn.cpuMs) <= lim && nn.years === 10000 && nn.cpuMs.length >= 30,
    });
  }
  const id = r.idle;
  budgets.push({
    name: `Idle at ${id.vp}, paused with nothing moving: main-thread CPU per second ≤ ${budget.idle} × bare's`,
    limit: `${ms(budget.idle * id.bare.cpuPerS)} a second`,
    measured: `${ms(id.explainer.cpuPerS)} a second (${ratio(id.explainer.cpuPerS, id.bare.cpuPerS)}; bare ${ms(id.bare.cpuPerS)}); ` +
      `${id.explainer.frames} animation frames and ${id.explainer.updates} updates in ${id.seconds} s (bare ${id.bare.frames} and ${id.bare.updates})`,
    ok: id.explainer.cpuPerS <= budget.idle * id.bare.cpuPerS,
  });
  const aw = r.away;
  budgets.push({
    name: `Out of view at ${aw.vp} (an embedded frame scrolled away, or hidden): no drawing work`,
    limit: 'no Draw that draws',
    measured: `scrolled away: ${aw.scrolledAway.drawing} of ${aw.scrolledAway.draws} Draws drew (${ms(aw.scrolledAway.drawMs)} in ${aw.seconds} s); ` +
      `hidden: ${aw.hidden.drawing} of ${aw.hidden.draws}; in view: ${aw.inView.drawing} of ${aw.inView.draws} (${ms(aw.inView.drawMs)})`,
    ok: aw.scrolledAway.drawing === 0 && aw.hidden.drawing === 0 && aw.inView.drawing > 0 && aw.scrolledAway.playing,
  });
  const pts = r.soak.points;
  // Half-way through the scrubs (a multiple of 50) against the end.
  const mid = pts.find((p) => p.at === `${Math.round(a.scrubs / 100) * 50} scrubs`) || pts[Math.max(0, pts.length - 2)];
  const end = pts[pts.length - 1];
  // The issue's "WASM/JS memory": what the page holds. The Go live heap
  // inside the linear memory is reported beside it, not judged.
  const grew = ['wasm', 'js'].filter((k) => end[k] > mid[k] * (1 + budget.memGrowth) + budget.memSlack);
  budgets.push({
    name: `Memory flat over the soak: ${mid.at} → ${end.at} grows ≤ 5% + 256 KiB`,
    limit: 'WebAssembly memory and JS heap',
    measured: `WebAssembly ${mib(mid.wasm)} → ${mib(end.wasm)}, JS ${mib(mid.js)} → ${mib(end.js)}` +
      (grew.length ? ` (grew: ${grew.join(', ')})` : '') + `; not judged: Go live heap ${mib(mid.goLive)} → ${mib(end.goLive)}`,
    ok: grew.length === 0 && pts.length >= 3,
  });
  return budgets;
}

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
    '`GOOS=js GOARCH=wasm go build -trimpath -ldflags=\'-s -w\'`, and `WASM_GCFLAGS`, which turn off',
    'inlining in the explainer\'s drawing, editor, report and glue packages and so touch nothing the bare',
    'build links) and served with the same page and `wasm_exec.js` by `tools/serve`.', '');

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
  push('## First frame', '',
    'Navigation to the end of the first `Draw` (when `window.outageLab.ready` turns true), each',
    'build loaded alternately, each load in a fresh browser context (empty HTTP and code cache).',
    'Phases: the WebAssembly response fully received, the instance compiled and instantiated, then',
    'Go start-up, `game.New` and the first frame. At 4× CPU slowdown (DevTools',
    '`Emulation.setCPUThrottlingRate`, set before the navigation) the page\'s main thread runs four',
    'times slower; V8 compiles the WebAssembly on other threads, which the throttling does not slow.', '',
    '| viewport | build | loads | median | min | max | spread (max − min) | wasm received (median) | instantiated (median) | start-up + first Draw (median) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const ff of [r.first, r.firstPhone]) {
    for (const which of ['bare', 'explainer']) {
      const ts = ff[which];
      const rd = ts.map((t) => t.ready);
      push(`| ${ff.vp} | ${which} | ${ts.length} | ${ms(median(rd))} | ${ms(Math.min(...rd))} | ${ms(Math.max(...rd))} | ${ms(Math.max(...rd) - Math.min(...rd))} | ` +
        `${ms(median(ts.map((t) => t.wasmDone)))} | ${ms(median(ts.map((t) => t.instantiated)))} | ${ms(median(ts.map((t) => t.ready - t.instantiated)))} |`);
    }
  }
  push('');
  for (const ff of [r.first, r.firstPhone]) {
    push(`At ${ff.vp}, all runs (ms): bare ${ff.bare.map((t) => Math.round(t.ready)).join(', ')}; explainer ${ff.explainer.map((t) => Math.round(t.ready)).join(', ')}. ` +
      `Explainer / bare (medians): ${ratio(median(ff.explainer.map((t) => t.ready)), median(ff.bare.map((t) => t.ready)))}.`, '');
  }

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
    'trace slows the frame rate a little; both builds are measured the same way. Each viewport is',
    `sampled in ${r.frames[0].rounds} rounds that alternate the builds, each a fresh load of about ${a.samples} drawn frames; the`,
    'frames of all rounds are pooled (one round reads the moment of this shared machine as much as the build).', '',
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

  // Idle and out of view.
  const id = r.idle, aw = r.away;
  push('## Idle and out of view', '',
    `**Idle** (${id.vp}): the explainer in the free view before the fire, paused, nothing moving, once`,
    '`state().still` says the game rests; the bare build as it is (it redraws every frame). For',
    `${id.seconds} s, the CPU time (thread time) of every task on the page's main thread, from a Chromium`,
    'trace (`toplevel`, `ThreadControllerImpl::RunTask`), per second. The process CPU time is not',
    'used: at 4× throttling Chromium\'s throttler spends most of a core on its own, even on a blank page.',
    'At rest the game runs no `Update` and asks for no animation frame until input or the page\'s',
    'hook wakes it (game/pace.go).', '',
    '| build | main-thread CPU per second | animation frames | updates |', '|---|---:|---:|---:|');
  for (const which of ['bare', 'explainer']) push(`| ${which} | ${ms(id[which].cpuPerS)} | ${id[which].frames} | ${id[which].updates} |`);
  push('', `**Out of view** (${aw.vp}): the explainer in a 390×700 frame of a page on its own origin (Chromium`,
    'already stops frames of other origins that are out of view), the Kakao fire playing at a simulated',
    `minute a second; ${aw.seconds} s each in view, scrolled 3,000 px away, and with the frame \`display: none\`.`,
    'A Draw "drew" when it drew anything (`perf().painted`); out of view Draw returns at once while',
    '`Update` keeps the clock going (game/pace.go, wasm/visible.go).', '',
    '| frame | updates | Draws | Draws that drew | Go drawing work | main-thread CPU per second | clock playing |', '|---|---:|---:|---:|---:|---:|---|');
  for (const [k, name] of [['inView', 'in view'], ['scrolledAway', 'scrolled away'], ['hidden', 'hidden']]) {
    const x = aw[k];
    push(`| ${name} | ${x.updates} | ${x.draws} | ${x.drawing} | ${ms(x.drawMs)} | ${ms(x.cpuPerS)} | ${x.playing ? 'yes' : 'no'} |`);
  }
  push('');

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

module.exports = { budget, judge, tree, report };

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
//
// page.js drives the browser and the page, measure.js holds the
// measurements, report.js the budgets and the BENCH.md writer, and
// wasmsize.js reads the code size of each Go package.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { serve } = require('../../e2e/harness');
const { wasmSize, moduleOf } = require('./wasmsize');
const { launch } = require('./page');
const { viewports, phone, firstFrames, frameCost, ninesCost, soak, idle, outOfView } = require('./measure');
const { judge, tree, report } = require('./report');

function args() {
  const a = { runs: 15, phoneRuns: 7, scrubs: 200, samples: 120 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i].replace(/^-+/, '');
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`bench: -${k} needs a value`);
    a[k] = ['runs', 'phoneRuns', 'scrubs', 'samples'].includes(k) ? Number(v) : v;
  }
  for (const k of ['explainer', 'bare', 'font', 'out']) {
    if (!a[k]) throw new Error(`bench: -${k} is required`);
  }
  return a;
}

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

// ---- main ----------------------------------------------------------------

async function main() {
  const a = args();
  const watchdog = setTimeout(() => { console.error('bench: gave up after 15 minutes'); process.exit(2); }, 15 * 60 * 1000);
  const servers = { explainer: await serve(path.resolve(a.explainer)), bare: await serve(path.resolve(a.bare)) };
  const urls = { explainer: servers.explainer.url, bare: servers.bare.url };
  const browser = await launch();
  const r = { errors: [], load: [os.loadavg()[0]], tree: tree() };
  try {
    console.error(`bench: first frame, ${a.runs} loads of each build`);
    r.first = await firstFrames(browser, urls, a.runs, viewports[0]);
    r.errors.push(...r.first.errors);
    console.error(`bench: first frame at ${phone.name}, ${a.phoneRuns} loads of each build`);
    r.firstPhone = await firstFrames(browser, urls, a.phoneRuns, phone);
    r.errors.push(...r.firstPhone.errors);
    r.frames = [];
    for (const vp of viewports) {
      console.error(`bench: frame cost at ${vp.name}`);
      r.frames.push({ vp: vp.name, limitMs: vp.limitMs, ...(await frameCost(browser, urls, vp, a.samples)) });
      console.error(`bench: the availability run at ${vp.name}`);
      r.frames[r.frames.length - 1].nines = await ninesCost(browser, urls, vp);
    }
    console.error(`bench: idle at ${phone.name}`);
    r.idle = await idle(browser, urls, phone, 10);
    console.error('bench: a frame out of view');
    r.away = await outOfView(browser, urls, viewports[1], 3);
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
  r.budgets = judge(a, r);

  fs.writeFileSync(a.out, report(a, r) + '\n');
  clearTimeout(watchdog);
  for (const x of r.budgets) console.error(`bench: ${x.ok ? 'PASS' : 'MISS'} ${x.name}: ${x.measured}`);
  console.error(`bench: wrote ${a.out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

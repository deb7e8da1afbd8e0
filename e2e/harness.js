// Harness for the browser tests: builds the web directory around a Go
// program, serves it with tools/serve on a free loopback port, and launches
// Debian's chromium through playwright-core (which downloads no browser).
'use strict';

const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');

const repo = path.resolve(__dirname, '..');

// Viewports for screenshots, in CSS pixels.
const viewports = {
  desktop: { width: 1280, height: 720 },
  mobile: { width: 390, height: 844 },
};

function go(args, env) {
  return execFileSync('go', args, {
    cwd: repo,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

// buildWeb builds pkg for js/wasm into a fresh temporary directory with
// `make -f visual.mk web`, the flags and layout the explainer ships with:
// index.html (with the download size stamped in by tools/stamp),
// wasm_exec.js, app.wasm, the poster and the guide, with a .gz and a
// .br beside each but the poster.
function buildWeb(pkg) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-e2e-'));
  execFileSync('make', ['--no-print-directory', '-f', 'visual.mk', 'web', `WASM_PKG=${pkg}`, `WEB_DIR=${dir}`],
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

// serve starts tools/serve on dir and resolves to its base URL once the
// server has logged the address it listens on.
async function serve(dir) {
  const bin = path.join(dir, '..', path.basename(dir) + '-serve');
  go(['build', '-o', bin, './tools/serve']);
  const proc = spawn(bin, ['-addr', '127.0.0.1:0', '-dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`e2e: server did not start: ${log}`)), 10000);
    proc.stderr.on('data', (chunk) => {
      log += chunk;
      const m = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`e2e: server exited ${code}: ${log}`)));
  });
  return {
    url,
    close() {
      proc.kill();
      fs.rmSync(bin, { force: true });
    },
  };
}

// launch starts headless chromium with the flags from shared/RECIPES.md.
function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
}

// watch records what a page does that a test may fail on: console errors,
// uncaught exceptions, and requests to any origin other than base's.
function watch(page, base) {
  const origin = new URL(base).origin;
  const seen = { errors: [], foreign: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.errors.push(msg.text());
  });
  page.on('pageerror', (err) => seen.errors.push(String(err)));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    seen.requests.push(u.pathname);
    if (u.origin !== origin) seen.foreign.push(req.url());
  });
  return seen;
}

// screenshot saves a PNG of the page to e2e/screenshots/<name>.png.
async function screenshot(page, name) {
  const dir = path.join(__dirname, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name + '.png') });
}

module.exports = { buildWeb, serve, launch, watch, screenshot, viewports };

// decodePNG reads an 8-bit, non-interlaced RGB or RGBA PNG (what
// Chromium's screenshots are) into { width, height, channels, data }.
function decodePNG(buf) {
  let pos = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('decodePNG: only 8-bit non-interlaced');
      channels = { 2: 3, 6: 4 }[body[9]];
      if (!channels) throw new Error('decodePNG: colour type ' + body[9]);
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[y * stride + x - channels] : 0;
      const b = y > 0 ? data[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels] : 0;
      let v = src[x];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, data };
}

// colours counts the distinct colours in a PNG screenshot, sampling a
// grid of points: a blank canvas has one or two.
function colours(png) {
  const img = decodePNG(png);
  const seen = new Set();
  for (let y = 0; y < img.height; y += 7) {
    for (let x = 0; x < img.width; x += 7) {
      const i = (y * img.width + x) * img.channels;
      seen.add((img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2]);
    }
  }
  return seen.size;
}

module.exports.decodePNG = decodePNG;
module.exports.colours = colours;

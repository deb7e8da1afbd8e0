// Harness for the browser tests: builds the web directory around a Go
// program, serves it with wasm/serve on a free loopback port, and launches
// Debian's chromium through playwright-core (which downloads no browser).
'use strict';

const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');

const repo = path.resolve(__dirname, '..', '..');

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

// buildWeb builds pkg for js/wasm into a fresh temporary directory laid out
// like `make web`: index.html, wasm_exec.js, app.wasm and its .gz and .br.
function buildWeb(pkg) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-e2e-'));
  go(['build', '-trimpath', '-ldflags=-s -w', '-o', path.join(dir, 'app.wasm'), pkg],
    { GOOS: 'js', GOARCH: 'wasm' });
  const goroot = go(['env', 'GOROOT']);
  fs.copyFileSync(path.join(goroot, 'lib', 'wasm', 'wasm_exec.js'), path.join(dir, 'wasm_exec.js'));
  fs.copyFileSync(path.join(repo, 'index.html'), path.join(dir, 'index.html'));
  for (const name of ['app.wasm', 'wasm_exec.js']) {
    const raw = fs.readFileSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name + '.gz'), zlib.gzipSync(raw, { level: 9 }));
    fs.writeFileSync(path.join(dir, name + '.br'), zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }));
  }
  return dir;
}

// serve starts wasm/serve on dir and resolves to its base URL once the
// server has logged the address it listens on.
async function serve(dir) {
  const bin = path.join(dir, '..', path.basename(dir) + '-serve');
  go(['build', '-o', bin, './wasm/serve']);
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

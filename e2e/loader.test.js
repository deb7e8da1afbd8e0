// Browser tests for index.html, the WASM loader, run against a stand-in Go
// program (e2e/testdata/standin) served by tools/serve:
//
//	node --test e2e/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { buildWeb, serve, launch, watch, screenshot, viewports } = require('./harness');

// recordProgress makes the page keep, in window.__progress, every distinct
// text of the loader's byte counter together with whether the loader and
// its bar were visible at that moment.
function recordProgress() {
  window.__progress = [];
  new MutationObserver(() => {
    const bytes = document.getElementById('bytes');
    const loader = document.getElementById('loader');
    const bar = document.getElementById('bar');
    if (!bytes || !bytes.textContent) return;
    const last = window.__progress[window.__progress.length - 1];
    if (last && last.text === bytes.textContent) return;
    window.__progress.push({
      text: bytes.textContent,
      visible: !loader.hidden && bar.getBoundingClientRect().width > 0,
      value: bar.getAttribute('aria-valuenow'),
    });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

test.describe('loader', () => {
  let dir, server, browser;

  test.before(async () => {
    dir = buildWeb('./e2e/testdata/standin');
    server = await serve(dir);
    browser = await launch();
  });

  test.after(async () => {
    if (browser) await browser.close();
    if (server) server.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(viewport, init) {
    const page = await browser.newPage({ viewport });
    if (init) await page.addInitScript(init);
    return page;
  }

  test('shows progress, starts the program and hides the loader', async () => {
    const page = await open(viewports.desktop, recordProgress);
    const seen = watch(page, server.url);
    const wasm = page.waitForResponse((r) => r.url().endsWith('/app.wasm'));
    await page.goto(server.url);
    const res = await wasm;
    await page.waitForFunction(() => window.outageLab && window.outageLab.ready);
    await page.waitForSelector('#loader', { state: 'hidden' });
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');

    assert.equal(res.headers()['content-type'], 'application/wasm');
    assert.equal(res.headers()['content-encoding'], 'br');
    const progress = await page.evaluate(() => window.__progress);
    assert.ok(progress.length > 0, 'the byte counter never changed');
    assert.ok(progress.some((p) => p.visible), 'the progress bar was never visible');
    assert.match(progress[progress.length - 1].text, /MB/);
    assert.equal(await page.locator('canvas').count(), 1);
    assert.ok(await page.locator('#fallback').isHidden());
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
    assert.deepEqual(seen.requests.sort(), ['/', '/app.wasm', '/wasm_exec.js']);
    await page.close();
  });

  for (const [name, viewport] of Object.entries(viewports)) {
    test(`fills the bar when the size is known (${name})`, async () => {
      const page = await open(viewport);
      const seen = watch(page, server.url);
      await page.setExtraHTTPHeaders({ 'Accept-Encoding': 'identity' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 20, downloadThroughput: 512 * 1024, uploadThroughput: -1,
      });
      await page.goto(server.url);
      await page.waitForFunction(() => {
        const v = Number(document.getElementById('bar').getAttribute('aria-valuenow'));
        return v >= 35 && v < 100;
      });
      assert.match(await page.locator('#bytes').textContent(), /MB of .*MB/);
      await screenshot(page, `loader-${name}`);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1,
      });
      await page.waitForSelector('#loader', { state: 'hidden' });
      assert.deepEqual(seen.errors, []);
      await page.close();
    });
  }

  for (const [name, viewport] of Object.entries(viewports)) {
    for (const lang of ['en', 'ko']) {
      test(`falls back to key facts without WebAssembly (${name}, ${lang})`, async () => {
        const page = await open(viewport, () => { delete window.WebAssembly; });
        const seen = watch(page, server.url);
        await page.goto(`${server.url}?lang=${lang}`);
        await page.waitForSelector('#fallback', { state: 'visible' });
        assert.ok(await page.locator('#loader').isHidden());
        const reason = await page.locator('#reason').textContent();
        assert.match(reason, /WebAssembly/);
        assert.equal(await page.locator('#facts li').count(), 6);
        const title = await page.locator('#fallback-title').textContent();
        assert.equal(title, lang === 'ko' ? '카카오가 멈춘 날' : 'The day Kakao went dark', 'the loader and the explainer have one title');
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        await page.waitForFunction(() => document.getElementById('poster').complete && document.getElementById('poster').naturalWidth > 0);
        assert.deepEqual(seen.requests, ['/', '/poster.png'], 'the fallback fetches only its poster');
        assert.deepEqual(seen.errors, []);
        await screenshot(page, `fallback-${name}-${lang}`);
        await page.close();
      });
    }
  }

  test('falls back without WebGL, stopping the download it started', async () => {
    const page = await open(viewports.desktop, () => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    const seen = watch(page, server.url);
    const failed = [];
    page.on('requestfailed', (req) => failed.push(new URL(req.url()).pathname));
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('#fallback', { state: 'visible' });
    assert.match(await page.locator('#reason').textContent(), /WebGL/);
    await page.waitForFunction(() => document.getElementById('poster').complete);
    assert.ok(!seen.requests.includes('/wasm_exec.js'), seen.requests.join(' '));
    assert.deepEqual(failed, ['/app.wasm'], 'the download of the program is aborted');
    assert.deepEqual(seen.errors, []);
    await page.close();
  });

  test('picks Korean from navigator.language', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(server.url);
    await page.waitForSelector('#fallback', { state: 'visible' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    await context.close();
  });

  test('reports a missing app.wasm on the page', async () => {
    const page = await open(viewports.desktop);
    await page.route('**/app.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('#fallback', { state: 'visible' });
    assert.match(await page.locator('#reason').textContent(), /could not be loaded \(HTTP 404\)/);
    await page.close();
  });
});

// Browser tests of a lost WebGL context (index.html's context-loss
// block): the browser takes the game's context away, the page says so
// and reloads into the same story step or sandbox design; a second loss
// within a minute shows the key facts instead of reloading again.
//
//	node --test --test-concurrency=1 e2e/contextloss.test.js
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { buildWeb, serve, launch, watch } = require('./harness');

// record keeps, in sessionStorage (which outlives the reload), what the
// page showed each time it went into the "reloading" state, and when.
function record() {
  new MutationObserver(() => {
    if (document.documentElement.dataset.state !== 'reloading') return;
    const seen = JSON.parse(sessionStorage.getItem('e2e.reloading') || '[]');
    seen.push({
      phase: document.getElementById('phase').textContent,
      loader: !document.getElementById('loader').hidden,
      at: Date.now(),
    });
    sessionStorage.setItem('e2e.reloading', JSON.stringify(seen));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

// lose takes the WebGL context of the game's canvas away, as a GPU reset
// would, after marking the page so that a reload can be told apart.
function lose() {
  window.__beforeLoss = true;
  const c = document.querySelector('canvas');
  const gl = c.getContext('webgl2') || c.getContext('webgl');
  gl.getExtension('WEBGL_lose_context').loseContext();
}

const ready = () => !window.__beforeLoss && window.outageLab && window.outageLab.ready &&
  document.documentElement.dataset.state === 'ready';

test.describe('WebGL context loss', () => {
  let dir, server, browser;
  test.before(async () => {
    dir = buildWeb('.');
    server = await serve(dir);
    browser = await launch();
  });
  test.after(async () => {
    await browser?.close();
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(t, fragment) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    t.after(() => ctx.close());
    const page = await ctx.newPage();
    await page.addInitScript(record);
    const seen = watch(page, server.url);
    await page.goto(server.url + fragment);
    await page.waitForFunction(ready, null, { timeout: 120000 });
    return { page, seen };
  }

  // reloaded loses the context and waits for the page to come back
  // ready; it returns what the page showed meanwhile.
  async function reloaded(page) {
    const load = page.waitForEvent('load', { timeout: 60000 });
    const lostAt = await page.evaluate(() => Date.now());
    await page.evaluate(lose);
    await load;
    await page.waitForFunction(ready, null, { timeout: 120000 });
    const shown = await page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e.reloading') || '[]'));
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    return { shown, waited: loadedAt - lostAt };
  }

  test('reloads into the same story step and language, after a notice', async (t) => {
    const { page, seen } = await open(t, '#story=4&lang=ko');
    // A loss more than a minute ago does not count against this one.
    await page.evaluate(() => sessionStorage.setItem('outagelab.contextLost', JSON.stringify([Date.now() - 61000])));
    const { shown, waited } = await reloaded(page);
    assert.equal(shown.length, 1, 'the page went into "reloading" once');
    assert.equal(shown[0].phase, '그래픽이 초기화되어 다시 불러오는 중…');
    assert.ok(shown[0].loader, 'the notice is on the loader panel');
    assert.ok(waited >= 1000, `the reader had time to read the notice (${waited} ms)`);
    const s = await page.evaluate(() => window.outageLab.state());
    assert.equal(s.mode, 'story');
    assert.equal(s.step, 4);
    assert.equal(s.lang, 'ko');
    assert.ok(await page.locator('#fallback').isHidden());
    assert.deepEqual(seen.errors, []);
  });

  test('reloads into the same sandbox design; a second loss within a minute shows the key facts', async (t) => {
    const { page, seen } = await open(t, '#sandbox&lang=en');
    const before = await page.evaluate(() => window.outageLab.state().sandbox);
    await page.evaluate(() => window.outageLab.press('part-site'));
    await page.waitForFunction((n) => window.outageLab.state().sandbox.sites.length === n + 1, before.sites.length);
    const design = await page.evaluate(() => window.outageLab.state().sandbox.link);
    assert.notEqual(design, before.link, 'adding a site changed the design');

    await reloaded(page);
    const s = await page.evaluate(() => window.outageLab.state());
    assert.equal(s.mode, 'sandbox');
    assert.equal(s.sandbox.link, design, 'the reload opened the changed design');

    await page.evaluate(lose);
    await page.waitForSelector('#fallback', { state: 'visible' });
    assert.match(await page.locator('#reason').textContent(), /twice within a minute/);
    assert.equal(await page.locator('#facts li').count(), 6);
    await page.waitForFunction(() => document.getElementById('poster').complete && document.getElementById('poster').naturalWidth > 0);
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(await page.evaluate(() => window.__beforeLoss), true, 'the page did not reload again');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'fallback');
    assert.deepEqual(seen.errors, []);
  });
});

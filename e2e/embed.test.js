// Browser test of embedding: an example news article on another origin
// (docs/embed-example.html with pym.js) embeds the explainer in an
// iframe; the explainer speaks pym's child protocol and the iframe grows
// to the height the content asks for, from 300 px wide up; the embedded
// page requests nothing from any origin but its own.
//
//	node --test e2e/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildWeb, serve, launch, screenshot } = require('./harness');

const repo = path.resolve(__dirname, '..');

test.describe('embed', () => {
  let dir, host, server, hostServer, browser;
  test.before(async () => {
    dir = buildWeb('.');
    server = await serve(dir);
    host = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-host-'));
    fs.copyFileSync(path.join(repo, 'docs', 'embed-example.html'), path.join(host, 'index.html'));
    fs.copyFileSync(path.join(repo, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), path.join(host, 'pym.v1.min.js'));
    hostServer = await serve(host);
    browser = await launch();
  });
  test.after(async () => {
    await browser?.close();
    server?.close();
    hostServer?.close();
  });

  for (const width of [320, 760]) {
    test(`a ${width} px wide article: the iframe grows to the content`, async (t) => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      t.after(() => ctx.close());
      const page = await ctx.newPage();
      const child = new URL(server.url).origin;
      assert.notEqual(child, new URL(hostServer.url).origin, 'the explainer is on another origin');
      const childRequests = [];
      page.on('request', (req) => {
        if (req.frame() !== page.mainFrame()) childRequests.push(req.url());
      });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const src = `${server.url}?embed=1&lang=ko&step=4`;
      await page.goto(`${hostServer.url}?src=${encodeURIComponent(src)}`);
      const frame = page.frameLocator('#outagelab iframe');
      await page.waitForSelector('#outagelab iframe');
      const inner = page.frames().find((f) => f.url().startsWith(child));
      await inner.waitForFunction(() => window.outageLab && window.outageLab.ready && document.getElementById('loader').hidden, null, { timeout: 90000 });
      const frameWidth = await page.$eval('#outagelab iframe', (f) => f.getBoundingClientRect().width);
      const want = await inner.evaluate((w) => window.outageLabPreferredHeight(w), frameWidth);
      assert.ok(want >= 420 && want <= 1013, `wants ${want} px`);
      await page.waitForFunction((h) => {
        const f = document.querySelector('#outagelab iframe');
        return Math.abs(f.getBoundingClientRect().height - h) <= 2;
      }, want, { timeout: 20000 });
      const s = await inner.evaluate(() => window.outageLab.state());
      assert.equal(s.lang, 'ko', 'lang from the embed URL');
      assert.equal(s.step, 4, 'step from the embed URL');
      assert.equal(s.playing, false, 'no autoplay unless asked');
      assert.ok(frame);
      await screenshot(page, `embed-${width}`);
      const foreign = childRequests.filter((u) => !u.startsWith(child) && !u.startsWith('data:'));
      assert.deepEqual(foreign, [], 'the embed requests nothing from another origin');
      assert.deepEqual(errors, []);
    });
  }

  test('the static folder works under any sub-path', async (t) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-subpath-'));
    const sub = path.join(root, 'news', '2022', 'kakao-fire');
    fs.mkdirSync(sub, { recursive: true });
    for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(sub, f));
    const rootServer = await serve(root);
    t.after(() => rootServer.close());
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    t.after(() => ctx.close());
    const page = await ctx.newPage();
    const notFound = [];
    page.on('response', (r) => { if (r.status() >= 400) notFound.push(r.url()); });
    await page.goto(rootServer.url + 'news/2022/kakao-fire/');
    await page.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 90000 });
    const guide = await page.goto(rootServer.url + 'news/2022/kakao-fire/guide.html');
    assert.equal(guide.status(), 200, 'the teacher guide ships beside the page');
    assert.deepEqual(notFound, []);
  });
});

// Browser test of embedding. With ?embed=1 the explainer shows a light
// cover (poster, title, three key facts, a Play button stating the
// download's size) and downloads the WebAssembly only when Play is
// pressed; the cover lays out from 300 px wide up. Example news articles
// on another origin embed it, one with pym.js (docs/embed-example.html),
// one with a plain iframe and @newswire/frames
// (docs/embed-iframe-example.html); the explainer speaks pym's child
// protocol and AMP's embed-size request, and the iframe grows to the
// height the content asks for; the embedded page requests nothing from
// any origin but its own.
//
//	node --test --test-concurrency=1 e2e/embed.test.js
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildWeb, serve, launch, screenshot } = require('./harness');

const repo = path.resolve(__dirname, '..');

// coverBudget is what the frame may transfer before the reader presses
// Play (issue 19): the page and the poster, brotli where it applies.
const coverBudget = 150 * 1024;

// wasmFile matches the requests that only the Play press may make.
const wasmFile = /\/(app\.wasm|wasm_exec\.js)(\?|$)/;

// titles is the cover's title in each language, as the page sets it.
const titles = { en: 'The day Kakao went dark', ko: '카카오가 멈춘 날' };

// coverLayout measures the cover as the reader sees it: pairs of its
// blocks that overlap, blocks that stick out of the viewport, text under
// 12 CSS px, elements whose content overflows them, and the Play button.
function coverLayout() {
  const cover = document.getElementById('cover');
  const blocks = [...cover.querySelectorAll(
    '.kicker, h2, .dek, .cover-poster, #play, #play [data-t="play"], #play-size, h3, #cover-facts li')]
    .filter((el) => el.getClientRects().length > 0);
  const name = (el) => el.id || el.dataset.t || el.className || el.tagName;
  const overlaps = [];
  for (let i = 0; i < blocks.length; i++) {
    for (let j = i + 1; j < blocks.length; j++) {
      const [a, b] = [blocks[i], blocks[j]];
      if (a.contains(b) || b.contains(a)) continue;
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (w > 0.5 && h > 0.5) overlaps.push(`${name(a)} / ${name(b)}`);
    }
  }
  const outside = blocks.filter((el) => {
    const r = el.getBoundingClientRect();
    return r.left < -0.5 || r.right > innerWidth + 0.5;
  }).map(name);
  const small = [];
  const walker = document.createTreeWalker(cover, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || el.closest('.sr-only') || el.getClientRects().length === 0) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < 12) small.push(`${n.textContent.trim()} (${px} px)`);
  }
  const overflowing = [...cover.querySelectorAll('*')]
    .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
    .map(name);
  const play = document.getElementById('play').getBoundingClientRect();
  return {
    overlaps, outside, small, overflowing,
    play: { width: play.width, height: play.height, bottom: play.bottom },
    viewport: { width: innerWidth, height: innerHeight },
    pageScrollsSideways: document.documentElement.scrollWidth > innerWidth,
  };
}

// downloadLabel is what the Play button must say about the download: the
// built app.wasm.br and wasm_exec.js.br together, in decimal megabytes.
function downloadLabel(dir, lang) {
  const bytes = ['app.wasm.br', 'wasm_exec.js.br'].reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  const mb = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);
  return lang === 'ko' ? `${mb} MB 다운로드` : `${mb} MB download`;
}

// hostDir writes an example article into a fresh directory, as index.html
// beside the script it loads, with edit applied to its text.
function hostDir(example, script, edit = (s) => s) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-host-'));
  fs.writeFileSync(path.join(dir, 'index.html'), edit(fs.readFileSync(path.join(repo, 'docs', example), 'utf8')));
  fs.copyFileSync(path.join(repo, 'node_modules', script), path.join(dir, path.basename(script)));
  return dir;
}

test.describe('embed', () => {
  let dir, server, pymHost, framesHost, browser;
  test.before(async () => {
    dir = buildWeb('.');
    server = await serve(dir);
    pymHost = await serve(hostDir('embed-example.html', 'pym.js/dist/pym.v1.min.js'));
    framesHost = await serve(hostDir('embed-iframe-example.html', '@newswire/frames/dist/frames.umd.js',
      (html) => html.replace('https://example.org/outagelab/', server.url)));
    browser = await launch();
  });
  test.after(async () => {
    await browser?.close();
    server?.close();
    pymHost?.close();
    framesHost?.close();
  });

  // framed opens an example article at width and returns the page, the
  // explainer's frame once its document has loaded, and the requests the
  // frame made, each with its URL and whether the Play button had been
  // pressed when it started.
  async function framed(t, host, query, width) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    t.after(() => ctx.close());
    const page = await ctx.newPage();
    const child = new URL(server.url).origin;
    assert.notEqual(child, new URL(host.url).origin, 'the explainer is on another origin');
    const seen = { requests: [], finished: [], errors: [], pressed: false };
    page.on('request', (req) => {
      if (req.frame() !== page.mainFrame()) seen.requests.push({ url: req.url(), afterPress: seen.pressed });
    });
    page.on('requestfinished', (req) => {
      if (req.frame() !== page.mainFrame()) seen.finished.push(req);
    });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    await page.goto(host.url + query);
    await page.waitForSelector('#outagelab iframe, iframe#outagelab');
    const inner = await (await page.$('#outagelab iframe, iframe#outagelab')).contentFrame();
    await inner.waitForFunction(() => typeof window.outageLabPreferredHeight === 'function');
    seen.foreign = () => seen.requests.map((r) => r.url).filter((u) => !u.startsWith(child) && !u.startsWith('data:'));
    return { page, inner, seen };
  }

  // growsTo waits until the article's iframe is as tall as the explainer
  // asks for at the iframe's width, and returns that height.
  async function growsTo(page, inner) {
    const frameWidth = await page.$eval('#outagelab iframe, iframe#outagelab', (f) => f.getBoundingClientRect().width);
    const want = await inner.evaluate((w) => window.outageLabPreferredHeight(w), frameWidth);
    await page.waitForFunction((h) => {
      const f = document.querySelector('#outagelab iframe, iframe#outagelab');
      return Math.abs(f.getBoundingClientRect().height - h) <= 2;
    }, want, { timeout: 20000 });
    return want;
  }

  for (const lang of ['en', 'ko']) {
    test(`the cover (${lang}) costs at most 150 KB until Play is pressed, then the game starts`, async (t) => {
      const src = `${server.url}?embed=1&lang=${lang}`;
      const { page, inner, seen } = await framed(t, pymHost, `?src=${encodeURIComponent(src)}`, 390);
      await inner.waitForSelector('#cover', { state: 'visible' });
      await inner.waitForFunction(() => {
        const p = document.getElementById('cover-poster');
        return p.complete && p.naturalWidth > 0;
      });
      await page.waitForLoadState('networkidle');
      assert.equal(await inner.locator('#cover-title').textContent(), titles[lang]);
      assert.equal(await inner.locator('#cover-facts li').count(), 3);
      const facts = await inner.locator('#cover-facts li').allTextContents();
      for (const f of facts) assert.match(f, /\[S\d+\]/, `a source id with each fact: ${f}`);
      assert.equal(await inner.locator('#play-size').textContent(), downloadLabel(dir, lang));

      let bytes = 0;
      for (const req of seen.finished) {
        const s = await req.sizes();
        bytes += s.responseBodySize + s.responseHeadersSize;
      }
      const urls = seen.requests.map((r) => new URL(r.url).pathname);
      t.diagnostic(`before Play the frame received ${bytes} bytes in ${seen.finished.length} responses: ${urls.join(' ')}`);
      assert.ok(urls.includes('/poster.png'), 'the cover shows the poster');
      const doc = seen.finished.find((r) => new URL(r.url()).pathname === '/');
      assert.equal((await doc.response()).headers()['content-encoding'], 'br', 'the page comes brotli-compressed');
      assert.ok(bytes <= coverBudget, `${bytes} bytes before the press, budget ${coverBudget}`);
      assert.deepEqual(seen.requests.filter((r) => wasmFile.test(r.url)), [], 'nothing of the game before the press');

      seen.pressed = true;
      await inner.locator('#play').focus();
      await page.keyboard.press('Enter');
      await inner.waitForFunction(() => window.outageLab && window.outageLab.ready && document.getElementById('loader').hidden,
        null, { timeout: 90000 });
      assert.ok(await inner.locator('#cover').isHidden());
      const game = seen.requests.filter((r) => wasmFile.test(r.url));
      assert.equal(game.length, 2, 'Play loads app.wasm and wasm_exec.js');
      assert.ok(game.every((r) => r.afterPress));
      assert.equal((await inner.evaluate(() => window.outageLab.state())).lang, lang);
      assert.deepEqual(seen.foreign(), [], 'the embed requests nothing from another origin');
      assert.deepEqual(seen.errors, []);
    });
  }

  const shots = [[390, 844], [300, 649], [1280, 720]];
  for (const [width, height] of shots) {
    for (const lang of ['en', 'ko']) {
      test(`the cover at ${width}x${height} (${lang}): nothing overlaps, no small text, a big Play button`, async (t) => {
        const ctx = await browser.newContext({ viewport: { width, height } });
        t.after(() => ctx.close());
        const page = await ctx.newPage();
        const requests = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(`${server.url}?embed=1&lang=${lang}`);
        await page.waitForFunction(() => {
          const p = document.getElementById('cover-poster');
          return p.complete && p.naturalWidth > 0;
        });
        await page.evaluate(() => document.fonts.ready);
        const m = await page.evaluate(coverLayout);
        assert.deepEqual(m.overlaps, [], 'blocks that overlap');
        assert.deepEqual(m.outside, [], 'blocks outside the viewport');
        assert.deepEqual(m.small, [], 'text under 12 px');
        assert.deepEqual(m.overflowing, [], 'content wider than its box');
        assert.equal(m.pageScrollsSideways, false);
        assert.ok(m.play.height >= 44 && m.play.width >= 44, `Play is ${m.play.width}x${m.play.height}`);
        assert.ok(m.play.bottom <= m.viewport.height, 'Play shows without scrolling');
        let focused = '';
        for (let i = 0; i < 4 && focused !== 'play'; i++) {
          await page.keyboard.press('Tab');
          focused = await page.evaluate(() => document.activeElement.id);
        }
        assert.equal(focused, 'play', 'Tab reaches the Play button');
        const label = lang === 'ko' ? '시뮬레이션 시작' : 'Play the simulation';
        const named = page.getByRole('button', { name: `${label} ${downloadLabel(dir, lang)}` });
        assert.equal(await named.count(), 1, 'the button says what it does and what it costs');
        await page.locator('#play').blur();
        await screenshot(page, `embed-cover-${width}x${height}-${lang}`);
        assert.deepEqual(requests.filter((u) => wasmFile.test(u)), [], 'nothing of the game without a press');
      });
    }
  }

  test('an unstamped page still shows Play, without a size', async (t) => {
    const raw = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-unstamped-'));
    fs.copyFileSync(path.join(repo, 'index.html'), path.join(raw, 'index.html'));
    fs.copyFileSync(path.join(repo, 'assets', 'poster.png'), path.join(raw, 'poster.png'));
    const rawServer = await serve(raw);
    t.after(() => rawServer.close());
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    t.after(() => page.close());
    await page.goto(`${rawServer.url}?embed=1`);
    await page.waitForSelector('#play', { state: 'visible' });
    assert.ok(await page.locator('#play-size').isHidden());
    assert.equal((await page.locator('#play').innerText()).trim(), 'Play the simulation');
  });

  test('autoload=1 skips the cover', async (t) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    t.after(() => page.close());
    const wasm = page.waitForRequest(wasmFile);
    await page.goto(`${server.url}?embed=1&autoload=1`);
    await wasm;
    assert.ok(await page.locator('#cover').isHidden());
  });

  for (const width of [300, 320, 760]) {
    test(`pym.js, a ${width} px wide article: the iframe grows to the content`, async (t) => {
      const src = `${server.url}?embed=1&autoload=1&lang=ko&step=4`;
      const { page, inner, seen } = await framed(t, pymHost, `?src=${encodeURIComponent(src)}`, width);
      await inner.waitForFunction(() => window.outageLab && window.outageLab.ready && document.getElementById('loader').hidden, null, { timeout: 90000 });
      const want = await growsTo(page, inner);
      assert.ok(want >= 420 && want <= 1013, `wants ${want} px`);
      const iframe = page.locator('#outagelab iframe');
      assert.equal(await iframe.getAttribute('title'), 'Outage Lab: the day Kakao went dark');
      assert.notEqual(await iframe.getAttribute('allowfullscreen'), null);
      const s = await inner.evaluate(() => window.outageLab.state());
      assert.equal(s.lang, 'ko', 'lang from the embed URL');
      assert.equal(s.step, 4, 'step from the embed URL');
      assert.equal(s.playing, false, 'no autoplay unless asked');
      await screenshot(page, `embed-${width}`);
      assert.deepEqual(seen.foreign(), [], 'the embed requests nothing from another origin');
      assert.deepEqual(seen.errors, []);
    });
  }

  for (const [width, then] of [[300, 760], [760, 300]]) {
    test(`a plain iframe with @newswire/frames, ${width} then ${then} px wide: the iframe follows the content`, async (t) => {
      const { page, inner, seen } = await framed(t, framesHost, '', width);
      const iframe = page.locator('iframe#outagelab');
      assert.ok(!(await iframe.getAttribute('src')).includes('childId'), 'no pym.js: the AMP message alone resizes');
      assert.equal(await iframe.getAttribute('title'), 'Outage Lab: the day Kakao went dark');
      assert.equal(await iframe.getAttribute('loading'), 'lazy');
      assert.equal(await iframe.getAttribute('allow'), 'fullscreen');
      const first = await growsTo(page, inner);
      await page.setViewportSize({ width: then, height: 900 });
      const second = await growsTo(page, inner);
      assert.notEqual(first, second, 'the preferred height depends on the width');
      await screenshot(page, `embed-frames-${width}-to-${then}`);
      assert.deepEqual(seen.requests.filter((r) => wasmFile.test(r.url)), [], 'the cover waits for Play');
      assert.deepEqual(seen.foreign(), [], 'the embed requests nothing from another origin');
      assert.deepEqual(seen.errors, []);
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

// Browser test of the host API: the example scrollytelling article
// (docs/scrolly-example.html) on one origin drives the explainer on
// another by postMessage. Scrolling its paragraphs turns the story's
// steps; the explainer's ready, step and state events reach the
// article; commands sent before the simulation is ready wait for it;
// messages from a page that is not the parent, from an origin other
// than host=, or malformed are ignored with a console warning and no
// error.
//
//	node --test --test-concurrency=1 e2e/host.test.js
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildWeb, serve, launch, screenshot, viewports } = require('./harness');
const { sleep } = require('./pages');

const repo = path.resolve(__dirname, '..');
const warning = 'outage lab host API: ignored a message';

// The steps the article's paragraphs send, in order, with the clock the
// ones that move it ask for.
const paragraphs = [
  { step: 1 }, { step: 2, fire: true }, { step: 3 }, { step: 4, hours: 1.6 }, { step: 5 },
  { step: 6, hours: 10.5 }, { step: 6, hours: 128 }, { step: 7 }, { step: 8 }, { step: 9 },
  { step: 10 }, { step: 11 },
];

test.describe('host API', () => {
  let explainer, article, third, browser;
  test.before(async () => {
    explainer = await serve(buildWeb('.'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-article-'));
    fs.copyFileSync(path.join(repo, 'docs', 'scrolly-example.html'), path.join(dir, 'index.html'));
    article = await serve(dir);
    // A third origin, whose page the article frames beside the explainer.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-third-'));
    fs.writeFileSync(path.join(other, 'index.html'), '<!doctype html><title>third</title><p>third');
    third = await serve(other);
    browser = await launch();
  });
  test.after(async () => {
    await browser?.close();
    for (const s of [explainer, article, third]) s?.close();
  });

  // open loads the article with the explainer at src (its query, e.g.
  // "?embed=1&lang=en") in a fresh context of the given viewport. It
  // records the outagelab messages the article receives (in
  // window.got), the explainer's console warnings and every page error.
  async function open(t, query, viewport = viewports.desktop, before) {
    const ctx = await browser.newContext({ viewport });
    t.after(() => ctx.close());
    if (before) await before(ctx);
    await ctx.addInitScript(() => {
      if (window.top !== window) return;
      window.got = [];
      window.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'outagelab') window.got.push({ ...e.data, origin: e.origin });
      });
    });
    const page = await ctx.newPage();
    const seen = { warnings: [], errors: [] };
    const child = new URL(explainer.url).origin;
    page.on('console', (msg) => {
      const from = msg.location().url || '';
      if (msg.type() === 'warning' && from.startsWith(child)) seen.warnings.push(msg.text());
      if (msg.type() === 'error') seen.errors.push(msg.text());
    });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    const src = explainer.url + query;
    await page.goto(`${article.url}?src=${encodeURIComponent(src)}`);
    await page.waitForSelector('#explainer');
    const frame = await waitFrame(page, child);
    return { ctx, page, frame, seen };
  }

  // waitFrame returns the explainer's frame once its page's script ran.
  async function waitFrame(page, origin) {
    for (let i = 0; i < 300; i++) {
      const f = page.frames().find((fr) => fr.url().startsWith(origin));
      if (f && await f.evaluate(() => document.readyState !== 'loading').catch(() => false)) return f;
      await sleep(100);
    }
    throw new Error('the explainer frame never loaded');
  }

  const ready = (frame) => frame.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 90000 });
  const state = (frame) => frame.evaluate(() => window.outageLab.state());
  const got = (page) => page.evaluate(() => window.got);
  // post sends message m to the explainer from the article, as its
  // parent, to the explainer's origin.
  const post = (page, m) => page.evaluate(([msg, origin]) => {
    document.getElementById('explainer').contentWindow.postMessage(msg, origin);
  }, [m, new URL(explainer.url).origin]);

  // scrollTo brings the article's i-th paragraph to the middle of the
  // screen, where it turns the story.
  const scrollTo = (page, i) => page.evaluate((n) => {
    document.querySelectorAll('.step')[n].scrollIntoView({ block: 'center' });
  }, i);

  test('scrolling the article turns the story, and the events reach the article', async (t) => {
    const { page, frame, seen } = await open(t, '?embed=1&autoload=1&lang=en');
    await ready(frame);
    await page.waitForFunction(() => window.got.some((m) => m.event === 'fix'));
    const first = await got(page);
    const child = new URL(explainer.url).origin;
    assert.deepEqual(first.slice(0, 4).map((m) => m.event), ['ready', 'step', 'state', 'fix'], 'ready, then one of each');
    assert.ok(first.every((m) => m.origin === child), 'every event comes from the explainer');
    assert.equal(first[0].version, 1);
    const s0 = await state(frame);
    assert.deepEqual(
      { step: first[1].step, steps: first[1].steps, title: first[1].title, mode: first[1].mode, lang: first[1].lang },
      { step: s0.step, steps: s0.steps, title: s0.title, mode: 'story', lang: 'en' });
    assert.deepEqual(first[2].apps, s0.apps, "the apps as state() has them");
    assert.equal(first[2].clock, s0.clock);
    assert.deepEqual(first[3].fixOn, []);
    assert.equal(first[3].fix, null);

    const count = await page.$$eval('.step', (els) => els.map((el) => Number(el.dataset.step)));
    assert.deepEqual(count, paragraphs.map((p) => p.step), 'the paragraphs the test knows');
    for (const [i, p] of paragraphs.entries()) {
      await scrollTo(page, i);
      await page.waitForFunction((n) => document.querySelectorAll('.step')[n].classList.contains('active'), i);
      await frame.waitForFunction((want) => {
        const s = window.outageLab.state();
        return s.step === want.step && (!want.fire || s.fired) &&
          (want.hours === undefined || Math.abs(s.hours - want.hours) < 0.01);
      }, p, { timeout: 15000 });
      await page.waitForFunction((n) => window.got.some((m) => m.event === 'step' && m.step === n), p.step, { timeout: 10000 });
      assert.equal(await page.$$eval('.step.active', (els) => els.length), 1, 'one paragraph at a time');
      if (i === 3) {
        const clock = (await state(frame)).clock;
        await page.waitForFunction((c) => document.getElementById('now').textContent.includes(c), clock, { timeout: 5000 });
        await screenshot(page, 'host-scrolly-1280');
      }
    }
    // The last state event, within half a second, is what state() says.
    const s = await state(frame);
    await page.waitForFunction((want) => {
      const last = window.got.filter((m) => m.event === 'state').pop();
      return last.scenario === want.scenario && last.clock === want.clock && last.hours === want.hours &&
        JSON.stringify(last.apps) === JSON.stringify(want.apps);
    }, s, { timeout: 2000 });
    assert.match(await page.textContent('#now'), /^Step 11 of 11: /, 'the article shows the events');

    // While the clock runs the state comes at most twice a second (a
    // software renderer's slow frames may make it less); a still
    // explainer sends nothing.
    const paused = s.hours;
    await post(page, { type: 'outagelab', command: 'play' });
    await page.waitForFunction(() => window.got.at(-1).event === 'state' && window.got.at(-1).playing, null, { timeout: 10000 });
    const before = (await got(page)).length;
    await sleep(3000);
    const playing = (await got(page)).slice(before);
    assert.ok(playing.every((m) => m.event === 'state'), 'only the state changes');
    assert.ok(playing.length <= 7, `${playing.length} state events in 3 s of play`);
    assert.ok(playing.length === 0 || playing.at(-1).hours > paused, 'the clock moves in them');
    await post(page, { type: 'outagelab', command: 'pause' });
    await page.waitForFunction(() => window.got.some((m) => m.event === 'state' && !m.playing));
    await sleep(600);
    const still = (await got(page)).length;
    await sleep(2500);
    assert.equal((await got(page)).length, still, 'paused: no events');
    assert.deepEqual(seen.warnings, []);
    assert.deepEqual(seen.errors, []);
  });

  test('commands sent before the simulation is ready are applied once it is', async (t) => {
    // Hold app.wasm until the commands are sent, so the explainer is
    // surely still loading when they come.
    let release;
    const gate = new Promise((r) => { release = r; });
    const { page, frame, seen } = await open(t, '?embed=1&autoload=1&lang=en', viewports.mobile, (ctx) =>
      ctx.route((u) => u.pathname.endsWith('/app.wasm'), async (route) => {
        await gate;
        await route.continue();
      }));
    await frame.waitForFunction(() => typeof window.outageLabNotify === 'function');
    await post(page, { type: 'outagelab', command: 'setLang', lang: 'ko' });
    await post(page, { type: 'outagelab', command: 'goStep', n: 4 });
    await post(page, { type: 'outagelab', command: 'setTime', hours: 3 });
    await sleep(300);
    assert.equal(await frame.evaluate(() => Boolean(window.outageLab && window.outageLab.ready)), false, 'not ready yet');
    release();
    await ready(frame);
    await frame.waitForFunction(() => window.outageLab.state().step === 4, null, { timeout: 10000 });
    const s = await state(frame);
    assert.equal(s.lang, 'ko');
    assert.ok(Math.abs(s.hours - 3) < 0.01, `hours ${s.hours}`);
    await page.waitForFunction(() => window.got.some((m) => m.event === 'step' && m.step === 4 && m.lang === 'ko'));

    // The phone: the explainer fills the screen and a paragraph scrolls
    // over it.
    await post(page, { type: 'outagelab', command: 'setLang', lang: 'en' });
    await scrollTo(page, 3);
    await frame.waitForFunction(() => {
      const st = window.outageLab.state();
      return st.step === 4 && st.lang === 'en' && Math.abs(st.hours - 1.6) < 0.01;
    }, null, { timeout: 15000 });
    const box = await page.$eval('#explainer', (f) => f.getBoundingClientRect().toJSON());
    assert.ok(box.width === 390 && box.height > 700, `the explainer fills the phone: ${JSON.stringify(box)}`);
    await page.evaluate(() => window.scrollBy(0, -200));
    const clock = (await state(frame)).clock;
    await page.waitForFunction((c) => document.getElementById('now').textContent.includes(c), clock, { timeout: 5000 });
    await sleep(500);
    await screenshot(page, 'host-scrolly-390');
    assert.deepEqual(seen.warnings, []);
    assert.deepEqual(seen.errors, []);
  });

  test('commands from an origin other than host= are ignored, and events go only there', async (t) => {
    const thirdOrigin = new URL(third.url).origin;
    const { page, frame, seen } = await open(t, `?embed=1&autoload=1&lang=en&host=${encodeURIComponent(thirdOrigin)}`);
    await ready(frame);
    await scrollTo(page, 3);
    await post(page, { type: 'outagelab', command: 'goStep', n: 9 });
    await sleep(1500);
    assert.equal((await state(frame)).step, 1, 'the story did not move');
    assert.deepEqual(await got(page), [], 'no event reaches an origin other than host=');
    const article = new URL(page.url()).origin;
    // The browser says why the explainer's events do not reach the
    // article: they were posted to the host= origin.
    const mismatch = `The target origin provided ('${thirdOrigin}') does not match the recipient window's origin ('${article}')`;
    const ours = seen.warnings.filter((w) => !w.includes(mismatch));
    assert.ok(seen.warnings.length > ours.length, 'the events were posted to the host= origin');
    assert.ok(ours.length >= 3, `warnings: ${ours}`);
    for (const w of ours) {
      assert.ok(w.includes(warning) && w.includes(`from ${article}, not the host origin ${thirdOrigin}`), w);
    }
    assert.deepEqual(seen.errors, []);
  });

  test('commands from a frame that is not the parent are ignored', async (t) => {
    const { page, frame, seen } = await open(t, '?embed=1&autoload=1&lang=en');
    await ready(frame);
    // The article frames a page of a third origin, which posts to the
    // explainer beside it.
    await page.evaluate((url) => new Promise((resolve) => {
      const f = document.createElement('iframe');
      f.src = url;
      f.onload = resolve;
      document.body.append(f);
    }), third.url);
    const sibling = page.frames().find((f) => f.url().startsWith(new URL(third.url).origin));
    await sibling.evaluate(() => window.parent.frames[0].postMessage({ type: 'outagelab', command: 'goStep', n: 9 }, '*'));
    await sleep(1500);
    assert.equal((await state(frame)).step, 1, 'the story did not move');
    assert.equal(seen.warnings.length, 1, `warnings: ${seen.warnings}`);
    assert.ok(seen.warnings[0].includes(`${warning}: not from the parent frame`), seen.warnings[0]);
    assert.deepEqual(seen.errors, []);
  });

  test('malformed messages are ignored with a warning each, and no error', async (t) => {
    const { page, frame, seen } = await open(t, '?embed=1&autoload=1&lang=en');
    await ready(frame);
    const steps = (await state(frame)).steps;
    const bad = [
      ['hello', 'not an object'],
      [42, 'not an object'],
      [null, 'not an object'],
      [[1, 2], 'not an object'],
      [{ command: 'goStep', n: 3 }, 'type is undefined'],
      [{ type: 'other', command: 'goStep', n: 3 }, 'type is "other"'],
      [{ type: 'outagelab' }, 'unknown command undefined'],
      [{ type: 'outagelab', command: 'explode' }, 'unknown command "explode"'],
      [{ type: 'outagelab', command: 'goStep', n: 0 }, 'goStep needs n'],
      [{ type: 'outagelab', command: 'goStep', n: '3' }, 'goStep needs n'],
      [{ type: 'outagelab', command: 'goStep', n: 2.5 }, 'goStep needs n'],
      [{ type: 'outagelab', command: 'goStep', n: steps + 1 }, `the story has ${steps} steps, not ${steps + 1}`],
      [{ type: 'outagelab', command: 'setLang', lang: 'fr' }, 'setLang needs lang'],
      [{ type: 'outagelab', command: 'setTime', hours: NaN }, 'setTime needs hours'],
      [{ type: 'outagelab', command: 'setTime', hours: -1 }, 'setTime needs hours'],
      [{ type: 'outagelab', command: 'setTime' }, 'setTime needs hours'],
    ];
    for (const [m] of bad) await post(page, m);
    // pym.js's own messages are not ours to warn about.
    await post(page, 'pymxPYMxoutagelabxPYMxwidthxPYMx800');
    for (let i = 0; i < 50 && seen.warnings.length < bad.length; i++) await sleep(100);
    await sleep(500);
    assert.equal(seen.warnings.length, bad.length, `warnings:\n${seen.warnings.join('\n')}`);
    for (const [i, [, why]] of bad.entries()) {
      assert.ok(seen.warnings[i].startsWith(warning) && seen.warnings[i].includes(why), `${why}: ${seen.warnings[i]}`);
    }
    const s = await state(frame);
    assert.equal(s.step, 1);
    assert.equal(s.lang, 'en');
    assert.equal(s.hours, 0);
    assert.deepEqual(seen.errors, []);
    // The listener is still there: a good command still works.
    await post(page, { type: 'outagelab', command: 'goStep', n: 3 });
    await frame.waitForFunction(() => window.outageLab.state().step === 3, null, { timeout: 10000 });
  });
});

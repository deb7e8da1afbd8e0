// Browser tests of the guided story: every step in both languages on a
// laptop and on a phone, with a screenshot each; the reader's fix; the
// URL keeping the place across a reload.
//
//	node --test e2e/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { screenshot } = require('./harness');

const { useExplainer, sleep, open, state, controls, centre, press, click, touch, key, until } = require('./pages');

const devices = {
  laptop: { viewport: { width: 1280, height: 720 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

test.describe('story', () => {
  const env = useExplainer(test);

  for (const [name, opts] of Object.entries(devices)) {
    for (const lang of ['en', 'ko']) {
      test(`${name}, ${lang}: every step by the Next button, with a screenshot`, async (t) => {
        const { ctx, page, seen } = await open(t, env.browser, env.server.url, opts, `#story=1&lang=${lang}`);
        const cdp = opts.hasTouch ? await ctx.newCDPSession(page) : null;
        let s = await state(page);
        assert.equal(s.mode, 'story');
        assert.equal(s.lang, lang);
        for (let step = 1; step <= s.steps; step++) {
          await page.waitForFunction((n) => window.outageLab.state().step === n, step);
          s = await state(page);
          assert.ok(s.title.length > 0 && s.text.length > 0, `step ${step} has words`);
          assert.ok(s.sources.length > 0, `step ${step} cites its sources`);
          if (lang === 'ko') assert.match(s.text, /[가-힣]/);
          assert.equal(await page.evaluate(() => location.hash), `#story=${step}&lang=${lang}`);
          await sleep(150);
          await screenshot(page, `story-${name}-${lang}-${String(step).padStart(2, '0')}`);
          if (step === 1) {
            await press(page, cdp, (await controls(page)).sources);
            await sleep(150);
            await screenshot(page, `story-${name}-${lang}-01-sources`);
            await press(page, cdp, (await controls(page)).sources);
          }
          await until(page, async () => press(page, cdp, (await controls(page)).next), (n) => {
            const s = window.outageLab.state();
            return s.step === n + 1 || s.mode !== 'story';
          }, step);
        }
        await page.waitForFunction(() => window.outageLab.state().mode === 'explore');
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.foreign, []);
      });
    }
  }

  test('your turn: the reader\'s fix changes the outcome because the model says so', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, devices.laptop, '#story=8&lang=en');
    let c = await controls(page);
    // No change first: an honest "nothing changed".
    await until(page, () => press(page, null, c.fire), () => window.outageLab.state().fix);
    let s = await state(page);
    assert.ok(s.fix.downHours > 5, `without changes KakaoTalk is down ${s.fix.downHours} h`);
    assert.equal(s.fix.downHours, s.fix.baseHours);
    assert.match(s.fix.hint, /Nothing changed/);
    // Only the tools: still down for hours, and the hint names the key store.
    const toggle = (i, on) => until(page, () => press(page, null, c['fix' + i]),
      ([i, on]) => window.outageLab.state().fixOn.includes(i) === on, [i, on]);
    await toggle(0, true);
    await until(page, () => press(page, null, c.fire), () => (window.outageLab.state().fix || {}).changes?.length === 1);
    s = await state(page);
    assert.ok(s.fix.downHours > 5);
    assert.match(s.fix.hint, /key store/);
    await screenshot(page, 'story-laptop-en-08-partial-fix');
    // Controller and key store instead: KakaoTalk keeps working.
    await toggle(0, false);
    await toggle(1, true);
    await toggle(2, true);
    await until(page, () => press(page, null, c.fire), () => (window.outageLab.state().fix || {}).changes?.length === 2);
    s = await state(page);
    assert.ok(s.fix.downHours <= 1, `with the fix KakaoTalk is down ${s.fix.downHours} h`);
    assert.match(s.fix.hint, /It holds/);
    assert.equal(s.stepDone, true);
    await screenshot(page, 'story-laptop-en-08-fixed');
    assert.deepEqual(seen.errors, []);
  });

  test('phone: the map is close enough to tell Anyang from Pangyo by finger', async (t) => {
    const { ctx, page, seen } = await open(t, env.browser, env.server.url, devices.phone, '#story=5&lang=en');
    const cdp = await ctx.newCDPSession(page);
    const c = await controls(page);
    const anyang = c['site-anyang'], pangyo = c['site-pangyo'];
    assert.ok(anyang && pangyo, 'both data centers are on the phone\'s map');
    const a = centre(anyang), p = centre(pangyo);
    const apart = Math.hypot(a.x - p.x, a.y - p.y);
    assert.ok(apart >= 44, `the dots are ${apart.toFixed(0)} CSS px apart, under a finger's 44`);
    assert.ok(anyang.W >= 44 && anyang.H >= 44, `Anyang's target is ${anyang.W}×${anyang.H}`);
    // Pangyo is not Anyang: the step waits for the right one.
    await touch(cdp, p);
    await sleep(300);
    assert.equal((await state(page)).stepDone, false, 'a tap on Pangyo does not count as Anyang');
    await until(page, () => touch(cdp, a), () => window.outageLab.state().stepDone);
    await screenshot(page, 'story-phone-en-05-anyang-tapped');
    assert.deepEqual(seen.errors, []);
  });

  test('classroom: present=1 in the query works as in the fragment, whose step wins', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, { viewport: { width: 1920, height: 1080 } }, '?present=1#story=4&lang=en');
    const s = await state(page);
    assert.equal(s.present, true, 'the query turns presenter mode on');
    assert.equal(s.step, 4, 'the fragment picks the step');
    assert.deepEqual(seen.errors, []);
  });

  test('classroom: presenter mode on a projector, notes with N, pause with P', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, { viewport: { width: 1920, height: 1080 } }, '#story=2&lang=ko&present=1');
    let s = await state(page);
    assert.equal(s.present, true);
    // A projector-sized frame is slow in a software renderer: hold keys
    // for longer.
    await click(page, { x: 960, y: 300 }, 300);
    await until(page, () => key(page, 'n', 300), () => window.outageLab.state().notes);
    await sleep(200);
    await screenshot(page, 'present-notes-ko');
    await until(page, () => key(page, 'n', 300), () => !window.outageLab.state().notes);
    await until(page, () => key(page, 'p', 300), () => window.outageLab.state().playing);
    await sleep(300);
    await screenshot(page, 'present-playing-ko');
    assert.equal(await page.evaluate(() => location.hash), '#story=2&lang=ko&present=1');
    assert.deepEqual(seen.errors, []);
  });

  test('the URL keeps the place: reload, arrow keys, a teacher\'s link', async (t) => {
    const { page } = await open(t, env.browser, env.server.url, devices.laptop, '#story=5&lang=ko');
    let s = await state(page);
    assert.equal(s.step, 5);
    assert.equal(s.lang, 'ko');
    await click(page, { x: 640, y: 200 });
    await key(page, 'ArrowRight');
    await page.waitForFunction(() => window.outageLab.state().step === 6);
    await sleep(200);
    assert.equal(await page.evaluate(() => location.hash), '#story=6&lang=ko');
    await page.reload();
    await page.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 90000 });
    s = await state(page);
    assert.equal(s.step, 6);
    assert.equal(s.lang, 'ko');
    // A mangled link opens the story at its start instead of failing.
    await page.goto(env.server.url + '#story=banana&lang=zz');
    await page.reload();
    await page.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 90000 });
    s = await state(page);
    assert.equal(s.step, 1);
    assert.equal(s.mode, 'story');
  });
});

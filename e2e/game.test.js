// Browser tests of the explainer itself, built from the repository and
// run in Debian's chromium:
//
//	node --test e2e/
//
// They read what the reader sees through window.outageLab (documented
// in README.md), press controls where the reader would, and save
// screenshots to e2e/screenshots/.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { screenshot, colours } = require('./harness');

const { useExplainer, sleep, open, state, controls, centre, click, touch, key, until } = require('./pages');

// at moves the playhead to h hours and waits until the game shows it.
async function at(page, h) {
  await page.evaluate((h) => { window.outageLab.pause(); window.outageLab.setTime(h); }, h);
  await page.waitForFunction((h) => {
    const s = window.outageLab.state();
    return !s.playing && Math.abs(s.hours - h) < 1e-6;
  }, h, { timeout: 20000 });
  return state(page);
}

const app = (s, id) => s.apps.find((a) => a.id === id);

test.describe('explainer', () => {
  const env = useExplainer(test);

  test('desktop: first frame, the fire by mouse, KakaoTalk dark and back on the record', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, {}, '#explore');
    let s = await state(page);
    assert.equal(s.fired, false);
    assert.equal(s.clock, '2022-10-15 15:19 KST');
    assert.ok(s.apps.every((a) => a.status === 'up'), 'every app works before the fire');
    const shot0 = await page.screenshot();
    assert.ok(colours(shot0) > 40, 'the canvas is drawn, not blank');
    await screenshot(page, 'desktop-1-before');
    // Each frame runs in a new goroutine (wasm/stack.go); after a
    // collection it must still start on a stack deep enough for a frame
    // (16 KB and more), not Go's 2 KB that it grew by copying every frame.
    const perf = await page.evaluate(() => window.outageLab.perf(true));
    assert.ok(perf.stackStart >= 16 << 10, `a frame starts on ${perf.stackStart} B of stack`);

    await click(page, centre((await controls(page)).fire));
    await page.waitForFunction(() => window.outageLab.state().fired);
    s = await state(page);
    assert.equal(s.playing, true);

    s = await at(page, 0.5);
    assert.equal(app(s, 'talk').status, 'down', 'KakaoTalk is dark half an hour in');
    assert.equal(s.usersOut, 47500000);
    await screenshot(page, 'desktop-2-fire');
    s = await at(page, 1.6);
    assert.match(s.caption, /16:52 — Firefighters cut power to the whole building/);
    await screenshot(page, 'desktop-3-power-cut');

    // KakaoTalk text came back about 10 h after the outage began at
    // 15:30 (01:31 on 16 Oct, ±25%); find when it leaves "down".
    let back = null;
    for (let h = 6; h <= 16; h += 0.25) {
      s = await at(page, h);
      if (app(s, 'talk').status !== 'down') { back = h; break; }
    }
    assert.ok(back !== null, 'KakaoTalk comes back');
    const outage = back - 11 / 60; // from 15:30 to the playhead
    assert.ok(outage >= 10.2 * 0.75 && outage <= 10.2 * 1.25, `KakaoTalk back after ${outage} h`);
    await screenshot(page, 'desktop-4-text-back');
    s = await at(page, 128.5);
    assert.ok(s.apps.every((a) => a.status === 'up'), 'everything is back after 127.5 h');
    await screenshot(page, 'desktop-5-all-back');
    await page.evaluate(() => window.outageLab.setLang('ko'));
    await page.waitForFunction(() => window.outageLab.state().lang === 'ko');
    await at(page, 1.6);
    s = await state(page);
    assert.match(s.caption, /건물 전체 전원을 차단/);
    await screenshot(page, 'desktop-6-korean');
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });

  test('projector 1920x1080 gets the same story in bigger type', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, { viewport: { width: 1920, height: 1080 } }, '#explore');
    await page.evaluate(() => window.outageLab.startFire());
    await at(page, 1.6);
    await screenshot(page, 'projector-power-cut');
    const c = await controls(page);
    assert.ok(c.fire.H >= 55, `fire button ${c.fire.H}px tall on a projector`);
    assert.deepEqual(seen.errors, []);
  });

  test('phone 390x844: taps start the fire, a drag scrubs the week', async (t) => {
    const { ctx, page, seen } = await open(t, env.browser, env.server.url, {
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
    }, '#explore');
    await screenshot(page, 'phone-1-before');
    const cdp = await ctx.newCDPSession(page);
    const c = await controls(page);
    assert.ok(c.fire.Y + c.fire.H <= 844 && c.track.Y <= 844, 'the controls are on screen');
    await touch(cdp, centre(c.fire));
    await page.waitForFunction(() => window.outageLab.state().fired);
    await touch(cdp, centre(c.play)); // pause
    await page.waitForFunction(() => !window.outageLab.state().playing);

    const tr = c.track;
    await touch(cdp, { x: tr.X + 2, y: tr.Y + tr.H / 2 }, { x: tr.X + tr.W / 2, y: tr.Y + tr.H / 2 });
    const s = await state(page);
    assert.ok(Math.abs(s.hours - 84) < 3, `dragged to ${s.hours} h, want about half the week`);
    assert.equal(app(s, 'talk').status === 'down', false, 'KakaoTalk is back by day four');
    await screenshot(page, 'phone-2-day-four');
    await at(page, 0.5);
    await screenshot(page, 'phone-3-fire');
    await at(page, 1.6);
    await screenshot(page, 'phone-4-power-cut');
    assert.deepEqual(seen.errors, []);
  });

  test('keyboard only: Tab, Enter, arrows and number keys', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, {}, '#explore');
    // The canvas takes keys once it has focus (Ebiten #1373).
    await click(page, { x: 640, y: 300 });
    // Each key until the game has seen it: a frame that the software
    // renderer takes long to draw (the fire's first, on a busy machine)
    // can swallow a key, and a reader would press it again.
    const press = (k, pred, arg) => until(page, () => key(page, k), pred, arg);
    await press('Tab', () => window.outageLab.state().focus === 'fire');
    await press('Enter', () => window.outageLab.state().fired);
    await press('Tab', () => window.outageLab.state().focus === 'slower');
    await press('Tab', () => window.outageLab.state().focus === 'play');
    await press('Space', () => !window.outageLab.state().playing);
    const before = (await state(page)).hours;
    await press('ArrowRight', (b) => window.outageLab.state().hours >= b + 0.99, before);
    await press('4', () => window.outageLab.state().speed === '1 hour a second');
    await press('l', () => window.outageLab.state().lang === 'ko');
    await screenshot(page, 'desktop-keyboard');
    assert.deepEqual(seen.errors, []);
  });

  test('monkey: hundreds of random clicks, taps, drags and keys', async (t) => {
    const { ctx, page, seen } = await open(t, env.browser, env.server.url, { hasTouch: true }, '');
    const cdp = await ctx.newCDPSession(page);
    let seed = 20221015;
    const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const keys = ['Tab', 'Enter', 'Space', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'f', 'l', '1', '3', '6'];
    for (let i = 0; i < 300; i++) {
      const p = { x: rnd(1280), y: rnd(720) };
      switch (rnd(4)) {
        case 0: await page.mouse.click(p.x, p.y, { delay: 20 }); break;
        case 1: await page.keyboard.press(keys[rnd(keys.length)], { delay: 10 }); break;
        case 2: await page.mouse.move(p.x, p.y); await page.mouse.down();
          await page.mouse.move(rnd(1280), rnd(720), { steps: 3 }); await page.mouse.up(); break;
        case 3: await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [p] });
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }); break;
      }
    }
    // Still running: an action from the page wakes it for a few frames
    // even when the scene has come to rest.
    const f0 = (await state(page)).frames;
    await page.evaluate(() => window.outageLab.pause());
    await page.waitForFunction((f) => window.outageLab.state().frames > f + 1, f0, { timeout: 20000 });
    assert.deepEqual(seen.errors, [], 'no errors after the monkey');
  });
});

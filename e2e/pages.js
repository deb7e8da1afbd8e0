// Helpers for tests that drive the explainer in a page: open it, read
// window.outageLab, and press, click or touch like a reader, holding
// each press for a few frames (a zero-length click falls inside one
// tick and the game never sees it).
'use strict';

const { buildWeb, serve, launch, watch } = require('./harness');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// open loads base+fragment in a new context that closes when test t
// ends, passed or failed, and waits for the first frame.
async function open(t, browser, base, opts = {}, fragment = '') {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...opts });
  t.after(() => ctx.close());
  const page = await ctx.newPage();
  const seen = watch(page, base);
  await page.goto(base + fragment);
  await page.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 90000 });
  return { ctx, page, seen };
}

const state = (page) => page.evaluate(() => window.outageLab.state());
const controls = (page) => page.evaluate(() => window.outageLab.controls());
const centre = (r) => ({ x: r.X + r.W / 2, y: r.Y + r.H / 2 });

// click holds the mouse button at p for a few frames.
async function click(page, p, hold = 300) {
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await sleep(hold);
  await page.mouse.up();
  await sleep(hold);
}

// touch holds a finger at p for a few frames, optionally dragging to q.
async function touch(cdp, p, q) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y }] });
  await sleep(300);
  if (q) {
    for (let i = 1; i <= 5; i++) {
      const x = p.x + ((q.x - p.x) * i) / 5;
      const y = p.y + ((q.y - p.y) * i) / 5;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await sleep(60);
    }
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await sleep(120);
}

// press presses the control rectangle r: by touch when cdp is given,
// else by mouse.
async function press(page, cdp, r) {
  if (cdp) await touch(cdp, centre(r));
  else await click(page, centre(r));
}

// key presses k for several frames and leaves several frames before the
// next key, so the game sees every press and release even when a
// software renderer slows its frames.
async function key(page, k, hold = 300) {
  await page.keyboard.press(k, { delay: hold });
  await sleep(hold);
}

// until does action (a press or a key) and waits for pred, run in the
// page with arg, to hold. A frame that a software renderer takes long to
// draw can swallow a press, as a busy phone can, and a reader then
// presses again: so does until, up to three times, each after waiting
// long enough that a press seen late is not taken for a lost one.
async function until(page, action, pred, arg) {
  for (let i = 0; ; i++) {
    await action();
    try {
      await page.waitForFunction(pred, arg, { timeout: 6000 });
      return;
    } catch (err) {
      if (i === 2) throw err;
    }
  }
}

// useExplainer registers hooks on the suite that build the explainer,
// serve it and launch chromium before its tests, and stop both after;
// the returned object holds server and browser once the tests run.
function useExplainer(test) {
  const env = {};
  test.before(async () => {
    env.dir = buildWeb('.');
    env.server = await serve(env.dir);
    env.browser = await launch();
  });
  test.after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

module.exports = { useExplainer, sleep, open, state, controls, centre, click, touch, press, key, until };

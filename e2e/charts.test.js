// Browser tests of the sandbox's Chart, Compare and Nines tabs: the
// timeline chart jumps the clock where it is pressed, the comparison
// follows the other design picked, the availability run of 10,000
// years finishes and can be cancelled, and the picture and the CSV
// download; on a laptop in English and on a phone in Korean.
//
//	node --test e2e/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { screenshot } = require('./harness');

const { useExplainer, open, state, controls, centre, click, touch, until: retry } = require('./pages');

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const sb = async (page) => (await state(page)).sandbox;
const until = (page, pred, arg, timeout = 20000) => page.waitForFunction(pred, arg, { timeout });

async function widget(page, id) {
  const r = (await controls(page))['sb-' + id];
  assert.ok(r, `the sandbox shows ${id}`);
  return r;
}

async function clickWidget(page, id) {
  await click(page, centre(await widget(page, id)), 400);
}

// download presses widget id and returns the file the page saved.
async function download(page, id, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), clickWidget(page, id)]);
  assert.equal(d.suggestedFilename(), name);
  return fs.readFileSync(await d.path());
}

// pngSize reads a PNG's width and height from its header.
function pngSize(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

// pngColours has the page decode a PNG and returns how many distinct
// colours it holds: a drawn chart has text, lines and fills; a blank or
// one-colour picture would have one or two.
async function pngColours(page, buf) {
  return page.evaluate(async (b64) => {
    const bmp = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(bmp, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, bmp.width, bmp.height).data.buffer);
    return new Set(px).size;
  }, buf.toString('base64'));
}

// runNines presses the run button and waits for the 10,000 years; it
// returns the run and how long it took in the page, in seconds.
async function runNines(page, press) {
  const t0 = Date.now();
  await press();
  await until(page, () => { const n = window.outageLab.state().sandbox.nines; return n && n.done; }, null, 90000);
  const n = (await sb(page)).nines;
  return { n, seconds: (Date.now() - t0) / 1000 };
}

// checkNines checks the run's figures: every year ran, each app's
// interval holds its estimate, and the formula lies within three
// standard errors of it.
function checkNines(n) {
  assert.equal(n.years, 10000);
  assert.ok(n.apps.length >= 8, `an estimate per app: ${n.apps.length}`);
  for (const a of n.apps) {
    assert.ok(a.low <= a.availability && a.availability <= a.high, `${a.id}: ${JSON.stringify(a)}`);
    const half = (a.high - a.low) / 2;
    assert.ok(Math.abs(a.formula - a.availability) <= 1.5 * half + 1e-12, `${a.id}: formula ${a.formula} vs ${a.availability} ± ${half}`);
    assert.ok(a.downHoursPerYear > 0, `${a.id} goes down in some year of the blank design`);
  }
}

test.describe('charts', () => {
  const env = useExplainer(test);

  test('desktop: chart jumps the clock, compare follows the pick, nines run; picture and CSV download', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, {}, '#sandbox&lang=en');
    // The first press after loading can fall in one of the slowest
    // frames under a loaded software renderer: press again until it lands.
    await retry(page, () => clickWidget(page, 'tab-5'), () => window.outageLab.state().sandbox.tab === 5);
    const s0 = await sb(page);
    assert.ok(s0.peak > 40e6, `the chart's peak is the blank design's dark apps: ${s0.peak}`);
    await screenshot(page, 'charts-desktop-1-chart');

    // Press the chart 30 hours in: the incident starts and the clock jumps.
    const chart = await widget(page, 'chart');
    const hours = (await state(page)).hours;
    assert.equal(hours, 0);
    const x = chart.X + chart.W * (30 / (7 * 24));
    await click(page, { x, y: chart.Y + 10 }, 300);
    await until(page, () => window.outageLab.state().fired && window.outageLab.state().hours > 25);
    const after = await state(page);
    assert.ok(Math.abs(after.hours - 30) < 1, `the clock is where the chart was pressed: ${after.hours}`);
    await screenshot(page, 'charts-desktop-2-jumped');

    const png = await download(page, 'save-png', 'outagelab-chart.png');
    assert.deepEqual(pngSize(png), [1600, 900]);
    const colours = await pngColours(page, png);
    assert.ok(colours > 20, `the picture holds the drawn chart: ${colours} colours`);
    const csv = (await download(page, 'save-csv', 'outagelab-timeline.csv')).toString('utf8').trim().split('\n');
    assert.match(csv[0], /^time,seconds,hours,KakaoTalk messaging,/);
    assert.ok(csv.length > 5, `a row per change: ${csv.length}`);
    assert.match(csv[1], /^2022-10-15 15:19 KST,0,0\.00,up,/);

    // Compare: beside Kakao 2022 by default, then beside Naver.
    await clickWidget(page, 'tab-6');
    await until(page, () => (window.outageLab.state().sandbox.compare || []).length === 2);
    let s = await sb(page);
    assert.equal(s.versus, 'kakao2022');
    assert.equal(s.compare[0].userHours, s.userHours, 'the left side is the design on screen');
    await clickWidget(page, 'versus-2');
    await until(page, () => window.outageLab.state().sandbox.versus === 'naver2022');
    s = await sb(page);
    assert.match(s.compare[1].title, /Naver/);
    assert.ok(s.compare[0].changes > 0, 'Naver differs from the blank design');
    await screenshot(page, 'charts-desktop-3-compare');
    assert.deepEqual(pngSize(await download(page, 'save-png', 'outagelab-chart.png')), [1600, 900]);

    // Nines: opening the tab starts the run; the button starts another
    // and cancels one running (both in one frame: no year ran), then
    // starts a whole run again.
    const opened = await runNines(page, () => clickWidget(page, 'tab-7'));
    checkNines(opened.n);
    await page.evaluate(() => { window.outageLab.press('nines-run'); window.outageLab.press('nines-run'); });
    await until(page, () => { const n = window.outageLab.state().sandbox.nines; return n && n.cancelled; });
    assert.equal((await sb(page)).nines.years, 0, 'cancelled before any year ran');
    const { n, seconds } = await runNines(page, () => clickWidget(page, 'nines-run'));
    checkNines(n);
    t.diagnostic(`10,000 years of the blank design in ${seconds.toFixed(1)} s in headless Chromium (SwiftShader)`);
    await screenshot(page, 'charts-desktop-4-nines');
    assert.deepEqual(pngSize(await download(page, 'save-png', 'outagelab-chart.png')), [1600, 900]);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });

  test('phone, Korean: each tab by touch, the chart jumps the clock, nines run', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, phone, '#sandbox&lang=ko');
    const cdp = await page.context().newCDPSession(page);
    const tap = async (id) => touch(cdp, centre(await widget(page, id)));
    await tap('tab-5');
    await until(page, () => window.outageLab.state().sandbox.tab === 5);
    const chart = await widget(page, 'chart');
    await touch(cdp, { x: chart.X + chart.W * (48 / (7 * 24)), y: chart.Y + 10 });
    await until(page, () => window.outageLab.state().fired && window.outageLab.state().hours > 40);
    assert.ok(Math.abs((await state(page)).hours - 48) < 1.5);
    await screenshot(page, 'charts-phone-1-chart-ko');
    await tap('tab-6');
    await until(page, () => (window.outageLab.state().sandbox.compare || []).length === 2);
    await screenshot(page, 'charts-phone-2-compare-ko');
    const { n } = await runNines(page, () => tap('tab-7')); // the tab starts the run
    checkNines(n);
    await screenshot(page, 'charts-phone-3-nines-ko');
    assert.deepEqual(seen.errors, []);
  });
});

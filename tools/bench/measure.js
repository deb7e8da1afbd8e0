// The measurements of the benchmark (tools/bench/bench.js), each driving
// the pages of page.js: the time to the first frame, the Go work per
// frame in the heaviest scene and in the availability run, and memory
// over a soak. Every loop is bounded.
'use strict';

const { sleep, open, blank, memory, lab, state, waitHours, frameSample, framesSince, traced } = require('./page');

// Each viewport's frames are judged against its limit: 4 ms of CPU a
// frame on this machine, 16 ms (a frame at 60 fps) on a phone-class CPU,
// which DevTools' CPU throttling at 4× stands for (Go's WebAssembly runs
// several times slower on a mid-range phone, Ebiten #1329).
const viewports = [
  { name: '1280×720', width: 1280, height: 720, limitMs: 4 },
  { name: '390×844', width: 390, height: 844, limitMs: 4 },
  { name: '390×844, CPU 4× slower', width: 390, height: 844, throttle: 4, limitMs: 16 },
];
const phone = viewports[2];

// The heaviest scene: the Kakao fire at full spread, after the 16:52
// power cut (1 h 33 min) and before the knock-down (2 h 27 min). Playing
// at a simulated minute a second moves the clock every tick, so every
// Draw draws; the sample stays well inside that window.
const heavy = { from: 1.6, until: 2.45, speed: 1 };

// ---- measurements --------------------------------------------------------

// firstFrames loads each build `runs` times at vp, alternating, each in a
// fresh context; it returns the timings per build and the first load's
// requests.
async function firstFrames(browser, urls, runs, vp) {
  const out = { vp: vp.name, explainer: [], bare: [], requests: {}, errors: [] };
  // One load of each first, not counted: the first navigation of a
  // browser also pays for starting its renderer and GPU processes.
  for (const which of ['bare', 'explainer']) await (await open(browser, urls[which], vp)).ctx.close();
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 ? ['explainer', 'bare'] : ['bare', 'explainer']) {
      const o = await open(browser, urls[which], vp);
      out[which].push(o.t);
      if (!out.requests[which]) out.requests[which] = o.requests;
      out.errors.push(...o.errors.map((e) => `${which}: ${e}`));
      await o.ctx.close();
    }
  }
  return out;
}

// frameCost samples the Go work per frame: the explainer in the heaviest
// scene, and the bare build, at one viewport, in `rounds` rounds that
// alternate the builds (each a fresh load), the frames of all rounds
// pooled: a single run of each reads the machine's moment as much as
// the build (on 2 shared cores, at 4× throttling, one run's median moves
// by half).
async function frameCost(browser, urls, vp, samples, rounds = 3) {
  const runs = { explainer: [], bare: [] };
  for (let i = 0; i < rounds; i++) {
    for (const which of i % 2 ? ['bare', 'explainer'] : ['explainer', 'bare']) {
      runs[which].push(await (which === 'explainer' ? heavyFrames : bareFrames)(browser, urls, vp, samples));
    }
  }
  const explainer = pool(runs.explainer);
  explainer.scene = runs.explainer[runs.explainer.length - 1].scene;
  explainer.inWindow = runs.explainer.every((r) => r.inWindow);
  return { explainer, bare: pool(runs.bare), rounds };
}

// heavyFrames loads the explainer, sets the heaviest scene playing and
// samples its frames.
async function heavyFrames(browser, urls, vp, samples) {
  const ex = await open(browser, urls.explainer + '#explore', vp);
  const page = ex.page;
  await lab(page, () => window.outageLab.startFire());
  await page.waitForFunction(() => window.outageLab.state().fired, null, { timeout: 20000 });
  await lab(page, (h) => { window.outageLab.pause(); window.outageLab.setTime(h); }, heavy.from);
  await waitHours(page, heavy.from);
  await lab(page, (s) => { window.outageLab.setSpeed(s); window.outageLab.play(); }, heavy.speed);
  await sleep(1000);
  const t = await traced(ex.cdp, () => frameSample(page, samples));
  const out = { ...t.out, cpuMs: t.cpuMs, rafWallMs: t.rafWallMs };
  const s = await state(page);
  out.scene = { hours: s.hours, clock: s.clock, playing: s.playing, usersOut: s.usersOut };
  out.inWindow = s.playing && s.hours > heavy.from && s.hours < heavy.until;
  await ex.ctx.close();
  return out;
}

// bareFrames loads the bare build and samples its frames.
async function bareFrames(browser, urls, vp, samples) {
  const b = await open(browser, urls.bare, vp);
  await sleep(1000);
  const t = await traced(b.cdp, () => frameSample(b.page, samples));
  await b.ctx.close();
  return { ...t.out, cpuMs: t.cpuMs, rafWallMs: t.rafWallMs };
}

// pool joins rounds of frame samples: their frames, and their rates
// averaged.
function pool(rs) {
  const out = { fps: 0, tps: 0 };
  for (const k of ['frameMs', 'drawMs', 'updateMs', 'cpuMs', 'rafWallMs']) out[k] = rs.flatMap((r) => r[k]);
  for (const r of rs) {
    out.fps += r.fps / rs.length;
    out.tps += r.tps / rs.length;
  }
  return out;
}

// ninesCost samples the Go work per frame while the sandbox's Nines tab
// runs 10,000 years of the Kakao 2022 design (the availability panel
// computing): from the press of its button until the run is done and
// its result rows are drawn (they appear a few a frame), the first
// frame with nothing to draw ending the sample. It also times the run.
async function ninesCost(browser, urls, vp) {
  const ex = await open(browser, urls.explainer + '#sandbox&lang=en', vp);
  const page = ex.page;
  await lab(page, () => window.outageLab.press('tab-3'));
  await lab(page, () => window.outageLab.press('base-1'));
  await page.waitForFunction(() => window.outageLab.state().sandbox.base === 'kakao2022', null, { timeout: 20000 });
  // Opening the tab starts a run of its own: let it end, so that the
  // button below starts the run measured (on a running one it cancels).
  await lab(page, () => window.outageLab.press('tab-7'));
  await page.waitForFunction(() => { const s = window.outageLab.state().sandbox; return s.tab === 7 && s.nines && s.nines.done; },
    null, { timeout: 120000, polling: 100 });
  await sleep(1000);
  const t = await traced(ex.cdp, async () => {
    const before = await lab(page, () => {
      const p = window.outageLab.perf(false);
      performance.mark('nines-run');
      window.outageLab.press('nines-run');
      return { draws: p.draws, updates: p.updates, t: performance.now() };
    });
    await page.waitForFunction(() => { const n = window.outageLab.state().sandbox.nines; return n && n.done; }, null, { timeout: 120000, polling: 100 });
    const done = await lab(page, () => { const p = window.outageLab.perf(false); p.t = performance.now(); return p; });
    // Wait for three drawn frames with nothing to draw after the run.
    let p;
    for (let i = 0; i < 40; i++) {
      await sleep(100);
      p = await lab(page, () => { const p = window.outageLab.perf(false); p.t = performance.now(); return p; });
      const idle = p.drawMs.slice(-(p.draws - done.draws)).filter((ms) => ms < 0.05).length;
      if (idle >= 3) break;
    }
    return { before, done, p };
  }, 'nines-run');
  const { before, done, p } = t.out;
  const n = (await state(page)).sandbox.nines;
  await ex.ctx.close();
  // The frames from the press to the first idle one after the run.
  const all = framesSince(before, p);
  const sinceDone = p.draws - done.draws;
  const afterDone = all.drawMs.slice(all.drawMs.length - sinceDone);
  const busy = afterDone.findIndex((ms) => ms < 0.05);
  const frames = all.frameMs.length - sinceDone + (busy < 0 ? sinceDone : busy);
  return {
    ...all,
    frameMs: all.frameMs.slice(0, frames),
    drawMs: all.drawMs.slice(0, frames),
    cpuMs: t.cpuMs.slice(0, frames),
    rafWallMs: t.rafWallMs.slice(0, frames),
    seconds: (done.t - before.t) / 1000,
    years: n.years,
  };
}

// soak loads the explainer at the phone's size (where memory is scarcest,
// and where SwiftShader draws fast enough to play the week in seconds),
// plays the whole week at the top speed, then scrubs `scrubs` times to
// pseudo-random places, reading memory after loading, after the week and
// every 50 scrubs. Each reading after the week is taken with the playhead
// back at the week's end, so the world the game holds is the same one.
async function soak(browser, urls, scrubs) {
  const vp = viewports[1];
  const ex = await open(browser, urls.explainer + '#explore', vp);
  const { page, cdp } = ex;
  await sleep(1000);
  const points = [{ at: 'loaded', ...(await memory(page, cdp)) }];
  await lab(page, () => window.outageLab.startFire());
  await page.waitForFunction(() => window.outageLab.state().fired, null, { timeout: 20000 });
  // setSpeed clamps to the fastest rate.
  await lab(page, () => { window.outageLab.setSpeed(99); window.outageLab.play(); });
  const t0 = Date.now();
  await page.waitForFunction(() => { const s = window.outageLab.state(); return !s.playing && s.hours >= 167.9; }, null, { timeout: 180000, polling: 250 });
  const weekSeconds = (Date.now() - t0) / 1000;
  const end = (await state(page)).hours;
  const reading = async (at) => {
    await lab(page, (h) => window.outageLab.setTime(h), end);
    await waitHours(page, end);
    await sleep(300);
    points.push({ at, ...(await memory(page, cdp)) });
  };
  await reading('after the week');
  let seed = 12345;
  for (let i = 1; i <= scrubs; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const h = (seed % (168 * 60)) / 60; // whole minutes over the week
    await lab(page, (h) => window.outageLab.setTime(h), h);
    await waitHours(page, h);
    if (i % 50 === 0) await reading(`${i} scrubs`);
  }
  const errors = ex.errors;
  await ex.ctx.close();

  const b = await open(browser, urls.bare, vp);
  await sleep(1000);
  const bare = await memory(b.page, b.cdp);
  await b.ctx.close();
  return { points, bare, weekSeconds, end, errors, vp: vp.name };
}

// idle measures, for `seconds`, the CPU time per second of the page's
// main thread: the explainer paused with nothing moving (the free view
// before the fire, once the game says it rests), and the bare build.
async function idle(browser, urls, vp, seconds) {
  const out = { vp: vp.name, seconds };
  for (const which of ['explainer', 'bare']) {
    const o = await open(browser, which === 'explainer' ? urls.explainer + '#explore' : urls.bare, vp);
    if (which === 'explainer') await o.page.waitForFunction(() => window.outageLab.state().still, null, { timeout: 20000 });
    await sleep(1000);
    const before = await lab(o.page, () => window.outageLab.perf(false));
    const t = await traced(o.cdp, () => sleep(seconds * 1000));
    const after = await lab(o.page, () => window.outageLab.perf(false));
    out[which] = { cpuPerS: t.tasks / seconds, frames: t.cpuMs.length, updates: after.updates - before.updates };
    await o.ctx.close();
  }
  return out;
}

// hostPage is a news page, on the explainer's own origin (Chromium already
// stops drawing in frames from other origins that are out of view), with
// the explainer in a phone-sized frame at the top and a long article below.
const hostPage = '<!doctype html><body style="margin:0"><iframe id="f" src="./#explore" ' +
  'style="display:block;width:390px;height:700px;border:0"></iframe><div style="height:5000px"></div></body>';

// outOfView plays the Kakao fire in an embedded frame and reads the Go
// work of its frames, `seconds` each: in view, scrolled out of view, and
// with the frame hidden (display: none).
async function outOfView(browser, urls, vp, seconds) {
  const { ctx, page, cdp } = await blank(browser, vp);
  const host = urls.explainer + 'bench-host.html';
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: hostPage }));
  await page.goto(host);
  const frame = () => page.frames().find((f) => f !== page.mainFrame());
  await page.waitForFunction(() => { const w = document.getElementById('f').contentWindow; return w.outageLab && w.outageLab.ready; }, null, { timeout: 120000, polling: 100 });
  const f = frame();
  await f.evaluate(() => { window.outageLab.startFire(); window.outageLab.setSpeed(1); window.outageLab.play(); });
  await sleep(1000);
  const out = { vp: vp.name, seconds };
  const sample = async (name, act) => {
    await page.evaluate(act);
    await sleep(500);
    const before = await f.evaluate(() => window.outageLab.perf(false));
    const t = await traced(cdp, () => sleep(seconds * 1000));
    const p = await f.evaluate(() => window.outageLab.perf(false));
    const draws = p.draws - before.draws;
    out[name] = {
      draws, updates: p.updates - before.updates, drawing: p.painted - before.painted,
      drawMs: draws > 0 ? p.drawMs.slice(-Math.min(draws, p.drawMs.length)).reduce((a, b) => a + b, 0) : 0,
      cpuPerS: t.tasks / seconds, playing: (await f.evaluate(() => window.outageLab.state().playing)),
    };
  };
  await sample('inView', () => window.scrollTo(0, 0));
  await sample('scrolledAway', () => window.scrollTo(0, 3000));
  await sample('hidden', () => { window.scrollTo(0, 0); document.getElementById('f').style.display = 'none'; });
  await ctx.close();
  return out;
}

module.exports = { viewports, phone, heavy, firstFrames, frameCost, ninesCost, soak, idle, outOfView };

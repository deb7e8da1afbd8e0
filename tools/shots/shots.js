// shots.js takes a fixed set of screenshots of the explainer, the same
// pixels on every run of the same code, so that a change meant to be
// invisible (a refactoring) can be checked with diff.js:
//
//	node tools/shots/shots.js -out DIR [-repo CHECKOUT] [-only REGEXP]
//
// It builds the web directory of CHECKOUT (default: this repository)
// with the flags of `make web`, serves it with tools/serve, and drives
// Debian's chromium through playwright-core (no browser is downloaded).
// Every page asks for reduced motion, which stills the flames and the
// pulses. A few pages are opened per device (laptop 1280x720, phone
// 390x844, projector 1920x1080 in presenter mode) and brought from state
// to state through the window.outageLab test hook: every story step,
// paused at its first moment; the free view; the fire, started paused,
// at whole hours; the sandbox on its tabs. A picture is taken once the
// game has run a good number of frames after the last action, and kept
// once two pictures some frames apart are the same; a shot that never
// settles, or a page error, is reported and makes the script exit 1.
// Shots are named <device>-<what>-<lang>.png.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serve, launch } = require('../../e2e/harness');

// Devices, in CSS pixels at a device scale of 1.
const devices = {
  desktop: { viewport: { width: 1280, height: 720 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  present: { viewport: { width: 1920, height: 1080 }, fragment: '&present=1' },
};

// Sandbox tabs by number, as ui.Tab counts them.
const tabs = ['sites', 'services', 'incident', 'start', 'inside', 'chart', 'compare', 'nines', 'build'];

// settleFrames is how many frames the game runs after the last action
// before the first picture; recheckFrames how many between the two
// pictures that must agree.
const settleFrames = 45;
const recheckFrames = 15;

const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const pad = (n) => String(n).padStart(2, '0');

// Actions bring a page to a shot's state: each is done through the
// test hook (queued, so no press is lost) and waited for.
const act = {
  // story opens step n paused: a step that plays on its own (the fire
  // spreading) is paused in the same update, before any tick runs.
  story: (n) => ({
    run: (n) => { window.outageLab.goStep(n); window.outageLab.pause(); },
    done: (n) => { const s = window.outageLab.state(); return s.step === n && !s.playing; },
    arg: n,
  }),
  lang: (l) => ({
    run: (l) => window.outageLab.setLang(l),
    done: (l) => window.outageLab.state().lang === l,
    arg: l,
  }),
  tab: (t) => ({
    run: (t) => window.outageLab.press('tab-' + t),
    done: (t) => window.outageLab.state().sandbox.tab === t,
    arg: t,
  }),
  // fire starts the fire and pauses in the same update, so the
  // playback never runs on its own.
  fire: () => ({
    run: () => { window.outageLab.startFire(); window.outageLab.pause(); },
    done: () => { const s = window.outageLab.state(); return s.fired && !s.playing; },
  }),
  // at puts the playhead h hours after the ignition (whole hours are
  // whole seconds).
  at: (h) => ({
    run: (h) => window.outageLab.setTime(h),
    done: (h) => window.outageLab.state().hours === h,
    arg: h,
  }),
};

// plan lists the sessions of one device: each opens a fresh page at a
// URL fragment and takes its shots in order, each after its actions.
// Sharing a page keeps the number of page loads (seconds each under
// SwiftShader) small; every action waits for its effect, so the states
// do not depend on timing.
function plan(device, spec) {
  const story = (lang, steps) => ({
    fragment: `story=${steps[0]}&lang=${lang}`,
    shots: steps.map((n) => ({ name: `story-${pad(n)}-${lang}`, actions: [act.story(n)] })),
  });
  const explore = {
    fragment: 'explore&lang=en',
    shots: [
      { name: 'explore-en', actions: [] },
      ...spec.exploreKo ? [{ name: 'explore-ko', actions: [act.lang('ko')] }, { skip: true, actions: [act.lang('en')] }] : [],
      ...spec.fired.map(([lang, h], i) => ({
        name: `fired-${pad(h)}h-${lang}`,
        actions: [...i === 0 ? [act.fire()] : [], act.lang(lang), act.at(h)],
      })),
    ],
  };
  const sandbox = (lang, tabList, fired) => ({
    fragment: `sandbox&lang=${lang}`,
    shots: [
      ...tabList.map((t) => ({ name: `sandbox-${t}-${tabs[t]}-${lang}`, actions: t === 8 ? [] : [act.tab(t)] })),
      ...fired.map((h, i) => ({ name: `sandbox-fired-${pad(h)}h-${lang}`, actions: [...i === 0 ? [act.fire()] : [], act.at(h)] })),
    ],
  });
  const sessions = [story('en', range(1, 11)), story('ko', spec.ko), explore, sandbox('en', spec.tabs, spec.sandboxFired)];
  if (spec.tabsKo) sessions.push(sandbox('ko', spec.tabsKo, []));
  for (const s of sessions) {
    for (const shot of s.shots) if (shot.name) shot.name = `${device}-${shot.name}`;
  }
  return sessions;
}

const sessionsByDevice = {
  desktop: plan('desktop', {
    ko: [1, 4, 8, 10],
    exploreKo: true,
    fired: [['en', 1], ['en', 2], ['en', 30], ['ko', 2]],
    tabs: [8, ...range(0, 7)],
    sandboxFired: [2],
    tabsKo: [8],
  }),
  phone: plan('phone', {
    ko: [2, 5, 9],
    fired: [['en', 2], ['ko', 30]],
    tabs: [8, 0, 1, 5, 6],
    sandboxFired: [2],
  }),
  present: plan('present', {
    ko: [3, 6],
    fired: [['en', 2]],
    tabs: [8, 0, 5],
    sandboxFired: [],
  }),
};

function args() {
  const a = { repo: path.resolve(__dirname, '..', '..'), out: '', only: '' };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^-+/, '');
    if (k === 'h' || k === 'help') {
      console.log('usage: node tools/shots/shots.js -out DIR [-repo CHECKOUT] [-only REGEXP]');
      process.exit(0);
    }
    if (!(k in a) || argv[i + 1] === undefined) throw new Error(`shots: unknown flag or missing value: ${argv[i]}`);
    a[k] = argv[++i];
  }
  if (!a.out) throw new Error('shots: -out DIR is required');
  return a;
}

// buildWeb builds the explainer of checkout repo for the browser with
// its own `make -f visual.mk web` (its flags, page, wasm_exec.js, poster
// and guide) into a fresh temporary directory.
function buildWeb(repo) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-shots-'));
  execFileSync('make', ['--no-print-directory', '-f', 'visual.mk', 'web', `WEB_DIR=${dir}`],
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

const state = (page) => page.evaluate(() => window.outageLab.state());
const until = (page, pred, arg) => page.waitForFunction(pred, arg, { timeout: 60000, polling: 50 });

// afterFrames waits until the game has run n more updates, or has come
// to rest (nothing moves, so it runs no more until input).
async function afterFrames(page, n) {
  const f = (await state(page)).frames;
  await until(page, (f) => { const s = window.outageLab.state(); return s.frames >= f || s.still; }, f + n);
}

// open loads the explainer at fragment in a fresh context for device and
// waits for its first frame with the loader gone.
async function open(browser, base, device, fragment) {
  const spec = devices[device];
  const ctx = await browser.newContext({
    viewport: spec.viewport, deviceScaleFactor: 1, isMobile: !!spec.isMobile, hasTouch: !!spec.hasTouch,
    reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC', colorScheme: 'light',
  });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(base + '#' + fragment + (spec.fragment || ''));
  await page.waitForFunction(() => window.outageLab && window.outageLab.ready && document.getElementById('loader').hidden,
    null, { timeout: 120000, polling: 50 });
  return { ctx, page, errors };
}

// take does the shot's actions and returns a settled picture, or throws.
async function take(page, errors, shot) {
  for (const a of shot.actions) {
    await page.evaluate(a.run, a.arg);
    await until(page, a.done, a.arg);
  }
  if (shot.skip) return null;
  await afterFrames(page, settleFrames);
  let last = await page.screenshot({ animations: 'disabled' });
  for (let i = 0; i < 6; i++) {
    await afterFrames(page, recheckFrames);
    const next = await page.screenshot({ animations: 'disabled' });
    if (next.equals(last)) {
      if (errors.length) throw new Error('page errors: ' + errors.join('; '));
      return next;
    }
    last = next;
  }
  throw new Error('the picture did not settle');
}

async function main() {
  const a = args();
  const only = a.only ? new RegExp(a.only) : null;
  const t0 = Date.now();
  fs.mkdirSync(a.out, { recursive: true });
  const dir = buildWeb(path.resolve(a.repo));
  console.log(`shots: built ${path.resolve(a.repo)} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const server = await serve(dir);
  const browser = await launch();
  const failed = [];
  let n = 0;
  try {
    for (const device of Object.keys(devices)) {
      for (const session of sessionsByDevice[device]) {
        const wanted = session.shots.filter((s) => s.name && (!only || only.test(s.name)));
        if (wanted.length === 0) continue;
        const t = Date.now();
        let page, ctx, errors;
        try {
          ({ ctx, page, errors } = await open(browser, server.url, device, session.fragment));
        } catch (err) {
          failed.push(...wanted.map((s) => `${s.name}: ${err.message.split('\n')[0]}`));
          continue;
        }
        console.log(`shots: ${device} #${session.fragment} loaded (${((Date.now() - t) / 1000).toFixed(1)} s)`);
        try {
          // A shot's actions build on the ones before it: run them all,
          // and keep the pictures asked for.
          for (const shot of session.shots) {
            const ts = Date.now();
            const keep = shot.name && (!only || only.test(shot.name));
            try {
              const png = await take(page, errors, keep ? shot : { ...shot, skip: true });
              if (!keep) continue;
              fs.writeFileSync(path.join(a.out, shot.name + '.png'), png);
              n++;
              console.log(`shots: ${shot.name}.png (${((Date.now() - ts) / 1000).toFixed(1)} s)`);
            } catch (err) {
              failed.push(`${shot.name || 'an action'}: ${err.message.split('\n')[0]}`);
              console.log(`shots: ${shot.name || 'an action'} FAILED: ${err.message.split('\n')[0]}`);
            }
          }
        } finally {
          await ctx.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`shots: ${n} pictures in ${a.out} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (failed.length) {
    console.log(`shots: ${failed.length} failed:\n  ${failed.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((err) => { console.error(err); process.exit(1); });

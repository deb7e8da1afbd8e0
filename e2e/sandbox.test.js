// Browser tests of the sandbox: a design built by mouse, by keyboard
// alone and by touch on a phone; its share link opened in a fresh page
// with the same design and outcome; broken links that keep the autosaved
// design; saving and opening a scenario file.
//
//	node --test e2e/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { screenshot } = require('./harness');

const { useExplainer, sleep, open, state, controls, centre, click, touch, key, until: retry } = require('./pages');

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

// sb returns the sandbox's state.
const sb = async (page) => (await state(page)).sandbox;

// widget returns the rectangle of sandbox control id, in CSS pixels.
async function widget(page, id) {
  const c = await controls(page);
  const r = c['sb-' + id];
  assert.ok(r, `the sandbox shows ${id}`);
  return r;
}

// clickWidget presses sandbox control id with the mouse, held long
// enough that a software renderer drawing flames still sees the press.
async function clickWidget(page, id) {
  await click(page, centre(await widget(page, id)), 400);
}

// until waits for the sandbox state to satisfy pred (a function of the
// state, run in the page).
const until = (page, pred, arg) => page.waitForFunction(pred, arg, { timeout: 20000 });

test.describe('sandbox', () => {
  const env = useExplainer(test);

  test('desktop: a two-site design by mouse, its link opened in a fresh page shows the same', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, {}, '#story=1&lang=en');
    // The story's first step pulses, and the first frames after loading
    // are the slowest a software renderer draws: one of them can swallow
    // even a long press, so press again as a reader would.
    await retry(page, async () => click(page, centre((await controls(page)).sandbox), 400),
      () => window.outageLab.state().mode === 'sandbox');
    let s = await sb(page);
    assert.equal(s.base, 'blank');
    assert.equal(s.sites.length, 1);
    const alone = s.userHours;
    assert.ok(alone > 1e9, `one building burns: ${alone} user-hours`);
    await screenshot(page, 'sandbox-desktop-1-blank');

    // The form, the accessible route: the Sites tab, then Services.
    assert.equal(s.tab, 8, 'the sandbox opens on the Build tab');
    await clickWidget(page, 'tab-0');
    await until(page, () => window.outageLab.state().sandbox.tab === 0);
    await clickWidget(page, 'site-add');
    await until(page, () => window.outageLab.state().sandbox.sites.length === 2);
    await clickWidget(page, 'tab-1');
    await until(page, () => window.outageLab.state().sandbox.tab === 1);
    // Every part: a copy in the second site, active-active.
    for (let page1 = 0; page1 < 2; page1++) {
      const c = await controls(page);
      const comps = Object.keys(c).filter((k) => /^sb-comp-\d+-mode$/.test(k)).map((k) => +k.split('-')[2]);
      for (const i of comps) {
        await clickWidget(page, `comp-${i}-site-1`);
        await until(page, (i) => window.outageLab.state().sandbox.comps[i].sites.length === 2, i);
        for (let n = 0; n < 4 && (await sb(page)).comps[i].mode !== 'active'; n++) {
          const mode = (await sb(page)).comps[i].mode;
          await clickWidget(page, `comp-${i}-mode`);
          await until(page, ([i, m]) => window.outageLab.state().sandbox.comps[i].mode !== m, [i, mode]);
        }
      }
      if (page1 === 0) {
        await clickWidget(page, 'page-next');
        await sleep(200);
      }
    }
    s = await sb(page);
    assert.ok(s.comps.every((c) => c.mode === 'active' && c.sites.length === 2), JSON.stringify(s.comps));
    assert.ok(s.userHours < alone / 100, `two active sites ride out the fire: ${s.userHours} user-hours`);
    assert.ok(s.cost > 300, `and cost more: ${s.cost}`);
    await screenshot(page, 'sandbox-desktop-2-services');

    // Start the incident and watch inside.
    await click(page, centre((await controls(page)).fire), 400);
    await until(page, () => window.outageLab.state().fired && window.outageLab.state().sandbox.tab === 4);
    await page.evaluate(() => { window.outageLab.pause(); window.outageLab.setTime(2); });
    await until(page, () => Math.abs(window.outageLab.state().hours - 2) < 1e-6);
    const watch = await state(page);
    assert.ok(watch.apps.every((a) => a.status !== 'down'), 'no app is dark two hours in');
    await screenshot(page, 'sandbox-desktop-3-inside');

    // Copy link, then open it in a fresh browser context.
    await clickWidget(page, 'copy-link');
    await until(page, () => typeof window.outageLabCopied === 'string');
    const link = await page.evaluate(() => window.outageLabCopied);
    assert.match(link, /#sandbox=[A-Za-z0-9_-]+&lang=en$/);
    assert.equal(link, await page.evaluate(() => location.href));
    assert.ok(link.length < 400, `the link is short: ${link.length}`);
    const fresh = await open(t, env.browser, env.server.url, {}, link.slice(link.indexOf('#')));
    const f = await sb(fresh.page);
    assert.equal(f.link, s.link);
    assert.equal(f.userHours, s.userHours);
    assert.equal(f.cost, s.cost);
    assert.deepEqual(f.commands, s.commands);
    await screenshot(fresh.page, 'sandbox-desktop-4-shared');
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(fresh.seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  });

  // Kakao's fix built with the hands: a second data center dropped on
  // the map, then copies of the ops tools, the failover controller, the
  // key store, login and messaging dragged onto it. The same design
  // through the form (the test hook's presses) gives the same outcome,
  // and through Pangyo's fire messaging is not dark.
  for (const [name, ctxOpts] of [['laptop, mouse', {}], ['phone, touch', phone]]) {
    test(`${name}: Kakao's fix built by dragging parts onto the map equals the form's`, async (t) => {
      const { ctx, page, seen } = await open(t, env.browser, env.server.url, ctxOpts, '#sandbox&lang=en');
      const cdp = ctxOpts.hasTouch ? await ctx.newCDPSession(page) : null;
      const dragTo = async (from, to) => {
        if (cdp) return touch(cdp, from, to);
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await sleep(150);
        for (let i = 1; i <= 6; i++) {
          await page.mouse.move(from.x + ((to.x - from.x) * i) / 6, from.y + ((to.y - from.y) * i) / 6);
          await sleep(60);
        }
        await sleep(150);
        await page.mouse.up();
        await sleep(150);
      };
      // A tray part, paging through the service parts to find it.
      const part = async (id) => {
        for (let n = 0; n < 8; n++) {
          const c = await controls(page);
          if (c['sb-' + id]) return centre(c['sb-' + id]);
          const before = (await sb(page)).trayPage;
          await dragTo(centre(c['sb-tray-next']), centre(c['sb-tray-next']));
          await until(page, (p) => window.outageLab.state().sandbox.trayPage !== p, before);
        }
        assert.fail(`no ${id} in the tray`);
      };
      // South-east of Pangyo, inland on every screen's map.
      const site0 = centre(await widget(page, 'map-site-0'));
      await dragTo(await part('part-site'), { x: site0.x + 60, y: site0.y + 50 });
      await until(page, () => window.outageLab.state().sandbox.sites.length === 2);
      await screenshot(page, `sandbox-${cdp ? 'phone' : 'desktop'}-build-1-site`);
      const comps = ['ops', 'failover', 'keystore', 'auth', 'talk-msg'];
      const ids = (await sb(page)).comps.map((c) => c.id);
      for (const id of comps) {
        const i = ids.indexOf(id);
        const from = await part(`part-comp-${i}`);
        await dragTo(from, centre(await widget(page, 'map-site-1')));
        await until(page, (i) => window.outageLab.state().sandbox.comps[i].sites.length === 2, i);
      }
      const built = await sb(page);
      assert.match(built.note, /^Message send\/receive now has a copy in Data center 2/);
      // The map's corner button shows all of Korea, and closes in again.
      const apart = async () => {
        const [a, b] = [centre(await widget(page, 'map-site-0')), centre(await widget(page, 'map-site-1'))];
        return Math.hypot(a.x - b.x, a.y - b.y);
      };
      const near = await apart();
      const zoom = centre(await widget(page, 'map-zoom'));
      await dragTo(zoom, zoom);
      await until(page, () => window.outageLab.state().sandbox.mapWide);
      assert.ok(await apart() < near / 2, 'all of Korea draws the two sites closer');
      await dragTo(zoom, zoom);
      await until(page, () => !window.outageLab.state().sandbox.mapWide);
      assert.equal((await sb(page)).link, built.link, 'zooming changes no design');
      await screenshot(page, `sandbox-${cdp ? 'phone' : 'desktop'}-build-2-copies`);

      // The same through the form, in a fresh page.
      const form = (await open(t, env.browser, env.server.url, {}, '#sandbox&lang=en')).page;
      const press = (id) => form.evaluate((id) => window.outageLab.press(id), id);
      await press('tab-0');
      await press('site-add');
      await until(form, () => window.outageLab.state().sandbox.sites.length === 2);
      await press('tab-1');
      await until(form, () => window.outageLab.state().sandbox.tab === 1);
      for (const id of comps) {
        const i = ids.indexOf(id);
        await press(`comp-${i}-site-1`);
        await until(form, (i) => window.outageLab.state().sandbox.comps[i].sites.length === 2, i);
        for (let n = 0; n < 5 && (await sb(form)).comps[i].mode !== built.comps[i].mode; n++) {
          const was = (await sb(form)).comps[i].mode;
          await press(`comp-${i}-mode`);
          await until(form, ([i, m]) => window.outageLab.state().sandbox.comps[i].mode !== m, [i, was]);
        }
      }
      const f = await sb(form);
      assert.deepEqual(f.comps, built.comps, 'the same copies and modes');
      assert.equal(f.userHours, built.userHours, 'the same outcome');

      // Burn Pangyo: messaging holds.
      await page.evaluate(() => window.outageLab.startFire());
      await page.evaluate(() => { window.outageLab.pause(); window.outageLab.setTime(2); });
      await until(page, () => Math.abs(window.outageLab.state().hours - 2) < 1e-6);
      const talk = (await state(page)).apps.find((a) => a.id === 'talk');
      assert.notEqual(talk.status, 'down', 'KakaoTalk messaging works two hours into the fire');
      await screenshot(page, `sandbox-${cdp ? 'phone' : 'desktop'}-build-3-fire`);
      assert.deepEqual(seen.errors, []);
    });
  }

  test('keyboard only: Tab to the tray, Enter places a part, arrows move a site, Ctrl+Z undoes', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, {}, '#sandbox&lang=en');
    await page.focus('canvas');
    // Tab to the tray's data center and press Enter, as a keyboard user
    // would: a new site, picked; then a fire wall into it.
    const focusOn = async (id) => {
      for (let i = 0; i < 80; i++) {
        if ((await state(page)).focus === 'sb-' + id) return;
        await key(page, 'Tab', 120);
      }
      assert.fail(`Tab never reached ${id}`);
    };
    await focusOn('part-site');
    await key(page, 'Enter', 300);
    await until(page, () => window.outageLab.state().sandbox.sites.length === 2);
    await focusOn('part-wall');
    await key(page, 'Enter', 300);
    await until(page, () => window.outageLab.state().sandbox.sites[1].wall);
    assert.match((await sb(page)).note, /^Fire walls now close off /);
    await until(page, () => /Fire walls now close off /.test(document.getElementById('live').textContent));
    await focusOn('map-site-1');
    const lat = (await sb(page)).sites[1].lat;
    await key(page, 'ArrowUp', 300);
    await until(page, (lat) => window.outageLab.state().sandbox.sites[1].lat > lat, lat);
    await key(page, 'Control+z', 300);
    await until(page, (lat) => window.outageLab.state().sandbox.sites[1].lat === lat, lat);
    await key(page, 'Control+Shift+z', 300);
    await until(page, (lat) => window.outageLab.state().sandbox.sites[1].lat > lat, lat);
    await screenshot(page, 'sandbox-desktop-keyboard');
    assert.deepEqual(seen.errors, []);
  });

  test('phone, touch: a generator dragged into the building and out again, the clock kept', async (t) => {
    const { ctx, page, seen } = await open(t, env.browser, env.server.url, phone, '#sandbox&lang=en');
    const cdp = await ctx.newCDPSession(page);
    await touch(cdp, centre(await widget(page, 'tab-4')));
    await until(page, () => window.outageLab.state().sandbox.tab === 4);
    await page.evaluate(() => { window.outageLab.startFire(); window.outageLab.pause(); window.outageLab.setTime(1.5); });
    await until(page, () => window.outageLab.state().t === 5400);
    const room = async (id) => {
      const r = (await controls(page))['room-' + id];
      assert.ok(r, `the cut-away shows ${id}`);
      return centre(r);
    };
    await touch(cdp, centre(await widget(page, 'part-gen')), await room('gen-room'));
    await until(page, () => window.outageLab.state().sandbox.sites[0].generators === 1);
    let s = await sb(page);
    assert.equal(s.note, 'Generator added to Data center 1: 1 of 12.');
    assert.equal(s.tab, 4, 'the building stays on screen');
    assert.equal((await state(page)).t, 5400, 'the same moment of the fire');
    await screenshot(page, 'sandbox-phone-inside-generator');
    // Out of the building: taken away.
    await touch(cdp, await room('gen-room'), { x: 20, y: 20 });
    await until(page, () => window.outageLab.state().sandbox.sites[0].generators === 0);
    s = await sb(page);
    assert.equal(s.note, 'Generator taken out of Data center 1: 0 left.');
    assert.deepEqual(seen.errors, []);
  });

  test('phone: add a site and drag it across the map with a finger', async (t) => {
    const { ctx, page, seen } = await open(t, env.browser, env.server.url, phone, '#sandbox&lang=ko');
    const cdp = await ctx.newCDPSession(page);
    await screenshot(page, 'sandbox-phone-1-build');
    await touch(cdp, centre(await widget(page, 'part-site')));
    await until(page, () => window.outageLab.state().sandbox.sites.length === 2);
    const before = (await sb(page)).sites[1];
    const from = centre(await widget(page, 'map-site-1'));
    await touch(cdp, from, { x: from.x - 40, y: from.y + 30 });
    await until(page, (lon) => window.outageLab.state().sandbox.sites[1].lon < lon - 0.1, before.lon);
    const after = (await sb(page)).sites[1];
    assert.ok(after.lat < before.lat, 'dragged south');
    assert.match((await sb(page)).note, /[가-힣]/, 'messages in Korean');
    await screenshot(page, 'sandbox-phone-2-dragged');
    for (const [i, name] of [[0, 'sites'], [1, 'services'], [2, 'incident'], [3, 'start'], [4, 'inside']]) {
      await touch(cdp, centre(await widget(page, `tab-${i}`)));
      await until(page, (i) => window.outageLab.state().sandbox.tab === i, i);
      await screenshot(page, `sandbox-phone-${i + 2}-${name}`);
    }
    assert.deepEqual(seen.errors, []);
  });

  test('broken links say what is wrong and keep the autosaved design', async (t) => {
    const { ctx, page, seen } = await open(t, env.browser, env.server.url, {}, '#sandbox&lang=en');
    await page.evaluate(() => window.outageLab.press('part-site'));
    await until(page, () => window.outageLab.state().sandbox.sites.length === 2);
    const kept = (await sb(page)).link;
    const good = kept;
    const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
    const raw = Buffer.from(good, 'base64url');
    const cases = [
      ['mangled', good.slice(0, 20) + '!!' + good.slice(22), /damaged or cut short/],
      ['truncated', good.slice(0, good.length - 6), /damaged or cut short/],
      ['future version', b64(Buffer.concat([Buffer.from([9]), raw.subarray(1)])), /newer Outage Lab/],
      ['oversized', 'A'.repeat(20000), /too long/],
    ];
    for (const [name, link] of cases) {
      const p = await ctx.newPage();
      await p.goto(env.server.url + '#sandbox=' + link + '&lang=en');
      await p.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 90000 });
      const s = await sb(p);
      assert.match(s.note, cases.find((c) => c[0] === name)[2], name);
      assert.equal(s.bad, true, name);
      assert.equal(s.link, kept, `${name}: the autosaved design is open`);
      if (name === 'future version') await screenshot(p, 'sandbox-desktop-bad-link');
      await p.close();
    }
    assert.deepEqual(seen.errors, []);
  });

  test('save the design as a scenario file and open it again', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, {}, '#sandbox&lang=en');
    await page.evaluate(() => window.outageLab.press('part-wall'));
    await until(page, () => window.outageLab.state().sandbox.sites[0].wall);
    const want = await sb(page);
    await page.evaluate(() => window.outageLab.press('tab-3'));
    await until(page, () => window.outageLab.state().sandbox.tab === 3);
    await screenshot(page, 'sandbox-desktop-start-from');
    const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'export')]);
    assert.equal(download.suggestedFilename(), 'outagelab-design.json');
    const file = await download.path();
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(json.format, 'outagelab-scenario');

    // Start again from Naver's preset, then open the file.
    await page.evaluate(() => window.outageLab.press('base-3'));
    await until(page, () => window.outageLab.state().sandbox.base === 'naver2022');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, 'import')]);
    await chooser.setFiles(file);
    await until(page, () => window.outageLab.state().sandbox.base !== 'naver2022');
    const got = await sb(page);
    assert.equal(got.userHours, want.userHours);
    assert.equal(got.cost, want.cost);
    assert.match(got.note, /^Opened /);
    // A file that is not a scenario: a message, and the design stays.
    await page.evaluate(() => window.outageLab.importText('notes.txt', 'hello'));
    await until(page, () => /Cannot open/.test(window.outageLab.state().sandbox.note));
    assert.equal((await sb(page)).link, got.link);
    assert.deepEqual(seen.errors, []);
  });
});

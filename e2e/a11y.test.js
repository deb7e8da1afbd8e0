// Accessibility in the browser: axe-core finds no serious or critical
// violation, the aria-live region mirrors what the canvas shows, the
// whole story can be walked with the keyboard alone, and
// prefers-reduced-motion stills the flames.
//
//	node --test e2e/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { useExplainer, sleep, open, state, key, until } = require('./pages');

const axePath = path.join(__dirname, '..', 'node_modules', 'axe-core', 'axe.min.js');

async function axe(page) {
  await page.addScriptTag({ path: axePath });
  const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

const live = (page) => page.evaluate(() => document.getElementById('live').textContent);

test.describe('accessibility', () => {
  const env = useExplainer(test);

  test('axe-core finds nothing serious, in the story and the free view, in both languages', async (t) => {
    for (const fragment of ['#story=1&lang=en', '#story=4&lang=ko', '#explore&lang=en']) {
      const { page } = await open(t, env.browser, env.server.url, {}, fragment);
      await sleep(500);
      assert.deepEqual(await axe(page), [], fragment);
    }
    // The fallback page too.
    const { page } = await open(t, env.browser, env.server.url, {}, '#story=1');
    await page.evaluate(() => window.outageLabError && window.outageLabError('test'));
    assert.deepEqual(await axe(page), [], 'fallback');
  });

  test('the live region says what the canvas shows', async (t) => {
    const { page } = await open(t, env.browser, env.server.url, {}, '#story=1&lang=en');
    await page.waitForFunction(() => document.getElementById('live').textContent.length > 0);
    let text = await live(page);
    assert.match(text, /Step 1 of 11/);
    assert.match(text, /Every app works/);
    await page.evaluate(() => { window.outageLab.goStep(4); });
    await page.waitForFunction(() => /Step 4 of 11/.test(document.getElementById('live').textContent));
    text = await live(page);
    assert.match(text, /16:52/);
    assert.match(text, /Dark: KakaoTalk messaging/);
    await page.evaluate(() => { window.outageLab.setLang('ko'); });
    await page.waitForFunction(() => /4\/11단계/.test(document.getElementById('live').textContent));
    assert.match(await live(page), /먹통: 카카오톡 메시지/);
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return { tab: c.getAttribute('tabindex'), role: c.getAttribute('role'), label: c.getAttribute('aria-label') };
    });
    assert.equal(canvas.tab, '0');
    assert.equal(canvas.role, 'application');
    assert.ok(canvas.label.length > 10);
  });

  test('keyboard only: Tab into the page, walk every step, leave for the free view', async (t) => {
    const { page, seen } = await open(t, env.browser, env.server.url, {}, '');
    await key(page, 'Tab'); // focus the canvas from the page, no mouse
    await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'CANVAS');
    const steps = (await state(page)).steps;
    for (let step = 1; step < steps; step++) {
      assert.equal((await state(page)).step, step);
      await until(page, () => key(page, 'ArrowRight'), (n) => window.outageLab.state().step === n, step + 1);
    }
    // On the last step, Tab to Next and press Enter.
    for (let i = 0; i < 6; i++) {
      if ((await state(page)).focus === 'next') break;
      await key(page, 'Tab');
    }
    assert.equal((await state(page)).focus, 'next');
    await until(page, () => key(page, 'Enter'), () => window.outageLab.state().mode === 'explore');
    assert.deepEqual(seen.errors, []);
  });

  test('prefers-reduced-motion stills the flames', async (t) => {
    const frames = async (reduced) => {
      const { page } = await open(t, env.browser, env.server.url, { reducedMotion: reduced ? 'reduce' : 'no-preference' }, '#story=3&lang=en');
      await page.evaluate(() => window.outageLab.pause());
      await sleep(300);
      const a = await page.screenshot({ clip: { x: 330, y: 400, width: 600, height: 100 } });
      await sleep(700);
      const b = await page.screenshot({ clip: { x: 330, y: 400, width: 600, height: 100 } });
      return a.equals(b);
    };
    assert.equal(await frames(true), true, 'still with reduced motion');
    assert.equal(await frames(false), false, 'flames move otherwise');
  });
});

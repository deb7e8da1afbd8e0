// poster.js writes assets/poster.png: the explainer at the moment of the
// whole-building power cut, as the still picture the fallback page and
// link previews show. Run by `make poster` after visual changes.
'use strict';

const path = require('node:path');
const { buildWeb, serve, launch } = require('./harness');

(async () => {
  const dir = buildWeb('.');
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 675 } });
    await page.goto(server.url + '#explore&lang=en');
    await page.waitForFunction(() => window.outageLab && window.outageLab.ready && document.getElementById('loader').hidden, null, { timeout: 90000 });
    await page.evaluate(() => { window.outageLab.startFire(); });
    await page.waitForFunction(() => window.outageLab.state().fired);
    await page.evaluate(() => { window.outageLab.pause(); window.outageLab.setTime(1.7); });
    await page.waitForFunction(() => Math.abs(window.outageLab.state().hours - 1.7) < 1e-6);
    await new Promise((r) => setTimeout(r, 300));
    const out = path.join(__dirname, '..', 'assets', 'poster.png');
    await page.screenshot({ path: out });
    console.log('poster:', out);
  } finally {
    await browser.close();
    server.close();
  }
})().catch((err) => { console.error(err); process.exit(1); });

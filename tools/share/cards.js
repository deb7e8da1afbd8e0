// cards.js takes the sharing cards: for each preset and language, a
// 1200×630 PNG of the running explainer's free view on that preset at its
// telling moment, as link previews (Open Graph, Twitter) show it. Like
// e2e/poster.js it drives Debian's chromium through the page's test hook
// (window.outageLab); it then lays a band in large type over the caption
// and the controls (a still picture has no use for the buttons), so that
// the preset's title and what is happening stay readable at the size of
// a thumbnail in a feed.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { PNG } = require('pngjs');
const { card, cardName } = require('./meta');

const repo = path.resolve(__dirname, '..', '..');

// bandHeight covers the caption and the controls, which the landscape
// layout (game/ui/layout.go) puts in the bottom 11.7 units of the screen:
// 164 px at 1200×630.
const bandHeight = 164;

// moment returns the telling moment of a run from its report's entries
// (cmd/report -json): the first second at which the fewest of the
// operator's servers have power. In the fire presets that is the
// firefighters' whole-building power cut; in the others, the UPS running
// dry.
function moment(entries) {
  let at = -1;
  let fewest = Infinity;
  for (const e of entries) {
    if (e.kind !== 'servers') continue;
    const n = e.n || 0;
    if (n < fewest) {
      fewest = n;
      at = e.at;
    }
  }
  if (at < 0) throw new Error('cards: the report has no servers entries');
  return at;
}

// presets reads every preset's id, title and summary (both languages)
// from assets/scenarios, and its telling moment from the headless report.
function presets() {
  const dir = path.join(repo, 'assets', 'scenarios');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-report-'));
  const bin = path.join(tmp, 'report');
  try {
    execFileSync('go', ['build', '-o', bin, './cmd/report'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
    return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
      const s = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const report = JSON.parse(execFileSync(bin, ['-json', s.id], { encoding: 'utf8', maxBuffer: 64 << 20 }));
      return { id: s.id, title: s.title, summary: s.summary, at: moment(report.entries) };
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// waitFrames waits until the game has drawn n more frames, or has come
// to rest (it rests once what the last action changed is on the canvas
// and nothing moves), so that the change is on the canvas.
async function waitFrames(page, n) {
  const from = await page.evaluate(() => window.outageLab.state().frames);
  await page.waitForFunction((f) => { const s = window.outageLab.state(); return s.frames >= f || s.still; }, from + n, { timeout: 60000 });
}

// band lays the card's band over the bottom of the page: "Outage Lab",
// the preset's title (shrunk until it fits one line) and the caption on
// screen, its time in yellow; Korean breaks lines between words only. It
// runs in the page.
function band({ title, caption, lang, height }) {
  const el = document.createElement('div');
  el.id = 'share-card-band';
  el.lang = lang;
  el.style.cssText = `position:fixed;left:0;right:0;bottom:0;height:${height}px;z-index:30;` +
    'padding:14px 28px 0;background:var(--navy);border-top:3px solid var(--fire);' +
    'font-family:var(--sans);color:var(--ink);overflow:hidden;' +
    (lang === 'ko' ? 'word-break:keep-all;' : '');
  const kicker = document.createElement('div');
  kicker.textContent = 'Outage Lab';
  kicker.style.cssText = 'font-size:14px;font-weight:700;letter-spacing:.16em;text-transform:uppercase;color:var(--fire);line-height:1.2;';
  const head = document.createElement('div');
  head.textContent = title;
  head.style.cssText = 'font-size:38px;font-weight:800;line-height:1.2;margin-top:4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;letter-spacing:-.01em;';
  const text = document.createElement('div');
  text.style.cssText = 'font-size:26px;line-height:1.3;margin-top:4px;color:var(--ink);display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;';
  const cut = caption.indexOf(' — ');
  if (cut > 0) {
    const when = document.createElement('b');
    when.textContent = caption.slice(0, cut);
    when.style.color = 'var(--yellow)';
    text.append(when, caption.slice(cut));
  } else {
    text.textContent = caption;
  }
  el.append(kicker, head, text);
  document.body.append(el);
  for (let px = 38; px > 22 && head.scrollWidth > head.clientWidth; px -= 1) head.style.fontSize = px + 'px';
}

// take photographs the page, which shows preset p's free view with the
// fire started and paused, in language lang at the preset's moment, and
// returns the PNG (recompressed) and the card's alternative text.
async function take(page, p, lang) {
  await page.evaluate(({ lang, h }) => {
    const o = window.outageLab;
    o.pause();
    o.setLang(lang);
    o.setTime(h);
  }, { lang, h: (p.at + 30) / 3600 });
  await page.waitForFunction(({ lang, h }) => {
    const s = window.outageLab.state();
    return s.lang === lang && Math.abs(s.hours - h) < 1e-3;
  }, { lang, h: (p.at + 30) / 3600 });
  await waitFrames(page, 20);
  const caption = await page.evaluate(() => window.outageLab.state().caption);
  await page.evaluate(band, { title: p.title[lang], caption, lang, height: bandHeight });
  const shot = await page.screenshot();
  await page.evaluate(() => document.getElementById('share-card-band').remove());
  return { png: recompress(shot), alt: `${p.title[lang]}. ${caption}` };
}

// recompress writes a PNG again at zlib's best compression with a filter
// chosen per row: Chromium writes its screenshots fast, not small.
function recompress(buf) {
  const img = PNG.sync.read(buf);
  return PNG.sync.write(img, { deflateLevel: 9, filterType: -1, colorType: 2, inputColorType: 6 });
}

// takeCards writes a card for each preset in list and each language in
// langs into out, from the explainer served at url, with browser (a
// playwright-core browser). It returns, per card, its file, size, caption
// and alternative text.
async function takeCards({ browser, url, list, langs, out }) {
  const made = [];
  for (const p of list) {
    const ctx = await browser.newContext({ viewport: { width: card.width, height: card.height }, reducedMotion: 'reduce' });
    try {
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${url}#scenario=${encodeURIComponent(p.id)}&lang=${langs[0]}`);
      await page.waitForFunction(() => window.outageLab && window.outageLab.ready && document.getElementById('loader').hidden, null, { timeout: 180000 });
      const shown = await page.evaluate(() => window.outageLab.state().shownScenario);
      if (shown !== p.id) throw new Error(`cards: the page shows ${shown}, not ${p.id}`);
      await page.evaluate(() => {
        const o = window.outageLab;
        o.startFire();
        o.pause();
      });
      await page.waitForFunction(() => window.outageLab.state().fired, null, { timeout: 60000 });
      for (const lang of langs) {
        const { png, alt } = await take(page, p, lang);
        const file = path.join(out, cardName(p.id, lang));
        fs.writeFileSync(file, png);
        made.push({ id: p.id, lang, file, bytes: png.length, alt });
      }
      if (errors.length) throw new Error(`cards: ${p.id}: ${errors.join('; ')}`);
    } finally {
      await ctx.close();
    }
  }
  return made;
}

module.exports = { moment, presets, takeCards, bandHeight };

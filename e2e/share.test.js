// Tests of the sharing step of `make dist` (tools/share): the tags and
// oEmbed documents on their own, then the real script on a built folder,
// taking one card (the page's: Kakao, English), and the stamped page in
// the browser.
//
//	node --test --test-concurrency=1 e2e/share.test.js
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { buildWeb, serve, launch, watch, decodePNG, colours } = require('./harness');
const meta = require('../tools/share/meta');
const { moment } = require('../tools/share/cards');

const repo = path.resolve(__dirname, '..');
const base = 'https://news.example/outagelab/';

// head returns the page's sharing tags: {property or name: content} and
// the oEmbed link's href and title.
function head(html) {
  const tags = {};
  for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) tags[m[1]] = m[2];
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/.exec(html);
  return { tags, oembed: link && { href: link[1], title: link[2] } };
}

const words = { id: 'kakao2022', lang: 'en', title: 'A "quoted" & <odd> title', description: 'D', alt: 'A' };

test('without a public URL the page gets no absolute URL and no image or oEmbed link', () => {
  const html = meta.stamp('<html><head><title>x</title></head><body></body></html>', meta.tags(words, ''));
  const { tags, oembed } = head(html);
  assert.equal(tags['og:title'], 'A &quot;quoted&quot; &amp; &lt;odd&gt; title');
  assert.equal(tags['twitter:card'], 'summary_large_image');
  assert.equal(tags['og:locale'], 'en_US');
  assert.equal(tags['og:locale:alternate'], 'ko_KR');
  assert.equal(tags['og:image'], undefined);
  assert.equal(oembed, null);
  assert.doesNotMatch(html, /https?:/);
  assert.ok(html.indexOf('og:title') < html.indexOf('</head>'), 'the tags are in the head');
  assert.throws(() => meta.stamp(html, meta.tags(words, '')), /already/);
  assert.throws(() => meta.stamp('<p>no head</p>', []), /no <\/head>/);
});

test('the public URL must be absolute http(s) and gets a trailing slash', () => {
  assert.equal(meta.publicBase('https://news.example/outagelab'), base);
  assert.equal(meta.publicBase('https://news.example/outagelab/?x=1#y'), base);
  assert.equal(meta.publicBase(''), '');
  assert.throws(() => meta.publicBase('news.example/outagelab/'), /absolute/);
  assert.throws(() => meta.publicBase('ftp://news.example/'), /http/);
});

test('the telling moment is the first moment the fewest servers have power', () => {
  const at = moment([
    { kind: 'ignition', at: 0 },
    { kind: 'servers', at: 480, n: 9100 },
    { kind: 'servers', at: 5580, n: 4300 },
    { kind: 'servers', at: 36660, n: 9100 },
    { kind: 'servers', at: 90000, n: 4300 },
  ]);
  assert.equal(at, 5580);
  assert.equal(moment([{ kind: 'servers', at: 10, n: 5 }, { kind: 'servers', at: 3900 }]), 3900, 'no n is none with power');
  assert.throws(() => moment([{ kind: 'ignition', at: 0 }]), /no servers/);
});

test.describe('make dist sharing step', () => {
  let dir, server, browser;
  test.before(async () => {
    dir = buildWeb('.');
    execFileSync('node', ['tools/share/share.js', '-dist', dir, '-url', 'https://news.example/outagelab',
      '-only', 'kakao2022', '-langs', 'en'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'], timeout: 600000 });
    server = await serve(dir);
    browser = await launch();
  });
  test.after(async () => {
    await browser?.close();
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  // local maps a public URL to the file in the folder it names.
  function local(url) {
    assert.ok(url.startsWith(base), `${url} is under the public URL`);
    const file = path.join(dir, decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length)));
    assert.ok(fs.existsSync(file), `${url} names a file in the folder`);
    return file;
  }

  test('index.html points at a 1200×630 card of the power cut and an oEmbed document that exist', () => {
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const { tags, oembed } = head(html);
    for (const k of ['og:title', 'og:description', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'og:locale', 'og:url']) {
      assert.ok(tags[k], `${k} is set`);
    }
    assert.equal(tags['og:title'], 'Kakao, 15 October 2022: the Pangyo data-center fire');
    assert.equal(tags['og:url'], base);
    assert.equal(tags['twitter:card'], 'summary_large_image');
    assert.equal(tags['og:locale:alternate'], 'ko_KR');
    assert.match(tags['og:image:alt'], /16:52/, 'the card shows the 16:52 power cut');

    const card = fs.readFileSync(local(tags['og:image']));
    const png = decodePNG(card);
    assert.deepEqual([png.width, png.height], [1200, 630]);
    assert.deepEqual([Number(tags['og:image:width']), Number(tags['og:image:height'])], [1200, 630]);
    assert.ok(colours(card) > 50, 'the card is a picture, not a blank canvas');
    assert.ok(card.length < 200 * 1024, `the card is small enough for a feed (${card.length} bytes)`);

    assert.ok(oembed, 'the oEmbed discovery link is there');
    const doc = JSON.parse(fs.readFileSync(local(oembed.href), 'utf8'));
    assert.equal(doc.type, 'rich');
    assert.equal(doc.version, '1.0');
    assert.equal(doc.provider_name, 'Outage Lab');
    assert.equal(doc.title, tags['og:title']);
    assert.ok(doc.width > 0 && doc.height > 0);
    const iframe = /^<iframe ([^>]*)><\/iframe>$/.exec(doc.html);
    assert.ok(iframe, doc.html);
    assert.match(iframe[1], new RegExp(`src="${base}\\?embed=1&amp;lang=en"`));
    assert.match(iframe[1], /title="[^"]+"/);
    assert.match(iframe[1], /loading="lazy"/);
    assert.match(iframe[1], /allow="fullscreen"/);
    assert.equal(decodePNG(fs.readFileSync(local(doc.thumbnail_url))).width, doc.thumbnail_width);
    assert.equal(doc.thumbnail_height, 630);
    assert.ok(!fs.existsSync(path.join(dir, 'oembed-ko.json')), 'no Korean document without a Korean card');

    assert.equal(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'index.html.br'))).toString(), html, 'index.html.br is the stamped page');
    assert.equal(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'index.html.gz'))).toString(), html, 'index.html.gz is the stamped page');
  });

  test('the stamped page runs and fetches nothing from the public URL', async (t) => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    t.after(() => ctx.close());
    const page = await ctx.newPage();
    const seen = watch(page, server.url);
    await page.goto(server.url);
    await page.waitForFunction(() => window.outageLab && window.outageLab.ready, null, { timeout: 120000 });
    assert.equal(await page.getAttribute('meta[property="og:image"]', 'content'), base + 'card-kakao2022-en.png');
    assert.deepEqual(seen.foreign, []);
    assert.deepEqual(seen.errors, []);
  });
});

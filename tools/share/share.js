// share.js adds what link previews and embeds need to a static folder
// built by `make dist`:
//
//	node tools/share/share.js -dist dist [-url https://news.example/outagelab/] [-only kakao2022] [-langs en]
//
// It takes the sharing cards (card-<preset>-<lang>.png, see cards.js)
// from the folder's own page, then writes the sharing tags into
// index.html (and its .gz and .br again) and, with a public URL, the
// oEmbed documents oembed.json (English) and oembed-ko.json. Open Graph
// and oEmbed need absolute URLs: without -url the image, the page's URL
// and the oEmbed link are left out, and it says so. The shared page is
// the Kakao preset's; -only and -langs take fewer cards (the tests).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { serve, launch } = require('../../e2e/harness');
const { presets, takeCards } = require('./cards');
const meta = require('./meta');

// shared is the preset and language the page's tags describe.
const shared = { id: 'kakao2022', lang: 'en' };

function args(argv) {
  const o = { dist: '', url: '', only: [], langs: ['en', 'ko'] };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (v === undefined) throw new Error(`share: ${k} needs a value`);
    if (k === '-dist') o.dist = v;
    else if (k === '-url') o.url = v;
    else if (k === '-only') o.only = v.split(',').filter(Boolean);
    else if (k === '-langs') o.langs = v.split(',').filter(Boolean);
    else throw new Error(`share: unknown flag ${k}`);
  }
  if (!o.dist) throw new Error('usage: share.js -dist DIR [-url URL] [-only ids] [-langs en,ko]');
  for (const l of o.langs) if (l !== 'en' && l !== 'ko') throw new Error(`share: no language ${l}`);
  return o;
}

// compress writes file's .gz and .br beside it, as `make web` does.
function compress(file) {
  const raw = fs.readFileSync(file);
  fs.writeFileSync(file + '.gz', zlib.gzipSync(raw, { level: 9 }));
  fs.writeFileSync(file + '.br', zlib.brotliCompressSync(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
  }));
}

// cards serves dist (through a link in a temporary directory, so that
// the server's binary lands there) and takes the cards into it.
async function cards(dist, list, langs) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outagelab-share-'));
  const site = path.join(tmp, 'site');
  fs.symlinkSync(dist, site);
  const server = await serve(site);
  const browser = await launch();
  try {
    return await takeCards({ browser, url: server.url, list, langs, out: dist });
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const o = args(process.argv.slice(2));
  const dist = path.resolve(o.dist);
  const base = meta.publicBase(o.url);
  const all = presets();
  const list = o.only.length ? all.filter((p) => o.only.includes(p.id)) : all;
  if (list.length !== (o.only.length || all.length)) throw new Error(`share: unknown preset in ${o.only.join(',')}`);
  const made = await cards(dist, list, o.langs);
  for (const c of made) console.log(`share: ${path.basename(c.file)} ${c.bytes} bytes`);

  const kakao = all.find((p) => p.id === shared.id);
  const langs = o.langs.filter((l) => made.some((c) => c.id === shared.id && c.lang === l));
  if (!langs.includes(shared.lang)) throw new Error(`share: the page's card (${shared.id}, ${shared.lang}) was not taken`);
  const words = (lang) => ({
    id: shared.id,
    lang,
    title: kakao.title[lang],
    description: kakao.summary[lang],
    alt: made.find((c) => c.id === shared.id && c.lang === lang).alt,
  });
  const index = path.join(dist, 'index.html');
  fs.writeFileSync(index, meta.stamp(fs.readFileSync(index, 'utf8'), meta.tags(words(shared.lang), base)));
  compress(index);
  if (!base) {
    console.log('share: no PUBLIC_URL, so og:image, og:url and oEmbed are left out (they need absolute URLs):\n' +
      'share:   make dist PUBLIC_URL=https://YOUR-HOST/outagelab/');
    return;
  }
  for (const lang of langs) {
    const file = path.join(dist, meta.oembedName(lang));
    fs.writeFileSync(file, JSON.stringify(meta.oembed(words(lang), base), null, 2) + '\n');
    console.log(`share: ${path.basename(file)}`);
  }
}

main().catch((err) => {
  console.error(err.message || err);
  process.exit(1);
});

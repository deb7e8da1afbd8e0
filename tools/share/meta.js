// meta.js makes the page's sharing tags (Open Graph, Twitter card, oEmbed
// discovery) and the oEmbed documents for a static folder built by
// `make dist`. Everything here is pure: no files, no network, so the tests
// can check it on its own.
'use strict';

// Card size in pixels: the size Open Graph and Twitter's large summary
// card show best.
const card = { width: 1200, height: 630 };

// The embed's frame in the oEmbed documents: 16:9 at the width from
// which the explainer lays itself out for a laptop (index.html asks
// pym.js for the portrait layout below 960 px).
const frame = { width: 960, height: 540 };

// Open Graph locales of the two languages.
const locales = { en: 'en_US', ko: 'ko_KR' };

// cardName is the file name of the card of preset id in language lang.
function cardName(id, lang) {
  return `card-${id}-${lang}.png`;
}

// oembedName is the file name of the oEmbed document in language lang.
function oembedName(lang) {
  return lang === 'en' ? 'oembed.json' : `oembed-${lang}.json`;
}

// publicBase checks a public URL (where the folder will be served) and
// returns it ending in "/", or "" for none. Anything but an absolute
// http(s) URL is an error: Open Graph and oEmbed need absolute URLs.
function publicBase(url) {
  if (!url) return '';
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`PUBLIC_URL ${JSON.stringify(url)} is not an absolute URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new Error(`PUBLIC_URL ${JSON.stringify(url)} is not http(s)`);
  }
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// escape makes s safe inside an HTML attribute or text.
function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => escapes[c]);
}

// embedURL is the page's URL for an iframe in language lang.
function embedURL(base, lang) {
  return `${base}?embed=1&lang=${lang}`;
}

// tags returns the <meta> and <link> elements for the page's <head>:
// title, description and locales always; the image, the page's URL and
// the oEmbed link only with a public base, as Open Graph and oEmbed
// consumers need absolute URLs. s is {title, description, alt, id, lang}:
// the shared preset's words and the card's alternative text.
function tags(s, base) {
  const other = s.lang === 'en' ? 'ko' : 'en';
  const out = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Outage Lab'],
    ['property', 'og:title', s.title],
    ['property', 'og:description', s.description],
    ['property', 'og:locale', locales[s.lang]],
    ['property', 'og:locale:alternate', locales[other]],
    ['name', 'twitter:card', 'summary_large_image'],
  ].map(([k, name, v]) => `<meta ${k}="${name}" content="${escape(v)}">`);
  if (base) {
    out.push(
      ...[
        ['property', 'og:url', base],
        ['property', 'og:image', base + cardName(s.id, s.lang)],
        ['property', 'og:image:type', 'image/png'],
        ['property', 'og:image:width', String(card.width)],
        ['property', 'og:image:height', String(card.height)],
        ['property', 'og:image:alt', s.alt],
        ['name', 'twitter:image:alt', s.alt],
      ].map(([k, name, v]) => `<meta ${k}="${name}" content="${escape(v)}">`),
      `<link rel="alternate" type="application/json+oembed" href="${escape(base + oembedName(s.lang))}" title="${escape(s.title)}">`,
    );
  }
  return out;
}

// stamp puts the tags into html's <head>, just before </head>, each on
// its own line. It fails on a page without </head> or one stamped before.
function stamp(html, lines) {
  if (/<meta property="og:/.test(html)) throw new Error('stamp: the page already has sharing tags');
  const i = html.indexOf('</head>');
  if (i < 0) throw new Error('stamp: the page has no </head>');
  const block = '<!-- Sharing tags, written by make dist (tools/share). -->\n' + lines.join('\n') + '\n';
  return html.slice(0, i) + block + html.slice(i);
}

// oembed returns the oEmbed document (type rich) that embeds the
// explainer in language s.lang from base, with the card as thumbnail.
function oembed(s, base) {
  const src = embedURL(base, s.lang);
  return {
    type: 'rich',
    version: '1.0',
    title: s.title,
    provider_name: 'Outage Lab',
    provider_url: base,
    html: `<iframe src="${escape(src)}" title="${escape('Outage Lab: ' + s.title)}" width="${frame.width}" height="${frame.height}" ` +
      `loading="lazy" allow="fullscreen" style="border:0;max-width:100%"></iframe>`,
    width: frame.width,
    height: frame.height,
    thumbnail_url: base + cardName(s.id, s.lang),
    thumbnail_width: card.width,
    thumbnail_height: card.height,
  };
}

module.exports = { card, frame, cardName, oembedName, publicBase, escape, tags, stamp, oembed };

// Writes assets/map/europe.json, the map of north-west Europe that the
// OVHcloud (Strasbourg) and Telegram (Amsterdam) presets are drawn on,
// from Natural Earth's 1:50m countries as the world-atlas npm package
// ships them. Run from the repository's root:
//
//	npm install --no-save world-atlas@2.0.2 topojson-client@3.1.0
//	node tools/mapdata/europe.js > assets/map/europe.json
//	go test ./game/geo -run TestMapsAreBaked -update
//
// Each country is clipped to a box larger than any view of it, each ring
// simplified by Douglas-Peucker (0.025 degree on cos(50°)-scaled
// longitude), and islands under 0.05 square degrees are dropped.
'use strict';

const world = require('world-atlas/countries-50m.json');
const { feature } = require('topojson-client');

const box = { minLon: -2, minLat: 44.5, maxLon: 14, maxLat: 54.8 };
const tolerance = 0.025;
const minArea = 0.05;
const shrink = Math.cos(50 * Math.PI / 180);

// The countries drawn, by ISO 3166 numeric code (world-atlas's ids),
// with their alpha-2 code and names.
const countries = {
  250: ['FR', 'France', '프랑스'],
  276: ['DE', 'Germany', '독일'],
  56: ['BE', 'Belgium', '벨기에'],
  528: ['NL', 'Netherlands', '네덜란드'],
  442: ['LU', 'Luxembourg', '룩셈부르크'],
  756: ['CH', 'Switzerland', '스위스'],
  40: ['AT', 'Austria', '오스트리아'],
  380: ['IT', 'Italy', '이탈리아'],
  826: ['GB', 'United Kingdom', '영국'],
  208: ['DK', 'Denmark', '덴마크'],
  203: ['CZ', 'Czechia', '체코'],
  438: ['LI', 'Liechtenstein', '리히텐슈타인'],
};

const places = [
  { id: 'strasbourg', name: 'Strasbourg', nameKo: '스트라스부르', kind: 'city', lon: 7.752, lat: 48.573 },
  { id: 'paris', name: 'Paris', nameKo: '파리', kind: 'city', lon: 2.352, lat: 48.857 },
  { id: 'brussels', name: 'Brussels', nameKo: '브뤼셀', kind: 'city', lon: 4.352, lat: 50.847 },
  { id: 'luxembourg', name: 'Luxembourg', nameKo: '룩셈부르크', kind: 'city', lon: 6.13, lat: 49.612 },
  { id: 'frankfurt', name: 'Frankfurt', nameKo: '프랑크푸르트', kind: 'city', lon: 8.682, lat: 50.111 },
  { id: 'amsterdam', name: 'Amsterdam', nameKo: '암스테르담', kind: 'city', lon: 4.904, lat: 52.368 },
  { id: 'zurich', name: 'Zurich', nameKo: '취리히', kind: 'city', lon: 8.541, lat: 47.377 },
];

// clip cuts a ring to the box (Sutherland-Hodgman, one edge at a time).
function clip(ring) {
  const edges = [
    [(p) => p[0] >= box.minLon, (a, b) => cut(a, b, 0, box.minLon)],
    [(p) => p[0] <= box.maxLon, (a, b) => cut(a, b, 0, box.maxLon)],
    [(p) => p[1] >= box.minLat, (a, b) => cut(a, b, 1, box.minLat)],
    [(p) => p[1] <= box.maxLat, (a, b) => cut(a, b, 1, box.maxLat)],
  ];
  let out = ring;
  for (const [inside, meet] of edges) {
    const src = out;
    out = [];
    for (let i = 0; i < src.length; i++) {
      const a = src[(i + src.length - 1) % src.length];
      const b = src[i];
      if (inside(b)) {
        if (!inside(a)) out.push(meet(a, b));
        out.push(b);
      } else if (inside(a)) {
        out.push(meet(a, b));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function cut(a, b, k, v) {
  const t = (v - a[k]) / (b[k] - a[k]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

// simplify is Douglas-Peucker on a closed ring, in scaled degrees.
function simplify(ring) {
  const pts = ring.map((p) => [p[0] * shrink, p[1], p]);
  const keep = new Array(pts.length).fill(false);
  keep[0] = keep[pts.length - 1] = true;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let best = -1;
    let far = 0;
    for (let k = i + 1; k < j; k++) {
      const d = distance(pts[k], pts[i], pts[j]);
      if (d > far) { far = d; best = k; }
    }
    if (far > tolerance) {
      keep[best] = true;
      stack.push([i, best], [best, j]);
    }
  }
  return pts.filter((_, i) => keep[i]).map((p) => p[2]);
}

function distance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s / 2);
}

const round = (x) => Math.round(x * 1000) / 1000;

const regions = [];
for (const f of feature(world, world.objects.countries).features) {
  const c = countries[Number(f.id)];
  if (!c) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = [];
  for (const poly of polys) {
    let ring = poly[0].slice(0, -1); // outer ring; the closing point is implied
    ring = clip(ring);
    if (ring.length < 3 || area(ring) < minArea) continue;
    ring = simplify([...ring, ring[0]]).slice(0, -1).map((p) => [round(p[0]), round(p[1])]);
    ring = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
    if (ring.length >= 3) rings.push(ring);
  }
  rings.sort((a, b) => area(b) - area(a));
  if (rings.length) regions.push({ id: c[0], name: c[1], nameKo: c[2], rings });
}
regions.sort((a, b) => a.id.localeCompare(b.id));

const source = 'Natural Earth 1:50m Admin 0 countries v4.1.0 (public domain) via the world-atlas 2.0.2 npm package; '
  + `clipped to ${box.minLon}..${box.maxLon}° E, ${box.minLat}..${box.maxLat}° N; Douglas-Peucker simplified, ${tolerance} degree tolerance on cos(50°)-scaled longitude; `
  + `islands under ${minArea} square degrees dropped; written by tools/mapdata/europe.js. See LICENSE-MAP.txt.`;

const lines = ['{', `  "source": ${JSON.stringify(source)},`, '  "regions": ['];
regions.forEach((r, i) => {
  lines.push(`    {"id": ${JSON.stringify(r.id)}, "name": ${JSON.stringify(r.name)}, "nameKo": ${JSON.stringify(r.nameKo)}, "rings": [`);
  r.rings.forEach((ring, j) => lines.push('      ' + JSON.stringify(ring) + (j < r.rings.length - 1 ? ',' : '')));
  lines.push('    ]}' + (i < regions.length - 1 ? ',' : ''));
});
lines.push('  ],', '  "places": [');
places.forEach((p, i) => lines.push('    ' + JSON.stringify(p) + (i < places.length - 1 ? ',' : '')));
lines.push('  ]', '}');
process.stdout.write(lines.join('\n') + '\n');

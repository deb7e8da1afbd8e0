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
const { regions, write } = require('./shape');

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

const opts = { box, tolerance, minArea, shrink };
const source = 'Natural Earth 1:50m Admin 0 countries v4.1.0 (public domain) via the world-atlas 2.0.2 npm package; '
  + `clipped to ${box.minLon}..${box.maxLon}° E, ${box.minLat}..${box.maxLat}° N; Douglas-Peucker simplified, ${tolerance} degree tolerance on cos(50°)-scaled longitude; `
  + `islands under ${minArea} square degrees dropped; written by tools/mapdata/europe.js. See LICENSE-MAP.txt.`;

write(source, regions(world, 'countries', countries, opts), places);

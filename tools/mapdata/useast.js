// Writes assets/map/useast.json, the map of the eastern United States
// that the AWS us-east-1 (Northern Virginia) preset is drawn on, from
// the US Census Bureau's 2017 cartographic state boundaries (1:10m) as
// the us-atlas npm package ships them. Run from the repository's root:
//
//	npm install --no-save us-atlas@3.0.1 topojson-client@3.1.0
//	node tools/mapdata/useast.js > assets/map/useast.json
//	go test ./game/geo -run TestMapsAreBaked -update
//
// Each state is clipped to a box larger than any view of it, each ring
// simplified by Douglas-Peucker (0.015 degree on cos(38°)-scaled
// longitude), and islands under 0.01 square degrees are dropped.
'use strict';

const states = require('us-atlas/states-10m.json');
const { regions, write } = require('./shape');

const box = { minLon: -79.5, minLat: 37.5, maxLon: -75.5, maxLat: 40.5 };
const tolerance = 0.015;
const minArea = 0.01;
const shrink = Math.cos(38 * Math.PI / 180);

// The states drawn, by FIPS code (us-atlas's ids), with their postal
// code and names.
const drawn = {
  '51': ['VA', 'Virginia', '버지니아'],
  '24': ['MD', 'Maryland', '메릴랜드'],
  '11': ['DC', 'District of Columbia', '워싱턴 D.C.'],
  '54': ['WV', 'West Virginia', '웨스트버지니아'],
  '42': ['PA', 'Pennsylvania', '펜실베이니아'],
  '10': ['DE', 'Delaware', '델라웨어'],
};

const places = [
  { id: 'ashburn', name: 'Ashburn', nameKo: '애슈번', kind: 'city', lon: -77.487, lat: 39.044 },
  { id: 'washington', name: 'Washington', nameKo: '워싱턴', kind: 'city', lon: -77.037, lat: 38.907 },
];

const opts = { box, tolerance, minArea, shrink };
const source = 'US Census Bureau cartographic boundary files 2017, states 1:10m (public domain) via the us-atlas 3.0.1 npm package; '
  + `clipped to ${-box.minLon}..${-box.maxLon}° W, ${box.minLat}..${box.maxLat}° N; Douglas-Peucker simplified, ${tolerance} degree tolerance on cos(38°)-scaled longitude; `
  + `islands under ${minArea} square degrees dropped; written by tools/mapdata/useast.js. See LICENSE-MAP.txt.`;

write(source, regions(states, 'states', drawn, opts), places);

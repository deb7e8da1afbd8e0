// diff.js compares two folders of screenshots from shots.js pixel for
// pixel:
//
//	node tools/shots/diff.js BEFORE AFTER
//
// It prints each PNG that differs with its count of differing pixels and
// their bounding box (x, y, width, height), and each PNG found in only
// one folder. It exits 0 when every picture is the same, 1 when any
// differs or is missing, and 2 on bad arguments.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

// compare returns how the decoded images a and b differ: null when they
// are the same, else { size } for a change of size or { pixels, box }.
function compare(a, b) {
  if (a.width !== b.width || a.height !== b.height) {
    return { size: `${a.width}x${a.height} -> ${b.width}x${b.height}` };
  }
  let pixels = 0;
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] ||
          a.data[i + 2] !== b.data[i + 2] || a.data[i + 3] !== b.data[i + 3]) {
        pixels++;
        x0 = Math.min(x0, x); y0 = Math.min(y0, y);
        x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      }
    }
  }
  if (pixels === 0) return null;
  return { pixels, box: { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 } };
}

const pngs = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.png')).sort();

function main() {
  const [before, after] = process.argv.slice(2);
  if (!before || !after || process.argv.length !== 4) {
    console.error('usage: node tools/shots/diff.js BEFORE AFTER');
    process.exit(2);
  }
  const a = pngs(before), b = pngs(after);
  const inB = new Set(b);
  let bad = 0, same = 0;
  for (const f of a.filter((f) => !inB.has(f))) {
    console.log(`${f}: missing from ${after}`);
    bad++;
  }
  for (const f of b.filter((f) => !a.includes(f))) {
    console.log(`${f}: missing from ${before}`);
    bad++;
  }
  for (const f of a.filter((f) => inB.has(f))) {
    const d = compare(PNG.sync.read(fs.readFileSync(path.join(before, f))),
      PNG.sync.read(fs.readFileSync(path.join(after, f))));
    if (!d) {
      same++;
    } else if (d.size) {
      console.log(`${f}: size ${d.size}`);
      bad++;
    } else {
      console.log(`${f}: ${d.pixels} pixels differ in x=${d.box.x} y=${d.box.y} w=${d.box.w} h=${d.box.h}`);
      bad++;
    }
  }
  console.log(`diff: ${same} same, ${bad} different or missing`);
  process.exit(bad ? 1 : 0);
}

main();

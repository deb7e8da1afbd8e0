// wasmSize reads a Go WebAssembly binary built without -s -w (so it keeps
// its "name" section) and returns its section sizes and the code size of
// each Go package, from each function body's size and its name. `go tool
// nm` does not read WebAssembly, hence this. Data (embedded files, type
// data, the pc tables) is one section with no names, so it is only a total.
'use strict';

const fs = require('node:fs');

// wasmSize returns {sections: {code, data, other}, packages: Map(pkg → bytes)}.
function wasmSize(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32LE(0) !== 0x6d736100) throw new Error(`wasmsize: ${file} is not WebAssembly`);
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do {
      x = b[p++];
      r += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return r;
  };
  const str = () => {
    const n = leb();
    const s = b.toString('utf8', p, p + n);
    p += n;
    return s;
  };
  const sections = { code: 0, data: 0, other: 0 };
  let imported = 0;
  const bodies = []; // size of each defined function's body
  const names = new Map(); // function index → name
  while (p < b.length) {
    const id = b[p++];
    const size = leb();
    const end = p + size;
    if (id === 10) sections.code += size;
    else if (id === 11) sections.data += size;
    else sections.other += size;
    if (id === 2) { // imports: count the functions, which come first in the index space
      for (let n = leb(); n > 0; n--) {
        str();
        str();
        const kind = b[p++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 3) { p += 2; }
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const len = leb();
        bodies.push(len);
        p += len;
      }
    } else if (id === 0) {
      const name = str();
      if (name === 'name') {
        while (p < end) {
          const sub = b[p++];
          const len = leb();
          const subEnd = p + len;
          if (sub === 1) {
            for (let n = leb(); n > 0; n--) {
              const idx = leb();
              names.set(idx, str());
            }
          }
          p = subEnd;
        }
      }
    }
    p = end;
  }
  const packages = new Map();
  bodies.forEach((len, i) => {
    const pkg = packageOf(names.get(imported + i) || '?');
    packages.set(pkg, (packages.get(pkg) || 0) + len);
  });
  return { sections, packages, named: names.size > 0 };
}

// packageOf turns a function name in Go's WebAssembly name section, where
// "/", "(", ")" and "*" are written "_", into its package path:
// "outagelab_game.__Game_.Draw" → "outagelab/game",
// "github.com_hajimehoshi_ebiten_v2.init" → "github.com/hajimehoshi/ebiten/v2".
function packageOf(sym) {
  // Skip the dots of a module path's domain.
  const domain = /^(github\.com|golang\.org|gopkg\.in|go\.yaml\.in|google\.golang\.org)_/.exec(sym);
  const dot = sym.indexOf('.', domain ? domain[0].length : 0);
  const pkg = dot < 0 ? sym : sym.slice(0, dot);
  if (pkg.startsWith('type:') || pkg === 'type_' || pkg === 'go:') return '(type and runtime tables)';
  // "-" is written "_" too; put back the one module path here that has it.
  return pkg.replace(/_/g, '/').replace(/^github\.com\/go\/text\//, 'github.com/go-text/');
}

// moduleOf groups a package path under its module, or "std" for the
// standard library.
function moduleOf(pkg) {
  const parts = pkg.split('/');
  if (!parts[0].includes('.')) return parts[0] === 'outagelab' ? 'outagelab' : parts[0].startsWith('(') ? pkg : 'std';
  if (parts[0] === 'github.com' && parts[1] === 'hajimehoshi') return parts.slice(0, 4).join('/');
  return parts.slice(0, 3).join('/');
}

module.exports = { wasmSize, packageOf, moduleOf };

// Size of the core bundle: dist/index.js and what it imports statically, minified by esbuild and
// gzipped; the chunks it loads on first use (each group's request schemas, the operation index)
// are left out and measured apart. Prints one JSON line of byte counts.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
// Modules loaded on first use (each group's schemas, the operation index) stay out of the core.
const lazyExternal = {
  name: 'lazy-external',
  setup(on) {
    on.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};
const result = await build({
  entryPoints: [join(dist, 'index.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  plugins: [lazyExternal],
});
const code = result.outputFiles[0].contents;
const schemaFiles = readdirSync(join(dist, 'chunks')).filter((f) => !f.startsWith('chunk-'));
const schemas = schemaFiles.map((f) => readFileSync(join(dist, 'chunks', f)));
console.log(
  JSON.stringify({
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    schemas_gzipped: schemas.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0),
    schema_modules: schemaFiles.length,
  }),
);

// Size of the core bundle: dist/index.js and what it imports statically, minified by esbuild and
// gzipped; the chunks it loads on first use (each group's request schemas, the validator, the
// operation index) are left out and measured apart. Prints one JSON line of byte counts.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
// Modules loaded on first use (each group's schemas, the validator, the operation index) stay out
// of the core.
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
const gzipped = (files) => files.reduce((total, f) => total + gzipSync(readFileSync(join(dist, 'chunks', f)), { level: 9 }).length, 0);
// chunks/: code shared between entries (chunk-*), the validator (validation-*), one module per group.
const lazy = readdirSync(join(dist, 'chunks')).filter((f) => !f.startsWith('chunk-'));
const validator = lazy.filter((f) => f.startsWith('validation-'));
const schemaFiles = lazy.filter((f) => !validator.includes(f));
console.log(
  JSON.stringify({
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    validator_gzipped: gzipped(validator),
    schemas_gzipped: gzipped(schemaFiles),
    schema_modules: schemaFiles.length,
  }),
);

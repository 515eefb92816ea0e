// Size of the core bundle: dist/index.js bundled and minified by esbuild, gzipped; each group's
// request schemas (loaded on first validation, as separate modules) are left out and measured
// apart. Prints one JSON line of byte counts.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
const schemasExternal = {
  name: 'schemas-external',
  setup(on) {
    on.onResolve({ filter: /^\.\/[a-z0-9_]+\.js$/ }, (args) =>
      args.importer.endsWith(join('schemas', 'index.js')) ? { path: args.path, external: true } : undefined,
    );
  },
};
const result = await build({
  entryPoints: [join(dist, 'index.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  plugins: [schemasExternal],
});
const code = result.outputFiles[0].contents;
const schemaFiles = readdirSync(join(dist, 'schemas')).filter((f) => f.endsWith('.js') && f !== 'index.js');
const schemas = schemaFiles.map((f) => readFileSync(join(dist, 'schemas', f)));
console.log(
  JSON.stringify({
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    schemas_gzipped: schemas.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0),
    schema_modules: schemaFiles.length,
  }),
);

import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

/** The name the bundled module's IIFE assigns its exports to, inside the deferred build function. */
const EXPORTS = '__deferredExports';

/**
 * The User Timing measure the stand-in writes when it evaluates `specifier`: when (since the
 * worker or page started) and how long. It stays in that context's own timeline and is never
 * sent; `npm run bench` and the browser tests read it.
 */
export const deferredMeasure = (specifier: string) => `backstory:evaluate ${specifier}`;

/**
 * A Vite plugin: in the extension's bundles, `import { name } from '<specifier>'` (or its default)
 * gives a stand-in that evaluates the module on its first use (a call, a `new` or a property
 * read), what `import defer` will do once bundlers support it (rolldown drops the keyword today).
 * Chrome's service workers cannot `import()` later, so this is how the background starts without
 * building compromise's lexicon or linkedom's CSS tables (most of its start-up time): a start that
 * only answers a card or a setting never pays for them.
 *
 * The module is bundled on its own (esbuild) into the body of a function, plain code that runs
 * when called: no eval, so the extension's content security policy holds. `names` are the exports
 * kept ('default' for the default one); importing another fails the build. Only calls, `new` and
 * property reads reach the module (not `typeof` or key listing). Code that uses an export at its
 * own top level evaluates the module there, as before.
 */
export function deferModule(specifier: string, names: readonly string[]): Plugin {
  const id = `\0deferred:${specifier}`;
  let root = process.cwd();
  return {
    name: `backstory:defer-module:${specifier}`,
    enforce: 'pre',
    configResolved: (config) => {
      root = config.root;
    },
    resolveId: (source) => (source === specifier ? id : undefined),
    load(loading) {
      if (loading !== id) return undefined;
      const { outputFiles } = buildSync({
        stdin: { contents: `export { ${names.join(', ')} } from ${JSON.stringify(specifier)};`, resolveDir: root, loader: 'js' },
        bundle: true,
        format: 'iife',
        globalName: EXPORTS,
        platform: 'browser',
        write: false,
      });
      const code = outputFiles[0]?.text ?? '';
      const stand = (name: string) => `deferred(${JSON.stringify(name)})`;
      return `function build() {
const start = performance.now();
${code}
performance.measure(${JSON.stringify(deferredMeasure(specifier))}, { start });
return ${EXPORTS};
}
let built;
const module = () => (built ??= build());
const deferred = (name) => new Proxy(function deferred() {}, {
  apply: (_, self, args) => Reflect.apply(module()[name], self, args),
  construct: (_, args) => Reflect.construct(module()[name], args),
  get: (_, key) => Reflect.get(module()[name], key),
});
${names.map((name) => (name === 'default' ? `export default ${stand(name)};` : `export const ${name} = ${stand(name)};`)).join('\n')}
`;
    },
  };
}

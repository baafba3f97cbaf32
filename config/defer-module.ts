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

/** Where a Chrome build's service worker finds the deferred module `specifier`: "/deferred/compromise-two.js". */
export const deferredFile = (specifier: string) => `/deferred/${specifier.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.js`;

/** What the `api` of a `deferModule` plugin offers to WXT's per-build hook (wxt.config.ts). */
export interface DeferModuleApi {
  /** This build is the background's. */
  inBackground(): void;
}

/** Tells the `deferModule` plugins of one build's Vite config that it is the background's. */
export function deferInBackground(config: { plugins?: unknown[] }): void {
  for (const plugin of (config.plugins ?? []).flat(Number.POSITIVE_INFINITY) as { api?: Partial<DeferModuleApi> }[]) plugin?.api?.inBackground?.();
}

/**
 * A Vite plugin: in the extension's bundles, `import { name } from '<specifier>'` (or its default)
 * gives a stand-in that evaluates the module on its first use (a call, a `new` or a property
 * read), what `import defer` will do once bundlers support it (rolldown drops the keyword today).
 * This is how the background starts without building compromise's lexicon or linkedom's CSS
 * tables: a start that only answers a card or a setting never pays for them.
 *
 * The module is bundled on its own (esbuild) into the body of a function, plain code that runs
 * when called: no eval, so the extension's content security policy holds. `names` are the exports
 * kept ('default' for the default one); importing another fails the build. Only calls, `new` and
 * property reads reach the module (not `typeof` or key listing). Code that uses an export at its
 * own top level evaluates the module there, as before.
 *
 * Where the background is a service worker (`serviceWorker`: Chrome's MV3), in the background's
 * build (`deferInBackground`, from wxt.config.ts) the function is in a file of its own, not in background.js: every start of the worker loads and
 * compiles its script before the KB's load can begin, and these modules were half of it
 * (BENCHMARKS.md). A service worker cannot `import()`, and `importScripts` takes only the scripts
 * it imported while it installed: so the worker imports the file when it installs (which only
 * defines the function) and again, from the worker's script cache, on first use.
 */
export function deferModule(specifier: string, names: readonly string[], { serviceWorker = false } = {}): Plugin<DeferModuleApi> {
  const id = `\0deferred:${specifier}`;
  let root = process.cwd();
  let ownFile = false;
  return {
    name: `backstory:defer-module:${specifier}`,
    enforce: 'pre',
    api: {
      inBackground: () => {
        ownFile = serviceWorker;
      },
    },
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
        // Inline, the bundle's own minifier sees it; in a file of its own, nothing else will.
        minify: ownFile,
        write: false,
      });
      const code = outputFiles[0]?.text ?? '';
      const body = `const start = performance.now();
${code}
performance.measure(${JSON.stringify(deferredMeasure(specifier))}, { start });
return ${EXPORTS};`;
      const stand = (name: string) => `deferred(${JSON.stringify(name)})`;
      const file = deferredFile(specifier);
      const key = JSON.stringify(`backstory:deferred ${specifier}`);
      if (ownFile) this.emitFile({ type: 'asset', fileName: file.slice(1), source: `self[${key}] = function () {\n${body}\n};\n` });
      const build = ownFile
        ? `self.addEventListener('install', () => importScripts(${JSON.stringify(file)}));
function build() {
if (!self[${key}]) importScripts(${JSON.stringify(file)});
return self[${key}]();
}`
        : `function build() {\n${body}\n}`;
      return `${build}
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

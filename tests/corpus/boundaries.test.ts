/**
 * lib/corpus runs in the extension too: apart from read-paths.ts it may not touch node
 * modules, DOM globals or browser APIs (a DOM it is handed is fine), and index.ts must
 * not re-export the node-only reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../lib/corpus/', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'read-paths.ts');

describe('lib/corpus boundaries', () => {
  it.each(sources)('%s uses no node modules, DOM globals or browser APIs', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/from ['"](?:node:|fs|path|os)/);
    expect(code).not.toMatch(/\b(?:window|document|navigator|chrome|browser)\s*\./);
    expect(code).not.toMatch(/from ['"]\.\.\//); // "may import nothing of ours"
  });

  it('index.ts leaves out the node-only read-paths', () => {
    expect(readFileSync(new URL('index.ts', dir), 'utf8')).not.toMatch(/from '\.\/read-paths'/);
  });
});

/** JSON lines out on stdout, waiting when the pipe is full so a slow reader never makes memory grow. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function writeLine(out: Writable, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}

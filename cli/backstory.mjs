#!/usr/bin/env node
// The `backstory` command: runs the TypeScript CLI through tsx, so lib/ is shared as-is with the extension.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');

/**
 * The background's first import (index.ts): a module's top level runs when it is first imported,
 * so the KB's reads start here, before the rest of the background's script evaluates. Nothing
 * else imports it: tests and benches that read kb.ts start no read.
 */
import { startKbReads } from './kb-early';

startKbReads();

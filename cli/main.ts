/** `backstory build | inspect | annotate`: the command line over lib/. */
import { runAnnotate } from './commands/annotate';
import { runBuild } from './commands/build';
import { runInspect } from './commands/inspect';

const USAGE = `Usage:
  backstory build [FILES|DIRS…] [--out FILE]      build a KB (default: the bundled corpus → public/kb/bundled.json)
  backstory inspect --kb FILE [--json]            show a KB's documents and entities
  backstory annotate PAGE.html|ARTICLE.txt… [--kb FILE] [--json]
                                                  the entities of a page, linked to the KB`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  build: runBuild,
  inspect: runInspect,
  annotate: runAnnotate,
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(name && name !== '--help' ? `backstory: unknown command "${name}"\n\n${USAGE}` : USAGE);
  process.exit(name === '--help' ? 0 : 2);
}
try {
  process.exitCode = await command(args);
} catch (error) {
  console.error(`backstory ${name}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

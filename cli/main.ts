/** `backstory build | extract | merge | pack | inspect | annotate`: the command line over lib/. */

const USAGE = `Usage:
  backstory build [FILES|DIRS…] [--out FILE] [--shards] [--threads N]
                                                  build a KB on every core (default: the bundled corpus → public/kb/bundled.json);
                                                  --shards: FILE is a small index, records in FILE's .shards folder
                                                  --pack PACK [--name NAME] [--licence TEXT] [--codec zstd|gzip]: also one pack file of the KB
  backstory pack KB --out PACK [--name NAME] [--licence TEXT] [--source CORPUS] [--codec zstd|gzip]
                                                  a KB as one pack file for the options page (licence: the flag, or CORPUS's README)
  backstory extract [FILES|DIRS…] [--name NAME]   step one: one KB state a line on stdout (input: files, or JSONL articles on stdin)
  backstory merge [FILES…] [--finalize --out FILE [--shards]]
                                                  step two: KB state lines in (stdin or files), one merged state out, or the KB
  backstory inspect --kb FILE [--json]            show a KB's documents and entities
  backstory annotate PAGE.html|ARTICLE.txt… [--kb FILE] [--json]
                                                  the entities of a page, linked to the KB`;

// A command's modules load when it runs: `build` starts its worker threads before the modules
// of its own last steps, let alone those of the other commands, are loaded.
const commands: Record<string, (args: string[]) => Promise<number>> = {
  build: async (args) => (await import('./commands/build')).runBuild(args),
  extract: async (args) => (await import('./commands/extract')).runExtract(args),
  merge: async (args) => (await import('./commands/merge')).runMerge(args),
  pack: async (args) => (await import('./commands/pack')).runPack(args),
  inspect: async (args) => (await import('./commands/inspect')).runInspect(args),
  annotate: async (args) => (await import('./commands/annotate')).runAnnotate(args),
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

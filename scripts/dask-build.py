#!/usr/bin/env python3
"""Builds a Backstory KB on a Dask cluster: `backstory extract` maps over partitions of the corpus on
the workers, `backstory merge` reduces each partition's states to one there, and one final
`backstory merge --finalize` here writes the KB.

    python3 scripts/dask-build.py --scheduler tcp://HOST:8786 --out kb.json [--shards] \
        [--partitions 8] [--write-partitions DIR] CORPUS.jsonl...

Partition N of the corpus is its lines' Nth contiguous slice, named `part-000N.jsonl`: the KB's
bytes are those of `backstory build` over those partition files (`--write-partitions` writes
them). Every worker runs this repository's CLI (`--backstory`, default: the repository this
script is in), so it must be at that path on each worker, with `npm ci` done: on one machine, or
a shared file system.
"""
import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

from dask.distributed import Client

REPO = Path(__file__).resolve().parent.parent
RETRIES = 2


def run_cli(cli, args, lines):
    """Runs `node CLI ARGS` with `lines` on stdin; its stdout, or an error carrying its stderr."""
    done = subprocess.run(["node", cli, *args], input=lines, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"backstory {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def extract_and_merge(cli, name, lines):
    """One partition's articles → their KB states → one merged state line; a failure names the partition."""
    try:
        return run_cli(cli, ["merge"], run_cli(cli, ["extract", "--name", name], lines))
    except RuntimeError as error:
        raise RuntimeError(f"partition {name}: {error}") from None


def partitions(paths, count):
    """The corpus's non-empty lines in `count` contiguous slices, as (name, text)."""
    lines = [line for path in paths for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    size = -(-len(lines) // count) or 1
    slices = [lines[i : i + size] for i in range(0, len(lines), size)]
    return [(f"part-{n:04d}.jsonl", "\n".join(part) + "\n") for n, part in enumerate(slices)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help="JSONL corpus files")
    parser.add_argument("--scheduler", required=True, help="the Dask scheduler's address, tcp://HOST:PORT")
    parser.add_argument("--out", required=True, help="the KB file to write")
    parser.add_argument("--shards", action="store_true", help="write the sharded layout")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--write-partitions", metavar="DIR", help="also write the partition files, to build them on one machine")
    parser.add_argument("--backstory", default=str(REPO / "cli" / "backstory.mjs"), help="the CLI's path on every worker")
    args = parser.parse_args()

    parts = partitions(args.corpus, max(1, args.partitions))
    if args.write_partitions:
        Path(args.write_partitions).mkdir(parents=True, exist_ok=True)
        for name, text in parts:
            (Path(args.write_partitions) / name).write_text(text, encoding="utf-8")
    started = time.monotonic()
    with Client(args.scheduler) as client:
        workers = len(client.scheduler_info()["workers"])
        # A partition whose worker dies is run again by the scheduler; one that fails is tried twice
        # more, then the build stops naming it: a KB is never finalized with a partition missing.
        futures = client.map(extract_and_merge, [args.backstory] * len(parts), *zip(*parts), pure=False, retries=RETRIES)
        try:
            states = client.gather(futures)
        except RuntimeError as error:
            print(f"dask-build: {error}; no KB written", file=sys.stderr)
            return 1
    mapped = time.monotonic()
    articles = sum(text.count("\n") for _, text in parts)
    print(
        f"Extracted {articles} articles in {len(parts)} partitions on {workers} workers in {mapped - started:.1f} s"
        f" ({articles / (mapped - started) / max(1, workers):.0f} articles/s per worker).",
        file=sys.stderr,
    )
    finalize = ["merge", "--finalize", "--out", args.out] + (["--shards"] if args.shards else [])
    done = subprocess.run(["node", args.backstory, *finalize], input="".join(states), text=True)
    merge = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"Merged and finalized here in {time.monotonic() - mapped:.1f} s, peak {merge:.0f} MB: {args.out}.", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())

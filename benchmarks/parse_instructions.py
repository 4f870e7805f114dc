"""CPU instructions of ``parse_page``: a steadier speed figure than time on a shared machine.

Usage::

    python benchmarks/parse_instructions.py [POLNEAR_PATH] [--src DIR ...]

Runs the interpreter twice under ``valgrind --tool=callgrind`` (with a fixed
``PYTHONHASHSEED``): once importing newsrecords and parsing a small warm-up page, once doing
that and then parsing every seed page and a third of the PolNeAR texts. The difference is
the instructions of the parsing alone, without start-up, imports or regex compilation.
Timings on a busy machine swing by 20% or more between runs; instruction counts of the same
code agree to a few parts in a thousand, so compare two versions by this figure.

``--src`` names one or more source directories (the ``src`` folder of another checkout, or
a ``git worktree`` of an older commit) to count side by side with this checkout, for a
baseline in the same run. POLNEAR_PATH defaults to ``../shared/bench/polnear/dev.jsonl``
relative to the repository root; when it is absent only the seed pages are parsed.
Without valgrind the script says so and exits 0. About a minute per source directory.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLNEAR = ROOT.parent / "shared" / "bench" / "polnear" / "dev.jsonl"

# The child program: argv = [seed_dir, polnear_path_or_empty, "0" (warm-up only) | "1"]
_WORK = """
import json, sys
from pathlib import Path
from newsrecords import parse_page
seeds = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
texts = list(seeds)
if sys.argv[2]:
    with open(sys.argv[2], encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in lines][::3]
parse_page(seeds[0][:2000])
if sys.argv[3] == "1":
    for text in texts:
        parse_page(text)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _instructions(src: Path, polnear: str, work: bool, scratch: Path) -> int:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={scratch / 'callgrind.out'}",
            sys.executable,
            "-c",
            _WORK,
            str(ROOT / "tests" / "data" / "seeds"),
            polnear,
            "1" if work else "0",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = _COLLECTED.search(out.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(found[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("polnear", nargs="?", default=str(DEFAULT_POLNEAR))
    ap.add_argument("--src", nargs="*", default=[], help="other source dirs to count too")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("parse_instructions skipped: valgrind is not installed")
        return 0
    polnear = args.polnear if Path(args.polnear).is_file() else ""
    if not polnear:
        print(f"{args.polnear} not found: counting the seed pages only")
    sources = [ROOT / "src", *(Path(s).resolve() for s in args.src)]
    with tempfile.TemporaryDirectory() as tmp:
        counts = {
            src: _instructions(src, polnear, True, Path(tmp))
            - _instructions(src, polnear, False, Path(tmp))
            for src in sources
        }
    first = counts[sources[0]]
    for src, count in counts.items():
        print(f"{count / 1e6:10.1f} M instructions  {count / first:6.3f}x  {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How long ``import newsrecords`` takes in a fresh interpreter.

Usage::

    python benchmarks/import_time.py [--rounds N] [--against REF]

Each round starts a new interpreter with ``PYTHONPATH`` set to a checkout's ``src`` and times
``import newsrecords`` inside it (wall clock, ``time.perf_counter``); the figure is the best of
``--rounds`` rounds (default 15), because other load on a shared machine only ever adds
time. Compiled bytecode is written by the first, untimed, round, as it would be after an
install. The dependencies (pydantic, attrs, python-dateutil) come from this interpreter's
environment and count in the figure, as they do for a user; ``import pydantic`` alone is
timed the same way, for scale.

``--against REF`` (a commit, tag or branch) times REF too, checked out in a temporary
``git worktree``, in the same run and alternating with this checkout round by round, and
prints the ratio. The modules that cost most are listed for this checkout, read from
``python -X importtime`` (self time summed per subpackage, one run: expect noise).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import subprocess
import sys
from pathlib import Path

from _against import ROOT, worktree

_CHILD = """
import time
start = time.perf_counter()
import {module}
print((time.perf_counter() - start) * 1000)
"""


def _import_ms(src: Path | None, module: str) -> float:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD.format(module=module)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _costliest(src: Path, top: int = 6) -> list[tuple[str, float]]:
    """Self import time in ms per ``newsrecords`` subpackage (and per outside package)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsrecords"],
        env=dict(os.environ, PYTHONPATH=str(src)),
        capture_output=True,
        text=True,
        check=True,
    )
    cost: dict[str, float] = collections.defaultdict(float)
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, self_us, _, name = (part.strip() for part in line.replace(":", "|", 1).split("|"))
        parts = name.split(".")
        key = ".".join(parts[:2]) if parts[0] == "newsrecords" else parts[0]
        cost[key] += int(self_us) / 1000
    return sorted(cost.items(), key=lambda item: -item[1])[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--against", metavar="REF")
    args = parser.parse_args()
    tree = worktree(args.against) if args.against else contextlib.nullcontext()
    with tree as other:
        sides: dict[str, Path | None] = {"this checkout": ROOT / "src"}
        if other is not None:
            sides[args.against] = other / "src"
        for src in sides.values():
            _import_ms(src, "newsrecords")  # writes the bytecode; not timed
        best = dict.fromkeys(sides, float("inf"))
        pydantic = float("inf")
        for _ in range(args.rounds):
            for side, src in sides.items():
                best[side] = min(best[side], _import_ms(src, "newsrecords"))
            pydantic = min(pydantic, _import_ms(None, "pydantic"))
    print(f"import newsrecords, best of {args.rounds} fresh interpreters (wall clock)")
    for side, ms in best.items():
        print(f"  {side:<16} {ms:7.1f} ms")
    if args.against:
        print(f"  ratio            {best[args.against] / best['this checkout']:7.2f}x faster")
    print(f"  (import pydantic alone: {pydantic:.1f} ms)")
    print("costliest parts of this checkout's import (self time, one -X importtime run):")
    for name, ms in _costliest(ROOT / "src"):
        print(f"  {name:<24} {ms:7.1f} ms")


if __name__ == "__main__":
    main()

"""Time ``parse_page`` of this checkout and of another git ref in one run.

The other ref is checked out into a temporary ``git worktree`` and each side runs in its
own child process (``PYTHONPATH`` set to that side's ``src``), so the two never share a
module. The sides alternate round by round, and each figure is the least CPU time of its
rounds, so a change of load on a shared machine touches both alike. Only the public
``newsrecords.parse_page`` is called, which every version has.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child: argv = [corpus (a folder of .txt pages or a .jsonl file), repeat]; prints the
# CPU seconds of one pass over the corpus after a warm-up parse.
_CHILD = """
import json, sys, time
from pathlib import Path
from newsrecords import parse_page
corpus, repeat = Path(sys.argv[1]), int(sys.argv[2])
if corpus.is_dir():
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] * repeat
else:
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
parse_page(texts[0][:2000])
start = time.process_time()
for text in texts:
    parse_page(text)
print(json.dumps({"seconds": time.process_time() - start, "chars": sum(map(len, texts))}))
"""


@contextlib.contextmanager
def worktree(ref: str) -> Iterator[Path]:
    """A temporary checkout of ``ref`` (removed afterwards)."""
    with tempfile.TemporaryDirectory(prefix="newsrecords-against-") as scratch:
        path = Path(scratch) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(path), ref],
            check=True,
        )
        try:
            yield path
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)], check=False
            )


def _one_pass(src: Path, corpus: Path, repeat: int) -> tuple[float, int]:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus), str(repeat)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return float(result["seconds"]), int(result["chars"])


@contextlib.contextmanager
def compiled_build() -> Iterator[Path]:
    """This checkout built with its optional mypyc hook (a C compiler and the package index
    are needed) and installed into a temporary folder without its dependencies, which the
    child finds in this interpreter's environment. The build runs on a copy: the hook
    writes compiled modules beside the sources, where they would shadow later edits."""
    with tempfile.TemporaryDirectory(prefix="newsrecords-compiled-") as scratch:
        copy, target = Path(scratch) / "tree", Path(scratch) / "site"
        skip = shutil.ignore_patterns(".git", ".venv*", "*cache*", "__pycache__", "*.so")
        shutil.copytree(ROOT, copy, ignore=skip)
        print("building this checkout with mypyc (a few minutes) ...", flush=True)
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
        subprocess.run(
            [*pip, "--target", str(target), str(copy)],
            env=dict(os.environ, HATCH_BUILD_HOOK_ENABLE_MYPYC="1"),
            check=True,
        )
        yield target


def compare(
    ref: str, corpora: list[tuple[str, Path, int]], rounds: int, *, compiled: bool = False
) -> None:
    """Print full ``parse_page`` MB/s of this checkout and of ``ref`` for each corpus
    (label, path, repeat), and their ratio; with ``compiled``, of this checkout's mypyc
    build as well."""
    with contextlib.ExitStack() as stack:
        other = stack.enter_context(worktree(ref))
        sides = {"this checkout": ROOT / "src", ref: other / "src"}
        if compiled:
            sides["this checkout, compiled"] = stack.enter_context(compiled_build())
        print(f"full parse_page, this checkout against {ref} (best of {rounds}, CPU time)")
        for label, corpus, repeat in corpora:
            best = dict.fromkeys(sides, float("inf"))
            chars = 0
            for _ in range(rounds):
                for side, src in sides.items():
                    seconds, chars = _one_pass(src, corpus, repeat)
                    best[side] = min(best[side], seconds)
            rates = {side: chars / seconds / 1e6 for side, seconds in best.items()}
            theirs = rates.pop(ref)
            print(f"  {label}: {ref} {theirs:6.2f} MB/s")
            for side, mine in rates.items():
                print(f"    {side:<24} {mine:6.2f} MB/s  ratio {mine / theirs:5.2f}x")

"""The sample pages bundled with the package (the five seed pages the project is tested on).

They are real scraped pages: a tag archive of eight articles, and two outlets' versions of
each of two events. ``newsrecords demo`` parses them.

>>> [name for name, _ in sample_pages()][:2]
['000_a1c8db61f424da34.txt', '001_237bc52aced55578.txt']
"""

from __future__ import annotations

from importlib import resources

__all__ = ["sample_pages"]


def sample_pages() -> list[tuple[str, str]]:
    """Each bundled page as ``(file name, text)``, in file-name order."""
    folder = resources.files(__package__ or "newsrecords").joinpath("sample_pages")
    pages = [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".txt")
    ]
    return sorted(pages)

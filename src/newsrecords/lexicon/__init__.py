"""Word tables: every list of words the rules consult, as data that says where it came from.

The modules here hold no rules of their own, only tables (cue verbs, titles, role nouns,
organisations, given names, action triggers...) and the helpers that compile a table into a
matcher. Every other layer reads them; they import nothing above :mod:`newsrecords.models`.
"""

from .compiled import Tables, active, using
from .lexicon import SPEAKER_TABLES, Lexicon
from .speech_verbs import Use

__all__ = ["SPEAKER_TABLES", "Lexicon", "Tables", "Use", "active", "using"]

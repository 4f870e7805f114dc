"""Word tables of places and describing words, for telling a speaker from a place, a
people or a description: places that speak as organisations, demonyms, and words that may
open a title but are no title alone. Sources are given with each table.
"""

from __future__ import annotations

from .tables import word_set

__all__ = ["DEMONYMS", "DESCRIBING_WORDS", "PLACES"]


# Places a news story names as if they spoke ("Washington sought", "Iran informed", "the
# U.S. refused"): a government or a city, never a person. Countries and territories by
# their common English short names, their capitals and the largest US and world cities
# (compiled by hand from the UN member list and general newswire style); the US states are
# in ``speaker_words.US_STATES``; names that are also given names ("Jordan", "Georgia") are
# left out.
# A place speaks as an organisation.
PLACES = word_set(
    """
    afghanistan albania algeria angola argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon
    canada chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt
    estonia ethiopia finland france germany ghana greece guatemala haiti honduras
    hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    kazakhstan kenya kosovo kuwait laos latvia lebanon libya lithuania luxembourg malaysia
    mali malta mexico moldova mongolia montenegro morocco myanmar nepal netherlands
    nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines
    poland portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia
    spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey
    uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
    britain england scotland wales europe asia africa america
    us u.s. usa u.s.a. uk u.k. eu e.u.
    washington beijing moscow london paris berlin tokyo delhi kabul kyiv kiev tehran
    baghdad damascus ankara cairo brussels ottawa canberra seoul pyongyang havana caracas
    riyadh doha jerusalem hanoi manila jakarta taipei minsk warsaw rome madrid
    vienna athens stockholm oslo helsinki geneva chicago houston miami boston atlanta
    philadelphia detroit denver seattle phoenix dallas
    """
) | {
    "united states",
    "united kingdom",
    "south korea",
    "north korea",
    "saudi arabia",
    "new zealand",
    "south africa",
    "new york",
    "new york city",
    "los angeles",
    "las vegas",
    "new delhi",
    "tel aviv",
    "hong kong",
    "san francisco",
    "mexico city",
}
# Words that may open a title but are no title on their own ("Republican Sen. X" has the
# title "Sen.", "influential US" none): party, standing and manner words, compiled by hand
# from the titles the seed pages and general newswire style give describing words alone.
DESCRIBING_WORDS = word_set(
    """
    republican republicans democrat democratic democrats gop conservative liberal
    progressive independent libertarian moderate influential prominent powerful veteran
    longtime former then-former outspoken outgoing incoming embattled top senior
    """
)
# "Russian", "Chinese": a people or a language, an adjective before a noun, never a
# speaker on its own (the adjectives of the countries of :data:`PLACES` most in the news).
DEMONYMS = word_set(
    """
    american russian chinese british french german iranian iraqi israeli palestinian
    syrian turkish japanese korean indian pakistani afghan ukrainian canadian mexican
    australian european african asian arab italian spanish polish cuban saudi egyptian
    """
)

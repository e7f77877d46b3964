"""Officials: named people with the office the article gives them (spec RECORDS.md, "An official").

A spaCy component (`kepatuhan_officials`) that sets ``doc._.officials: list[Official]``.
Its knowledge is data in ``models/officials/`` (office-title heads, acting prefixes, title
words, honorifics/degrees, words that are never names, staff role words) plus the region
gazetteer ``models/regions.csv``; this package holds only the linking logic:

1. find office titles: [acting prefix] head [numeral] tail, where the tail is made of title
   words, one region name, parenthesised abbreviations and connectors
   ("Pjs. Kepala Perwakilan Ombudsman RI Provinsi Papua Barat", "Asisten I Bidang
   Pemerintahan dan Kesejahteraan Rakyat", "Gubernur Kalimantan Utara (Kaltara)");
2. link each title to a person name, in this order of preference:
   "TITLE NAME" / "TITLE, NAME" (honorifics before and degrees after the name skipped),
   then "NAME, TITLE", "NAME yang juga menjabat sebagai TITLE" (linking words from a data
   list) and "kata NAME TITLE"; coordinated offices ("Wali Kota dan Wakil Wali Kota X, A–B"),
   pairs under one office ("pasangan kepala daerah: A–B di X, dan C–D di Y") and
   "dan Wakil/wakilnya NAME" after a linked office; an office named without its holder as the
   subject of its sentence goes to the next speaker named (speakers.py), unless another
   office or a hand-over cue ("Sementara itu") comes first;
3. merge the mentions of one person (spelling variants, a later first or last name alone)
   into one entry with the fullest name, the fullest title and every mention as evidence.

Only titled mentions create an official, so bylines ("Penulis: ...") and photo credits never
become officials; lines after "Baca juga" (links to other stories) are skipped.
"""

from extract.components.officials.component import default_finder, find_officials
from extract.components.officials.merge import merge_mentions

__all__ = ["default_finder", "find_officials", "merge_mentions"]

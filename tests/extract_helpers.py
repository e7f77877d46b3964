"""Helpers shared by the extraction phenomenon tests."""

from __future__ import annotations

from extract.components.officials import find_officials
from extract.pipeline import extract_article


def titles_of(text):
    """The officials found in `text`: each name with its title."""
    return {o.name: o.title for o in find_officials(text)}


# The opening line the officials tests put before their own lines: an assessment handed over (the article is
# relevant) that names no official.
OFFICIALS_OPENING = (
    "Ombudsman menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2024 kepada pemerintah daerah.\n"
)


def titles_in(lines, opening=OFFICIALS_OPENING):
    """The officials found in `lines` after `opening`: each name with its title."""
    return titles_of(opening + lines)


def title_pairs(text):
    """The officials found in `text` as (name, title) pairs."""
    return {(o.name, o.title) for o in find_officials(text)}


def recs(text, **kw):
    """The records extracted from `text`, keyed by (entity, year)."""
    return {(r.entity, r.year): r for r in extract_article(text, **kw).records}


SCORED_FIELDS = ("score", "rank", "zone", "grade", "opinion", "parent")


def fields_of(records, entity, year, *names):
    """The fields `names` of the record (entity, year) in `records` (as `recs` gives them), as a dict;
    with no names, every scored field that is set. None when there is no such record."""
    rec = records.get((entity, year))
    if rec is None:
        return None
    if names:
        return {n: getattr(rec, n) for n in names}
    return {n: getattr(rec, n) for n in SCORED_FIELDS if getattr(rec, n) is not None}


def record_fields(records, expected):
    """For each (entity, year) in `expected`, the fields it names (see `fields_of`); None where no record."""
    return {key: fields_of(records, *key, *(names or ())) for key, names in expected.items()}


def assert_record_fields(text, expected, published=None, exact=False):
    """The article `text` is relevant and its records hold the fields `expected` names (see `record_fields`);
    with `exact`, those are all its records."""
    res = extract_article(text, published=published)
    assert res.relevant
    records = {(r.entity, r.year): r for r in res.records}
    assert record_fields(records, expected) == expected
    if exact:
        assert set(records) == set(expected)


GOVERNMENT_TYPES = {"provinsi", "kabupaten", "kota"}


def governments(records):
    """The entities of `records` (as `recs` gives them) that are governments (a province, regency or city)."""
    return {e for (e, _), r in records.items() if r.entity_type in GOVERNMENT_TYPES}


def officials_of(text, **kw):
    """The officials extracted from the article `text`: each name with its title."""
    return {o.name: o.title for o in extract_article(text, **kw).officials}


# Openings several phenomenon modules put before their sentences.
GORONTALO = (
    "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2017 kepada Pemprov Gorontalo. Pemprov Gorontalo "
    "menerima nilai 45,10. "
)
OMB_PROV = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "
OMB_RELEASE = "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "
OMB_PROV_2022 = "Ombudsman RI Perwakilan {prov} menyerahkan rapor hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun 2022. "
JATENG_2023 = (
    "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
    "Publik tahun 2023. "
)
SB = "Ombudsman RI Perwakilan Sumatera Barat menyerahkan hasil penilaian kepatuhan tahun 2022. "
OMB_PAPUA = (
    "Ombudsman RI Perwakilan Papua menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
    "Publik Tahun 2023 kepada Pemerintah Kabupaten Mimika. "
)
BPN = "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
POLRI = "Kepolisian Negara Republik Indonesia"
BK = "Ombudsman Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan pelayanan publik. "
INTRO_2022 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. "
BKL = "Ombudsman RI Perwakilan Bengkulu merilis hasil penilaian kepatuhan 2024. "
OPENING_JATIM = (
    "Ombudsman RI Perwakilan Jawa Timur kemarin menyerahkan rapor Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
    "tahun 2024. Kabupaten Lamongan meraih nilai 90,12. "
)

GRADED = "Ombudsman RI menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023. "
OMB_SURVEY = "Ombudsman RI Perwakilan {prov} menyerahkan hasil survei kepatuhan standar pelayanan publik tahun {year}. "
KANTAH_NTT_2021 = "Ombudsman menyerahkan hasil survei kepatuhan tahun 2021 kepada Kantor Pertanahan (Kantah) di NTT. "
OPENING_JATENG_2021 = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik 2021 di Jawa Tengah. "
LEAD_SULUT = (
    "Ombudsman RI Perwakilan Sulawesi Utara menyampaikan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik."
)


def ranks_of(text: str) -> dict[str, int | None]:
    """The rank of each record extracted from `text`, keyed by entity."""
    res = extract_article(text, published="2019-12-10")
    return {r.entity: r.rank for r in res.records}


OPENING_MALUT_2023 = (
    "Ombudsman RI Perwakilan Maluku Utara mengumumkan hasil penilaian kepatuhan pelayanan publik tahun 2023. "
)


def region_mentions(text: str) -> list[tuple[str, str]]:
    """(text as written, canonical name) of each region the gazetteer component finds in `text`."""
    from extract.pipeline import get_nlp

    pipe = get_nlp().get_pipe("kepatuhan_regions")
    return [(text[m.start : m.end], m.name) for m in pipe.mentions(text)]

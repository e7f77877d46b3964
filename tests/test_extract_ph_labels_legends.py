"""Labels: a sentence naming no one that opens with a zone and a defining verb ("Zona kuning artinya
memiliki tingkat kepatuhan sedang") is the band's legend: its level fills no one's opinion (DECISIONS);
a gloss of the entity's own result ("..., artinya kepatuhannya sedang") still does.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

LEAD = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2017. "


@pytest.mark.parametrize(
    "legend",
    [
        "Zona kuning artinya memiliki tingkat kepatuhan sedang.",
        '"Zona kuning itu berarti tingkat kepatuhan sedang," ujarnya.',
        "Zona kuning merupakan kategori kepatuhan sedang.",
    ],
)
def test_a_zone_legend_after_the_result_fills_no_opinion(legend):
    got = recs(LEAD + f"Kabupaten Sanggau kini menempati zona kuning. {legend}")
    assert fields_of(got, "Kabupaten Sanggau", 2017) == {"zone": "kuning"}


@pytest.mark.parametrize(
    "legend",
    [
        "Ombudsman membagi hasilnya dalam tiga kategori. Pertama merah untuk tingkat kepatuhan rendah, kuning untuk "
        "kepatuhan sedang serta hijau untuk kepatuhan tinggi.",
        "Sistemnya terbagi atas zona merah untuk kepatuhan rendah, zona kuning untuk kepatuhan sedang dan zona hijau "
        "untuk kepatuhan tinggi.",
        "Zona hijau bagi tingkat kepatuhan tinggi, sedangkan zona merah bagi tingkat kepatuhan rendah.",
    ],
    ids=["pertama-merah-untuk", "terbagi-atas-zona-merah-untuk", "zona-hijau-bagi"],
)
def test_colours_paired_with_their_levels_are_a_legend(legend):
    """'<colour> untuk/bagi kepatuhan <level>' said of the bands (twice, or opening the sentence) defines the
    scheme: no one's opinion, not even the subject of the sentence before."""
    got = recs(LEAD + f"Secara umum, seluruh layanan di lingkungan Pemkab Sanggau masuk kategori kuning. {legend}")
    assert fields_of(got, "Kabupaten Sanggau", 2017) == {"zone": "kuning"}


def test_one_colour_with_its_level_said_of_a_government_is_no_legend():
    got = recs(LEAD + "Kabupaten Sanggau meraih zona hijau untuk kepatuhan tinggi, naik dari zona kuning.")
    assert fields_of(got, "Kabupaten Sanggau", 2017) == {"zone": "hijau"}


@pytest.mark.parametrize(
    "gloss",
    [
        "Kabupaten Sanggau kini menempati zona kuning, artinya memiliki tingkat kepatuhan sedang.",
        "Kabupaten Sanggau kini menempati zona kuning atau tingkat kepatuhan sedang.",
    ],
)
def test_a_gloss_tied_to_the_entity_still_fills_the_opinion(gloss):
    got = recs(LEAD + gloss)
    assert fields_of(got, "Kabupaten Sanggau", 2017) == {"zone": "kuning", "opinion": "kepatuhan sedang"}


# -- the bare level in brackets after a zone glosses it: "zona kuning (sedang)" ---------------------------


@pytest.mark.parametrize(
    ("said", "zone", "opinion"),
    [
        ("Kabupaten Sanggau masih berada pada zona kuning (sedang).", "kuning", "kepatuhan sedang"),
        ("Kabupaten Sanggau masuk zona merah ( rendah ) tahun itu.", "merah", "kepatuhan rendah"),
        ("Kabupaten Sanggau meraih zona hijau (kepatuhan tinggi).", "hijau", "kepatuhan tinggi"),
    ],
)
def test_a_bare_level_in_brackets_after_the_zone_is_the_opinion(said, zone, opinion):
    got = recs(LEAD + said)
    assert fields_of(got, "Kabupaten Sanggau", 2017) == {"zone": zone, "opinion": opinion}


def test_a_score_in_brackets_after_the_zone_is_no_opinion():
    got = recs(LEAD + "Kabupaten Sanggau masuk zona kuning (nilai 70,10) tahun itu.")
    assert fields_of(got, "Kabupaten Sanggau", 2017) == {"zone": "kuning", "score": 70.1}


# -- "yaitu nilai" before one score is a result, not a band's definition ("yaitu nilai 81-100") ----------------


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Sanggau memperoleh hasil yaitu nilai 63.36 atau zona kuning dan masuk kategori C.",
        "Hasil untuk Kabupaten Sanggau yaitu nilai 63,36 dengan kategori C.",
        "Kabupaten Sanggau mendapat rapor yang cukup, yaitu nilai 63,36 dan kategori C.",
    ],
    ids=["memperoleh-hasil-yaitu-nilai", "hasil-untuk-yaitu-nilai", "rapor-yaitu-nilai"],
)
def test_yaitu_nilai_before_one_score_is_a_result(said):
    got = recs(LEAD.replace("2017", "2022") + said)
    assert fields_of(got, "Kabupaten Sanggau", 2022, "score", "grade") == {"score": 63.36, "grade": "C"}


@pytest.mark.parametrize(
    "band",
    [
        "Kategori C yaitu nilai 56,00 - 70,99 dan kategori B yaitu nilai 71,00 - 87,99.",
        "Kategori A yaitu nilai 88,00 sampai 100.",
    ],
    ids=["yaitu-nilai-range", "yaitu-nilai-sampai"],
)
def test_yaitu_nilai_before_a_range_still_defines_a_band(band):
    got = recs(LEAD.replace("2017", "2022") + "Kabupaten Sanggau masuk zona kuning. " + band)
    assert fields_of(got, "Kabupaten Sanggau", 2022) == {"zone": "kuning"}


@pytest.mark.parametrize(
    "legend",
    [
        "Walaupun zona kuning menyandang predikat sedang, Bupati meminta seluruh OPD terus berbenah.",
        "Meski zona kuning bermakna kepatuhan sedang, pemerintah daerah tidak boleh berpuas diri.",
        "Meskipun zona kuning itu berarti kategori sedang, pelayanan harus terus diperbaiki.",
    ],
)
def test_a_concessive_zone_legend_fills_no_opinion(legend):
    """'Meski zona kuning menyandang predikat sedang, ...': the band explained in a concessive clause is a
    legend too (DECISIONS: legends), whoever the main clause speaks of."""
    got = recs(LEAD + f"Kabupaten Sanggau kini menempati zona kuning. {legend}")
    assert fields_of(got, "Kabupaten Sanggau", 2017) == {"zone": "kuning"}

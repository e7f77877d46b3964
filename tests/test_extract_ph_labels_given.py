"""Verdicts given to named holders: an award's label handed "kepada X" after a dateline's place, a zone glossed by a
verb ("masuk zona kuning ... yang menandakan kepatuhan sedang") for the governments named with it, and a page of the
graded instrument writing its levels as categories ("tahun lalu kategori tinggi, tahun ini kategori tertinggi":
both `kualitas …`, DECISIONS.md "Labels"), while a band's legend or a gloss in other words gives no opinion.

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is tried in
several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI merilis hasil survei kepatuhan standar pelayanan publik. "


# -- "menganugerahi penghargaan <label> kepada X": the label is X's, not the dateline's place's ---------------


@pytest.mark.parametrize(
    "text,holder,field,label",
    [
        (
            "Manokwari (20/1) – Ombudsman RI memberikan piagam zona hijau tahun 2018 kepada Pemerintah Kabupaten "
            "Teluk Bintuni.",
            "Kabupaten Teluk Bintuni",
            "zone",
            "hijau",
        ),
        (
            "Palu – Ombudsman RI menyerahkan sertifikat predikat kepatuhan sedang tahun 2019 kepada Pemkab Sigi.",
            "Kabupaten Sigi",
            "opinion",
            "kepatuhan sedang",
        ),
        (
            "Kupang (22/1) – Ombudsman RI menganugerahi penghargaan Predikat Kepatuhan Tinggi Tahun 2017 kepada "
            "Pemerintah Kabupaten Sumba Barat.",
            "Kabupaten Sumba Barat",
            "opinion",
            "kepatuhan tinggi",
        ),
    ],
    ids=["piagam-zona-kepada", "sertifikat-predikat-kepada-pemkab", "anugerah-predikat-tahun-kepada"],
)
def test_award_label_given_to_the_one_named_after_kepada(text, holder, field, label):
    got = recs(text)
    year = next(y for (e, y) in got if e == holder)
    assert getattr(got[(holder, year)], field) == label
    assert {e for e, _ in got} == {holder}


# -- "A, B dan C masuk zona kuning ... yang menandakan kepatuhan sedang": the named ones' verdict -------------


@pytest.mark.parametrize(
    "sentence,names,zone,opinion",
    [
        (
            "Pada tahun 2017 Kota Ternate, Kota Tidore Kepulauan dan Kabupaten Halmahera Utara masuk dalam zona "
            "kuning dalam pelayanan publik yang menandakan kepatuhan sedang.",
            ["Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Halmahera Utara"],
            "kuning",
            "kepatuhan sedang",
        ),
        (
            "Pada tahun 2017 Kota Ternate masuk zona kuning, artinya kepatuhan sedang.",
            ["Kota Ternate"],
            "kuning",
            "kepatuhan sedang",
        ),
        (
            "Pada tahun 2017 Kota Ternate dan Kota Tidore Kepulauan berada di zona merah yang menunjukkan tingkat "
            "kepatuhan rendah.",
            ["Kota Ternate", "Kota Tidore Kepulauan"],
            "merah",
            "kepatuhan rendah",
        ),
    ],
    ids=["group-yang-menandakan", "artinya", "yang-menunjukkan-tingkat"],
)
def test_zone_glossed_by_a_verb_gives_the_named_their_verdict(sentence, names, zone, opinion):
    got = recs(LEAD + sentence)
    for name in names:
        assert (got[(name, 2017)].zone, got[(name, 2017)].opinion) == (zone, opinion)


@pytest.mark.parametrize(
    "after",
    [
        "Zona kuning menandakan kepatuhan sedang.",  # the band's legend in a sentence of its own
        "Kota Ternate masuk zona kuning, artinya pelayanannya dinilai sedang oleh warga.",  # other words
    ],
    ids=["legend-alone", "gloss-in-other-words"],
)
def test_legend_or_loose_gloss_gives_no_verdict(after):
    got = recs(LEAD + "Pada tahun 2017 Kota Ternate masuk zona kuning. " + after)
    assert (got[("Kota Ternate", 2017)].zone, got[("Kota Ternate", 2017)].opinion) == ("kuning", None)


# -- "kategori tinggi" beside "kategori tertinggi" (2022 on): the graded scale's levels ------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Kalau tahun lalu Kota Blitar masih dalam kategori tinggi, tahun ini masuk kategori tertinggi.",
        "Tahun lalu Kota Blitar berada di kategori tinggi dan kini naik ke kategori tertinggi.",
        "Kota Blitar kini meraih kategori tertinggi, setelah tahun lalu hanya kategori tinggi.",
    ],
    ids=["kalau-tahun-lalu", "naik-ke", "setelah-tahun-lalu"],
)
def test_category_levels_of_the_graded_scale_are_quality_opinions(said):
    text = (
        "Pemerintah Kota Blitar menerima penghargaan Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun "
        f"2024 dari Ombudsman RI. {said}"
    )
    got = recs(text)
    assert (got[("Kota Blitar", 2024)].opinion, got[("Kota Blitar", 2024)].zone) == ("kualitas tertinggi", None)
    assert (got[("Kota Blitar", 2023)].opinion, got[("Kota Blitar", 2023)].zone) == ("kualitas tinggi", None)


def test_category_level_before_2022_stays_a_compliance_verdict():
    text = LEAD + "Pada survei tahun 2019, Kota Blitar masuk kategori tinggi dengan nilai 90,12."
    assert recs(text)[("Kota Blitar", 2019)].opinion == "kepatuhan tinggi"


# -- "ada dua yang mendapat hijau ... . A dan B.": a bare count's members named right after -------------------

MINISTRIES = "Ombudsman RI menyerahkan hasil survei kepatuhan standar pelayanan publik tahun 2019 di Jakarta. "


@pytest.mark.parametrize(
    "told",
    [
        "Dari empat kementerian itu ada dua yang mendapat hijau dan akan diberi predikat kepatuhan tinggi. Kementerian "
        "Perindustrian dan Kementerian Perdagangan.",
        "Dari empat itu ada dua yang masuk zona hijau, yaitu Kementerian Perindustrian dan Kementerian Perdagangan.",
        "Tahun ini ada dua yang meraih zona hijau. Kementerian Perindustrian serta Kementerian Perdagangan.",
        "Dari empat itu ada dua yang masuk zona hijau, di antaranya Kementerian Perindustrian dan Kementerian "
        "Perdagangan.",
    ],
    ids=["names-next-sentence", "yaitu-same-sentence", "serta-next-sentence", "di-antaranya-same-sentence"],
)
def test_bare_count_holding_a_zone_gives_it_to_the_names_listed(told):
    got = recs(MINISTRIES + told)
    for name in ("Kementerian Perindustrian", "Kementerian Perdagangan"):
        assert got[(name, 2019)].zone == "hijau"


def test_bare_count_with_no_names_listed_gives_nothing_to_a_later_mention():
    text = MINISTRIES + (
        "Dari empat itu ada dua yang mendapat nilai hijau. Penganugerahan itu diterima oleh Menteri Perindustrian. "
        "Ia berterima kasih kepada pegawai Kementerian Perindustrian."
    )
    assert ("Kementerian Perindustrian", 2019) not in recs(text)


# -- "Untuk Kabupaten X, hasilnya kepatuhan tinggi": the result's own word before the verdict --------------------


@pytest.mark.parametrize(
    "told,opinion",
    [
        ("Untuk Kabupaten Kudus, hasilnya kepatuhan tinggi atau zona hijau.", "kepatuhan tinggi"),
        ("Kabupaten Kudus juga dinilai dan hasilnya kepatuhan sedang.", "kepatuhan sedang"),
        ("Kabupaten Kudus dinilai tahun itu, statusnya kepatuhan rendah.", "kepatuhan rendah"),
    ],
    ids=["untuk-hasilnya", "dan-hasilnya", "statusnya"],
)
def test_verdict_after_the_results_own_word(told, opinion):
    got = recs("Ombudsman RI Perwakilan Jawa Tengah merilis hasil survei kepatuhan tahun 2018. " + told)
    assert got[("Kabupaten Kudus", 2018)].opinion == opinion

"""Sentence bounds: where a sentence ends (a missing or glued full stop, a capitalised connective)
and what a sentence carries on from the one before (a relative opener, a list put after a full stop).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, OPENING_JATIM, SB, recs


# -- a capitalised connective after a missing full stop opens a new sentence -------------------------
# ("... 30 kabupaten/kota yang masuk kategori zona hijau Sedangkan untuk lokus penilaian ... meliputi
# empat unit kerja yaitu ...": the assessed units are where the assessment looked, they got no zone)

UNITS = ("Dinas Kesehatan", "Dinas Sosial", "Puskesmas Babat")


@pytest.mark.parametrize(
    "joint",
    [
        "Penilaian dilakukan terhadap 30 kabupaten/kota se-Jawa Timur yang masuk kategori zona hijau Sedangkan untuk "
        "lokus penilaian di Kabupaten Lamongan meliputi tiga unit kerja yaitu Dinas Kesehatan, Dinas Sosial dan "
        "Puskesmas Babat.",
        "Sebanyak 30 kabupaten/kota di Jawa Timur berada di zona hijau Sementara itu lokus penilaian di Kabupaten "
        "Lamongan meliputi Dinas Kesehatan, Dinas Sosial dan Puskesmas Babat.",
        "Ada 30 kabupaten/kota se-Jawa Timur yang meraih zona hijau Adapun lokus penilaian di Kabupaten Lamongan "
        "yaitu Dinas Kesehatan, Dinas Sosial dan Puskesmas Babat.",
    ],
)
def test_a_group_label_does_not_run_past_a_missing_full_stop(joint):
    got = recs(OPENING_JATIM + joint)
    assert got[("Kabupaten Lamongan", 2024)].score == 90.12
    assert not any(e in UNITS for e, _y in got)


def test_a_lower_case_connective_keeps_one_sentence():
    # "sedangkan" in lower case joins two clauses of one sentence: the second clause's units keep their label
    got = recs(
        OPENING_JATIM
        + "Dinas Kesehatan masuk zona hijau, sedangkan Dinas Sosial dan Puskesmas Babat masuk zona kuning."
    )
    assert got[("Dinas Sosial", 2024)].zone == "kuning"
    assert got[("Dinas Kesehatan", 2024)].zone == "hijau"


# -- a list run on past a sentence break keeps its label through a misspelt name ----------------


@pytest.mark.parametrize(
    "odd", ["Kabupaten Sumabwa Barat (70,10), ", "Kota Bimma (70,10), ", "Kabupaten Lombok Utaraa 70,10, "]
)
def test_a_continued_list_keeps_its_label_past_a_misspelt_name(odd):
    text = (
        OMB_PROV.format(prov="Nusa Tenggara Barat") + "Hasil penilaian tahun 2022 diumumkan di Jakarta. "
        "Pemerintah daerah yang turun ke zona kuning yaitu Kota Mataram (64,10), Kabupaten Lombok Barat (61,20). "
        f"Kemudian Kabupaten Lombok Timur (68,30), {odd}Kabupaten Dompu (66,40) dan Kabupaten Bima (57,50)."
    )
    r = recs(text)
    for name in ("Kabupaten Lombok Timur", "Kabupaten Dompu", "Kabupaten Bima"):
        assert r[(name, 2022)].zone == "kuning", name
    assert r[("Kabupaten Dompu", 2022)].score == 66.4


@pytest.mark.parametrize(
    "clause",
    [
        "Kemudian Kabupaten Lombok Timur (68,30) dan Kabupaten Dompu (66,40) diminta Gubernur segera berbenah.",
        "Kemudian Kabupaten Lombok Timur meraih nilai 68,30 dan Kabupaten Dompu 66,40 pada Penilaian Kepatuhan.",
    ],
)
def test_a_sentence_with_other_words_does_not_continue_the_list(clause):
    text = (
        OMB_PROV.format(prov="Nusa Tenggara Barat") + "Hasil penilaian tahun 2022 diumumkan di Jakarta. "
        f"Pemerintah daerah yang turun ke zona kuning yaitu Kota Mataram (64,10), Kabupaten Lombok Barat (61,20). {clause}"
    )
    r = recs(text)
    assert r[("Kabupaten Dompu", 2022)].zone is None


# -- a sentence opened by "Di mana" goes on with the one before it and keeps its year -----------------

OPENING_BENGKULU = "Ombudsman membuka sosialisasi penilaian kepatuhan pelayanan publik tahun 2024 di Bengkulu. "


@pytest.mark.parametrize(
    "sentences",
    [
        "Menurutnya, semua pemda di tahun 2023 lalu sudah masuk zona hijau. Di mana Pemerintah Provinsi Bengkulu "
        "meraih opini kualitas tinggi dengan nilai 87,05.",
        "Pada penilaian 2023 seluruh daerah berada di zona hijau. Dimana Pemprov Bengkulu mendapat nilai 87,05.",
        "Hasil tahun 2023 menempatkan semua pemda di zona hijau. Yang mana Pemprov Bengkulu memperoleh nilai 87,05.",
    ],
)
def test_a_relative_sentence_keeps_the_year_of_the_sentence_before(sentences):
    got = recs(OPENING_BENGKULU + sentences)
    assert got[("Provinsi Bengkulu", 2023)].score == 87.05
    assert ("Provinsi Bengkulu", 2024) not in got


def test_a_relative_sentence_with_its_own_year_keeps_it():
    got = recs(
        OPENING_BENGKULU
        + "Pada tahun 2022 semua pemda masuk zona hijau. Di mana pada 2023 Pemprov Bengkulu meraih nilai 87,05."
    )
    assert ("Provinsi Bengkulu", 2023) in got
    assert ("Provinsi Bengkulu", 2022) not in got


def test_a_sentence_not_opened_by_a_relative_word_does_not_reach_back():
    got = recs(
        "Penilaian kepatuhan tahun 2023 sudah diumumkan Ombudsman pada Desember 2023. Tahun 2022 semua pemda masuk "
        "zona hijau. Pemprov Bengkulu kini meraih nilai 87,05."
    )
    assert ("Provinsi Bengkulu", 2023) in got
    assert ("Provinsi Bengkulu", 2022) not in got


# -- ". Yakni X, Y": a list put after a full stop still belongs to the label before it -----------


@pytest.mark.parametrize("intro", ["Yakni", "Yaitu", "Ialah"])
def test_a_list_after_a_full_stop_takes_the_label_of_its_sentence(intro):
    text = (
        SB + "Dua daerah memperoleh nilai A yakni Kota Solok dan Kabupaten Agam. "
        f"Daerah lainnya memperoleh nilai B. {intro} Kabupaten Pasaman, Kabupaten Sijunjung dan Kota Pariaman."
    )
    r = recs(text)
    assert r[("Kabupaten Agam", 2022)].grade == "A"
    for key in (("Kabupaten Pasaman", 2022), ("Kabupaten Sijunjung", 2022), ("Kota Pariaman", 2022)):
        assert r[key].grade == "B", key


@pytest.mark.parametrize(
    "after",
    ["Kabupaten Pasaman menyusul dengan nilai B.", "Yang lain belum dinilai. Kabupaten Pasaman mendapat nilai B."],
)
def test_a_sentence_not_opened_by_a_list_word_stays_apart(after):
    r = recs(SB + f"Dua daerah memperoleh nilai A yakni Kota Solok dan Kabupaten Agam. {after}")
    assert r[("Kota Solok", 2022)].grade == "A"
    assert r[("Kabupaten Pasaman", 2022)].grade == "B"


# -- a full stop glued to the next sentence still ends it ----------------------------------------------------
# ("... dalam kategori zona kuning.Nilai 0-50 zona merah, ...": the band legend after it is another
# sentence, so the result before it is not read as part of the legend)

BANDS = "Nilai 0-50 masuk kategori zona merah, 51-80 zona kuning, 81-100 zona hijau."


@pytest.mark.parametrize(
    "result",
    [
        "Adapun nilai Kota Bitung tahun 2016 adalah 68,06 atau masuk dalam kategori zona kuning.",
        "Kota Bitung pada penilaian tahun 2016 meraih nilai 68,06 dan masuk zona kuning.",
        "Pada tahun 2016 Kota Bitung memperoleh 68,06 sehingga berada di zona kuning.",
    ],
)
def test_a_result_before_a_glued_legend_keeps_its_values(result):
    got = recs("Ombudsman RI menilai kepatuhan standar pelayanan publik pemerintah daerah. " + result + BANDS)
    assert got[("Kota Bitung", 2016)].score == 68.06
    assert got[("Kota Bitung", 2016)].zone == "kuning"


def test_initials_and_degrees_glued_to_a_name_end_no_sentence():
    got = recs(
        "Ombudsman RI menyerahkan penghargaan zona hijau penilaian kepatuhan tahun 2023 untuk Kota Bitung diterima Sekda Drs.H.A.Rahman, "
        "M.Si.Kota Bitung meraih nilai 88,10."
    )
    assert got[("Kota Bitung", 2023)].zone == "hijau"
    assert got[("Kota Bitung", 2023)].score == 88.10


# -- a grade letter after its cue word ends its sentence ("... dengan kategori A. Untuk kategori B diraih ..."),
# -- while a capital letter in a name stays an initial ----------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Untuk kategori B diraih oleh Kota Jambi dan Kabupaten Kerinci.",
        "Kategori B ditempati Kota Jambi dan Kabupaten Kerinci.",
    ],
)
def test_a_grade_letter_ends_its_sentence(second):
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023 di Jambi. Kabupaten Bungo dan Kabupaten Tebo "
        f"meraih zona hijau dengan kategori A. {second}"
    )
    r = recs(text)
    for e in ("Kabupaten Bungo", "Kabupaten Tebo"):
        assert (r[(e, 2023)].zone, r[(e, 2023)].grade) == ("hijau", "A")
    for e in ("Kota Jambi", "Kabupaten Kerinci"):
        assert r[(e, 2023)].grade == "B"


def test_an_initial_in_a_name_ends_no_sentence():
    from extract.components.sentences import Sentences
    from extract.pipeline import build_nlp

    nlp = build_nlp(with_officials=False)
    sents = next(p for _n, p in nlp.pipeline if isinstance(p, Sentences))
    text = "Sambutan disampaikan Bupati Andi A. Syamsuri di Sinjai. Kabupaten Sinjai meraih nilai A. Ia bangga."
    assert [text[a:b].strip() for a, b in sents.spans(text)] == [
        "Sambutan disampaikan Bupati Andi A. Syamsuri di Sinjai.",
        "Kabupaten Sinjai meraih nilai A.",
        "Ia bangga.",
    ]

"""Lists continued: scored names after a graded list continue it over the next sentences ("Lalu,
Pemerintah Kota C 80,87, ...") unless a sentence has words of its own; a list after a second counted
label takes that label.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- vertical key-value blocks under a numbered entity ------------------------------------------


@pytest.mark.parametrize(
    "keys",
    [
        ("Nilai kepatuhan: {s}", "Opini: {o}", "Kategori: {g}"),
        ("Nilai: {s}", "Opini Ombudsman: {o}", "Kategori; {g}"),
        ("Skor: {s}", "Kategori: {g}", "Opini: {o}"),
        ("Nilai kepatuhan : {s}", "Predikat: {g}", "Opini : {o}"),
    ],
    ids=["nilai-kepatuhan-1", "nilai", "skor", "nilai-kepatuhan-2"],
)
def test_vertical_key_value_block(keys):
    rows = [
        ("Kabupaten Klaten", "93,12", "kualitas tertinggi", "A"),
        ("Kabupaten Boyolali", "86,40", "kualitas tinggi", "B"),
        ("Kota Surakarta", "74,05", "kualitas sedang", "C"),
    ]
    lines = [
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023. "
        "Berikut daftar lengkapnya:"
    ]
    for i, (name, s, o, g) in enumerate(rows, 1):
        lines.append(f"{i}. {name}")
        lines += [k.format(s=s, o=o, g=g) for k in keys]
    r = recs("\n".join(lines))
    for name, s, o, g in rows:
        rec = r[(name, 2023)]
        assert (rec.score, rec.opinion, rec.grade) == (float(s.replace(",", ".")), o, g), name
        assert rec.rank is None  # a list not called a ranking gives no ranks


# -- list members with inline scores share the last member's zone ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Ogan Ilir memperoleh nilai 79,42 dan Kabupaten Musi Rawas Utara 74,86 berada di zona kuning.",
        "Kabupaten Ogan Ilir meraih 79,42, Kabupaten Musi Rawas Utara 74,86 masuk zona kuning.",
        "Kabupaten Ogan Ilir dengan skor 79,42 serta Kabupaten Musi Rawas Utara dengan skor 74,86 masuk zona kuning.",
    ],
    ids=["kabupaten-ogan-ilir-memperoleh-nilai", "kabupaten-ogan-ilir-meraih-79", "kabupaten-ogan-ilir-dengan-skor"],
)
def test_inline_scored_members_share_the_lists_zone(sentence):
    text = "Ombudsman RI Perwakilan Sumsel merilis hasil survei kepatuhan tahun 2019. " + sentence
    r = recs(text)
    assert (r[("Kabupaten Ogan Ilir", 2019)].score, r[("Kabupaten Ogan Ilir", 2019)].zone) == (79.42, "kuning")
    assert (r[("Kabupaten Musi Rawas Utara", 2019)].score, r[("Kabupaten Musi Rawas Utara", 2019)].zone) == (
        74.86,
        "kuning",
    )


def test_a_member_with_its_own_zone_keeps_it():
    text = (
        "Ombudsman RI Perwakilan Sumsel merilis hasil survei kepatuhan tahun 2019. Kota Pagar Alam meraih "
        "nilai 28,60 atau zona merah, sedangkan Kabupaten Ogan Ilir 79,42 dan Kabupaten Musi Rawas Utara 74,86 "
        "berada di zona kuning."
    )
    r = recs(text)
    assert r[("Kota Pagar Alam", 2019)].zone == "merah"
    assert r[("Kabupaten Ogan Ilir", 2019)].zone == "kuning"


# -- scored names after a graded list continue it, over one or two sentences ---------------------------------

HEAD = "Ombudsman RI Perwakilan Jambi merilis hasil penilaian kepatuhan standar pelayanan publik 2022. "


@pytest.mark.parametrize(
    "listed, more",
    [
        (
            "Daerah yang memperoleh predikat B yaitu Pemerintah Kota Jambi 86,10, Pemerintah Kabupaten Bungo 84,22.",
            "\n\nLalu, Pemerintah Kabupaten Merangin 81,15, Pemerintah Kabupaten Sarolangun 80,02.",
        ),
        (
            "Kategori B diraih Kota Jambi dengan nilai 86,10 dan Kabupaten Bungo 84,22.",
            " Berikutnya Kabupaten Merangin (81,15) serta Kabupaten Sarolangun (80,02).",
        ),
        (
            "Yang masuk predikat B ialah Pemkot Jambi 86,10, Pemkab Bungo 84,22.",
            "\n\nKemudian Pemkab Merangin 81,15 dan Pemkab Sarolangun 80,02.",
        ),
    ],
    ids=["lalu-pemerintah", "berikutnya-brackets", "kemudian-pemkab"],
)
def test_scored_names_after_a_graded_list_continue_it(listed, more):
    r = recs(HEAD + listed + more)
    for name, score in [("Kabupaten Merangin", 81.15), ("Kabupaten Sarolangun", 80.02)]:
        assert r[(name, 2022)].score == score
        assert r[(name, 2022)].grade == "B"
    assert r[("Kota Jambi", 2022)].grade == "B"


def test_continued_list_runs_on_over_two_sentences():
    text = (
        HEAD + "Predikat B diperoleh Pemerintah Kota Jambi 86,10, Pemerintah Kabupaten Bungo 84,22.\n\n"
        "Lalu, Pemerintah Kabupaten Merangin 81,15, Pemerintah Kabupaten Tebo 80,40.\n\n"
        "Berikutnya, Pemerintah Kabupaten Kerinci 79,50, Pemerintah Kota Sungai Penuh 78,90."
    )
    r = recs(text)
    assert r[("Kabupaten Kerinci", 2022)].grade == "B"
    assert r[("Kabupaten Kerinci", 2022)].score == 79.5


@pytest.mark.parametrize(
    "after",
    [
        # the next sentence gives its own label
        "\n\nLalu, Pemerintah Kabupaten Merangin 71,15 berada pada zona kuning dengan predikat C.",
        # a sentence with a verb of its own is not a run-on list
        "\n\nPemerintah Kabupaten Merangin meraih nilai 71,15 pada penilaian itu.",
        "\n\nBupati Merangin mengatakan nilai 71,15 akan ditingkatkan tahun depan.",
    ],
    ids=["own-label", "own-verb", "head-of-region-speaks"],
)
def test_sentence_with_words_of_its_own_does_not_continue_the_list(after):
    text = HEAD + "Predikat B diperoleh Pemerintah Kota Jambi 86,10, Pemerintah Kabupaten Bungo 84,22." + after
    r = recs(text)
    rec = r.get(("Kabupaten Merangin", 2022))
    assert rec is None or rec.grade != "B"


# -- a list after a second counted label takes that label ----------------------------------------------------

ZONE_HEAD = "Ombudsman RI Perwakilan Sulawesi Tengah merilis hasil penilaian kepatuhan standar pelayanan publik 2021. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Selain itu, tercatat 8 Kabupaten/Kota di Zona Kuning dan Zona Merah terdapat 2 Kabupaten yaitu "
        "Kabupaten Banggai Laut dengan nilai 44,10 dan Kabupaten Tojo Una-Una 35,20.",
        "Terdapat zona kuning sebanyak 8 daerah, sedangkan zona merah sebanyak 2 kabupaten yakni Kabupaten Banggai "
        "Laut dengan nilai 44,10 dan Kabupaten Tojo Una-Una 35,20.",
        "Zona kuning diraih 8 daerah, dan zona merah 2 daerah, yaitu Kabupaten Banggai Laut (44,10) dan "
        "Kabupaten Tojo Una-Una (35,20).",
    ],
    ids=["terdapat-2-kabupaten-yaitu", "sebanyak-yakni", "diraih-yaitu-brackets"],
)
def test_list_after_a_second_counted_label_takes_that_label(sentence):
    r = recs(ZONE_HEAD + sentence)
    assert r[("Kabupaten Banggai Laut", 2021)].zone == "merah"
    assert r[("Kabupaten Tojo Una Una", 2021)].zone == "merah"
    assert r[("Kabupaten Tojo Una Una", 2021)].score == 35.2


def test_label_before_the_counted_group_still_heads_its_members():
    r = recs(
        ZONE_HEAD + "Zona merah diraih 2 kabupaten yaitu Kabupaten Banggai Laut 44,10 dan Kabupaten Tojo Una-Una 35,20."
    )
    assert r[("Kabupaten Banggai Laut", 2021)].zone == "merah"

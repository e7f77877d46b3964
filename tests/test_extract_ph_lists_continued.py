"""Lists continued: names after a list ("Kemudian ada A, B dan C."), past a sentence or line break, in
vertical key-value blocks, with lower-case words in an item's name, members' inline scores sharing the
list's label, scored names after a graded list ("Lalu, Pemerintah Kota C 80,87") unless a sentence has
words of its own, and a list after a second counted label; members with a bracketed score sharing the
list's zone, list lines split by dashes ending in their zone, a line's decimals that start no group.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, recs


# -- "Kemudian ada A, B dan C.": a sentence of names after a list continues it -----------------

LISTED = (
    "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2021 di Sumatera Utara. "
    "Yang berada di zona kuning yakni Kabupaten Karo, Kabupaten Samosir dan Kota Binjai. "
)


@pytest.mark.parametrize(
    "more",
    [
        "Kemudian ada Kabupaten Langkat dan Kota Medan.",
        "Lalu ada Kabupaten Langkat serta Kota Medan.",
        "Ada pula Kabupaten Langkat dan Kota Medan.",
        "Selanjutnya ada Kabupaten Langkat, Kota Medan.",
        "Ada juga Kabupaten Langkat dan Kota Medan.",
    ],
    ids=[
        "kemudian-ada-kabupaten-langkat-dan",
        "lalu-ada-kabupaten-langkat-serta",
        "ada-pula-kabupaten-langkat-dan",
        "selanjutnya-ada-kabupaten-langkat-kota",
        "ada-juga-kabupaten-langkat-dan",
    ],
)
def test_names_after_ada_continue_the_list(more):
    got = recs(LISTED + more)
    assert {k[0] for k in got} == {
        "Kabupaten Karo",
        "Kabupaten Samosir",
        "Kota Binjai",
        "Kabupaten Langkat",
        "Kota Medan",
    }
    assert all((r.year, r.zone) == (2021, "kuning") for r in got.values())


def test_names_with_their_own_label_do_not_continue_the_list():
    got = recs(LISTED + "Kemudian ada Kabupaten Langkat yang masuk zona merah.")
    assert got[("Kabupaten Langkat", 2021)].zone == "merah"


# -- a list item whose name has its later words in lower case -------------------------------------------


@pytest.mark.parametrize(
    "listed, name, shorter",
    [
        ("Nias, Padang lawas, Samosir", "Kabupaten Padang Lawas", "Kota Padang"),
        ("Nias, Samosir dan Labuhan batu", "Kabupaten Labuhanbatu", None),
        ("yaitu Aceh tengah, Bener Meriah, Gayo Lues", "Kabupaten Aceh Tengah", None),
    ],
    ids=["nias-padang-lawas-samosir", "nias-samosir-dan-labuhan-batu", "yaitu-aceh-tengah-bener-meriah"],
)
def test_list_item_with_lower_case_words_is_the_whole_name(listed, name, shorter):
    text = f"Hasil penilaian kepatuhan Ombudsman tahun 2021: daerah yang masuk zona merah {listed}."
    got = recs(text)
    assert got[(name, 2021)].zone == "merah", got
    if shorter:
        assert (shorter, 2021) not in got


def test_capital_word_before_a_lower_case_phrase_outside_a_list_stays_short():
    # look-alike: "Batu bara" as a commodity after a noun is no list item
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2021 menempatkan Kota Batu di zona hijau. Pengusaha tambang "
        "Batu bara di daerah itu tidak dinilai."
    )
    got = recs(text)
    assert set(got) == {("Kota Batu", 2021)}, got


# -- a list that runs on past a sentence or line break -----------------------------------------


@pytest.mark.parametrize(
    "lead, cont",
    [
        (
            "Daerah yang masuk zona kuning di antaranya Kabupaten Sintang, Kabupaten Sanggau.",
            "Kabupaten Sekadau, Kabupaten Melawi.",
        ),
        (
            "Yang masuk zona kuning adalah Kabupaten Sintang, Kabupaten Sanggau.",
            "Serta Kabupaten Sekadau dan Kabupaten Melawi.",
        ),
        (
            "Zona kuning diraih Kabupaten Sintang dan Kabupaten Sanggau.",
            "Kemudian Kabupaten Sekadau, dan juga Kabupaten Melawi.",
        ),
    ],
    ids=["daerah-yang-masuk-zona-kuning", "yang-masuk-zona-kuning-adalah", "zona-kuning-diraih-kabupaten-sintang"],
)
def test_list_continues_past_a_break(lead, cont):
    text = (
        "Ombudsman Kalimantan Barat menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019.\n"
        f"{lead}\n{cont}\nSementara Kabupaten Kapuas Hulu masuk zona hijau."
    )
    got = recs(text)
    zones = {e: r.zone for (e, _), r in got.items()}
    assert zones == {
        "Kabupaten Sintang": "kuning",
        "Kabupaten Sanggau": "kuning",
        "Kabupaten Sekadau": "kuning",
        "Kabupaten Melawi": "kuning",
        "Kabupaten Kapuas Hulu": "hijau",
    }


def test_names_after_a_single_claim_are_no_list():
    # one entity's own label is no list: the names after it get nothing from it
    text = (
        "Ombudsman Kalimantan Barat menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019.\n"
        "Kabupaten Sintang masuk zona kuning.\nKabupaten Sekadau, Kabupaten Melawi.\n"
    )
    assert {e for e, _ in recs(text)} == {"Kabupaten Sintang"}


@pytest.mark.parametrize(
    "name",
    ["Kabupaten Kepulauan Taliabu", "Pemkab Kepulauan Taliabu", "Kepulauan Taliabu"],
    ids=["kabupaten-kepulauan-taliabu", "pemkab-kepulauan-taliabu", "kepulauan-taliabu"],
)
def test_old_name_of_pulau_taliabu(name):
    text = (
        f"Ombudsman Maluku Utara menyebut {name} masuk zona merah pada penilaian kepatuhan pelayanan publik tahun 2021."
    )
    assert set(recs(text)) == {("Kabupaten Pulau Taliabu", 2021)}


# -- members' own scores inline, the list's label at its end -----------------------------------


@pytest.mark.parametrize(
    "fmt",
    [
        "{a} dengan poin {x}, {b} dengan poin {y}, dan {c} dengan poin {z} masuk ke dalam zona kuning.",
        "{a} meraup skor {x}, {b} meraup skor {y} dan {c} meraup skor {z} berada di zona kuning.",
        "{a} mengantongi nilai {x}, {b} mengantongi nilai {y}, serta {c} mengantongi nilai {z} masuk zona kuning.",
        "{a} dengan perolehan {x}, {b} dengan perolehan {y} dan {c} dengan perolehan {z} tergolong zona kuning.",
    ],
    ids=[
        "dengan-poin-dengan-poin-dan",
        "meraup-skor-meraup-skor-dan",
        "mengantongi-nilai-mengantongi-nilai-serta",
        "dengan-perolehan-dengan-perolehan-dan",
    ],
)
def test_inline_scores_then_shared_label(fmt):
    names = dict(a="Kabupaten Sumbawa", b="Kabupaten Sumbawa Barat", c="Kota Bima")
    text = "Ombudsman NTB menyampaikan hasil penilaian kepatuhan standar pelayanan publik tahun 2018. " + fmt.format(
        **names, x="71.20", y="66,05", z="62.18"
    )
    got = recs(text)
    assert {e: (r.score, r.zone) for (e, _), r in got.items()} == {
        "Kabupaten Sumbawa": (71.2, "kuning"),
        "Kabupaten Sumbawa Barat": (66.05, "kuning"),
        "Kota Bima": (62.18, "kuning"),
    }


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


# -- list lines and members with their own values: members with a bracketed score share the zone said after
# -- them (one with its own bracketed zone keeps it), lines "- X – 90,16 – Hijau" are items (not datelines)
# -- ending in their zone, and the decimals of a line's score start no group of their own -------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022. Kabupaten Purworejo (91,20), Kabupaten "
            "Kebumen (90,16) dan Kabupaten Wonosobo (88,05) masuk zona hijau, sedangkan Kabupaten Banjarnegara "
            "(zona kuning) belum.",
            {
                ("Kabupaten Purworejo", 2022): {"score": 91.2, "zone": "hijau"},
                ("Kabupaten Kebumen", 2022): {"score": 90.16, "zone": "hijau"},
                ("Kabupaten Wonosobo", 2022): {"score": 88.05, "zone": "hijau"},
                ("Kabupaten Banjarnegara", 2022): {"score": None, "zone": "kuning"},
            },
        ),
        (
            "Ombudsman RI Perwakilan Jambi menyerahkan hasil Penilaian Kepatuhan tahun 2022. Rinciannya:\n"
            "- Kabupaten Bungo – 90,16 – Hijau\n- Kabupaten Tebo – 70,50 – Kuning\n",
            {
                ("Kabupaten Bungo", 2022): {"score": 90.16, "zone": "hijau"},
                ("Kabupaten Tebo", 2022): {"score": 70.5, "zone": "kuning"},
            },
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022:\nKabupaten Bungo 90,16 (Hijau)\n"
            "Kabupaten Tebo 70,50 (Kuning)\n",
            {("Kabupaten Bungo", 2022): {"zone": "hijau"}, ("Kabupaten Tebo", 2022): {"zone": "kuning"}},
        ),
    ],
    ids=["bracketed-scores-share-the-zone", "dash-separated-lines", "decimals-start-no-group"],
)
def test_list_lines_and_members_with_their_own_values(text, expected):
    assert_record_fields(text, expected, exact=True)

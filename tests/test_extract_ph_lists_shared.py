"""Lists sharing one label or score: a list running on past a full stop, a province's governments all
placed by a bare collective, one score "masing-masing" for a list of land offices, scores listed
respectively (paired with the list in order, stopping at the next entity), and "the others" that are not
the one named before.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import KANTAH_NTT_2021, assert_record_fields, recs


# -- ", hanya X yang mendapat zona hijau": the label is X's, never the places listed before ---------


@pytest.mark.parametrize(
    "only",
    [
        "hanya pemerintah provinsi yang mendapat zona hijau",
        "hanya satu yang mendapat peringkat hijau",
        "cuma provinsi yang berhasil masuk zona hijau",
    ],
    ids=[
        "hanya-pemerintah-provinsi-yang-mendapat",
        "hanya-satu-yang-mendapat-peringkat",
        "cuma-provinsi-yang-berhasil-masuk",
    ],
)
def test_a_label_said_only_of_another_is_not_the_lists(only):
    r = recs(
        "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan 2016. Lima daerah yakni "
        "Kabupaten Bengkulu Utara, Kabupaten Mukomuko, Kota Bengkulu dan Kabupaten Lebong, " + only + "."
    )
    assert not any(rec.zone == "hijau" for rec in r.values())


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Lahat hanya meraih 60 poin yang berarti zona merah.",
        "Dari Kabupaten Lahat dan Kota Prabumulih, hanya Kabupaten Lahat yang meraih zona merah.",
    ],
    ids=["kabupaten-lahat-hanya-meraih-60", "dari-kabupaten-lahat-dan-kota"],
)
def test_hanya_of_the_entity_itself_keeps_its_label(said):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan 2018. " + said)
    assert r[("Kabupaten Lahat", 2018)].zone == "merah"


# -- "Demikian pula dengan ...": the labels just given, for the kinds not restated -----------------


@pytest.mark.parametrize(
    "likewise",
    [
        "Demikian pula dengan tiga pemerintah kota, yakni Bukittinggi, Solok dan Sawahlunto, semua tercatat di "
        "zona kuning.",
        "Begitu juga tiga pemerintah kota yaitu Bukittinggi, Solok dan Sawahlunto yang berada di zona kuning.",
    ],
    ids=["demikian-pula-dengan-tiga-pemerintah", "begitu-juga-tiga-pemerintah-kota"],
)
def test_likewise_carries_the_labels_just_given(likewise):
    got = recs(
        "Ombudsman RI Perwakilan Sumatera Barat menyampaikan hasil penilaian kepatuhan tahun 2021. Menurut dia, "
        "Pemerintah Provinsi Sumatera Barat masuk dalam kategori predikat kepatuhan sedang, atau zona kuning. "
        + likewise
    )
    for e in ("Kota Bukittinggi", "Kota Solok", "Kota Sawahlunto"):
        assert (got[(e, 2021)].zone, got[(e, 2021)].opinion) == ("kuning", "kepatuhan sedang")


def test_likewise_does_not_override_a_label_restated():
    got = recs(
        "Ombudsman RI Perwakilan Sumatera Barat menyampaikan hasil penilaian kepatuhan tahun 2021. Kota Padang "
        "masuk kategori kepatuhan sedang atau zona kuning. Demikian pula Kota Solok, namun dengan predikat "
        "kepatuhan tinggi atau zona hijau."
    )
    assert (got[("Kota Solok", 2021)].zone, got[("Kota Solok", 2021)].opinion) == ("hijau", "kepatuhan tinggi")


# -- "bersama" shares the zone with members that have their own score and grade ------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Donggala sukses masuk zona hijau dengan skor 84,19 (nilai B), bersama Kabupaten Buol dengan skor 86,52 "
        "(nilai B), dan Kabupaten Parigi Moutong dengan skor 88,03 (nilai B).",
        "Pemkab Donggala meraih zona hijau dengan skor 84,19, bersama dengan Kabupaten Buol dengan skor 86,52 serta "
        "Kabupaten Parigi Moutong dengan skor 88,03.",
        "Pemkab Donggala masuk zona hijau (84,19), begitu pula Kabupaten Buol (86,52), dan Kabupaten Parigi Moutong (88,03).",
    ],
    ids=["pemkab-donggala-sukses-masuk-zona", "pemkab-donggala-meraih-zona-hijau", "pemkab-donggala-masuk-zona-hijau"],
)
def test_bersama_shares_the_zone_through_the_list(said):
    text = "Ombudsman RI Perwakilan Sulawesi Tengah menyerahkan hasil penilaian kepatuhan tahun 2023. " + said
    r = recs(text)
    for name, score in (("Kabupaten Donggala", 84.19), ("Kabupaten Buol", 86.52), ("Kabupaten Parigi Moutong", 88.03)):
        assert (r[(name, 2023)].score, r[(name, 2023)].zone) == (score, "hijau"), name


def test_bersama_does_not_reach_past_the_sentence_or_overwrite_a_zone():
    text = (
        "Ombudsman RI Perwakilan Sulawesi Tengah menyerahkan hasil penilaian kepatuhan tahun 2023. "
        "Pemkab Poso masuk zona hijau bersama Kota Palu, dan Kabupaten Sigi masuk zona kuning. "
        "Kabupaten Banggai dengan skor 67,14 juga di zona kuning."
    )
    r = recs(text)
    assert r[("Kota Palu", 2023)].zone == "hijau"
    assert r[("Kabupaten Sigi", 2023)].zone == r[("Kabupaten Banggai", 2023)].zone == "kuning"


# -- a list run on by "Disusul"/"Diikuti", and one sharing its first member's label --------------------------

LISTED = "Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian kepatuhan tahun 2018. "


@pytest.mark.parametrize("between", ["", "Bacaan Lainnya\n\n", "Iklan\n\n"])
@pytest.mark.parametrize("word", ["Disusul", "Diikuti"])
def test_a_succession_list_keeps_the_label_of_the_one_before(between, word):
    got = recs(
        LISTED + "Kota Dumai masuk zona merah dengan nilai paling rendah (12,40).\n\n"
        f"{between}{word} Kabupaten Siak (15,20), Kabupaten Kampar (31,05) dan Kabupaten Pelalawan (28,44)."
    )
    for name in ("Kabupaten Siak", "Kabupaten Kampar", "Kabupaten Pelalawan"):
        assert got[(name, 2018)].zone == "merah"


def test_a_succession_sentence_with_more_than_names_shares_nothing():
    got = recs(
        LISTED + "Kota Dumai masuk zona merah dengan nilai 12,40. Disusul kemudian penyerahan piagam kepada "
        "Kabupaten Siak yang meraih nilai 85,20."
    )
    assert got[("Kabupaten Siak", 2018)].zone is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Sementara itu, Kota Dumai masuk di zona kuning dengan nilai (70,77), Kampar (54,03), Siak (58,39) dan "
        "Kabupaten Pelalawan (63,14).",
        "Kota Dumai berada di zona kuning dengan skor 70,77, Kampar 54,03, Siak 58,39 dan Kabupaten Pelalawan 63,14.",
    ],
    ids=["in-brackets", "skor"],
)
def test_members_with_scores_only_share_the_first_ones_label(sentence):
    got = recs(LISTED + sentence)
    assert got[("Kota Dumai", 2018)].score == 70.77
    for name, score in (("Kabupaten Kampar", 54.03), ("Kabupaten Siak", 58.39), ("Kabupaten Pelalawan", 63.14)):
        assert (got[(name, 2018)].zone, got[(name, 2018)].score) == ("kuning", score)


def test_a_second_clause_with_its_own_label_is_not_shared():
    got = recs(LISTED + "Kota Dumai masuk zona kuning dengan nilai 70,77, sedangkan Kabupaten Siak zona merah (40,10).")
    assert got[("Kabupaten Siak", 2018)].zone == "merah"


# -- "N pemda lain yang (juga) meraih ...": the ones just named hold the label too ---------------------------

OTHERS = "Ombudsman RI menyerahkan hasil survei kepatuhan tahun 2021 di Jakarta. "


@pytest.mark.parametrize(
    "text",
    [
        OTHERS + "Dari Riau hanya Pemkab Siak yang hadir. \u201cSementara, enam pemda lain di Riau yang meraih "
        "predikat kepatuhan tinggi tidak diundang,\u201d katanya.",
        OTHERS + "Pemkab Siak hadir di Jakarta. Enam pemda lain juga meraih predikat kepatuhan tinggi.",
        OTHERS + "Pemkab Siak menerima piagamnya di Jakarta. Lima daerah lainnya yang juga masuk predikat kepatuhan "
        "tinggi menerima piagam di Pekanbaru.",
    ],
    ids=["enam-pemda-lain-quoted", "enam-pemda-lain-juga", "lima-daerah-lainnya"],
)
def test_the_others_alike_give_their_label_to_the_ones_named(text):
    assert recs(text)[("Kabupaten Siak", 2021)].opinion == "kepatuhan tinggi"


def test_others_in_contrast_give_nothing():
    got = recs(OTHERS + "Pemkab Siak meraih nilai 70,10. Sementara lima daerah lain masuk zona kuning.")
    assert got[("Kabupaten Siak", 2021)].zone is None


# -- a list running on into the next sentence, each name with its score -------------------------------

KUNING_LIST = (
    "Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2022. Daerah yang masuk zona "
    "kuning dengan kategori C yakni Kabupaten Blora dengan nilai 74,10, Kabupaten Rembang 72,05, Kabupaten Pati 70,80. "
)


@pytest.mark.parametrize(
    "more",
    [
        "Lalu, Kabupaten Kudus dengan nilai 69,12, Kabupaten Jepara 66,40 dan Kota Salatiga dengan nilai 61,75.",
        "Kemudian Kabupaten Kudus dengan skor 69,12, Kabupaten Jepara 66,40, serta Kota Salatiga 61,75.",
        "Berikutnya Kabupaten Kudus 69,12, Kabupaten Jepara dengan perolehan nilai 66,40 dan Kota Salatiga 61,75.",
    ],
    ids=["lalu", "kemudian", "berikutnya"],
)
def test_a_list_with_scores_runs_on_past_the_sentence_break(more):
    got = recs(KUNING_LIST + more)
    for name, score in (("Kabupaten Kudus", 69.12), ("Kabupaten Jepara", 66.40), ("Kota Salatiga", 61.75)):
        r = got[(name, 2022)]
        assert (r.score, r.zone, r.grade) == (score, "kuning", "C")


@pytest.mark.parametrize(
    "more",
    [
        # a label of its own: a new statement, not the list before
        "Lalu, Kabupaten Kudus dengan nilai 89,12 masuk zona hijau.",
        # a clause of its own between the names
        "Sementara Kabupaten Kudus dengan nilai 69,12 belum diumumkan zonanya.",
    ],
    ids=["own-label", "own-clause"],
)
def test_a_sentence_with_words_of_its_own_does_not_continue_the_list(more):
    got = recs(KUNING_LIST + more)
    assert got[("Kabupaten Kudus", 2022)].zone != "kuning"
    assert got[("Kabupaten Kudus", 2022)].grade is None


# -- "yang lainnya" after a sentence about one place: the rest, not that place --------------------------


@pytest.mark.parametrize(
    "rest",
    ["Sementara yang lainnya berada pada kategori tinggi alias zona hijau.", "Adapun yang lain berada di zona hijau."],
    ids=["yang-lainnya", "yang-lain"],
)
def test_the_others_are_not_the_last_place_named(rest):
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Ada dua kota yang masuk kategori "
        "tertinggi, yaitu Kota Langsa dan Kota Sabang. Bahkan Kota Langsa masuk sepuluh besar nasional. " + rest
    )
    assert got[("Kota Langsa", 2022)].zone is None
    assert got[("Kota Langsa", 2022)].opinion == "kualitas tertinggi"


def test_a_sentence_about_the_place_itself_still_carries_its_subject():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Langsa masuk sepuluh besar "
        "nasional. Selain itu, nilainya juga masuk zona hijau."
    )
    assert got[("Kota Langsa", 2022)].zone == "hijau"


# -- "pemerintah daerah yang lain ... zona hijau" after the one exception speaks of the others ---------------

HEAD_2023 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "


@pytest.mark.parametrize(
    "others",
    [
        "Sementara pemerintah daerah yang lain telah berada di zona hijau.",
        "Adapun pemerintah daerah lainnya berada di zona hijau.",
        "Kabupaten/kota yang lain telah meraih zona hijau kategori kepatuhan tinggi.",
    ],
    ids=["pemerintah-daerah-yang-lain", "lainnya", "kabupaten-kota-yang-lain"],
)
def test_the_others_after_an_exception_are_not_the_exception(others):
    got = recs(HEAD_2023 + "Hanya satu daerah yang berada di zona kuning, yakni Kabupaten Kotabaru. " + others)
    assert {k: r.zone for k, r in got.items()} == {("Kabupaten Kotabaru", 2023): "kuning"}


def test_a_sentence_without_the_others_still_continues_its_subject():
    got = recs(HEAD_2023 + "Kabupaten Kotabaru meraih nilai 70,10. Dengan nilai itu, daerah ini masuk zona kuning.")
    assert got[("Kabupaten Kotabaru", 2023)].zone == "kuning"


# -- "di Provinsi X, semuanya ... zona hijau": every government of X, not the units listed before ------

SCORES = (
    "Ombudsman merilis hasil penilaian kepatuhan tahun 2023 se-Provinsi Jambi. Pemkab Kerinci memperoleh "
    "skor 93,10, Pemkab Bungo skor 90,25 dan Pemkot Jambi skor 86,40. Penilaian dilakukan terhadap lima OPD, "
    "yakni DPMPTSP, Dinas Kesehatan, Dinas Sosial, Dukcapil dan Dinas Pendidikan. "
)


JAMBI_ALL = {"Kabupaten Kerinci": "hijau", "Kabupaten Bungo": "hijau", "Kota Jambi": "hijau"}
UNITS_ONLY = (
    "Ombudsman menilai kepatuhan Pemkab Kerinci tahun 2023. Unit yang dinilai yakni Dinas Kesehatan, "
    "Dinas Sosial dan Dinas Pendidikan. Semuanya masuk zona hijau."
)


@pytest.mark.parametrize(
    "text, zones, no_units",
    [
        (SCORES + "Khusus di Provinsi Jambi, semuanya sudah masuk zona hijau.", JAMBI_ALL, True),
        (SCORES + "Untuk se-Provinsi Jambi seluruhnya berada di zona hijau.", JAMBI_ALL, True),
        (SCORES + "Di Provinsi Jambi tahun ini kesemuanya meraih zona hijau.", JAMBI_ALL, True),
        # without a province the collective keeps the list before
        (UNITS_ONLY, {"Dinas Kesehatan": "hijau"}, False),
        # a group named before the province is not every government
        (
            SCORES + "Sebanyak 9 kantor pertanahan di Provinsi Jambi semuanya mendapat zona hijau.",
            {"Kabupaten Kerinci": None},
            False,
        ),
        (
            SCORES + "Kantor pertanahan se-Provinsi Jambi yang mana seluruhnya memperoleh zona hijau.",
            {"Kabupaten Kerinci": None},
            False,
        ),
    ],
    ids=["khusus-di", "se-provinsi", "di-provinsi-kesemuanya", "no-province", "land-offices-counted", "yang-mana"],
)
def test_all_of_a_province_placed_before_a_bare_collective(text, zones, no_units):
    got = recs(text)
    assert {e: got[(e, 2023)].zone for e in zones} == zones
    assert not no_units or not [k for k in got if k[0].startswith("Dinas") or k[0] == "Dukcapil"]


# -- land offices named by a bare place after "Kantah", and one score "masing-masing" for a list -------


SIKKA = " Lalu Kantah Sikka mendapatkan poin 80,22."
EACH_90 = {"Kupang": 90.10, "Belu": 90.10, "Alor": 90.10, "Sikka": 80.22}


@pytest.mark.parametrize(
    "sentence, scores",
    [
        (
            "Hasilnya Kantah Kupang, Kantah Belu, dan Kantah Alor, yang masing-masing memiliki poin sebesar 90,10."
            + SIKKA,
            EACH_90,
        ),
        ("Kantah Kupang, Kantah Belu serta Kantah Alor masing-masing meraih nilai 90,10." + SIKKA, EACH_90),
        ("Kantor Pertanahan Kupang, Belu dan Alor masing-masing memperoleh skor 90,10." + SIKKA, EACH_90),
        # scores listed respectively still go in order
        (
            "Kantah Kupang, Kantah Belu dan Kantah Alor masing-masing meraih nilai 90,10, 85,20 dan 81,00.",
            {"Kupang": 90.10, "Belu": 85.20, "Alor": 81.00},
        ),
    ],
    ids=["yang-masing-masing", "serta-masing-masing", "bare-places", "respectively"],
)
def test_one_score_each_for_a_list_of_land_offices(sentence, scores):
    got = recs(KANTAH_NTT_2021 + sentence)
    assert {p: got[(f"Kantor Pertanahan Kabupaten {p}", 2021)].score for p in scores} == scores


def test_one_score_in_order_words_is_not_shared():
    got = recs(
        KANTAH_NTT_2021 + "Kantah Kupang dan Kantah Belu berturut-turut di atas, Kantah Belu meraih nilai 90,10."
    )
    assert (
        got.get(("Kantor Pertanahan Kabupaten Kupang", 2021)) is None
        or got[("Kantor Pertanahan Kabupaten Kupang", 2021)].score is None
    )


# -- "nilai masing-masing A, B dan C": the scores pair with the list in order, and stop at the next entity
# -- named with a score of its own ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022. Kabupaten Bungo, Tebo, dan Batanghari "
            "masuk zona hijau dengan nilai masing-masing 90,16, 88,20 dan 85,00.",
            {
                ("Kabupaten Bungo", 2022): {"score": 90.16, "zone": "hijau"},
                ("Kabupaten Tebo", 2022): {"score": 88.2, "zone": "hijau"},
                ("Kabupaten Batanghari", 2022): {"score": 85.0, "zone": "hijau"},
            },
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023. Kementerian Perhubungan dan Kementerian "
            "Kelautan dan Perikanan meraih nilai masing-masing 96,50 dan 95,11, sedangkan Kementerian Investasi 93,80.",
            {
                ("Kementerian Perhubungan", 2023): {"score": 96.5},
                ("Kementerian Kelautan dan Perikanan", 2023): {"score": 95.11},
                ("Kementerian Investasi", 2023): {"score": 93.8},
            },
        ),
    ],
    ids=["pairs-in-order", "stops-at-the-next-entity"],
)
def test_masing_masing_pairs_scores_with_the_list(text, expected):
    assert_record_fields(text, expected, exact=True)

"""Labels given to a group: a counted group given labels then restated with its members over sentences, a gloss
in the next sentence ("Artinya, tingkat kepatuhannya sedang") giving its opinion to every subject of the
sentence before, a collective word counting back the names just named ("ketiganya"), a label after a
semicolon heading the names after it, "semua lokus" giving its grade to every unit of the list before.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, fields_of, recs


# -- a counted group given labels, then restated with its zone only and its members listed over sentences, or
# -- glossed in the next sentence ("Artinya, tingkat kepatuhannya sedang") ---------------------------------

SURVEY = "Ombudsman RI merilis hasil survei kepatuhan standar pelayanan publik tahun 2018 di Provinsi Maluku. "
FIVE_RED = (
    "Lima pemda masuk zona merah dengan tingkat kepatuhan rendah. Kabupaten Buru Selatan masuk zona kuning dengan "
    "tingkat kepatuhan sedang. Lima pemda yang masuk zona merah itu adalah Kabupaten Seram Bagian Timur (40,10), "
    "Kabupaten Kepulauan Aru (38,55).\nKabupaten Maluku Barat Daya (35,20), Kabupaten Buru (30,05) dan Kota Tual (22,40)."
)
RED = {
    "Kabupaten Seram Bagian Timur",
    "Kabupaten Kepulauan Aru",
    "Kabupaten Maluku Barat Daya",
    "Kabupaten Buru",
    "Kota Tual",
}


def test_restated_group_listed_over_two_sentences_takes_the_opinion():
    got = recs(SURVEY + FIVE_RED)
    assert {e for (e, _), r in got.items() if r.opinion == "kepatuhan rendah" and r.zone == "merah"} == RED
    assert got[("Kabupaten Buru Selatan", 2018)].opinion == "kepatuhan sedang"


def test_restated_group_with_one_member_too_many_takes_nothing():
    text = SURVEY + FIVE_RED.replace("dan Kota Tual (22,40).", "Kota Tual (22,40) dan Kota Ambon (20,10).")
    got = recs(text)
    assert all(r.opinion is None for (e, _), r in got.items() if e in RED | {"Kota Ambon"}), got


@pytest.mark.parametrize(
    "gloss, opinion",
    [
        ("Artinya, tingkat kepatuhannya masuk dalam kategori sedang.", "kepatuhan sedang"),
        ("Hal ini berarti kepatuhan mereka berada pada kategori sedang.", "kepatuhan sedang"),
    ],
)
def test_gloss_sentence_adds_the_opinion_to_the_group(gloss, opinion):
    text = SURVEY + (
        "Tiga kabupaten/kota lainnya masuk dalam kategori zona kuning. " + gloss + " Sedangkan 3 pemkab/pemkot yang "
        "masuk dalam zona kuning adalah Kabupaten Buru (63,14), Kota Tual (54,03) dan Kabupaten Kepulauan Aru (58,39)."
    )
    got = recs(text)
    assert {e for (e, _), r in got.items() if r.zone == "kuning" and r.opinion == opinion} == {
        "Kabupaten Buru",
        "Kota Tual",
        "Kabupaten Kepulauan Aru",
    }


def test_gloss_must_open_the_next_sentence():
    text = SURVEY + (
        "Tiga kabupaten/kota lainnya masuk dalam kategori zona kuning. Survei dilakukan pada Juli. Artinya, tingkat "
        "kepatuhannya sedang. Sedangkan 3 pemkab/pemkot yang masuk dalam zona kuning adalah Kabupaten Buru (63,14), "
        "Kota Tual (54,03) dan Kabupaten Kepulauan Aru (58,39)."
    )
    got = recs(text)
    assert all(r.opinion is None for r in got.values()), got


# -- "A, B dan C, ketiganya masuk zona hijau": a collective word counting back the ones just named ---------------

JATENG_2019 = (
    "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019. "
)


@pytest.mark.parametrize(
    "sentence, zones",
    [
        (
            "Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati, ketiganya masuk zona hijau.",
            {"Kabupaten Demak": "hijau", "Kabupaten Kudus": "hijau", "Kabupaten Pati": "hijau"},
        ),
        (
            "Kabupaten Demak dan Kabupaten Kudus, keduanya berada di zona kuning, sedangkan Kabupaten Pati masuk zona hijau.",
            {"Kabupaten Demak": "kuning", "Kabupaten Kudus": "kuning", "Kabupaten Pati": "hijau"},
        ),
    ],
)
def test_collective_word_counting_back_the_names_before_it(sentence, zones):
    assert {e: r.zone for (e, _), r in recs(JATENG_2019 + sentence).items()} == zones


def test_collective_word_that_does_not_count_the_names_gives_nothing():
    got = recs(JATENG_2019 + "Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati, keduanya masuk zona hijau.")
    assert all(r.zone is None for r in got.values()), got


# -- "A, B dan C; zona kuning diraih D dan E": a label after a semicolon heads the names after it ----------------


FIVE = {"Kabupaten Demak": "hijau", "Kabupaten Kudus": "hijau", "Kabupaten Pati": "hijau"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zona hijau diraih Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati; zona kuning diraih Kabupaten Rembang dan Kabupaten Blora.",
        "Yang masuk zona hijau yakni Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati; zona kuning yakni Kabupaten Rembang dan Kabupaten Blora.",
    ],
)
def test_label_after_a_semicolon_heads_the_next_names(sentence):
    got = {e: r.zone for (e, _), r in recs(JATENG_2019 + sentence).items()}
    assert got == {**FIVE, "Kabupaten Rembang": "kuning", "Kabupaten Blora": "kuning"}


def test_label_after_a_semicolon_closing_its_own_item_stays_with_it():
    text = (
        JATENG_2019
        + "Kabupaten Demak meraih nilai 88,10; zona hijau. Kabupaten Rembang meraih nilai 70,20; zona kuning."
    )
    got = {e: r.zone for (e, _), r in recs(text).items()}
    assert got == {"Kabupaten Demak": "hijau", "Kabupaten Rembang": "kuning"}


# -- "mengalami peningkatan dari tahun sebelumnya menjadi X": the year after a change noun is compared with ------


# -- "A dan B masuk zona kuning. Artinya, tingkat kepatuhannya masuk kategori sedang.": a gloss of the sentence
# -- before gives its labels to every subject of it ----------------------------------------------------------

BANTEN = "Ombudsman RI Perwakilan Banten menyerahkan hasil survei kepatuhan standar pelayanan publik tahun 2019. "


@pytest.mark.parametrize(
    "gloss",
    [
        "Artinya, tingkat kepatuhannya masuk dalam kategori sedang.",
        "Hal ini berarti keduanya berpredikat sedang.",
        "Dengan kata lain, tingkat kepatuhan mereka masih tergolong sedang.",
    ],
)
def test_gloss_of_a_sentence_about_several(gloss):
    got = recs(BANTEN + "Kabupaten Lebak dan Kabupaten Serang masuk zona kuning alias perlu perbaikan. " + gloss)
    assert {e: (r.zone, r.opinion) for (e, _), r in got.items()} == {
        "Kabupaten Lebak": ("kuning", "kepatuhan sedang"),
        "Kabupaten Serang": ("kuning", "kepatuhan sedang"),
    }


@pytest.mark.parametrize(
    "first, gloss",
    [
        # two zones before it, and a gloss that does not open the next sentence
        (
            "Kabupaten Lebak masuk zona hijau dan Kabupaten Serang zona kuning.",
            "Artinya, kepatuhannya masuk kategori sedang.",
        ),
        (
            "Kabupaten Lebak dan Kabupaten Serang masuk zona kuning.",
            "Survei dilakukan Juli. Artinya, kepatuhannya masuk kategori sedang.",
        ),
    ],
)
def test_gloss_look_alikes_give_no_opinion(first, gloss):
    got = recs(BANTEN + first + " " + gloss)
    assert all(r.opinion is None for r in got.values()), got


def test_semua_lokus_gives_the_grade_to_every_unit_of_the_list_before():
    text = (
        "Pemkab Purbalingga meraih nilai 92,10 dalam Penilaian Kepatuhan Ombudsman RI tahun 2023. Lokus "
        "penilaian yaitu Dinas Kesehatan dengan nilai 95,10, Dinas Sosial 92,45 dan DPMPTSP 94,05. "
        '"Semua lokus masuk kategori A," ujarnya.'
    )
    units = ("Dinas Kesehatan", "Dinas Sosial", "DPMPTSP")  # a short name the text never writes out keeps it
    assert_record_fields(text, {(u, 2023): {"grade": "A"} for u in units})


# -- Two grades joined across a group ("kategori A dan B") name no single member's grade: the members keep the
# group's other labels; a grade alone, or each grade said of its own holder, is read as before.


@pytest.mark.parametrize("joined", ["A dan B", "A atau B", "B serta C"], ids=["dan", "atau", "serta"])
def test_two_grades_across_a_group_give_no_grade(joined):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. Tiga pemerintah daerah, yaitu Kabupaten "
        f"Ende, Kabupaten Ngada dan Kabupaten Nagekeo, berada di zona hijau dengan kategori {joined}."
    )
    r = recs(text)
    for e in ("Kabupaten Ende", "Kabupaten Ngada", "Kabupaten Nagekeo"):
        assert fields_of(r, e, 2023) == {"zone": "hijau"}


def test_each_grade_said_of_its_own_holder_is_kept():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. Kabupaten Ende meraih kategori A dan "
        "Kabupaten Ngada meraih kategori B."
    )
    assert_record_fields(text, {("Kabupaten Ende", 2023): {"grade": "A"}, ("Kabupaten Ngada", 2023): {"grade": "B"}})

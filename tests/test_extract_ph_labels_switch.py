"""Label headings switching inside one sentence or from one sentence to the next: each heading's zone, grade and
opinion go to the places after it up to the next heading ("..., kemudian di zona hijau predikat tinggi dengan
kategori B ditempati C ..."), not the first heading's to everyone, and the place before the next heading keeps
none of it.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, record_fields, recs

INTRO_2023 = (
    "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023 di Provinsi Jambi. "
)
INTRO_2019 = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Standar Pelayanan Publik 2019 di Jawa Tengah. "

TOP = {"zone": "hijau", "grade": "A", "opinion": "kualitas tertinggi"}
HIGH = {"zone": "hijau", "grade": "B", "opinion": "kualitas tinggi"}
ZGO = ("zone", "grade", "opinion")


@pytest.mark.parametrize(
    "sentence",
    [
        # the first heading before its place, the second after "kemudian di", linked by "ditempati"
        "Pemda yang masuk zona hijau predikat tertinggi kategori A dengan nilai 91,20 yakni Kabupaten Bungo, "
        "kemudian di zona hijau predikat tinggi dengan kategori B ditempati Kota Jambi dengan nilai 85,10, "
        "Kabupaten Tebo dengan nilai 83,40, dan Kabupaten Kerinci.",
        # "lalu" and "diraih", the opinion written with "opini"
        "Zona hijau kategori A dengan opini kualitas tertinggi diraih Kabupaten Bungo, lalu zona hijau kategori B "
        "opini kualitas tinggi diraih Kota Jambi, Kabupaten Tebo dan Kabupaten Kerinci.",
        # "selanjutnya untuk" and "adalah"
        "Untuk zona hijau predikat tertinggi kategori A adalah Kabupaten Bungo, selanjutnya untuk zona hijau "
        "predikat tinggi kategori B adalah Kota Jambi, Kabupaten Tebo serta Kabupaten Kerinci.",
    ],
    ids=["kemudian-di-ditempati", "lalu-diraih", "selanjutnya-untuk-adalah"],
)
def test_a_second_heading_inside_the_sentence_takes_over(sentence):
    expected = {
        ("Kabupaten Bungo", 2023): dict(TOP),
        **{(e, 2023): dict(HIGH) for e in ("Kota Jambi", "Kabupaten Tebo", "Kabupaten Kerinci")},
    }
    assert record_fields(recs(INTRO_2023 + sentence), {k: ZGO for k in expected}) == expected


@pytest.mark.parametrize(
    "sentence, first, second",
    [
        (
            "Yang masuk zona hijau predikat kepatuhan tinggi adalah Kabupaten Kudus dan Kabupaten Demak, "
            "selanjutnya zona kuning predikat kepatuhan sedang diraih Kabupaten Kendal, Kabupaten Klaten dan "
            "Kabupaten Wonosobo.",
            {"zone": "hijau", "opinion": "kepatuhan tinggi"},
            {"zone": "kuning", "opinion": "kepatuhan sedang"},
        ),
        (  # a zone alone switching, after "berikutnya di"
            "Kabupaten Kudus dan Kabupaten Demak masuk zona hijau, berikutnya di zona kuning ada Kabupaten Kendal, "
            "Kabupaten Klaten dan Kabupaten Wonosobo.",
            {"zone": "hijau"},
            {"zone": "kuning"},
        ),
    ],
    ids=["zone-and-opinion", "zone-alone"],
)
def test_old_labels_switch_inside_the_sentence(sentence, first, second):
    firsts, seconds = (
        ("Kabupaten Kudus", "Kabupaten Demak"),
        ("Kabupaten Kendal", "Kabupaten Klaten", "Kabupaten Wonosobo"),
    )
    expected = {(e, 2019): dict(first) for e in firsts} | {(e, 2019): dict(second) for e in seconds}
    assert record_fields(recs(INTRO_2019 + sentence), {k: tuple(v) for k, v in expected.items()}) == expected


def test_an_opinion_heading_switches_after_scored_places():
    text = INTRO_2023 + (
        "Pemda yang meraih opini kualitas tertinggi yaitu Kabupaten Bungo dengan nilai 90,10 dan Kota Jambi dengan "
        "nilai 89,00, berikutnya opini kualitas tinggi diraih Kabupaten Tebo dengan nilai 84,00 dan Kabupaten "
        "Kerinci dengan nilai 82,50."
    )
    assert_record_fields(
        text,
        {
            ("Kabupaten Bungo", 2023): {"score": 90.1, "opinion": "kualitas tertinggi"},
            ("Kota Jambi", 2023): {"score": 89.0, "opinion": "kualitas tertinggi"},
            ("Kabupaten Tebo", 2023): {"score": 84.0, "opinion": "kualitas tinggi"},
            ("Kabupaten Kerinci", 2023): {"score": 82.5, "opinion": "kualitas tinggi"},
        },
        exact=True,
    )


def test_headings_switch_from_one_sentence_to_the_next():
    text = INTRO_2023 + (
        "Zona hijau predikat tertinggi kategori A diraih Kabupaten Bungo dengan nilai 91,20. Kemudian zona hijau "
        "predikat tinggi kategori B ditempati Kota Jambi, Kabupaten Tebo dan Kabupaten Kerinci."
    )
    expected = {("Kabupaten Bungo", 2023): dict(TOP)} | {
        (e, 2023): dict(HIGH) for e in ("Kota Jambi", "Kabupaten Tebo", "Kabupaten Kerinci")
    }
    assert record_fields(recs(text), {k: ZGO for k in expected}) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a label after a place's own score, the next place named after a comma: no heading, the label stays
        "Kabupaten Kudus meraih nilai 90,10 dan predikat kepatuhan tinggi, Kabupaten Demak meraih nilai 70,20.",
        # "kemudian" inside a place's own clause, no label heading after it
        "Kabupaten Kudus meraih nilai 90,10 kemudian menerima predikat kepatuhan tinggi, Kabupaten Demak meraih "
        "nilai 70,20.",
    ],
    ids=["comma", "kemudian-verb"],
)
def test_a_label_after_its_own_place_heads_nothing(sentence):
    assert_record_fields(
        INTRO_2019 + sentence,
        {
            ("Kabupaten Kudus", 2019): {"score": 90.1, "opinion": "kepatuhan tinggi"},
            ("Kabupaten Demak", 2019): {"score": 70.2, "opinion": None},
        },
    )


# -- one verb phrase shared: "X masuk zona hijau dengan nilai A dan Y dengan nilai B" (and "..., lalu Y dengan
# -- nilai B"): the members after the first, with scores only, take its zone ------------------------------------


@pytest.mark.parametrize("link", [" dan", ", lalu", ", kemudian", " serta"])
def test_a_verb_phrase_shared_by_scored_members_gives_them_the_zone(link):
    text = INTRO_2023 + (
        f"Kabupaten Bungo masuk zona hijau dengan nilai 91,20{link} Kota Jambi dengan nilai 85,10 dan Kabupaten "
        "Tebo dengan nilai 84,00."
    )
    assert_record_fields(
        text, {(e, 2023): {"zone": "hijau"} for e in ("Kabupaten Bungo", "Kota Jambi", "Kabupaten Tebo")}
    )


def test_a_member_with_its_own_zone_keeps_it():
    text = INTRO_2023 + (
        "Kabupaten Bungo masuk zona hijau dengan nilai 91,20 dan Kota Jambi dengan nilai 65,10 masuk zona kuning."
    )
    assert_record_fields(text, {("Kota Jambi", 2023): {"zone": "kuning", "score": 65.1}})


# -- the next holder's score written inside the heading, before its link ("..., kemudian zona hijau kategori B
# -- dengan nilai 85,10 diraih Kota Y") ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, second",
    [
        (
            "Kabupaten Bungo meraih zona hijau kategori A dengan nilai 91,20, kemudian zona hijau kategori B dengan "
            "nilai 85,10 diraih Kota Jambi.",
            {"zone": "hijau", "grade": "B", "score": 85.1},
        ),
        (
            "Zona hijau kategori A dengan nilai 91,20 diraih Kabupaten Bungo, lalu zona kuning kategori C dengan "
            "nilai 70,10 ditempati Kota Jambi.",
            {"zone": "kuning", "grade": "C", "score": 70.1},
        ),
    ],
    ids=["first-after-its-holder", "both-before-their-holders"],
)
def test_a_score_inside_the_next_heading_goes_to_its_holder(sentence, second):
    assert_record_fields(
        INTRO_2023 + sentence,
        {("Kabupaten Bungo", 2023): {"zone": "hijau", "grade": "A", "score": 91.2}, ("Kota Jambi", 2023): second},
        exact=True,
    )

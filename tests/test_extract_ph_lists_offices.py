"""Lists of offices named by their place: bare places after a land office or a health centre, after a
plural office noun ("Tiga kantor pertanahan ... yaitu") or a counted kind of a province, and in bulleted
lines are offices of that kind, even places the gazetteer does not know; a government written with its level
word, a list of governments after a word about offices and a value phrase after a facility are not.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import BPN, fields_of, governments, record_fields, recs


# -- land offices: bare places going on after a full office name, after a plural office noun, after
# -- "se-Provinsi", in bulleted lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the list goes on after a full office name with bare places and bracketed scores
        (
            "Ombudsman RI Perwakilan Aceh menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Pertanahan "
            "Aceh Besar meraih nilai 91,20, disusul Pidie (88,45), Bireuen (86,10) dan Aceh Utara (80,05)."
        ),
        # the same list with "dengan nilai" after every member
        (
            "Ombudsman RI Perwakilan Aceh menyerahkan hasil Penilaian Kepatuhan tahun 2023. Nilai tertinggi "
            "diraih Kantor Pertanahan Aceh Besar dengan nilai 91,20, Pidie dengan nilai 88,45, Bireuen dengan "
            "nilai 86,10, dan Aceh Utara dengan nilai 80,05."
        ),
        # the short head "Kantah"
        (
            "Ombudsman RI Perwakilan Aceh menyerahkan hasil Penilaian Kepatuhan tahun 2023: Kantah Aceh Besar "
            "(91,20), Pidie (88,45), Bireuen (86,10), serta Aceh Utara (80,05)."
        ),
    ],
    ids=["bracketed-scores", "dengan-nilai-after-each", "kantah"],
)
def test_bare_places_after_a_land_office_are_land_offices(text):
    r = recs(text)
    assert not governments(r) - {"Provinsi Aceh"}  # Pidie, Bireuen, Aceh Utara are offices here
    # the members take the list's head as written; a "Kantor Pertanahan" is named with its place's level word
    head = "Kantah" if "Kantah" in text else "Kantor Pertanahan Kabupaten"
    scores = {e: x.score for (e, _), x in r.items()}
    assert scores[f"{head} Pidie"] == 88.45
    assert scores[f"{head} Bireuen"] == 86.1
    assert scores[f"{head} Aceh Utara"] == 80.05
    expected = {"entity_type": "unit", "parent": BPN, "province": "Aceh"}
    assert fields_of(r, f"{head} Pidie", 2023, *expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ombudsman RI Perwakilan Banten menyerahkan hasil Penilaian Kepatuhan tahun 2022. Tiga kantor "
            "pertanahan yang masuk zona hijau yaitu Kabupaten Lebak, Kota Cilegon dan Tangsel."
        ),
        (
            "Ombudsman RI Perwakilan Banten menyerahkan hasil Penilaian Kepatuhan tahun 2022. Kantor pertanahan "
            "yang meraih zona hijau antara lain Kabupaten Lebak, Kota Cilegon, dan Tangsel."
        ),
        (
            "Ombudsman RI Perwakilan Banten menyerahkan hasil Penilaian Kepatuhan tahun 2022. Adapun kantah "
            "yang masuk zona hijau adalah: Kabupaten Lebak, Kota Cilegon serta Tangsel."
        ),
    ],
    ids=["tiga-kantor-pertanahan-yaitu", "kantor-pertanahan-antara-lain", "adapun-kantah-adalah"],
)
def test_places_introduced_after_a_plural_office_noun_are_offices(text):
    r = recs(text)
    assert not governments(r)
    # the place as written; a short form expanded to the region's name
    assert {e: x.zone for (e, _), x in r.items()} == {
        "Kantor Pertanahan Kabupaten Lebak": "hijau",
        "Kantor Pertanahan Kota Cilegon": "hijau",
        "Kantor Pertanahan Kota Tangerang Selatan": "hijau",
    }


def test_land_offices_of_one_province_introduced_after_se_provinsi():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Dua kantor pertanahan se-Provinsi Banten "
        "yang masuk zona hijau yaitu Kabupaten Serang dan Kabupaten Tangerang."
    )
    assert {e for e, _ in recs(text)} == {"Kantor Pertanahan Kabupaten Serang", "Kantor Pertanahan Kabupaten Tangerang"}


@pytest.mark.parametrize("bullet", ["{n}. ", "- ", "• "], ids=["numbered", "dash", "bullet"])
def test_a_bulleted_list_of_land_offices_by_place(bullet):
    lines = [
        ("Kantor Pertanahan Kota Kupang", "90,12"),
        ("Kabupaten Kupang", "88,10"),
        ("Manggarai Barat", "85,00"),
        ("Sikka", "80,50"),
    ]
    body = "\n".join(bullet.format(n=i + 1) + f"{name}: {v}" for i, (name, v) in enumerate(lines))
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 untuk kantor pertanahan di NTT:\n{body}"
    r = recs(text)
    assert not governments(r)
    assert {e: x.score for (e, _), x in r.items()} == {
        "Kantor Pertanahan Kota Kupang": 90.12,
        "Kantor Pertanahan Kabupaten Kupang": 88.1,
        "Kantor Pertanahan Kabupaten Manggarai Barat": 85.0,
        "Kantor Pertanahan Kabupaten Sikka": 80.5,
    }


# -- health centres: a bare place in their list is one of them, a place the gazetteer does not know too;
# -- a value phrase after a facility is no member ----------------------------------------------------------

SLEMAN_2024 = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024 kepada Pemkab Sleman. "


def test_a_bare_place_in_a_list_of_health_centres_is_a_health_centre():
    r = recs(SLEMAN_2024 + "Puskesmas Turi meraih 95,10, Depok (94,20), kemudian Puskesmas Kalasan 93,00.")
    assert governments(r) == set()
    assert fields_of(r, "Puskesmas Depok", 2024, "score", "parent") == {"score": 94.2, "parent": "Kabupaten Sleman"}


@pytest.mark.parametrize(
    "tail",
    [
        "Kalasan (93,00) dan Ngemplak 2 (92,10).",
        "Kalasan dengan nilai 93,00, serta Ngemplak 2 dengan nilai 92,10.",
        "Kalasan 93,00, Ngemplak 2 92,10.",
    ],
    ids=["bracketed", "dengan-nilai", "bare-scores"],
)
def test_list_members_named_by_a_place_the_gazetteer_does_not_know(tail):
    got = {e: x.score for (e, _), x in recs(SLEMAN_2024 + f"Puskesmas Turi meraih 95,10, {tail}").items()}
    assert got == {"Puskesmas Turi": 95.1, "Puskesmas Kalasan": 93.0, "Puskesmas Ngemplak 2": 92.1}


def test_a_value_phrase_after_a_facility_is_no_member():
    text = SLEMAN_2024 + "Puskesmas Turi meraih 95,10, Nilai 94 diraih Dinas Sosial, Zona Hijau 90 persen."
    assert {e for e, _ in recs(text)} == {"Puskesmas Turi", "Dinas Sosial"}


# -- governments stay governments: with their level word after an office, after a word about offices -----


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Pertanahan Kabupaten Bantul "
            "meraih nilai 90,10, sedangkan Pemkab Sleman meraih nilai 95,20.",
            {
                ("Kabupaten Sleman", 2023): {"score": 95.2},
                ("Kantor Pertanahan Kabupaten Bantul", 2023): {"score": 90.1},
            },
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. RSUD Kota Yogyakarta meraih 90,10, "
            "Kabupaten Sleman 88,20.",
            {("Kabupaten Sleman", 2024): {"score": 88.2}},
        ),
    ],
    ids=["after-a-land-office", "after-a-hospital"],
)
def test_a_government_after_an_office_stays_a_government(text, expected):
    assert record_fields(recs(text), expected) == expected


SERANG_CILEGON = {"Kabupaten Serang", "Kota Cilegon"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 di NTT:\n- Puskesmas Oesapa: 90,12\n"
            "- Kabupaten Kupang: 88,10\n- Kota Kupang: 85,00",
            {"Kabupaten Kupang", "Kota Kupang"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Selain kantor pertanahan, Ombudsman juga "
            "menilai pemda, yaitu Kabupaten Serang dengan nilai 90,10 dan Kota Cilegon dengan nilai 88,00.",
            SERANG_CILEGON,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 terhadap polres dan pemerintah daerah di "
            "Banten. Hasilnya: Kabupaten Serang 90,10, Kota Cilegon 88,00.",
            SERANG_CILEGON,
        ),
    ],
    ids=["after-a-health-centre-line", "selain-kantor-pertanahan", "polres-dan-pemerintah-daerah"],
)
def test_governments_listed_after_an_office_or_a_word_about_offices_stay_governments(text, expected):
    assert governments(recs(text)) == expected

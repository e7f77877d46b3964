"""Office names that are kinds or heads of their own: "DPMPTSP Kota di Indonesia" (the city offices of a
whole country, no one office) and Jakarta's "Suku Dinas" (a head of its own, not the "Dinas" inside it).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article

INTRO_2017 = "Ombudsman RI menilai kepatuhan standar pelayanan publik tahun 2017. "
INTRO_2022 = "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2022. "


def _records(text: str) -> dict[str, tuple]:
    return {r.entity: (r.parent, r.score, r.zone) for r in extract_article(text).records}


# -- a level word then "di"/"se" after an office head: the kind across many places --------------------------


@pytest.mark.parametrize(
    "kind",
    [
        "Dari 44 kota yang disurvei, hanya 4 DPMPTSP Kota Di Indonesia yang masuk Zona Hijau, yaitu",
        "Hanya empat DPMPTSP kota di Indonesia yang meraih zona hijau, yakni",
        "Dinas Kabupaten se-Sulawesi yang masuk zona hijau antara lain",
    ],
    ids=["kota-di-indonesia", "kota-lower", "kabupaten-se"],
)
def test_offices_of_a_level_across_places_are_a_kind(kind):
    r = _records(INTRO_2017 + kind + " DPMPTSP Kota Palu nilai 82,86 dan DPMPTSP Kota Bogor nilai 76,43.")
    assert not [e for e in r if " di " in e.lower() or " se-" in e.lower()]
    palu = next(v for e, v in r.items() if e.endswith("Kota Palu"))
    assert palu[1:] == (82.86, "hijau")


def test_an_office_of_one_city_is_kept():
    # look-alike: a level word then a city's name is one office
    r = _records(INTRO_2017 + "DPMPTSP Kota Palu meraih nilai 82,86 dan masuk zona hijau.")
    assert [v for e, v in r.items() if e.startswith("DPMPTSP")] == [("Kota Palu", 82.86, "hijau")]


# -- Jakarta's Suku Dinas ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        (
            "Suku Dinas Penanaman Modal dan PTSP Jakarta Barat meraih nilai 91,12.",
            "Suku Dinas Penanaman Modal dan PTSP",
        ),
        ("Nilai 91,12 diraih Sudin Sosial Jakarta Barat.", "Sudin Sosial"),
        ("Adapun Sudis Pendidikan Jakarta Barat mendapat nilai 91,12.", "Sudis Pendidikan"),
    ],
    ids=["suku-dinas", "sudin", "sudis"],
)
def test_a_suku_dinas_keeps_its_head(sentence, entity):
    r = _records(INTRO_2022 + sentence)
    assert r.get(entity) == ("Kota Administrasi Jakarta Barat", 91.12, None)


def test_a_provincial_dinas_is_still_a_dinas():
    # look-alike: the province's own Dinas, no "Suku" before it
    r = _records(INTRO_2022 + "Dinas Sosial Provinsi DKI Jakarta meraih nilai 88,10.")
    assert r.get("Dinas Sosial") == ("Provinsi DKI Jakarta", 88.1, None)


# -- a public service mall is named after its government's place, like a puskesmas (written short alone, it keeps
# -- its written name) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said, entity, parent",
    [
        ("MPP Provinsi DKI Jakarta meraih zona hijau.", "MPP Provinsi DKI Jakarta", "Provinsi DKI Jakarta"),
        (
            "Mal Pelayanan Publik Kabupaten Bangkalan meraih zona hijau.",
            "Mal Pelayanan Publik Kabupaten Bangkalan",
            "Kabupaten Bangkalan",
        ),
        ("Zona hijau diraih Mal Pelayanan Publik (MPP) Kota Depok.", "Mal Pelayanan Publik Kota Depok", "Kota Depok"),
    ],
    ids=["mpp-provinsi", "mal-pelayanan-publik-kabupaten", "mal-with-abbreviation"],
)
def test_a_public_service_mall_keeps_its_place_in_its_name(said, entity, parent):
    r = _records(INTRO_2022 + said)
    assert r.get(entity, (None,))[0] == parent, r

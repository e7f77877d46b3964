"""Places named inside something else: an outlet's name made of a city and another province, an office
a government has, a map of a province's public service; none is a subject's verdict.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- an outlet's name made of a city and another province ---------------------------------------------------


@pytest.mark.parametrize("outlet", ["Metro Bali", "Batu Sumbar"], ids=["metro-bali", "batu-sumbar"])
def test_a_city_and_another_province_side_by_side_name_an_outlet(outlet):
    text = (
        f"Dua Kabupaten di Bali Masuk Zona Merah\n\n{outlet}\n\nDenpasar - Ombudsman RI menyerahkan hasil "
        "survei kepatuhan tahun 2016. Dua kabupaten yang masuk zona merah adalah Bangli dan Jembrana."
    )
    got = recs(text)
    assert got[("Kabupaten Bangli", 2016)].zone == "merah"
    assert {name for name, _ in got} == {"Kabupaten Bangli", "Kabupaten Jembrana"}


def test_a_city_and_its_own_province_side_by_side_is_the_city():
    got = recs("Ombudsman RI menyerahkan hasil survei kepatuhan tahun 2016. Kota Denpasar Bali masuk zona hijau.")
    assert got[("Kota Denpasar", 2016)].zone == "hijau"


# -- an office the one before it has; a map of a province's public service -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hanya Kabupaten Ende yang sudah memiliki Mal Pelayanan Publik (MPP) pernah meraih zona hijau pada 2019.",
        "Kabupaten Ende yang mempunyai Mal Pelayanan Publik pernah masuk zona hijau pada 2019.",
    ],
    ids=["memiliki-mpp", "mempunyai-mpp"],
)
def test_an_office_the_government_has_takes_none_of_its_values(sentence):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. " + sentence)
    assert got[("Kabupaten Ende", 2019)].zone == "hijau"
    assert not any(name.startswith("Mal Pelayanan Publik") for name, _ in got)


def test_an_office_that_has_something_keeps_its_values():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. Di Kabupaten Ende, Mal Pelayanan Publik "
        "yang memiliki 20 gerai layanan meraih zona hijau."
    )
    assert any(name.startswith("Mal Pelayanan Publik") and r.zone == "hijau" for (name, _), r in got.items())


@pytest.mark.parametrize(
    "sentence",
    [
        "Peta pelayanan publik di Nusa Tenggara Timur yang diukur hingga Desember 2021 menunjukkan zona merah.",
        "Peta kepatuhan di Provinsi Nusa Tenggara Timur tahun 2021 masih berwarna merah.",
    ],
    ids=["peta-pelayanan", "peta-kepatuhan"],
)
def test_a_map_of_a_provinces_public_service_is_no_verdict_on_its_government(sentence):
    got = recs("Ombudsman RI memaparkan hasil penilaian kepatuhan. " + sentence)
    assert ("Provinsi Nusa Tenggara Timur", 2021) not in got

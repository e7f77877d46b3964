"""Phenomena of reporting seen on real text: a region whose name is written with a numeral.

Own sentences only (no article text)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article

_INTRO = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. "


def _entities(text: str) -> set[str]:
    return {r.entity for r in extract_article(_INTRO + text, published="2022-12-10").records}


@pytest.mark.parametrize(
    "text",
    [
        "Daerah yang meraih nilai B yakni Agam, 50 Kota, Kabupaten Pasaman dan Solok Selatan.",
        "Zona kuning diraih Kabupaten Pasaman dan 50 Kota.",
        "Zona hijau diraih oleh Kota Padang, Kota Solok, 50 Kota, serta Kabupaten Agam.",
    ],
)
def test_region_named_with_a_numeral(text: str) -> None:
    assert "Kabupaten Lima Puluh Kota" in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Penilaian itu mencakup 50 Kota dan 20 Kabupaten di seluruh Indonesia, Kota Padang masuk zona hijau.",
        "Sebanyak 50 Kota, 12 Provinsi dan Kota Padang meraih zona hijau.",
        "Kota Padang masuk zona hijau bersama 50 kota lainnya.",
    ],
)
def test_a_count_of_cities_is_no_region(text: str) -> None:
    assert "Kabupaten Lima Puluh Kota" not in _entities(text)


def _officials(text: str) -> list[str]:
    return [o.name for o in extract_article(_INTRO + text, published="2022-12-10").officials]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ketua Pengadilan Agama Sungguminasa, Hj. St. Rahmah, S.Ag., berterima kasih.", "St. Rahmah"),
        ("Kepala Dinas Sosial, St. Aminah, mengatakan pelayanan membaik.", "St. Aminah"),
        ("Menurut Camat Tamalate, St. Nurhayati, warga puas.", "St. Nurhayati"),
    ],
)
def test_abbreviated_given_name_opens_the_name(text: str, name: str) -> None:
    assert _officials(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas PUPR, Budi Santoso, ST., mengatakan pelayanan membaik.",
        "Kepala Dinas PUPR, Budi Santoso, St., mengatakan pelayanan membaik.",
        "Kepala Dinas PUPR, Ir. Budi Santoso ST MT, mengatakan pelayanan membaik.",
    ],
)
def test_the_degree_after_a_name_stays_a_degree(text: str) -> None:
    assert _officials(text) == ["Budi Santoso"]

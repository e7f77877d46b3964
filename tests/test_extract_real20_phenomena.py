"""Phenomena of found batches 20 and 21 (real pages annotated blind), in our own sentences (real kinds
of facts, invented wording); each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract_helpers import recs

# -- a weekday with day/month and the 2022+ category pair "tinggi dan tertinggi" ----------------------
# (Selasa 13 Februari fell in 2018 and in 2024: the 2017 or the 2023 assessment)

UNDATED = "Ombudsman menyerahkan hasil penilaian kepatuhan kepada enam kabupaten di Ternate, Selasa (13/2). "


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada kabupaten yang masuk kategori tinggi dan tertinggi, yaitu zona hijau. Kabupaten Halmahera Utara "
        "meraih nilai 84,12.",
        "Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tertinggi dan tinggi bersama dua daerah lain.",
        "Kabupaten Halmahera Utara meraih nilai 84,12. Dua daerah masih di kategori rendah dan terendah.",
    ],
)
def test_a_pair_of_2022_categories_puts_a_weekday_date_in_the_later_year(sentence):
    got = recs(UNDATED + sentence)
    assert ("Kabupaten Halmahera Utara", 2023) in got
    assert ("Kabupaten Halmahera Utara", 2017) not in got


def test_a_single_old_category_keeps_the_earlier_year():
    got = recs(UNDATED + "Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tinggi.")
    assert ("Kabupaten Halmahera Utara", 2017) in got


# -- a page date in English order ("Senin, Mei 6, 2024") dates the page -------------------------------


@pytest.mark.parametrize("header", ["Kamis, Juni 13, 2024", "Juni 13, 2024", "Kamis, Jun 13, 2024"])
def test_a_page_date_in_english_order_dates_the_page(header):
    text = (
        f"{header}\nOmbudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik. Kabupaten Halmahera Barat "
        "meraih nilai 81,40 dan masuk zona hijau."
    )
    got = recs(text)
    assert ("Kabupaten Halmahera Barat", 2023) in got


def test_a_page_date_in_english_order_does_not_override_a_written_year():
    text = (
        "Kamis, Juni 13, 2024\nOmbudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. "
        "Kabupaten Halmahera Barat meraih nilai 81,40 dan masuk zona hijau."
    )
    got = recs(text)
    assert ("Kabupaten Halmahera Barat", 2021) in got
    assert ("Kabupaten Halmahera Barat", 2023) not in got

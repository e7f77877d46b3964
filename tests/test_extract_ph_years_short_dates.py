"""A statement's date whose year is written with two digits ("Rabu (4/12/24)") dates the text like a
whole one: a later year the text speaks of ("indikator baru untuk tahun 2025") is still to come, and
the results are the year the date says.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


@pytest.mark.parametrize(
    "dateline,coming",
    [
        ("Piagam diserahkan di Bandung, Rabu (4/12/24).", "Ombudsman menyiapkan indikator baru untuk tahun 2025."),
        ("kata Kepala Perwakilan, Kamis (12/12/24).", "Penilaian berikutnya pada tahun 2025 akan lebih ketat."),
        ("ujarnya, Selasa (10/12/2024).", "Pada tahun 2025 fokus pengawasan akan berubah."),
    ],
    ids=["rabu-4-12-24", "kamis-12-12-24", "selasa-whole-year"],
)
def test_short_year_of_a_said_date_keeps_a_coming_year_out(dateline, coming):
    text = (
        "Pemerintah Kota Cimahi kembali meraih predikat kepatuhan zona hijau dari Ombudsman RI. "
        f"{dateline} Cimahi memperoleh nilai kepatuhan 91,40, naik dari tahun sebelumnya yang 88,20. {coming}"
    )
    r = recs(text)
    assert r[("Kota Cimahi", 2024)].score == 91.4
    assert r[("Kota Cimahi", 2023)].score == 88.2
    assert not any(y == 2025 for _, y in r)

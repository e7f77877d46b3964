"""Years of real articles' claims, in our own sentences: the statement's date against the assessment
year, "tahun lalu" counted from the assessment reported, cumulative lists, years anchored after the
values. Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract_helpers import recs

# -- a statement made before November speaks of the previous year's results -------------------


@pytest.mark.parametrize(
    "text, entity, year",
    [
        (
            "Kepala Perwakilan Ombudsman Sulawesi Selatan mengatakan Pemprov Sulawesi Selatan tetap berada di "
            "zona hijau penilaian kepatuhan pelayanan publik. Hal itu disampaikan dalam Sosialisasi Penilaian "
            "Maladministrasi Pelayanan Publik Tahun 2025 di Makassar, Kamis, 9 Oktober 2025.",
            "Provinsi Sulawesi Selatan",
            2024,
        ),
        (
            "Ombudsman RI kembali melakukan penilaian kepatuhan tahun 2024 di Yogyakarta. Pemkab Sleman yang "
            "meraih nilai 95,10 dalam penilaian kepatuhan diharapkan mempertahankan capaiannya, kata Kepala "
            "Perwakilan saat ditemui Senin (10/6/2024).",
            "Kabupaten Sleman",
            2023,
        ),
        (
            "Tim Ombudsman mulai turun ke lapangan untuk penilaian kepatuhan 2023 pada 14 Agustus 2023. "
            "Pada penilaian kepatuhan terakhir, Kota Bitung masuk zona kuning dengan nilai 72,40.",
            "Kota Bitung",
            2022,
        ),
    ],
)
def test_statement_before_november_reports_the_previous_year(text, entity, year):
    got = recs(text)
    assert (entity, year) in got, got
    assert all(y == year for _, y in got), got


@pytest.mark.parametrize(
    "text, entity, year",
    [
        # a hand-over in December reports that year's assessment
        (
            "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 pada Rabu (13/12/2023). "
            "Kota Bitung masuk zona hijau dengan nilai 88,20.",
            "Kota Bitung",
            2023,
        ),
        # a January date (its year often mistyped) does not overrule the year written for the results
        (
            "Hasil penilaian kepatuhan Ombudsman tahun 2024 diserahkan Kamis (16/1/2024) di Manado. "
            "Kota Bitung masuk zona hijau dengan nilai 88,20.",
            "Kota Bitung",
            2024,
        ),
    ],
)
def test_hand_over_dates_keep_the_year_written(text, entity, year):
    got = recs(text)
    assert set(got) == {(entity, year)}, got

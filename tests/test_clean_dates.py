"""Publication dates: metadata first, then visible Indonesian date stamps; impossible dates give None + a warning."""

from __future__ import annotations

import pytest

from clean.page import clean_page
from clean.dates import find_dates, is_date_line, parse_date

BODY = (
    "<p>Pemerintah Kota Pangkalpinang menerima hasil penilaian kepatuhan pelayanan publik dari Ombudsman "
    "dengan nilai 88,10 dan masuk zona hijau untuk tahun penilaian 2024.</p><p>Wali kota meminta seluruh "
    "kepala dinas menjaga kualitas layanan dan menindaklanjuti saran perbaikan dari tim penilai.</p>"
)


@pytest.mark.parametrize(
    "text,iso",
    [
        ("Jum'at, 13 Desember 2024 - bengkulu", "2024-12-13"),
        ("Jum’at, 13 Desember 2024", "2024-12-13"),
        ("Jumat, 6 September 2024 | 14:35 WIB", "2024-09-06"),
        ("Sabtu, 17 Mei 2025", "2025-05-17"),
        ("Minggu 28 Jan 2024 - 20:01 WIB", "2024-01-28"),
        ("Selasa, 5 Agt 2025 09:12 WITA", "2025-08-05"),
        ("12 Agu. 2025, 10:00 WIT", "2025-08-12"),
        ("Rabu, 3 Des 2025", "2025-12-03"),
        ("4 Nop 2023", "2023-11-04"),
        ("21 Sept 2023", "2023-09-21"),
        ("Kamis (14/11/2024)", "2024-11-14"),
        ("PERWAKILAN: SULAWESI SELATAN • Jum'at, 17/02/2023 •", "2023-02-17"),
        ("Kompas.com - 27/01/2024, 10:30 WIB", "2024-01-27"),
        ("2024-12-13T10:00:00+07:00", "2024-12-13"),
        ("August 13, 2025", "2025-08-13"),
        ("Diposting pada 12 Agt 2025", "2025-08-12"),
    ],
)
def test_indonesian_date_forms(text, iso):
    hit = parse_date(text)
    assert hit is not None and hit.iso == iso and hit.warning is None


@pytest.mark.parametrize("text", ["Kamis (29/2/2023)", "31/4/2024", "30 Februari 2024", "13/25/2024"])
def test_impossible_dates_give_none_and_a_warning(text):
    hit = parse_date(text)
    assert hit is not None and hit.iso is None and "impossible" in hit.warning


def test_leap_day_of_a_leap_year_is_fine():
    assert parse_date("Kamis (29/2/2024)").iso == "2024-02-29"


def test_no_date_without_a_year():
    assert find_dates("Kamis (12/2) di Ambon") == []
    assert is_date_line("Wednesday, August 13")  # a year-less stamp is still a stamp line


def _page(head="", stamp="", body=BODY):
    return (
        f"<html><head><title>Pangkalpinang Masuk Zona Hijau Pelayanan Publik</title>{head}</head><body>"
        f"<h1>Pangkalpinang Masuk Zona Hijau Pelayanan Publik</h1>{stamp}<div class='content'>{body}</div></body></html>"
    )


def test_meta_tag_date_wins_over_visible_stamp():
    art = clean_page(
        _page(
            '<meta property="article:published_time" content="2024-12-20T08:00:00+07:00">',
            '<div class="tanggal">Senin, 16 Desember 2024</div>',
        )
    )
    assert art.published == "2024-12-20"


def test_jsonld_date():
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2023-07-04T05:00:00Z"}</script>'
    assert clean_page(_page(ld)).published == "2023-07-04"


def test_visible_stamp_when_no_metadata():
    art = clean_page(_page(stamp='<div class="tgl">Jum\'at, 13 Desember 2024 - 10:15 WIB</div>'))
    assert art.published == "2024-12-13"


def test_date_line_in_the_body_top():
    art = clean_page(_page(body="<p>Minggu 28 Jan 2024 - 20:01 WIB</p>" + BODY))
    assert art.published == "2024-01-28"
    assert "20:01" not in art.text


def test_impossible_dateline_date_gives_null_and_warning_not_a_neighbour():
    body = BODY.replace("untuk tahun penilaian 2024.", "untuk tahun penilaian 2024, Kamis (29/2/2023).")
    art = clean_page(_page(body=body))
    assert art.published is None
    assert any("impossible date '29/2/2023'" in w for w in art.warnings)


def test_modified_date_from_meta():
    art = clean_page(
        _page(
            '<meta property="article:published_time" content="2024-12-20T08:00:00+07:00">'
            '<meta property="article:modified_time" content="2024-12-22T09:00:00+07:00">'
        )
    )
    assert (art.published, art.modified) == ("2024-12-20", "2024-12-22")

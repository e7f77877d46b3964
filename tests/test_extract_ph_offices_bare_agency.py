"""A land office's year-end report: the agency's short form alone ("BPN mendapat nilai ...") stands for the one local
office named before it; a percentage of a budget spent or a target met is no score; the assessor misspelt
"Ombudman" still names it.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import BPN, recs
from extract.pipeline import extract_article

OFFICE = "Kantor Pertanahan Kabupaten Wonosobo"


@pytest.mark.parametrize(
    "opening",
    [
        "Badan Pertanahan Nasional (BPN) Kabupaten Wonosobo menutup tahun 2023 dengan banyak capaian.",
        "Kantor Pertanahan Kabupaten Wonosobo menutup tahun 2023 dengan banyak capaian.",
        "BPN Wonosobo menutup tahun 2023 dengan banyak capaian.",
    ],
    ids=["long-name-short-form", "kantor-pertanahan", "bpn-place"],
)
def test_the_agencys_short_form_alone_is_the_office_named_before_it(opening):
    got = recs(
        opening + " Dari hasil penilaian Ombudsman RI tahun 2023, BPN mendapat kategori kualitas tertinggi dengan "
        "nilai 93,10. Tahun depan kami ingin seperti BPN Magelang."
    )
    assert set(got) == {(OFFICE, 2023)}
    assert (got[(OFFICE, 2023)].score, got[(OFFICE, 2023)].parent) == (93.10, BPN)


def test_the_short_form_with_two_offices_named_before_it_stays_the_agency():
    got = recs(
        "BPN Wonosobo dan BPN Magelang menerima hasil penilaian Ombudsman RI tahun 2023. Secara nasional, BPN "
        "mendapat nilai 80,50."
    )
    assert (OFFICE, 2023) not in got or got[(OFFICE, 2023)].score is None


@pytest.mark.parametrize(
    "spent",
    [
        "Untuk realisasi keuangan BPN Wonosobo, kami berhasil merealisasikan hingga 99,41 persen.",
        "Serapan anggaran kantor itu mencapai 98,7 persen.",
        "Dari target 5.000 bidang, 97,5% sudah terealisasi.",
    ],
    ids=["realisasi-persen", "serapan-anggaran", "target-percent-sign"],
)
def test_a_percentage_of_spending_or_a_target_is_no_score(spent):
    got = recs(
        "Kantor Pertanahan Kabupaten Wonosobo meraih zona hijau pada penilaian kepatuhan Ombudsman RI tahun 2022. "
        + spent
    )
    assert got[(OFFICE, 2022)].score is None


def test_a_percentage_presented_as_the_assessments_score_still_counts():
    got = recs(
        "Kantor Pertanahan Kabupaten Wonosobo meraih nilai kepatuhan 91,5 persen pada penilaian kepatuhan Ombudsman RI "
        "tahun 2022, melampaui target kantor itu."
    )
    assert got[(OFFICE, 2022)].score == 91.5


@pytest.mark.parametrize(
    "said",
    [
        "Dari hasil penilaian Ombudman Republik Indonesia, kantor kami masuk zona hijau.",
        "Penilaian Ombudman RI tahun ini menempatkan kami di zona hijau.",
    ],
    ids=["republik-indonesia", "ri"],
)
def test_the_assessor_misspelt_ombudman_still_names_it(said):
    assert extract_article("Kantor Pertanahan Kabupaten Wonosobo menyampaikan laporan akhir tahun. " + said).relevant

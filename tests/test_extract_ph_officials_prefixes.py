"""Officials: what stands between an office and its holder's name, or before the name, and is no part of it:
Haji written with a given name's initial ("HM", "H.M.", "H.A.") dropped like "H." (an initial after the
given name stays: "Edi M. Nur"); a police or military corps in brackets after a rank ("Brigjen (Pol)");
KPK's regional directorates ("Direktur Koordinasi dan Supervisi Wilayah III KPK") and a secretariat's
sections written short ("Kabag Tapem Setdakab"); a tail written in lower case after a capitalised head
("Kepala ombudsman perwakilan malut Sofyan Ali").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of

OPENING = "Ombudsman menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023 kepada pemerintah daerah.\n"


# -- Haji with an initial -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        ("Wali Kota Palopo H.M. Judas Amir mengaku bangga atas hasil itu.", "Judas Amir", "Wali Kota Palopo"),
        ("Bupati Tapin HM Arifin Arpan berterima kasih kepada Ombudsman.", "Arifin Arpan", "Bupati Tapin"),
        ("Piagam diterima Bupati Luwu H.M Basmin Mattayang di Makassar.", "Basmin Mattayang", "Bupati Luwu"),
        ("Sekda Kabupaten Bone H.A. Islamuddin membuka rapat evaluasi.", "Islamuddin", "Sekda Kabupaten Bone"),
        ("Menurut Bupati Barru, HA Suardi Saleh, nilai itu hasil kerja bersama.", "Suardi Saleh", "Bupati Barru"),
    ],
)
def test_haji_with_an_initial_is_dropped(line, name, title):
    assert titles_of(OPENING + line) == {name: title}


@pytest.mark.parametrize(
    "line, name",
    [
        ("Hadir pula Kabag Ortal Setdakab H. Edi M. Nur. (Humas)", "Edi M. Nur"),
        ("Ketua Ombudsman Perwakilan Kalimantan Barat Rusdi H.M Karim hadir di Pontianak.", "Rusdi H.M Karim"),
        ("Kepala Dinas Kesehatan M Burhan menerima piagam.", "M Burhan"),
        ("Bupati Muara Enim Hj. Rina Sari menerima piagam.", "Rina Sari"),
    ],
)
def test_initials_of_the_name_itself_stay(line, name):
    assert name in titles_of(OPENING + line)


# -- a corps in brackets after a rank; KPK's regional directorates ----------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Hal itu disampaikan Direktur Koordinasi dan Supervisi Wilayah III KPK, Brigjen (Pol) Bahtiar Ujang "
            "Purnama, dalam rapat di Palangka Raya.",
            "Bahtiar Ujang Purnama",
            "Direktur Koordinasi dan Supervisi Wilayah III KPK",
        ),
        (
            "Menurut Direktur Koordinasi dan Supervisi Wilayah II KPK Budi Santoso nilai itu belum aman.",
            "Budi Santoso",
            "Direktur Koordinasi dan Supervisi Wilayah II KPK",
        ),
        ("Kapolres Lebong AKBP (Pol) Andi Saputra menerima piagam.", "Andi Saputra", "Kapolres Lebong"),
        (
            "Direktur Lalu Lintas Polda Bengkulu, Kombes (Pol.) Andi Saputra, ikut hadir.",
            "Andi Saputra",
            "Direktur Lalu Lintas Polda Bengkulu",
        ),
        ("Dandim Lebong Letkol (Inf) Andi Saputra ikut hadir.", "Andi Saputra", "Dandim Lebong"),
        ("Hal itu dikatakan Dirwil III Korsup KPK Budi Santoso di Sampit.", "Budi Santoso", "Dirwil III Korsup KPK"),
    ],
)
def test_a_corps_in_brackets_and_kpk_directorates(line, name, title):
    got = titles_of(OPENING + line)
    assert got.get(name) == title
    assert not any("Pol" in n or "Brigjen" in n for n in got)


# -- sections of a secretariat written short ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Turut mendampingi Kabag Tapem Setdakab Edi Susanto dan Kabag Ortal Setdakab Rudi Hartono.",
            {"Edi Susanto": "Kabag Tapem Setdakab", "Rudi Hartono": "Kabag Ortal Setdakab"},
        ),
        ("Kabag Tapem Budi Santoso membacakan hasil penilaian.", {"Budi Santoso": "Kabag Tapem"}),
        ("Kasubag Umum Setdakab Budi Santoso ikut hadir.", {"Budi Santoso": "Kasubag Umum Setdakab"}),
    ],
)
def test_short_sections_of_a_secretariat(line, expected):
    assert titles_of(OPENING + line) == expected


# -- a tail in lower case after a capitalised head -----------------------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Kepala ombudsman perwakilan malut Sofyan Ali dalam jumpa pers menjelaskan hasil itu.",
            "Sofyan Ali",
            "Kepala ombudsman perwakilan malut",
        ),
        (
            "Kepala Ombudsman perwakilan malut Sofyan Ali menjelaskan hasil itu.",
            "Sofyan Ali",
            "Kepala Ombudsman perwakilan malut",
        ),
        (
            "Kepala dinas kesehatan lebong Budi Santoso menjelaskan hasil itu.",
            "Budi Santoso",
            "Kepala dinas kesehatan lebong",
        ),
        (
            "Kepala ombudsman perwakilan maluku utara, Sofyan Ali, menjelaskan hasil itu.",
            "Sofyan Ali",
            "Kepala ombudsman perwakilan maluku utara",
        ),
    ],
)
def test_a_lower_case_tail_after_a_capitalised_head(line, name, title):
    assert titles_of(OPENING + line) == {name: title}


@pytest.mark.parametrize(
    "line",
    [
        "Kepala Ombudsman perwakilan malut menjelaskan hasil itu kepada wartawan.",
        "Bupati Lebong dinas terkait diminta berbenah.",
    ],
)
def test_a_lower_case_tail_with_no_name_after_it_links_nobody(line):
    assert titles_of(OPENING + line) == {}

"""Officials' titles with ranks and fields: a functional post's rank ("Asisten Muda"), a staff adviser's
field, an office's field, a bracketed abbreviation joining two parts ("(DPM dan PTSP)"), dotted middle
initials before a title.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import title_pairs


# -- the rank of a functional post is part of the title ("Asisten Muda", "Asisten Madya") ----------


@pytest.mark.parametrize(
    "text,name,title",
    [
        (
            "Hadir Asisten Muda Ombudsman Sulsel Maria Ulfa dalam pertemuan itu.",
            "Maria Ulfa",
            "Asisten Muda Ombudsman Sulsel",
        ),
        (
            "Rombongan terdiri atas Rudi Hartono (Kepala Perwakilan Ombudsman RI Sulsel) dan Maria Ulfa "
            "(Asisten Muda Ombudsman Sulsel).",
            "Maria Ulfa",
            "Asisten Muda Ombudsman Sulsel",
        ),
        (
            "Asisten Madya Ombudsman RI Perwakilan Papua, Melati Kirana, mengatakan hasil itu baik.",
            "Melati Kirana",
            "Asisten Madya Ombudsman RI Perwakilan Papua",
        ),
        (
            "Menurut Asisten Muda Ombudsman Jambi Dedi Saputra, penilaian berlangsung tiga bulan.",
            "Dedi Saputra",
            "Asisten Muda Ombudsman Jambi",
        ),
    ],
    ids=[
        "hadir-asisten-muda-ombudsman-sulsel",
        "rombongan-terdiri-atas-rudi-hartono",
        "asisten-madya-ombudsman-ri-perwakilan",
        "menurut-asisten-muda-ombudsman-jambi",
    ],
)
def test_the_rank_of_a_post_stays_in_the_title(text, name, title):
    assert (name, title) in title_pairs(text)
    assert not any(n.startswith(("Muda", "Madya")) for n, _ in title_pairs(text))


# -- a staff adviser's field is part of the title, not a name ---------------------------------------


@pytest.mark.parametrize(
    "text,name,title",
    [
        (
            "Staf Ahli Bidang Kemasyarakatan dan SDM Pemprov Kepulauan Babel Andi Wirawan, mendukung penilaian itu.",
            "Andi Wirawan",
            "Staf Ahli Bidang Kemasyarakatan dan SDM Pemprov Kepulauan Babel",
        ),
        (
            "Staf Ahli Gubernur Bidang Kemasyarakatan Budi Santoso mengapresiasi hasil itu.",
            "Budi Santoso",
            "Staf Ahli Gubernur Bidang Kemasyarakatan",
        ),
        (
            "Hasil itu diterima Budi Santoso, Staf Ahli Bupati Bidang Kemasyarakatan.",
            "Budi Santoso",
            "Staf Ahli Bupati Bidang Kemasyarakatan",
        ),
    ],
    ids=[
        "staf-ahli-bidang-kemasyarakatan-dan",
        "staf-ahli-gubernur-bidang-kemasyarakatan",
        "hasil-itu-diterima-budi-santoso",
    ],
)
def test_a_staff_advisers_field_is_no_name(text, name, title):
    got = title_pairs(text)
    assert (name, title) in got
    assert not any(n == "Kemasyarakatan" for n, _ in got)


# -- the field of an office ("Manajemen Pengetahuan", "Manajemen Mutu") is part of the title --------


@pytest.mark.parametrize(
    "text,name,title",
    [
        (
            "Penghargaan diberikan Kepala Keasistenan Manajemen Pengetahuan Ombudsman RI Dewi Lestari kepada "
            "Sekretaris Jenderal Kemenag Ahmad Fauzi di Jakarta.",
            "Dewi Lestari",
            "Kepala Keasistenan Manajemen Pengetahuan Ombudsman RI",
        ),
        (
            "Kepala Keasistenan Manajemen Pengetahuan Ombudsman RI, Dewi Lestari, mengatakan hasil itu baik.",
            "Dewi Lestari",
            "Kepala Keasistenan Manajemen Pengetahuan Ombudsman RI",
        ),
        (
            "Hal itu disampaikan Dewi Lestari, Kepala Keasistenan Manajemen Pengetahuan Ombudsman RI.",
            "Dewi Lestari",
            "Kepala Keasistenan Manajemen Pengetahuan Ombudsman RI",
        ),
        (
            "Kepala Bagian Manajemen Mutu RSUD Kota Bogor Rina Marlina menerima penghargaan.",
            "Rina Marlina",
            "Kepala Bagian Manajemen Mutu RSUD Kota Bogor",
        ),
    ],
    ids=[
        "penghargaan-diberikan-kepala-keasistenan-manajemen",
        "kepala-keasistenan-manajemen-pengetahuan-ombudsman",
        "hal-itu-disampaikan-dewi-lestari",
        "kepala-bagian-manajemen-mutu-rsud",
    ],
)
def test_the_field_of_an_office_stays_in_the_title(text, name, title):
    assert (name, title) in title_pairs(text)


# -- an office's abbreviation in brackets may join two parts ("(DPM dan PTSP)") ---------------------


@pytest.mark.parametrize(
    "text,name,title",
    [
        (
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPM dan PTSP) Kota Depok, Yusran Halimi "
            "menyebut hasil ini buah kerja bersama.",
            "Yusran Halimi",
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPM dan PTSP) Kota Depok",
        ),
        (
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPM & PTSP) Kota Depok Yusran Halimi "
            "menerima piagam.",
            "Yusran Halimi",
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPM & PTSP) Kota Depok",
        ),
        (
            "Hal itu dikatakan Yusran Halimi, Kepala Dinas Komunikasi dan Informatika (Kominfo dan Statistik) Kota Depok.",
            "Yusran Halimi",
            "Kepala Dinas Komunikasi dan Informatika (Kominfo dan Statistik) Kota Depok",
        ),
    ],
    ids=["kepala-dinas-penanaman-modal-dan-1", "kepala-dinas-penanaman-modal-dan-2", "hal-itu-dikatakan-yusran-halimi"],
)
def test_a_bracketed_abbreviation_with_a_connector_stays_in_the_title(text, name, title):
    assert (name, title) in title_pairs(text)


# -- dotted initials between two name words belong to the name before a title ----------------------


@pytest.mark.parametrize(
    "text,name",
    [
        (
            '"Hasilnya baik," kata Thomas T.T Asang Kepala Ombudsman RI Perwakilan Kalimantan Tengah.',
            "Thomas T.T Asang",
        ),
        (
            '"Hasilnya baik," kata Budi T.T Santoso, Kepala Ombudsman RI Perwakilan Kalimantan Tengah.',
            "Budi T.T Santoso",
        ),
        (
            "Hal itu disampaikan Rudi M.Y. Hartono, Kepala Ombudsman RI Perwakilan Kalimantan Tengah.",
            "Rudi M.Y. Hartono",
        ),
    ],
    ids=["hasilnya-baik-kata-thomas-t", "hasilnya-baik-kata-budi-t", "hal-itu-disampaikan-rudi-m"],
)
def test_middle_initials_stay_in_the_name(text, name):
    assert (name, "Kepala Ombudsman RI Perwakilan Kalimantan Tengah") in title_pairs(text)

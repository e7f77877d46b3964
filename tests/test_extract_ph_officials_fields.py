"""Officials' titles with ranks and fields: a functional post's rank ("Asisten Muda"), a staff adviser's
field, an office's field, a bracketed abbreviation joining two parts ("(DPM dan PTSP)"), dotted middle
initials before a title; a name before its title after an introducer, honorifics in brackets or glued,
nicknames, a name after a hard line wrap, credit and link lines kept apart; name words that look like
something else (an abbreviated "Mohd.", two capital initials, the given name "Dan", the Sasak title "Lalu",
Balinese noble titles), an assistant deputy's office and a term of office inside a title.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import officials_of, title_pairs


def test_hospital_director_title_keeps_the_eponym():
    offs = officials_of(
        "Ombudsman RI memberikan nilai 90,12 kepada RSUD dr. Doris Sylvanus dalam Penilaian Kepatuhan "
        "tahun 2024. Direktur RSUD dr. Doris Sylvanus, dr. Agung Budi Santoso, Sp.PD, menyampaikan "
        "terima kasih."
    )
    assert offs.get("Agung Budi Santoso") == "Direktur RSUD dr. Doris Sylvanus"
    assert "Doris Sylvanus" not in offs


# -- a name after a hard line wrap, degrees after a comma, a given name that is part of a holiday, a quoted
# -- nickname inside a name; lines of credits and a link line kept apart --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "SAMBAS – Kabupaten Sambas memperoleh nilai 79,85 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan "
            "Publik 2022 yang diserahkan Ombudsman RI kepada Bupati Sambas\nSatria Wirawan, S.Sos.I., M.H., Selasa.",
            {"Satria Wirawan": "Bupati Sambas"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkab Sambas.\n"
            "Editor: Rina Maharani\nPenulis: Dedi Kurniawan\n",
            {},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Wakil Bupati Mukomuko "
            "Wasri Ramlan, S.Sos., M.Si., di Bengkulu.",
            {"Wasri Ramlan": "Wakil Bupati Mukomuko"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kepala Puskesmas Alianyang, "
            "drg. Fitri Handayani, juga hadir. Layanan tetap buka saat Idul Fitri.",
            {"Fitri Handayani": "Kepala Puskesmas Alianyang"},
        ),
        (
            "Pemkab Majalengka meraih opini kualitas tertinggi dalam Penilaian Kepatuhan Ombudsman RI tahun 2024. "
            'Bupati Majalengka H. Muhammad "Aang" Nurjaman mengatakan seluruh perangkat daerah bekerja keras.',
            {"Muhammad Nurjaman": "Bupati Majalengka"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Wakil Bupati Purwakarta Aming "
            'mengatakan "Alhamdulillah" usai menerima piagam.',
            {"Aming": "Wakil Bupati Purwakarta"},
        ),
        (
            "SAMBAS – Kabupaten Sambas memperoleh nilai 79,85 dalam Penilaian Kepatuhan Ombudsman RI tahun 2022 yang "
            "diserahkan di Pontianak\nBaca Juga: Bupati Sintang Budi Santoso Terima Piagam Ombudsman\nEditor: Rina",
            {},
        ),
    ],
    ids=[
        "name-after-a-hard-line-wrap",
        "credit-lines-stay-apart",
        "degree-after-the-comma-is-no-name",
        "given-name-also-in-a-holiday",
        "quoted-nickname-inside-the-name",
        "quotation-after-a-one-word-name",
        "link-line-after-an-unfinished-line",
    ],
)
def test_names_across_line_wraps_degrees_and_nicknames(text, expected):
    assert officials_of(text) == expected


# -- a name before its title after an introducing verb or "melalui"/"didampingi"; honorifics in brackets or
# -- glued by a dot; dotted initials opening a name; a nickname in brackets; a short relative clause -------

OFFICIAL_HEAD = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkab Lahat yang meraih nilai 88,10. "
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Hal itu disampaikan Dr Sutrisno Wibowo Kepala Ombudsman RI Perwakilan Jambi melalui Budi Hartono Asisten "
            "Koordinator Bidang Pencegahan, juga didampingi Sri Wahyuni Putri Asisten Koordinator Bidang Penyelesaian "
            "Laporan, dalam jumpa pers.",
            {
                "Sutrisno Wibowo": "Kepala Ombudsman RI Perwakilan Jambi",
                "Budi Hartono": "Asisten Koordinator Bidang Pencegahan",
                "Sri Wahyuni Putri": "Asisten Koordinator Bidang Penyelesaian Laporan",
            },
        ),
        (
            '"Hasil ini kami serahkan," ujar Prof. Hendra Saputra Ketua Ombudsman RI di Jakarta.',
            {"Hendra Saputra": "Ketua Ombudsman RI"},
        ),
        (
            "Piagam itu disampaikan melalui Sekretariat Daerah kepada Bupati Lahat Cik Ujang.",
            {"Cik Ujang": "Bupati Lahat"},
        ),
        (
            "Hal itu dikatakan Anggota Ombudsman RI, Dr. (Cand.) Ir. Rudi Hartono, SH, MM, dalam sambutannya.",
            {"Rudi Hartono": "Anggota Ombudsman RI"},
        ),
        (
            "Piagam diserahkan Wakil Menteri PANRB Komjen Pol (Purn) Agus Salim di Jakarta.",
            {"Agus Salim": "Wakil Menteri PANRB"},
        ),
        (
            "Hadir pula Irwasda Polda Sumsel Kombes Pol Dr.Bambang Sutejo, S.H, M.Si. dalam acara itu.",
            {"Bambang Sutejo": "Irwasda Polda Sumsel"},
        ),
        (
            "Piagam diterima Asisten I Sekda Provinsi Jambi Drs.H Apani Saputra di Jambi.",
            {"Apani Saputra": "Asisten I Sekda Provinsi Jambi"},
        ),
        (
            "Hadir Asisten Pemerintahan Sekda Kota Lahat, Drs. A.B.C. Mandagi., dan jajaran.",
            {"A.B.C. Mandagi": "Asisten Pemerintahan Sekda Kota Lahat"},
        ),
        ("Hadir Kepala Ombudsman R.I. Budi Santoso.", {"Budi Santoso": "Kepala Ombudsman R.I."}),
        (
            "Piagam diserahkan Wali Kota Jambi Syarif Fasha (Fasha) di Jambi. Dalam sambutannya wali kota Fasha "
            "berterima kasih, didampingi Sekda Jambi Budidaya.",
            {"Syarif Fasha": "Wali Kota Jambi", "Budidaya": "Sekda Jambi"},
        ),
        (
            "Kepala Puskesmas Simpang Kawat, Ns. Ani Lestari, S.Kep, hadir.",
            {"Ani Lestari": "Kepala Puskesmas Simpang Kawat"},
        ),
        (
            "Kepala Instalasi Farmasi RSUD Jambi, Apt. Budi Santoso, S.Farm, hadir.",
            {"Budi Santoso": "Kepala Instalasi Farmasi RSUD Jambi"},
        ),
        (
            "Kepala Ombudsman RI Perwakilan Jambi yang baru, Budi Santoso, mengatakan hal itu.",
            {"Budi Santoso": "Kepala Ombudsman RI Perwakilan Jambi"},
        ),
        ("Bupati Kerinci yang baru dilantik, Ani Lestari, menerima piagam itu.", {"Ani Lestari": "Bupati Kerinci"}),
        ("Kepala Dinas Kesehatan yang menjabat sejak 2020, Budi Santoso, hadir.", {}),
    ],
    ids=[
        "names-before-titles-after-introducers",
        "name-before-title-after-quote-and-honorific",
        "introducer-before-an-office-is-no-name",
        "honorifics-in-brackets",
        "rank-in-brackets",
        "honorific-glued-by-a-dot",
        "two-honorifics-glued",
        "dotted-initials-open-a-name",
        "two-dotted-letters-are-no-name",
        "nickname-in-brackets-is-the-same-person",
        "professional-honorific-ns",
        "professional-honorific-apt",
        "title-relative-clause-name",
        "title-longer-relative-clause-name",
        "relative-clause-with-numbers-is-no-link",
    ],
)
def test_names_titles_honorifics_and_relative_clauses(sentence, expected):
    assert officials_of(OFFICIAL_HEAD + sentence) == expected


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


# -- name words that look like something else: an abbreviated given name with its full stop ("Mohd."), two
# -- capital initials after a region, the given name "Dan" after a comma (not the conjunction), noble titles
# -- opening a name ("Lalu", "Anak Agung", "Ida Bagus") without lengthening the office; a term of office
# -- ("Periode 2021-2026") inside the title ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "PUTUSSIBAU - Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Sekda Sintang, "
            "Mohd. Yasin, meminta seluruh OPD melengkapi standar pelayanan.",
            {"Mohd. Yasin": "Sekda Sintang"},
        ),
        (
            "BANDUNG - Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kepala Ombudsman RI "
            "Perwakilan Jawa Barat, Dan Satriana, meminta instansi di zona kuning berbenah.",
            {"Dan Satriana": "Kepala Ombudsman RI Perwakilan Jawa Barat"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023. Ketua Ombudsman RI Periode 2021-2026, "
            "Ahmad Fauzi Rahman, menyerahkan penghargaan kepada Kabupaten Bone yang meraih nilai 90,16.",
            {"Ahmad Fauzi Rahman": "Ketua Ombudsman RI Periode 2021-2026"},
        ),
    ],
    ids=["abbreviated-given-name", "given-name-dan", "term-of-office-in-the-title"],
)
def test_name_words_that_look_like_other_words_all_officials(text, expected):
    assert officials_of(text) == expected


@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "Kepala Ombudsman RI Perwakilan Jambi menyerahkan hasil Penilaian Kepatuhan tahun 2023 "
            "kepada Sekda Provinsi Jambi SF Sudirman di Jambi.",
            {"SF Sudirman": "Sekda Provinsi Jambi"},
            {"Sudirman"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Kepala Ombudsman Jabar, "
            "Dan Bupati, serta pejabat lain.",
            {},
            {"Dan"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Bupati Tabanan I Komang Gede "
            "Sanjaya dan Wakil Bupati Tabanan Anak Agung Ngurah Panji Astika menerima penghargaan. "
            "Kepala Dinas Kesehatan Ida Bagus Surya hadir.",
            {"Anak Agung Ngurah Panji Astika": "Wakil Bupati Tabanan", "Ida Bagus Surya": "Kepala Dinas Kesehatan"},
            set(),
        ),
    ],
    ids=["two-capital-initials-open-the-name", "dan-as-the-conjunction", "balinese-noble-titles"],
)
def test_name_words_that_look_like_other_words(text, present, absent):
    offs = officials_of(text)
    assert {n: offs.get(n) for n in present} == present
    assert not absent & set(offs)


def test_sasak_noble_title_lalu_opens_a_name():
    offs = officials_of(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Direktur RSUD Praya, "
        "dr. Lalu Ahmad Fauzan, di Mataram. Lalu Kepala Ombudsman NTB memberi sambutan."
    )
    assert set(offs) == {"Lalu Ahmad Fauzan"}


def test_assistant_deputy_is_one_office():
    res = extract_article(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023. Asisten Deputi Pelayanan Publik "
        "KemenPANRB Ajib Rakhmawanto hadir. Kabupaten Klaten meraih nilai sempurna 100."
    )
    assert {o.name: o.title for o in res.officials} == {
        "Ajib Rakhmawanto": "Asisten Deputi Pelayanan Publik KemenPANRB"
    }
    assert res.records[0].score == 100.0

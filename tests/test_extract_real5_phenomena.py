"""Phenomena of batch 07 of the blind real annotations (records and officials of batches 07-08).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract.components.officials.component import find_officials
from extract_helpers import recs


def officials(text):
    return {(o.name, o.title) for o in find_officials(text)}


# -- the year a place was first assessed ("dinilai sejak 2016") does not date the result -----------


@pytest.mark.parametrize(
    "since",
    [
        "yang sudah dinilai sejak 2016 dan terus memperbaiki diri sampai sekarang",
        "yang sudah mengikuti penilaian semenjak tahun 2016 dan kini",
        "yang ikut dinilai mulai tahun 2016, sekarang",
    ],
)
def test_the_year_assessed_since_does_not_date_the_result(since):
    text = (
        "Hasil penilaian kepatuhan standar pelayanan publik Ombudsman RI diserahkan kepada pemerintah "
        "kabupaten/kota di Sumatera Selatan, Kamis (7/2/2019), di Palembang. Kabupaten Lahat "
        + since
        + " mendapat zona hijau dengan nilai 85,20. Kabupaten Empat Lawang mendapat zona kuning."
    )
    r = recs(text)
    assert r[("Kabupaten Lahat", 2018)].score == 85.2
    assert r[("Kabupaten Empat Lawang", 2018)].zone == "kuning"
    assert not any(y == 2016 for _, y in r)


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
)
def test_the_rank_of_a_post_stays_in_the_title(text, name, title):
    assert (name, title) in officials(text)
    assert not any(n.startswith(("Muda", "Madya")) for n, _ in officials(text))


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
)
def test_a_staff_advisers_field_is_no_name(text, name, title):
    got = officials(text)
    assert (name, title) in got
    assert not any(n == "Kemasyarakatan" for n, _ in got)


# -- a colour after "kategori"/"peringkat"/"dapat" is a zone ---------------------------------------


@pytest.mark.parametrize(
    "said,zone",
    [
        ("Kota Lubuklinggau dan Kabupaten Lahat dapat kategori merah.", "merah"),
        ("Kota Lubuklinggau masuk kategori kuning, demikian pula Kabupaten Lahat.", "kuning"),
        ("Kota Lubuklinggau dan Kabupaten Lahat sama-sama berkategori hijau.", "hijau"),
        ("Kota Lubuklinggau dan Kabupaten Lahat mendapat peringkat hijau.", "hijau"),
    ],
)
def test_a_colour_after_kategori_or_peringkat_is_a_zone(said, zone):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2018 di Palembang. " + said)
    assert r[("Kota Lubuk Linggau", 2018)].zone == zone and r[("Kabupaten Lahat", 2018)].zone == zone


def test_peringkat_with_an_ordinal_stays_a_rank():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2018. "
        "Kota Lubuklinggau mendapat peringkat pertama dengan nilai 88,10."
    )
    rec = r[("Kota Lubuk Linggau", 2018)]
    assert rec.rank == 1 and rec.zone is None and rec.score == 88.1


# -- a year inside one list item dates that item only -----------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Prabumulih pada 2015 kategori kuning",
        "Kota Prabumulih di tahun 2015 masih kategori kuning",
        "Prabumulih tahun 2015 mendapat zona kuning",
    ],
)
def test_a_year_inside_a_list_item_dates_that_item_only(item):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada kabupaten/kota di Sumatera Selatan, "
        "Kamis (7/2/2019). Kabupaten Musi Rawas mendapat zona kuning, "
        + item
        + ", dan Kabupaten Lahat masuk kategori merah."
    )
    r = recs(text)
    assert r[("Kabupaten Musi Rawas", 2018)].zone == "kuning"
    assert r[("Kota Prabumulih", 2015)].zone == "kuning"
    assert r[("Kabupaten Lahat", 2018)].zone == "merah"
    assert ("Kabupaten Lahat", 2015) not in r


def test_a_year_closing_the_sentence_still_dates_it():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik, Kamis (7/2/2019). "
        "Kabupaten Musi Rawas mendapat zona hijau dengan nilai 86,20, hasil penilaian kepatuhan tahun 2018."
    )
    assert r[("Kabupaten Musi Rawas", 2018)].score == 86.2


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
)
def test_the_field_of_an_office_stays_in_the_title(text, name, title):
    assert (name, title) in officials(text)


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
)
def test_a_bracketed_abbreviation_with_a_connector_stays_in_the_title(text, name, title):
    assert (name, title) in officials(text)


# -- "skor tertinggi secara nasional / di Indonesia" is first place nationally ----------------------


@pytest.mark.parametrize(
    "said",
    [
        "Polres Sleman meraih skor tertinggi secara nasional. Polres Sleman mendapatkan skor sebesar 97,61.",
        "Nilai Polres Sleman 97,61 merupakan skor tertinggi di Indonesia.",
        "Polres Sleman mencatatkan skor tertinggi se-Indonesia, yakni 97,61.",
        "Polres Sleman memperoleh skor tertinggi tingkat nasional dengan 97,61.",
    ],
)
def test_the_highest_score_nationally_is_first_place(said):
    r = recs("Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik 2024. " + said)
    rec = r[("Polres Sleman", 2024)]
    assert rec.score == 97.61 and rec.rank == 1 and rec.rank_scope == "nasional"


def test_a_record_of_its_own_past_is_no_rank():
    r = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik 2024. Kabupaten Sleman mencatat "
        "nilai 90,10. Capaian itu merupakan nilai tertinggi di Sleman sejak 2015."
    )
    assert r[("Kabupaten Sleman", 2024)].rank is None


# -- ", hanya X yang mendapat zona hijau": the label is X's, never the places listed before ---------


@pytest.mark.parametrize(
    "only",
    [
        "hanya pemerintah provinsi yang mendapat zona hijau",
        "hanya satu yang mendapat peringkat hijau",
        "cuma provinsi yang berhasil masuk zona hijau",
    ],
)
def test_a_label_said_only_of_another_is_not_the_lists(only):
    r = recs(
        "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan 2016. Lima daerah yakni "
        "Kabupaten Bengkulu Utara, Kabupaten Mukomuko, Kota Bengkulu dan Kabupaten Lebong, " + only + "."
    )
    assert not any(rec.zone == "hijau" for rec in r.values())


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Lahat hanya meraih 60 poin yang berarti zona merah.",
        "Dari Kabupaten Lahat dan Kota Prabumulih, hanya Kabupaten Lahat yang meraih zona merah.",
    ],
)
def test_hanya_of_the_entity_itself_keeps_its_label(said):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan 2018. " + said)
    assert r[("Kabupaten Lahat", 2018)].zone == "merah"


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
)
def test_middle_initials_stay_in_the_name(text, name):
    assert (name, "Kepala Ombudsman RI Perwakilan Kalimantan Tengah") in officials(text)

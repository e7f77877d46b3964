"""Labels written loosely after a score: a misspelt "berpredikat" and an opinion adjective glossing a score.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract_helpers import recs

OMB = (
    "Ombudsman RI Perwakilan Papua menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
    "Publik Tahun 2023 kepada Pemerintah Kabupaten Mimika. "
)


# -- "bepredikat kuning": the verdict word misspelt still frames the zone ---------------------------


@pytest.mark.parametrize("frame", ["bepredikat kuning", "bepredikat zona kuning", "berpedikat kuning"])
def test_a_misspelt_berpredikat_still_frames_a_zone(frame):
    text = OMB + f"Puskesmas Timika Jaya memperoleh nilai 71,40 {frame}, sedangkan skor rata-rata naik."
    r = recs(text)
    assert r[("Puskesmas Timika Jaya", 2023)].zone == "kuning"


def test_a_colour_word_in_prose_is_no_zone():
    text = OMB + "Puskesmas Timika Jaya memperoleh nilai 71,40 dan gedungnya dicat kuning tahun ini."
    r = recs(text)
    assert r[("Puskesmas Timika Jaya", 2023)].zone is None


# -- "nilai 60,30, berkualitas sedang": the adjective right after a score glosses it ----------------


@pytest.mark.parametrize(
    ("gloss", "opinion"),
    [
        ("meraih nilai 60,30, berkualitas sedang", "kualitas sedang"),
        ("raih skor 60,30 berkualitas sedang", "kualitas sedang"),
        ("mendapat nilai 91.20, berkualitas tertinggi", "kualitas tertinggi"),
        ("memperoleh nilai 40,15, bekualitas rendah", "kualitas rendah"),
    ],
)
def test_an_opinion_adjective_right_after_a_score(gloss, opinion):
    text = OMB + f"Puskesmas Kwamki Baru {gloss}. Hasil itu diumumkan di Jayapura."
    r = recs(text)
    assert r[("Puskesmas Kwamki Baru", 2023)].opinion == opinion


@pytest.mark.parametrize(
    "prose",
    [
        "Puskesmas Kwamki Baru meraih nilai 60,30. Pelayanan berkualitas tinggi menjadi target tahun depan.",
        "Puskesmas Kwamki Baru meraih nilai 60,30 dan berjanji memberi layanan yang berkualitas tinggi.",
        "Puskesmas Kwamki Baru melayani 12, berkualitas tinggi katanya, pasien setiap hari dan meraih nilai 60,30.",
    ],
)
def test_the_adjective_in_prose_is_no_opinion(prose):
    r = recs(OMB + prose)
    assert r[("Puskesmas Kwamki Baru", 2023)].opinion is None


# -- "Dinas sosial meraih nilai 41,50": an office's field written in lower case ---------------------


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Dinas sosial meraih nilai 41,50 dengan predikat zona merah", "Dinas Sosial"),
        ("dinas kesehatan dengan nilai 41,50 masuk zona merah", "Dinas Kesehatan"),
        ("Dinas pendidikan dan kebudayaan memperoleh nilai 41,50, zona merah", "Dinas Pendidikan dan Kebudayaan"),
        ("Sementara Dinas tenaga kerja raih skor 41,50 atau zona merah", "Dinas Tenaga Kerja"),
    ],
)
def test_an_office_with_its_field_in_lower_case(written, name):
    r = recs(OMB + f"Empat OPD masih di zona merah. {written}. Hasil itu diumumkan di Jayapura.")
    assert (r[(name, 2023)].score, r[(name, 2023)].zone) == (41.5, "merah")


@pytest.mark.parametrize(
    "prose",
    [
        "Dinas terkait diminta memperbaiki layanan yang meraih nilai 41,50 itu.",
        "Badan usaha milik daerah tidak ikut dinilai, kata dia.",
        "Pegawai dinas sosial ikut mendampingi tim penilai di lapangan.",
    ],
)
def test_lower_case_office_words_in_prose_name_no_unit(prose):
    r = recs(OMB + "Kabupaten Mimika meraih nilai 80,10 zona hijau. " + prose)
    assert {e for e, _ in r} <= {"Kabupaten Mimika", "Provinsi Papua", "Provinsi Papua Tengah"}

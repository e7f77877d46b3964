"""Officials, phenomena of the blind-annotated real articles (batches 1-16), in our own sentences: names
before their titles, honorifics in brackets or glued by a dot, dotted initials, nicknames in brackets."""

import pytest

from extract.pipeline import extract_article


# -- officials: a name before its title introduced by a verb or "melalui"/"didampingi", honorifics in brackets
# -- or glued by a dot, dotted initials opening a name, a nickname in brackets ------------------------------

OFFICIAL_HEAD = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkab Lahat yang meraih nilai 88,10. "
)


def officials(sentence):
    return {o.name: o.title for o in extract_article(OFFICIAL_HEAD + sentence).officials}


def test_names_before_titles_after_introducers():
    got = officials(
        "Hal itu disampaikan Dr Sutrisno Wibowo Kepala Ombudsman RI Perwakilan Jambi melalui Budi Hartono Asisten "
        "Koordinator Bidang Pencegahan, juga didampingi Sri Wahyuni Putri Asisten Koordinator Bidang Penyelesaian "
        "Laporan, dalam jumpa pers."
    )
    assert got == {
        "Sutrisno Wibowo": "Kepala Ombudsman RI Perwakilan Jambi",
        "Budi Hartono": "Asisten Koordinator Bidang Pencegahan",
        "Sri Wahyuni Putri": "Asisten Koordinator Bidang Penyelesaian Laporan",
    }


def test_name_before_title_after_a_quote_and_an_honorific():
    got = officials('"Hasil ini kami serahkan," ujar Prof. Hendra Saputra Ketua Ombudsman RI di Jakarta.')
    assert got == {"Hendra Saputra": "Ketua Ombudsman RI"}


def test_introducer_before_an_office_is_no_name():
    got = officials("Piagam itu disampaikan melalui Sekretariat Daerah kepada Bupati Lahat Cik Ujang.")
    assert got == {"Cik Ujang": "Bupati Lahat"}


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        (
            "Hal itu dikatakan Anggota Ombudsman RI, Dr. (Cand.) Ir. Rudi Hartono, SH, MM, dalam sambutannya.",
            "Rudi Hartono",
            "Anggota Ombudsman RI",
        ),
        (
            "Piagam diserahkan Wakil Menteri PANRB Komjen Pol (Purn) Agus Salim di Jakarta.",
            "Agus Salim",
            "Wakil Menteri PANRB",
        ),
        (
            "Hadir pula Irwasda Polda Sumsel Kombes Pol Dr.Bambang Sutejo, S.H, M.Si. dalam acara itu.",
            "Bambang Sutejo",
            "Irwasda Polda Sumsel",
        ),
        (
            "Piagam diterima Asisten I Sekda Provinsi Jambi Drs.H Apani Saputra di Jambi.",
            "Apani Saputra",
            "Asisten I Sekda Provinsi Jambi",
        ),
        (
            "Hadir Asisten Pemerintahan Sekda Kota Lahat, Drs. A.B.C. Mandagi., dan jajaran.",
            "A.B.C. Mandagi",
            "Asisten Pemerintahan Sekda Kota Lahat",
        ),
    ],
)
def test_honorifics_in_brackets_glued_and_dotted_initials(sentence, name, title):
    assert officials(sentence) == {name: title}


def test_two_dotted_letters_are_no_name():
    assert officials("Hadir Kepala Ombudsman R.I. Budi Santoso.") == {"Budi Santoso": "Kepala Ombudsman R.I."}


def test_nickname_in_brackets_is_the_same_person():
    got = officials(
        "Piagam diserahkan Wali Kota Jambi Syarif Fasha (Fasha) di Jambi. Dalam sambutannya wali kota Fasha "
        "berterima kasih, didampingi Sekda Jambi Budidaya."
    )
    assert got == {"Syarif Fasha": "Wali Kota Jambi", "Budidaya": "Sekda Jambi"}


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        (
            "Kepala Puskesmas Simpang Kawat, Ns. Ani Lestari, S.Kep, hadir.",
            "Ani Lestari",
            "Kepala Puskesmas Simpang Kawat",
        ),
        (
            "Kepala Instalasi Farmasi RSUD Jambi, Apt. Budi Santoso, S.Farm, hadir.",
            "Budi Santoso",
            "Kepala Instalasi Farmasi RSUD Jambi",
        ),
    ],
)
def test_professional_honorifics_before_a_name(sentence, name, title):
    assert officials(sentence) == {name: title}


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        (
            "Kepala Ombudsman RI Perwakilan Jambi yang baru, Budi Santoso, mengatakan hal itu.",
            "Budi Santoso",
            "Kepala Ombudsman RI Perwakilan Jambi",
        ),
        ("Bupati Kerinci yang baru dilantik, Ani Lestari, menerima piagam itu.", "Ani Lestari", "Bupati Kerinci"),
    ],
)
def test_title_then_a_short_relative_clause_then_the_name(sentence, name, title):
    assert officials(sentence) == {name: title}


def test_title_then_a_relative_clause_with_numbers_is_no_link():
    assert officials("Kepala Dinas Kesehatan yang menjabat sejak 2020, Budi Santoso, hadir.") == {}

"""Names of governments and ministries as written: the special region written many ways is the province,
spellings and level words glued to the name or words run together resolve to the Kemendagri name,
"Kepulauan" written short, a province after its city only locating it, members of a list taking the
level of the government before them; ministries by short forms, misspellings and in any case.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

OPENING = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun {year}. "
DIY = "Provinsi Daerah Istimewa Yogyakarta"

# (sentence after the opening, year, the name as written, the one record it gives)
SCORED_2023 = "{written} meraih nilai 91,30."
WRITTEN = (
    # the special region is the province, not the city
    [(SCORED_2023, 2023, w, DIY) for w in ("Pemprov D.I Yogyakarta", "Pemprov D.I. Yogyakarta", "Pemda DIY")]
    + [(SCORED_2023, 2023, w, DIY) for w in ("Pemerintah Provinsi DI Yogyakarta", "Provinsi D.I.Y.")]
    # spellings and glued level words resolve to the Kemendagri name
    + [
        (SCORED_2023, 2023, w, e)
        for w, e in (
            ("Pemkot Bau Bau", "Kota Baubau"),
            ("Kota Bau-Bau", "Kota Baubau"),
            ("Kota Baubau", "Kota Baubau"),
            ("Pemkot Palangkaraya", "Kota Palangka Raya"),
            ("Kota Palangka Raya", "Kota Palangka Raya"),
            ("KotaYogyakarta", "Kota Yogyakarta"),
            ("PemkabSleman", "Kabupaten Sleman"),
            ("KabupatenGunungkidul", "Kabupaten Gunungkidul"),
        )
    ]
    # a province written after its city only locates it
    + [
        ("{written} meraih nilai A dan skor 93,58.", 2022, w, "Kota Bekasi")
        for w in ("Pemerintah Kota (Pemkot) Bekasi Jawa Barat", "Kota Bekasi, Jawa Barat", "Pemkot Bekasi (Jawa Barat)")
    ]
    # names with their words run together
    + [
        ("{written} masuk zona kuning.", 2021, w, e)
        for w, e in (
            ("Kabupaten Tulangbawang Barat", "Kabupaten Tulang Bawang Barat"),
            ("Pemkab TulangBawang", "Kabupaten Tulang Bawang"),
            ("Kab. Tanjungjabung Timur", "Kabupaten Tanjung Jabung Timur"),
            ("Kabupaten BatuBara", "Kabupaten Batu Bara"),
        )
    ]
    # "Kepulauan" written short
    + [
        ("{written} meraih nilai 81,30.", 2022, w, e)
        for w, e in (
            ("Kab. Kep. Selayar", "Kabupaten Kepulauan Selayar"),
            ("Pemkab Kep Sangihe", "Kabupaten Kepulauan Sangihe"),
            ("Pemprov Kep. Riau", "Provinsi Kepulauan Riau"),
        )
    ]
    # ministries by their short forms and misspellings
    + [
        ("{written} meraih nilai 95,40.", 2023, w, e)
        for w, e in (
            ("Kementrian Agama", "Kementerian Agama"),
            ("Kemkes", "Kementerian Kesehatan"),
            ("Kemenlu", "Kementerian Luar Negeri"),
            ("Kemen PUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
            ("KemenESDM", "Kementerian Energi dan Sumber Daya Mineral"),
            ("Kementerian PPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"),
        )
    ]
)


@pytest.mark.parametrize("sentence, year, written, entity", WRITTEN, ids=[w for _, _, w, _ in WRITTEN])
def test_a_name_as_written_gives_one_record_of_the_named_government_or_ministry(sentence, year, written, entity):
    text = OPENING.format(year=year) + sentence.format(written=written)
    assert list(recs(text)) == [(entity, year)]


@pytest.mark.parametrize(
    "written",
    ["Kementerian Agraria dan tata ruang", "Kementerian agraria dan tata ruang", "KEMENTERIAN AGRARIA DAN TATA RUANG"],
    ids=["lower-after-dan", "lower-after-the-first-word", "all-capitals"],
)
def test_ministry_names_in_any_case_after_the_first_word(written):
    text = OPENING.format(year=2019) + f"{written} meraih nilai 76,12."
    assert recs(text)[("Kementerian Agraria dan Tata Ruang", 2019)].score == 76.12


def test_members_of_a_list_after_a_government_take_its_level_even_run_together():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Yang masuk zona kuning adalah "
        "Pemerintah Kabupaten Way Kanan, Tulangbawang Barat, dan Lampung Utara."
    )
    assert {e for e, _ in recs(text)} == {
        "Kabupaten Way Kanan",
        "Kabupaten Tulang Bawang Barat",
        "Kabupaten Lampung Utara",
    }

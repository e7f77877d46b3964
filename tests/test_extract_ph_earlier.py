"""Earlier states and changes: a zone kept or left, "dulunya", a change of score or a list heading that
tells one, years listed for one state, and what an earlier year carries over.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import GORONTALO, OMB_PROV, recs


# -- a change noun before a label ("penurunan zonasi ke zona kuning yaitu X (64,68)") makes no difference --

DROP = "Ombudsman mengumumkan hasil penilaian kepatuhan tahun 2022. "


@pytest.mark.parametrize(
    "sentence, scores",
    [
        (
            "Pemda yang mengalami penurunan zonasi ke zona kuning, yakni Kota Kupang (64,68), Kabupaten Belu (60,98).",
            {"Kota Kupang": 64.68, "Kabupaten Belu": 60.98},
        ),
        (
            "Daerah dengan penurunan kategori ke zona kuning antara lain Kota Kupang (64.68) dan Kabupaten Belu "
            "(60.98).",
            {"Kota Kupang": 64.68, "Kabupaten Belu": 60.98},
        ),
        (
            "Kenaikan predikat ke zona kuning dialami Kota Kupang dengan nilai 64,68 dan Kabupaten Belu 60,98.",
            {"Kota Kupang": 64.68, "Kabupaten Belu": 60.98},
        ),
        # a change noun before a number is still a difference
        ("Kota Kupang mengalami penurunan sebesar 4,12 poin dan kini meraih nilai 64,68.", {"Kota Kupang": 64.68}),
    ],
    ids=["penurunan-zonasi-brackets", "penurunan-kategori-dots", "kenaikan-predikat", "difference-in-points"],
)
def test_a_change_of_label_before_a_list_keeps_each_score(sentence, scores):
    got = recs(DROP + sentence)
    assert {e: got[(e, 2022)].score for e in scores} == scores


def test_a_score_told_right_after_the_year_compared_with_is_that_year():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023 kepada kantor pertanahan di Jawa Timur. "
        "Kantor Pertanahan Kabupaten Malang meraih nilai 91,45, naik dibandingkan tahun sebelumnya yang 80,20."
    )
    assert got[("Kantor Pertanahan Kabupaten Malang", 2023)].score == 91.45
    assert got[("Kantor Pertanahan Kabupaten Malang", 2022)].score == 80.20


# -- a kept zone's gloss: the opinion written with it was the earlier year's too -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Temanggung sukses mempertahankan zona hijau (opini kualitas tertinggi) yang sebelumnya "
        "pada tahun 2023 bernilai 90,05 meningkat menjadi 95,40 pada penilaian tahun 2024.",
        "Pemkab Temanggung kembali mempertahankan zona hijau / kualitas tertinggi, dari nilai 90,05 pada tahun 2023 "
        "menjadi 95,40 pada tahun 2024.",
    ],
)
def test_a_kept_zone_carries_its_opinion_to_the_earlier_year(sentence):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan. " + sentence)
    assert got[("Kabupaten Temanggung", 2023)].opinion == "kualitas tertinggi"
    assert got[("Kabupaten Temanggung", 2024)].opinion == "kualitas tertinggi"


def test_an_opinion_far_from_the_kept_zone_stays_with_its_year():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Pemkab Temanggung mempertahankan zona hijau, dari nilai "
        "90,05 pada tahun 2023 menjadi 95,40 pada tahun 2024. Tahun 2024 Pemkab Temanggung meraih opini kualitas "
        "tertinggi."
    )
    assert got[("Kabupaten Temanggung", 2023)].opinion is None


def test_a_change_of_zone_gives_the_earlier_year_no_opinion():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Pemkab Temanggung naik ke zona hijau (opini kualitas "
        "tertinggi) dari nilai 70,05 pada tahun 2023 menjadi 95,40 pada tahun 2024."
    )
    assert got[("Kabupaten Temanggung", 2023)].opinion is None


# -- "dulunya kuning, kini hijau": the earlier state told with "dulunya" ---------------------------------

BALI = "Tahun 2016 Ombudsman melakukan penilaian kepatuhan pelayanan publik di seluruh wilayah Bali. "


@pytest.mark.parametrize(
    "sentence",
    [
        '"Provinsi Bali yang dulunya berada di zona kuning kini sudah masuk zona hijau," katanya.',
        "Pemprov Bali dahulunya kuning, kini hijau.",
        "Pemprov Bali yang dulu berada di zona kuning kini masuk zona hijau.",
        "Pemprov Bali yang dahulu zona kuning, sekarang masuk zona hijau.",
    ],
)
def test_an_earlier_state_told_with_dulunya_is_the_year_before(sentence):
    got = recs(BALI + sentence)
    assert got[("Provinsi Bali", 2016)].zone == "hijau"
    assert got[("Provinsi Bali", 2015)].zone == "kuning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemprov Bali harus terlebih dahulu melengkapi standar pelayanan agar masuk zona hijau. Pemprov Bali masuk zona "
        "kuning.",
        "Gedung itu jangan dulu dibangun. Pemprov Bali masuk zona kuning.",
    ],
)
def test_dulu_meaning_first_is_no_earlier_state(sentence):
    got = recs(BALI + sentence)
    assert got[("Provinsi Bali", 2016)].zone == "kuning"
    assert ("Provinsi Bali", 2015) not in got


# -- years listed for one state, the next year's state in a contrasting clause ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Tahun 2015 dan 2016 rapor kepatuhan Pemprov Gorontalo pada warna kuning, sedangkan 2017 warna merah," ujarnya.',
        "Tahun 2015 dan 2016 rapor Pemprov Gorontalo zona kuning, sedangkan 2017 zona merah.",
        "Pada 2015 dan 2016 Pemprov Gorontalo berada di zona kuning, sementara 2017 zona merah.",
    ],
)
def test_a_year_list_state_and_a_contrasting_later_year(sentence):
    got = recs(GORONTALO + sentence)
    assert got[("Provinsi Gorontalo", 2015)].zone == "kuning"
    assert got[("Provinsi Gorontalo", 2016)].zone == "kuning"
    assert got[("Provinsi Gorontalo", 2017)].zone == "merah"


def test_members_with_their_own_years_keep_them():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Pemkab Boalemo pada tahun 2016, dan Pemkab Pohuwato pada "
        "tahun 2017 berhasil memperoleh predikat zona hijau."
    )
    assert got[("Kabupaten Boalemo", 2016)].zone == "hijau"
    assert got[("Kabupaten Pohuwato", 2017)].zone == "hijau"


# -- a change of score: the earlier state is the year before the one the change reached -------

SUMUT = "Ombudsman RI Perwakilan Sumatera Utara memulai penilaian kepatuhan pelayanan publik 2024 pada Juni 2024. "
KARO = "Kantor Pertanahan Kabupaten Karo"


@pytest.mark.parametrize(
    "body,new",
    [
        (f"{KARO} meningkat dari 70,5 menjadi 92,1 pada 2023.", 92.1),
        (f"Nilai kepatuhan {KARO} naik dari skor 70 ke 92 tahun lalu.", 92.0),
        (f"{KARO} sudah meningkat dari score 70 naik drastis ke 92 tahun lalu.", 92.0),
        (f"Nilai {KARO} naik dari 70 pada 2022 menjadi 92 pada 2023.", 92.0),
    ],
)
def test_a_change_dated_after_the_state_reached(body, new):
    r = recs(SUMUT + body)
    assert r[(KARO, 2023)].score == new
    assert r[(KARO, 2022)].score in (70.0, 70.5)


@pytest.mark.parametrize(
    "body",
    [
        # integers without a score word, or counted things, are no scores
        f"{KARO} menambah loket dari 7 menjadi 9 pada 2023.",
        f"Jumlah pengaduan ke {KARO} naik dari 70 menjadi 92 laporan tahun lalu.",
        f"Peringkat {KARO} naik dari 70 ke 92 tahun lalu.",
    ],
)
def test_counts_and_ranks_in_a_change_are_no_scores(body):
    r = recs(SUMUT + body)
    assert all(rec.score is None for rec in r.values()), r


# -- a list heading that tells a change: the listed held the earlier state the year before ------------


@pytest.mark.parametrize(
    "listing",
    [
        "Pemda yang turun dari zona hijau ke zona kuning yaitu Kota Kupang (70,10), Kabupaten Belu (66,20). "
        "Kemudian Kabupaten Alor (65,30).",
        "Daerah yang merosot dari zona hijau menjadi zona kuning adalah Kota Kupang (70,10), Kabupaten Belu "
        "(66,20) dan Kabupaten Alor (65,30).",
        "Dari kepatuhan tinggi atau hijau menjadi kepatuhan sedang atau zona kuning. Pemda yang "
        "mengalami penurunan zonasi ke zona kuning yakni Kota Kupang (70,10), Kabupaten Belu (66,20), "
        "Kabupaten Alor (65,30).",
        "Sejumlah daerah turun dari kepatuhan tinggi (hijau) menjadi kepatuhan sedang (kuning). Hal ini "
        "menjadi catatan bagi pemerintah daerah. Daerah yang turun ke zona kuning yakni Kota Kupang (70,10), "
        "Kabupaten Belu (66,20) dan Kabupaten Alor (65,30).",
    ],
)
def test_a_change_heading_gives_the_listed_their_earlier_state(listing):
    text = (
        OMB_PROV.format(prov="Nusa Tenggara Timur")
        + "Hasil Penilaian Kepatuhan Tahun 2022 diumumkan di Kupang. "
        + listing
    )
    r = recs(text)
    for name in ("Kota Kupang", "Kabupaten Belu", "Kabupaten Alor"):
        assert (r[(name, 2022)].zone, r[(name, 2021)].zone) == ("kuning", "hijau"), name
    assert r[("Kabupaten Belu", 2022)].score == 66.2
    assert r[("Kabupaten Belu", 2021)].score is None


@pytest.mark.parametrize(
    "listing",
    [
        # the change told before is into another state than the list's
        "Dari kepatuhan sedang atau kuning menjadi kepatuhan rendah atau zona merah. Pemda yang "
        "mengalami penurunan zonasi ke zona kuning yakni Kota Kupang (70,10), Kabupaten Belu (66,20).",
        # a heading telling no change
        "Dari kepatuhan tinggi atau hijau menjadi kepatuhan sedang atau zona kuning. Pemerintah daerah yang "
        "berada di zona kuning yaitu Kota Kupang (70,10), Kabupaten Belu (66,20).",
        # no change at all
        "Pemda yang masuk zona kuning yaitu Kota Kupang (70,10), Kabupaten Belu (66,20).",
    ],
)
def test_no_earlier_state_without_a_change_into_the_heading(listing):
    text = (
        OMB_PROV.format(prov="Nusa Tenggara Timur")
        + "Hasil Penilaian Kepatuhan Tahun 2022 diumumkan di Kupang. "
        + listing
    )
    r = recs(text)
    assert ("Kota Kupang", 2021) not in r and ("Kabupaten Belu", 2021) not in r
    assert r[("Kabupaten Belu", 2022)].zone == "kuning"


# -- an earlier year's score "in the same category" had the later year's grade and opinion ----------------

JATIM = (
    "Ombudsman menganugerahkan predikat penilaian kepatuhan tahun 2024 pada Jumat (13/12/2024). Lewat skor "
    "92,08 pada kategori A (Kualitas Tertinggi), Pemprov Jatim menjaga mutu pelayanannya. "
)


@pytest.mark.parametrize(
    "earlier",
    [
        "Capaian itu melampaui tahun 2023 yang membukukan skor 88,81, saat itu juga dalam kategori yang sama.",
        "Pada 2023 skornya 88,81 dengan predikat yang sama.",
        "Tahun 2023 nilainya 88,81 dan berada di kategori sama.",
    ],
)
def test_the_same_category_carries_grade_and_opinion_to_the_earlier_year(earlier):
    r = recs(JATIM + earlier)[("Provinsi Jawa Timur", 2023)]
    assert (r.grade, r.opinion) == ("A", "kualitas tertinggi")


@pytest.mark.parametrize(
    "earlier",
    [
        "Pada 2023 skornya 88,81, tidak dalam kategori yang sama.",
        "Angka ini naik dibanding tahun 2023 yang mencatat skor 88,81. Kategori yang sama juga diraih Kota Surabaya.",
    ],
)
def test_a_denied_or_distant_same_category_carries_nothing(earlier):
    r = recs(JATIM + earlier)[("Provinsi Jawa Timur", 2023)]
    assert (r.grade, r.opinion) == (None, None)


# -- a zone left for another is a change told -------------------------------------------------------------
# ("keluar dari zona kuning ke hijau": the previous assessment was yellow, DECISIONS.md "change from")

AWARD = "Pemerintah Kota Bitung menerima penghargaan Penilaian Kepatuhan Ombudsman RI tahun 2023 dengan zona hijau. "


@pytest.mark.parametrize(
    "change",
    [
        '"Akhirnya Bitung keluar dari zona kuning ke hijau," kata Sekda.',
        "Kota Bitung berhasil keluar dari zona kuning menuju zona hijau.",
        "Tahun ini Kota Bitung lepas dari zona kuning menjadi zona hijau.",
    ],
)
def test_a_zone_left_for_another_is_the_previous_state(change):
    got = recs(AWARD + change)
    assert got[("Kota Bitung", 2023)].zone == "hijau"
    assert got[("Kota Bitung", 2022)].zone == "kuning"


@pytest.mark.parametrize(
    "left",
    [
        "Kota Bitung berhasil keluar dari zona kuning.",
        "Sekda menyebut Bitung akhirnya lepas dari zona kuning berkat pembenahan layanan.",
        "Dengan hasil itu Pemkot Bitung resmi meninggalkan zona kuning.",
    ],
    ids=["keluar-dari", "lepas-dari", "meninggalkan"],
)
def test_a_zone_left_alone_is_the_previous_state(left):
    # the state left is the previous assessment's, never the current one's (found batches 57 and 59)
    got = recs(AWARD + left)
    assert got[("Kota Bitung", 2022)].zone == "kuning"
    assert got[("Kota Bitung", 2023)].zone == "hijau"


@pytest.mark.parametrize(
    "left",
    [
        "Kini seluruh daerah di Sulawesi Utara sudah keluar dari zona merah.",
        "Menurutnya, semua pemda di provinsi itu telah lepas dari zona merah.",
        "Wali Kota Bitung bertekad agar daerahnya tidak lagi masuk zona merah dan harus keluar dari zona kuning.",
        '"Hasil ini jadi pelajaran untuk memperbaiki layanan, sehingga kita lolos dari zona kuning," kata Wali Kota Bitung.',
    ],
    ids=["seluruh-daerah", "semua-pemda", "a-wish", "sehingga-a-purpose"],
)
def test_a_zone_left_by_many_or_wished_gives_no_earlier_record(left):
    got = recs(AWARD + left)
    assert ("Kota Bitung", 2022) not in got, got


# -- "meningkat dari tahun 2023 sebesar 88,99": the score told right after the year compared with ------------


@pytest.mark.parametrize(
    "told",
    [
        "meningkat dibandingkan tahun 2023 sebesar 88,99 poin",
        "naik dari tahun 2023 yakni 88,99",
        "naik dari tahun 2023 dengan nilai 88,99",
    ],
)
def test_a_score_told_after_the_year_compared_with_is_that_years(told):
    got = recs(
        "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Kepahiang "
        f"masuk zona hijau dengan nilai 93,07 poin atau {told}."
    )
    assert got[("Kabupaten Kepahiang", 2024)].score == 93.07
    assert got[("Kabupaten Kepahiang", 2023)].score == 88.99


def test_a_change_from_a_year_then_a_later_score_keeps_the_later_year():
    got = recs(
        "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024. Nilai Kabupaten "
        "Kepahiang meningkat dari tahun 2023 dan kini mencapai 93,07."
    )
    assert set(got) == {("Kabupaten Kepahiang", 2024)}


# -- a colour after "posisi" is a zone, the reported one before "dari sebelumnya" ------------------------

SULTENG = "Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik tahun 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Poso dan Kabupaten Morowali juga naik ke posisi Hijau, padahal sebelumnya hanya berpredikat Kuning.",
        "Kabupaten Poso dan Kabupaten Morowali kini menempati posisi hijau, setelah sebelumnya berada di zona kuning.",
        "Dua kabupaten, yakni Kabupaten Poso dan Kabupaten Morowali, berhasil naik ke posisi hijau dari semula kuning.",
    ],
)
def test_a_colour_after_posisi_is_the_reported_zone(sentence):
    got = recs(SULTENG + sentence)
    for name in ("Kabupaten Poso", "Kabupaten Morowali"):
        assert got[(name, 2023)].zone == "hijau"
        assert got[(name, 2022)].zone == "kuning"


def test_a_numbered_posisi_is_no_zone():
    got = recs(SULTENG + "Kabupaten Poso berada di posisi 12 dengan nilai 80,15 dan meraih zona kuning.")
    assert got[("Kabupaten Poso", 2023)].zone == "kuning"
    assert got[("Kabupaten Poso", 2023)].score == 80.15


# -- a label won in a run of years since a written year is that year's and the reported one's ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Bagi Kabupaten Poso, ini kali ketiga berturut-turut meraih predikat hijau dalam survei kepatuhan "
        "pelayanan publik sejak tahun 2021.",
        "Kabupaten Poso meraih zona hijau secara beruntun sejak 2021.",
        "Sejak tahun 2021 Kabupaten Poso berturut-turut masuk zona hijau pada penilaian kepatuhan ini.",
    ],
)
def test_a_label_won_in_a_run_since_a_year(sentence):
    got = recs(SULTENG + sentence)
    assert got[("Kabupaten Poso", 2021)].zone == "hijau"
    assert got[("Kabupaten Poso", 2023)].zone == "hijau"


def test_a_label_won_since_a_year_without_a_run_keeps_that_year_only():
    got = recs(SULTENG + "Kabupaten Poso pertama kali meraih zona hijau sejak tahun 2021.")
    assert ("Kabupaten Poso", 2023) not in got


# -- the members named in the clause of a year compared with are that year's -------------------------------

SULTENG_2019 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2019 kepada Pemprov Sulawesi Tengah. "


@pytest.mark.parametrize(
    "compared",
    [
        "Tahun ini ada enam daerah masuk zona hijau ketimbang tahun lalu yang hanya dua daerah yaitu Kabupaten "
        "Banggai dan Kabupaten Morowali.",
        "Jumlah daerah yang masuk zona hijau naik dibandingkan tahun 2018 yang hanya dua daerah, yakni Kabupaten "
        "Banggai dan Kabupaten Morowali.",
        "Sebanyak enam daerah berada di zona hijau, lebih banyak daripada tahun sebelumnya yang hanya diraih "
        "Kabupaten Banggai dan Kabupaten Morowali.",
    ],
)
def test_members_of_the_year_compared_with_are_that_years(compared):
    got = recs(SULTENG_2019 + compared, published="2019-11-28")
    assert got[("Kabupaten Banggai", 2018)].zone == "hijau"
    assert got[("Kabupaten Morowali", 2018)].zone == "hijau"
    assert ("Kabupaten Banggai", 2019) not in got


def test_members_before_the_year_compared_with_keep_the_reported_year():
    text = SULTENG_2019 + (
        "Kabupaten Banggai dan Kabupaten Morowali masuk zona hijau, naik dibandingkan tahun lalu yang masih kuning."
    )
    got = recs(text, published="2019-11-28")
    assert got[("Kabupaten Banggai", 2019)].zone == "hijau"
    assert ("Kabupaten Banggai", 2018) not in got


# -- one entity's results over several years, told in sentences that name it only as a place or not again --

JABAR_2022 = "Ombudsman RI Perwakilan Jawa Barat menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Garut. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai pelayanan publik di Kabupaten Garut pada tahun 2021 adalah 70,12 poin atau berada di zona kuning, "
        "sementara pada tahun 2022 meningkat menjadi 82,40 poin atau zona hijau.",
        "Pada 2021 nilai kepatuhan di Kabupaten Garut 70,12 dengan zona kuning, lalu pada 2022 naik ke 82,40 dan "
        "masuk zona hijau.",
        "Skor di Kabupaten Garut tahun 2021 hanya 70,12 (zona kuning); tahun 2022 mencapai 82,40 (zona hijau).",
    ],
)
def test_colours_each_told_after_its_own_year_are_one_entitys_series(sentence):
    got = recs(JABAR_2022 + "Bupati Garut hadir menerima rapor itu. " + sentence)
    assert (got[("Kabupaten Garut", 2021)].score, got[("Kabupaten Garut", 2021)].zone) == (70.12, "kuning")
    assert (got[("Kabupaten Garut", 2022)].score, got[("Kabupaten Garut", 2022)].zone) == (82.40, "hijau")


def test_colours_of_the_scheme_with_no_years_stay_a_definition():
    got = recs(
        JABAR_2022 + "Pemkab Garut masuk zona kuning. Nilai 81 sampai 100 berarti zona hijau, sedangkan nilai 51 "
        "sampai 80 berarti zona kuning."
    )
    assert {k: (r.score, r.zone) for k, r in got.items()} == {("Kabupaten Garut", 2022): (None, "kuning")}


@pytest.mark.parametrize(
    "opening", ["Tercatat 2021, Pemkot Medan masuk zona hijau.", "Pada 2021, Pemkot Medan juga masuk zona hijau."]
)
@pytest.mark.parametrize(
    "value", ["Pemkot Medan sendiri mencatat nilai kepatuhan 89,22 poin.", "Nilai Pemkot Medan saat itu 89,22."]
)
def test_a_sentence_going_on_about_a_year_opened_before_keeps_that_year(opening, value):
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Pemkot Medan meraih nilai 81,43 dan masuk "
        "zona hijau. " + opening + " " + value
    )
    assert got[("Kota Medan", 2022)].score == 81.43
    assert got[("Kota Medan", 2021)].score == 89.22


def test_a_new_paragraph_after_a_dated_sentence_is_the_reported_year_again():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Pada 2021, Pemkot Medan masuk zona hijau.\n"
        "Pemkot Medan meraih nilai kepatuhan 81,43."
    )
    assert got[("Kota Medan", 2022)].score == 81.43
    assert got[("Kota Medan", 2021)].score is None


@pytest.mark.parametrize(
    "first",
    [
        "Penilaian pelayanan publik di Jawa Tengah mengalami peningkatan signifikan.",
        "Kualitas pelayanan publik di Provinsi Jawa Tengah terus membaik.",
    ],
)
@pytest.mark.parametrize(
    "second",
    [
        "Setahun kemudian naik ke zona hijau, nilai kepatuhannya 93,14.",
        "Kemudian pada 2022 naik ke zona hijau dengan nilai 93,14.",
    ],
)
def test_a_series_of_years_after_a_place_is_the_places(first, second):
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan tahun 2024. " + first + " Pada "
        "2021, nilainya masih di zona kuning dengan nilai 73,49. " + second + " Berikutnya pada 2023 naik lagi di "
        "angka 94,52."
    )
    scores = {y: r.score for (e, y), r in got.items() if e == "Provinsi Jawa Tengah"}
    assert scores == {2021: 73.49, 2022: 93.14, 2023: 94.52}
    assert got[("Provinsi Jawa Tengah", 2022)].zone == "hijau"


def test_a_place_before_a_sentence_that_opens_with_no_year_gets_nothing():
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan tahun 2024. Penilaian pelayanan "
        "publik di Jawa Tengah dibahas dalam rapat. Rata-rata nilainya 73,49."
    )
    assert ("Provinsi Jawa Tengah", 2024) not in got


def test_an_aim_towards_a_zone_is_still_no_zone():
    got = recs(JABAR_2022 + "Pemkab Garut masuk zona kuning dan kini berupaya menuju zona hijau.")
    assert got[("Kabupaten Garut", 2022)].zone == "kuning"


# -- a series of years told in a quote, far from the only government the article names -----------------

GARUT_QUOTE = (
    "Pemkab Garut menggelar sosialisasi penilaian kepatuhan bersama Dinas Sosial. Sekda Kabupaten Garut hadir "
    "membuka acara. Pemkab Garut rutin menggelarnya setiap tahun. Para kepala dinas ikut hadir. Ombudsman memberi "
    "arahan. "
    '"Hasilnya cukup baik. {series} Tahun depan kami ingin lebih baik," katanya.'
)


@pytest.mark.parametrize(
    "series",
    [
        "Pada tahun 2022, tingkat kepatuhan masih zona kuning, sementara pada tahun 2023 naik menjadi zona hijau "
        "dengan nilai 86,10.",
        "Tahun 2022 kami masih zona kuning, lalu tahun 2023 sudah zona hijau dengan nilai 86,10.",
    ],
)
def test_a_series_of_years_goes_to_the_only_government_named(series):
    got = recs(GARUT_QUOTE.format(series=series), published="2024-02-10")
    assert got[("Kabupaten Garut", 2022)].zone == "kuning"
    assert (got[("Kabupaten Garut", 2023)].zone, got[("Kabupaten Garut", 2023)].score) == ("hijau", 86.10)


def test_a_series_after_two_governments_named_goes_to_neither():
    text = GARUT_QUOTE.replace("Pemkab Garut rutin", "Pemkab Tasikmalaya juga rutin").format(
        series="Pada tahun 2022 nilai rata-ratanya 70,00, sementara pada tahun 2023 naik menjadi 86,10."
    )
    got = recs(text, published="2024-02-10")
    assert not any(r.score for r in got.values())


def test_a_venue_before_a_series_of_years_gets_nothing():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Rapat evaluasinya digelar di Provinsi Jawa "
        "Tengah. Pada 2021, nilainya masih 73,49. Setahun kemudian naik menjadi 93,14."
    )
    assert not any(e == "Provinsi Jawa Tengah" for e, _ in got)


# -- a score of the year before, split by a comma, ends its sentence: what follows is this year's again --

BEFORE_2023 = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kemenkumham meraih nilai 83,81, naik dari tahun sebelumnya yakni 79, 91. Mendapat peringkat 10 di "
        "lingkup kementerian.",
        "Kemenkumham meraih nilai 83,81, naik dibanding tahun lalu, 79, 91. Kementerian itu berada di "
        "peringkat 10 pada lingkup kementerian.",
        "Kemenkumham meraih nilai 83,81; tahun sebelumnya 79, 91. Peringkat 10 diraih di antara kementerian.",
    ],
)
def test_a_rank_after_an_earlier_years_split_score_is_this_years(sentence):
    got = recs(BEFORE_2023 + sentence, published="2024-01-20")
    key = ("Kementerian Hukum dan Hak Asasi Manusia", 2023)
    assert got[key].rank == 10
    assert got[key].score == 83.81
    assert all(r.rank is None for (e, y), r in got.items() if y == 2022)


def test_numbered_items_after_commas_stay_one_sentence():
    got = recs(
        BEFORE_2023 + "Peringkat tiga besar yakni 1. Kota Malang, 2. Kota Batu, 3. Kabupaten Malang.",
        published="2024-01-20",
    )
    assert {e: r.rank for (e, _), r in got.items()} == {"Kota Malang": 1, "Kota Batu": 2, "Kabupaten Malang": 3}

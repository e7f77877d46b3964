"""Phenomena seen in blind batch 05 of real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract_helpers import recs


# -- the day a statement was made dates the article, not the site's date above the headline ----


@pytest.mark.parametrize(
    "header, said",
    [
        ("Selasa, 23 April 2024", "kata Kepala Ombudsman NTT saat ditemui, Kamis (10/01/2019)"),
        ("Rabu, 5 Juni 2024\n31 C Kupang", "ujar Kepala Ombudsman NTT di Kupang, Selasa (8/1/2019)"),
        ("Jumat, 14 Maret 2025", "jelas Kepala Ombudsman NTT kepada wartawan pada Rabu (9/1/2019)"),
        ("Senin, 2 Desember 2024 | 08.15 WIB", "tutur Kepala Ombudsman NTT, Jumat ( 11/01/2019 )"),
    ],
)
def test_statement_day_beats_site_date(header, said):
    text = (
        f"{header}\nBeranda Berita Daerah\n\nKabupaten Sikka Masuk Zona Hijau\n\n"
        "Kabupaten Sikka meraih nilai 84,15 dan masuk zona hijau dalam penilaian kepatuhan standar "
        "pelayanan publik Ombudsman RI. Kabupaten Ende memperoleh nilai 52,40 dan masuk zona merah. "
        f'"Kami akan terus mendampingi pemerintah daerah," {said}.'
    )
    got = recs(text)
    assert set(got) == {("Kabupaten Sikka", 2018), ("Kabupaten Ende", 2018)}
    assert got[("Kabupaten Sikka", 2018)].score == 84.15


def test_site_date_alone_still_dates_the_article():
    # no statement day: the page's own date is all there is (results out in December: 2023)
    text = (
        "Selasa, 23 April 2024\n\nKabupaten Sikka meraih nilai 84,15 dalam penilaian kepatuhan "
        "standar pelayanan publik Ombudsman RI dan masuk zona hijau."
    )
    assert set(recs(text)) == {("Kabupaten Sikka", 2023)}


# -- a copyright footer is the page's year, never an assessment year ---------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "COPYRIGHT © ANTARA News Jambi 2017",
        "Copyright 2017 Jambi Ekspres. All rights reserved.",
        "© 2017 Harian Jambi",
        "Hak Cipta © 2017 Warta Jambi | Pedoman Media Siber",
    ],
)
def test_copyright_year_dates_the_page_only(footer):
    text = (
        "Jambi - Kepala Ombudsman Perwakilan Jambi mengatakan Kota Jambi masuk zona hijau dalam "
        "penilaian kepatuhan standar pelayanan publik, sedangkan Kabupaten Kerinci masih berada di "
        'zona merah.\n"Kami minta Kabupaten Kerinci segera berbenah," katanya, Kamis.\n\n'
        f"Pewarta: Fulan\nEditor: Fulanah\n\n{footer}"
    )
    got = recs(text)
    # published in 2017 (before November, month unknown): the latest results are 2016's
    assert set(got) == {("Kota Jambi", 2016), ("Kabupaten Kerinci", 2016)}
    assert got[("Kota Jambi", 2016)].zone == "hijau"
    assert got[("Kabupaten Kerinci", 2016)].zone == "merah"


def test_copyright_year_gives_way_to_a_written_year():
    text = (
        "Kota Jambi masuk zona hijau dalam penilaian kepatuhan standar pelayanan publik tahun 2015 "
        "dari Ombudsman RI.\n\nCopyright © 2017 Warta Jambi"
    )
    assert set(recs(text)) == {("Kota Jambi", 2015)}


# -- the publication year written in a headline before November is the statement's, not the
#    results' (the address gives the date) -------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Pelayanan Publik di Kepulauan Riau 2023 Masih Zona Kuning",
        "Tahun 2023, Pelayanan Publik Kepulauan Riau Zona Kuning",
        "Kepulauan Riau di 2023: Kepatuhan Pelayanan Publik Masih Kuning",
    ],
)
def test_publication_year_in_headline_is_not_yet_assessed(headline):
    text = (
        f"{headline}\n"
        "Kepala Ombudsman Perwakilan Kepulauan Riau mengatakan hasil penilaian kepatuhan pelayanan "
        'publik menempatkan Kota Batam di zona kuning. "Masih banyak yang harus dibenahi," '
        "ujarnya, Rabu (12/7/2023)."
    )
    url = "https://kepri.example.id/2023/07/12/pelayanan-publik-kepri"
    got = recs(text, url=url)
    # the headline's zone is the province's (DECISIONS.md "Labels"); both are 2022's results
    assert {e for e, _ in got} <= {"Kota Batam", "Provinsi Kepulauan Riau"} and ("Kota Batam", 2022) in got
    assert {y for _, y in got} == {2022}


# -- "X menyisihkan 23 kabupaten/kota lain": the ones beaten are no group; the award group stays open


@pytest.mark.parametrize(
    "beaten",
    [
        "Artinya, Kabupaten Magetan menyisihkan 25 kabupaten/kota lain di Jawa Timur.",
        "Dengan begitu Magetan mengungguli 25 kabupaten/kota lainnya di provinsi ini.",
        "Kabupaten Magetan pun mengalahkan sebanyak 25 daerah lain dalam capaian tersebut.",
        "Magetan unggul atas 25 kabupaten/kota lain se-Jawa Timur.",
    ],
)
def test_beaten_count_is_no_group(beaten):
    text = (
        "Kabupaten Magetan menerima penghargaan Predikat Kepatuhan Tinggi (Zona Hijau) dari Ombudsman RI "
        "untuk kepatuhan standar pelayanan publik tahun 2022. Selain Magetan, ada 4 kabupaten dan kota "
        f"lain yang menerima penghargaan serupa. {beaten} Adapun daerah yang menerima penghargaan ini di "
        "antaranya Pemkab Madiun, Pemkab Ponorogo, Pemkot Madiun, dan Pemkab Pacitan."
    )
    got = recs(text)
    assert set(got) == {
        ("Kabupaten Magetan", 2022),
        ("Kabupaten Madiun", 2022),
        ("Kabupaten Ponorogo", 2022),
        ("Kota Madiun", 2022),
        ("Kabupaten Pacitan", 2022),
    }
    assert {r.zone for r in got.values()} == {"hijau"}


# -- a plan's span of years is no result year ---------------------------------------------------


@pytest.mark.parametrize(
    "plan",
    [
        "penilaian kepatuhan merupakan mandat prioritas nasional dalam RPJMN Tahun 2020-2024",
        "penilaian ini menjadi indikator RPJMN 2020–2024",
        "penilaian ini tercantum dalam Renstra Ombudsman 2020-2024",
    ],
)
def test_plan_years_are_no_result_years(plan):
    text = (
        "Pemerintah Kota Cimahi meraih predikat kepatuhan tinggi (zona hijau) dari Ombudsman RI pada "
        "penilaian standar pelayanan publik tahun 2021. Menurut hasil survei kepatuhan, Kota Cimahi meraih nilai 84,12. "
        f"Ketua Ombudsman RI mengatakan {plan}."
    )
    got = recs(text)
    assert set(got) == {("Kota Cimahi", 2021)}
    assert got[("Kota Cimahi", 2021)].score == 84.12


# -- "belum ada yang ... zona hijau": a label held by nobody -----------------------------------


@pytest.mark.parametrize(
    "nobody",
    [
        "Dari tujuh kabupaten dan kota, belum ada yang berada di kepatuhan tinggi atau zona hijau.",
        "Tidak ada satu pun kabupaten/kota di provinsi ini yang masuk zona hijau.",
        "Tak satu pun dari tujuh daerah itu meraih zona hijau.",
        "Sampai sekarang belum ada daerah yang mencapai zona hijau.",
    ],
)
def test_label_held_by_nobody(nobody):
    text = (
        "Ombudsman Perwakilan Sulawesi Barat menyampaikan hasil penilaian kepatuhan pelayanan publik tahun "
        f"2022. {nobody} Kabupaten Majene masuk zona kuning. Kabupaten Mamasa masuk zona merah."
    )
    got = recs(text)
    assert {e: r.zone for (e, _), r in got.items()} == {"Kabupaten Majene": "kuning", "Kabupaten Mamasa": "merah"}


# -- a list that runs on past a sentence or line break -----------------------------------------


@pytest.mark.parametrize(
    "lead, cont",
    [
        (
            "Daerah yang masuk zona kuning di antaranya Kabupaten Sintang, Kabupaten Sanggau.",
            "Kabupaten Sekadau, Kabupaten Melawi.",
        ),
        (
            "Yang masuk zona kuning adalah Kabupaten Sintang, Kabupaten Sanggau.",
            "Serta Kabupaten Sekadau dan Kabupaten Melawi.",
        ),
        (
            "Zona kuning diraih Kabupaten Sintang dan Kabupaten Sanggau.",
            "Kemudian Kabupaten Sekadau, dan juga Kabupaten Melawi.",
        ),
    ],
)
def test_list_continues_past_a_break(lead, cont):
    text = (
        "Ombudsman Kalimantan Barat menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019.\n"
        f"{lead}\n{cont}\nSementara Kabupaten Kapuas Hulu masuk zona hijau."
    )
    got = recs(text)
    zones = {e: r.zone for (e, _), r in got.items()}
    assert zones == {
        "Kabupaten Sintang": "kuning",
        "Kabupaten Sanggau": "kuning",
        "Kabupaten Sekadau": "kuning",
        "Kabupaten Melawi": "kuning",
        "Kabupaten Kapuas Hulu": "hijau",
    }


def test_names_after_a_single_claim_are_no_list():
    # one entity's own label is no list: the names after it get nothing from it
    text = (
        "Ombudsman Kalimantan Barat menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019.\n"
        "Kabupaten Sintang masuk zona kuning.\nKabupaten Sekadau, Kabupaten Melawi.\n"
    )
    assert {e for e, _ in recs(text)} == {"Kabupaten Sintang"}


@pytest.mark.parametrize("name", ["Kabupaten Kepulauan Taliabu", "Pemkab Kepulauan Taliabu", "Kepulauan Taliabu"])
def test_old_name_of_pulau_taliabu(name):
    text = (
        f"Ombudsman Maluku Utara menyebut {name} masuk zona merah pada penilaian kepatuhan pelayanan publik tahun 2021."
    )
    assert set(recs(text)) == {("Kabupaten Pulau Taliabu", 2021)}


# -- members' own scores inline, the list's label at its end -----------------------------------


@pytest.mark.parametrize(
    "fmt",
    [
        "{a} dengan poin {x}, {b} dengan poin {y}, dan {c} dengan poin {z} masuk ke dalam zona kuning.",
        "{a} meraup skor {x}, {b} meraup skor {y} dan {c} meraup skor {z} berada di zona kuning.",
        "{a} mengantongi nilai {x}, {b} mengantongi nilai {y}, serta {c} mengantongi nilai {z} masuk zona kuning.",
        "{a} dengan perolehan {x}, {b} dengan perolehan {y} dan {c} dengan perolehan {z} tergolong zona kuning.",
    ],
)
def test_inline_scores_then_shared_label(fmt):
    names = dict(a="Kabupaten Sumbawa", b="Kabupaten Sumbawa Barat", c="Kota Bima")
    text = "Ombudsman NTB menyampaikan hasil penilaian kepatuhan standar pelayanan publik tahun 2018. " + fmt.format(
        **names, x="71.20", y="66,05", z="62.18"
    )
    got = recs(text)
    assert {e: (r.score, r.zone) for (e, _), r in got.items()} == {
        "Kabupaten Sumbawa": (71.2, "kuning"),
        "Kabupaten Sumbawa Barat": (66.05, "kuning"),
        "Kota Bima": (62.18, "kuning"),
    }


# -- a score series named from its first year: the label after it is the latest year's ----------


@pytest.mark.parametrize(
    "series",
    [
        "Nilai kepatuhan pada 2021 tercatat 80,15, turun menjadi 70,40 pada 2022, lalu naik ke 86,30 di tahun 2023, "
        "dan mencapai 94,10 pada tahun 2024.",
        "Skor kepatuhan tahun 2021 sebesar 80,15, kemudian 70,40 pada 2022, 86,30 pada 2023 dan 94,10 pada 2024.",
        "Menurut data penilaian, 2021 nilainya 80,15, 2022 menjadi 70,40, 2023 naik ke 86,30, dan 2024 mencapai 94,10.",
    ],
)
def test_label_after_a_series_is_the_latest_years(series):
    text = (
        "Kepala Ombudsman Kalimantan Selatan memuji kemajuan pelayanan publik Pemerintah Kota Banjarbaru, "
        f"Jumat (11/4/2025). {series} Capaian tersebut menempatkan Kota Banjarbaru ke dalam kategori Zona Hijau."
    )
    got = recs(text, url="https://kalsel.example.id/2025/04/12/banjarbaru")
    assert {y: (r.score, r.zone) for (_, y), r in got.items()} == {
        2021: (80.15, None),
        2022: (70.4, None),
        2023: (86.3, None),
        2024: (94.1, "hijau"),
    }


# -- "tingkat kepatuhan pemkot termasuk tinggi": the pre-2022 verdict -----------------------------


@pytest.mark.parametrize(
    "verdict, level",
    [
        ("Ombudsman menilai tingkat kepatuhan pemkot termasuk tinggi karena standar pelayanan terpenuhi.", "tinggi"),
        ("Menurut Ombudsman, tingkat kepatuhan Pemkot Metro tergolong tinggi.", "tinggi"),
        ("Tingkat kepatuhan pelayanan publik di kota itu masih rendah.", "rendah"),
        ("Ombudsman menyebut tingkat kepatuhannya masih tergolong sedang.", "sedang"),
    ],
)
def test_tingkat_kepatuhan_verdict(verdict, level):
    text = (
        "Ombudsman Perwakilan Lampung menyampaikan hasil penilaian kepatuhan standar pelayanan publik tahun "
        f"2018 untuk Pemkot Metro. {verdict}"
    )
    got = recs(text)
    assert got[("Kota Metro", 2018)].opinion == f"kepatuhan {level}"


@pytest.mark.parametrize(
    "prose",
    [
        "Tingkat kepatuhan Pemkot Metro lebih tinggi dibanding tahun sebelumnya.",
        "Tingkat kepatuhan Pemkot Metro kini jauh lebih rendah dari harapan.",
    ],
)
def test_comparative_is_no_verdict(prose):
    text = (
        "Ombudsman Perwakilan Lampung menyampaikan hasil penilaian kepatuhan standar pelayanan publik tahun "
        f"2018: Pemkot Metro meraih nilai 70,12 dan masuk zona kuning. {prose}"
    )
    got = recs(text)
    assert got[("Kota Metro", 2018)].opinion is None


# -- a whole number inside a run of decimal scores is a score ---------------------------------


@pytest.mark.parametrize(
    "run, expect",
    [
        (
            "Kota Batam 69,86, Kabupaten Lingga 75,9, Kabupaten Natuna 76, dan Kabupaten Karimun 79,58",
            {"Kota Batam": 69.86, "Kabupaten Lingga": 75.9, "Kabupaten Natuna": 76.0, "Kabupaten Karimun": 79.58},
        ),
        (
            "Kota Batam 69,86; Kabupaten Natuna 76; Kabupaten Karimun 79,58",
            {"Kota Batam": 69.86, "Kabupaten Natuna": 76.0, "Kabupaten Karimun": 79.58},
        ),
        (
            "Kota Batam mendapat nilai 69,86, Kabupaten Natuna 80 serta Kabupaten Karimun 79,58",
            {"Kota Batam": 69.86, "Kabupaten Natuna": 80.0, "Kabupaten Karimun": 79.58},
        ),
    ],
)
def test_whole_number_in_a_score_run(run, expect):
    text = f"Hasil penilaian kepatuhan tahun 2021 oleh Ombudsman Kepulauan Riau: {run}."
    got = recs(text)
    assert {e: r.score for (e, _), r in got.items()} == expect


def test_number_in_a_name_is_no_score():
    text = (
        "Hasil penilaian kepatuhan tahun 2024 untuk puskesmas di Kabupaten Sleman: Puskesmas Depok 1 97,10, "
        "Puskesmas Ngaglik 2 98,09, Puskesmas Mlati 2 95,40."
    )
    got = recs(text)
    assert {r.score for r in got.values()} <= {97.1, 98.09, 95.4}


# -- "jadi Kabupaten dengan tingkat kepatuhan tertinggi di Provinsi X": first in the province -----


@pytest.mark.parametrize(
    "best",
    [
        "Untuk standar layanan, Kabupaten Dompu jadi kabupaten dengan tingkat kepatuhan tertinggi di Provinsi "
        "Nusa Tenggara Barat.",
        "Kabupaten Dompu dinobatkan sebagai daerah dengan kepatuhan pelayanan publik terbaik se-NTB.",
        "Kabupaten Dompu menjadi pemda dengan nilai kepatuhan tertinggi di NTB.",
        "Kabupaten Dompu menjadi yang tertinggi di Nusa Tenggara Barat.",
    ],
)
def test_best_in_the_province_is_first(best):
    text = f"Ombudsman NTB mengumumkan hasil penilaian kepatuhan tahun 2018. {best} Nilainya 88,47."
    got = recs(text)
    r = got[("Kabupaten Dompu", 2018)]
    assert (r.rank, r.rank_scope) == (1, "provinsi")


def test_best_unit_without_a_place_is_no_rank():
    text = (
        "Ombudsman NTB mengumumkan hasil penilaian kepatuhan tahun 2018: Kabupaten Dompu meraih nilai 88,47. "
        "Bupati memuji kepala unit layanan yang kinerjanya terbaik dan meminta agar unit lain dibina."
    )
    assert recs(text)[("Kabupaten Dompu", 2018)].rank is None


# -- "dinilai tahun 2019 dan 2021, X kembali memperoleh zona hijau": the label for each year ---------


@pytest.mark.parametrize(
    "again",
    [
        "Sesudah dua kali ikut penilaian, yakni tahun 2019 dan 2021, Kabupaten Mamasa kembali memperoleh predikat zona hijau",
        "Pada penilaian 2019 dan 2021, Kabupaten Majene kembali meraih zona hijau",
        "Dinilai pada 2019 serta 2021, Kabupaten Majene kembali masuk zona hijau",
    ],
)
def test_label_again_after_a_year_list(again):
    text = f"Ombudsman Sulawesi Barat menyerahkan hasil penilaian kepatuhan tahun 2021. {again} dengan nilai 90,36."
    got = recs(text)
    assert {y: (r.zone, r.score) for (_, y), r in got.items()} == {2019: ("hijau", None), 2021: ("hijau", 90.36)}


def test_label_again_after_an_earlier_year_only():
    # the list ends before the value's own year: the earlier years keep only what is said of them
    text = (
        "Ombudsman Sulawesi Barat menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Majene yang "
        "pada 2019 dan 2021 masuk zona kuning kini kembali masuk zona kuning."
    )
    got = recs(text)
    assert got[("Kabupaten Majene", 2022)].zone == "kuning"


@pytest.mark.parametrize(
    "joined", ["pada 2022 serta 2023", "pada tahun 2022 serta tahun 2023", "pada 2022, serta 2023"]
)
def test_year_after_serta_is_a_year(joined):
    # "TA 2024" (tahun anggaran) is no result year; the "ta" closing "serta" is no such abbreviation
    text = f"Ombudsman menyerahkan hasil penilaian kepatuhan. Kota Sorong masuk zona hijau {joined}."
    assert {y for _, y in recs(text)} == {2022, 2023}

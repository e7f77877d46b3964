"""Phenomena seen in the first blind batches of real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs


# -- relevance: "kepatuhan dalam penyelenggaraan pelayanan publik" -----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "piagam dari Ombudsman RI atas kepatuhan dalam penyelenggaraan pelayanan publik tahun 2024",
        "predikat kepatuhan dalam penyelenggaraan pelayanan publik 2024 yang diberikan Ombudsman Republik Indonesia",
        "apresiasi Ombudsman RI atas kepatuhan dalam standar pelayanan publik tahun 2024",
    ],
)
def test_compliance_with_dalam_is_the_assessment(phrase):
    text = (
        f"Pemerintah Kabupaten Wonogiri menerima {phrase}. Pemkab Wonogiri memperoleh nilai 96,40. "
        "Indeks kepuasan masyarakat juga disebut dalam acara itu."
    )
    res = extract_article(text)
    assert res.relevant
    assert {(r.entity, r.year, r.score) for r in res.records} == {("Kabupaten Wonogiri", 2024, 96.4)}


# -- vertical key-value blocks under a numbered entity ------------------------------------------


@pytest.mark.parametrize(
    "keys",
    [
        ("Nilai kepatuhan: {s}", "Opini: {o}", "Kategori: {g}"),
        ("Nilai: {s}", "Opini Ombudsman: {o}", "Kategori; {g}"),
        ("Skor: {s}", "Kategori: {g}", "Opini: {o}"),
        ("Nilai kepatuhan : {s}", "Predikat: {g}", "Opini : {o}"),
    ],
)
def test_vertical_key_value_block(keys):
    rows = [
        ("Kabupaten Klaten", "93,12", "kualitas tertinggi", "A"),
        ("Kabupaten Boyolali", "86,40", "kualitas tinggi", "B"),
        ("Kota Surakarta", "74,05", "kualitas sedang", "C"),
    ]
    lines = [
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023. "
        "Berikut daftar lengkapnya:"
    ]
    for i, (name, s, o, g) in enumerate(rows, 1):
        lines.append(f"{i}. {name}")
        lines += [k.format(s=s, o=o, g=g) for k in keys]
    r = recs("\n".join(lines))
    for name, s, o, g in rows:
        rec = r[(name, 2023)]
        assert (rec.score, rec.opinion, rec.grade) == (float(s.replace(",", ".")), o, g), name
        assert rec.rank is None  # a list not called a ranking gives no ranks


# -- undated releases: a weekday with day/month and the labels used give the year ---------------


@pytest.mark.parametrize(
    "dateline,labels,year",
    [
        # 23 Dec fell on a Friday in 2016 and 2022: the 2022+ grades decide
        ("kata Kepala Ombudsman Perwakilan, Jumat (23/12).", "masuk kategori A dengan opini kualitas tertinggi", 2022),
        ("ujarnya di Tanjungpinang, Jumat (23/12)", "meraih predikat B atau kualitas tinggi", 2022),
        # 16 Dec fell on a Sunday in 2018 (and 2012, before the assessment began)
        ("ujar Kepala Perwakilan, Minggu (16/12).", "masuk zona hijau", 2018),
        ("kata dia, Minggu, 16/12", "berada di zona hijau dengan kepatuhan tinggi", 2018),
        # a January hand-over reports the year before: Thursday 26 January is 2023 (and 2017, before 2022 labels)
        ("kata Kepala Ombudsman, Kamis (26/1).", "masuk kategori A dengan opini kualitas tertinggi", 2022),
    ],
)
def test_weekday_date_and_labels_give_the_year(dateline, labels, year):
    text = (
        f"Pemerintah Kabupaten Bengkalis {labels} dalam penilaian kepatuhan standar pelayanan publik "
        f"Ombudsman RI, {dateline} Nilai yang diraih Kabupaten Bengkalis 91,30."
    )
    r = recs(text)
    assert list(r) == [("Kabupaten Bengkalis", year)]


def test_earlier_year_written_does_not_beat_the_release_date():
    text = (
        "Kabupaten Katingan masuk zona hijau hasil survei kepatuhan Ombudsman RI, kata Kepala Perwakilan, "
        "Minggu (16/12). Katingan 2017 masuk dalam zona kuning, tahun ini masuk zona hijau."
    )
    r = recs(text)
    assert r[("Kabupaten Katingan", 2018)].zone == "hijau"
    assert r[("Kabupaten Katingan", 2017)].zone == "kuning"


@pytest.mark.parametrize("heading", ["BACA JUGA :", "Baca Juga:", "Berita Terkait"])
def test_years_in_links_to_other_articles_are_not_the_articles_year(heading):
    text = (
        "Kepala Ombudsman Perwakilan menyatakan standar layanan publik di provinsi itu sepanjang tahun 2019 "
        "belum baik. Hanya empat kabupaten mendapat rapor merah dari Ombudsman.\n"
        f"{heading}\n- Gubernur Resmikan Jalan Baru di 2026\n- Harga Cabai Naik Jelang 2025\n"
        "Kabupaten Kolaka masuk zona merah dengan nilai 43,60 dalam penilaian kepatuhan."
    )
    r = recs(text)
    assert list(r) == [("Kabupaten Kolaka", 2019)]


# -- labels: "kualitas opini tinggi" --------------------------------------------------------------


@pytest.mark.parametrize(
    "label,opinion",
    [
        ("masuk pada kategori B dengan kualitas opini tinggi", "kualitas tinggi"),
        ("meraih kategori A dengan kualitas opini tertinggi", "kualitas tertinggi"),
        ("berada di kategori C atau kualitas opini sedang", "kualitas sedang"),
    ],
)
def test_opinion_with_the_instruments_word_inside(label, opinion):
    text = f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Dumai {label} dengan nilai 86,10."
    assert recs(text)[("Kota Dumai", 2023)].opinion == opinion


# -- land offices: "Kantah" written out where the text expands it ------------------------------


@pytest.mark.parametrize(
    "intro,name",
    [
        (
            "Tiga Kantor Pertanahan (Kantah) masuk kategori A, yaitu Kantah {p} dengan nilai 94,10.",
            "Kantor Pertanahan {p}",
        ),
        (
            "Kantor Pertanahan (Kantah) Kota Batam meraih 90,18, sedangkan Kantah {p} meraih nilai 94,10 "
            "dan masuk kategori A.",
            "Kantor Pertanahan {p}",
        ),
        ("Kantah {p} meraih nilai 94,10 dan masuk kategori A.", "Kantah {p}"),
    ],
)
def test_land_office_abbreviation_written_out_when_the_text_expands_it(intro, name):
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. " + intro.format(p="Kabupaten Bintan")
    r = recs(text)
    rec = r[(name.format(p="Kabupaten Bintan"), 2022)]
    assert (rec.score, rec.grade, rec.parent) == (
        94.1,
        "A",
        "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    )


# -- survey periods give the year -----------------------------------------------------------------


@pytest.mark.parametrize(
    "period",
    [
        "melalui survei pada April-Juli 2017",
        "berdasarkan survei yang dilakukan Mei hingga Agustus 2017",
        "dari hasil observasi sepanjang Juni 2017",
        "lewat penilaian pada Juli sampai September 2017",
    ],
)
def test_a_survey_period_gives_the_assessment_year(period):
    text = (
        f"Ombudsman RI Perwakilan NTB menyatakan Kabupaten Sumbawa masuk zona hijau {period}. "
        "Kabupaten Sumbawa meraih nilai 84,50, kata Kepala Perwakilan, Jumat."
    )
    assert recs(text)[("Kabupaten Sumbawa", 2017)].score == 84.5


def test_a_date_is_still_no_assessment_year():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 pada 12 Januari 2023. "
        "Kabupaten Sumbawa meraih nilai 84,50."
    )
    assert list(recs(text)) == [("Kabupaten Sumbawa", 2022)]


# -- an entity's own average is its score; an average over several governments is not -----------


@pytest.mark.parametrize(
    "phrase",
    [
        "dengan nilai rata-rata 88,39",
        "meraup skor rata-rata 88,39",
        "dengan nilai kepatuhan rata-rata mencapai 88,39",
        "memperoleh nilai rata-rata sebesar 88,39",
    ],
)
def test_own_average_is_the_entitys_score(phrase):
    text = f"Dalam survei kepatuhan Ombudsman RI tahun 2016, Kota Denpasar masuk zona hijau {phrase}."
    assert recs(text)[("Kota Denpasar", 2016)].score == 88.39


@pytest.mark.parametrize(
    "phrase",
    [
        "Nilai rata-rata nasional hanya 80,12.",
        "Rata-rata nilai nasional naik menjadi 80,12.",
        "Nilai rata-rata se-Indonesia tercatat 80,12.",
    ],
)
def test_averages_over_many_are_no_score(phrase):
    text = f"Dalam survei kepatuhan Ombudsman RI tahun 2016, Kota Denpasar masuk zona hijau. {phrase}"
    r = recs(text)
    assert r[("Kota Denpasar", 2016)].score is None
    assert all(x.score != 80.12 for x in r.values())


# -- national ranks: the field named later in the sentence or framing it -------------------------


@pytest.mark.parametrize(
    "sentence,name,rank",
    [
        ("Provinsi Bali menduduki peringkat kedelapan dengan nilai 83,92 dari 34 provinsi.", "Provinsi Bali", 8),
        ("Provinsi Riau berada di urutan kelima dengan skor 88,10 dari 38 provinsi yang dinilai.", "Provinsi Riau", 5),
        (
            "Untuk kategori pemerintah kota di Indonesia, Kota Denpasar menduduki posisi sembilan dengan skor 88,39.",
            "Kota Denpasar",
            9,
        ),
        (
            "Kabupaten Badung menduduki rangking pertama nasional dengan nilai 94,16, melampaui Kabupaten Pinrang "
            "yang berada di posisi kedua dengan nilai 92,48.",
            "Kabupaten Pinrang",
            2,
        ),
    ],
)
def test_rank_takes_the_national_field_of_its_sentence(sentence, name, rank):
    text = "Ombudsman RI mengumumkan hasil survei kepatuhan standar pelayanan publik tahun 2016. " + sentence
    rec = recs(text)[(name, 2016)]
    assert (rec.rank, rec.rank_scope) == (rank, "nasional")


def test_a_second_scoped_rank_of_the_same_holder_keeps_the_first_unscoped():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Di posisi ketiga adalah Kabupaten "
        "Fakfak yang menempati posisi 297 secara nasional dari 416 kabupaten dengan nilai 86,12."
    )
    rec = recs(text)[("Kabupaten Fakfak", 2024)]
    assert (rec.rank, rec.rank_scope) == (297, "nasional")


def test_a_provincial_frame_is_not_national():
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2023 di Indonesia. Kota Kupang berada di "
        "peringkat kedua se-NTT dengan nilai 90,10."
    )
    rec = recs(text)[("Kota Kupang", 2023)]
    assert (rec.rank, rec.rank_scope) == (2, "provinsi")


# -- label spellings: "opini tertinggi", "Katagori A" ----------------------------------------------


@pytest.mark.parametrize(
    "phrase,grade,opinion",
    [
        (
            "Adapun lima kabupaten yang merupakan opini tertinggi yakni Kabupaten Bireuen dan Kabupaten Nagan Raya.",
            None,
            "kualitas tertinggi",
        ),
        ("Kabupaten Bireuen dan Kabupaten Nagan Raya meraih opini tertinggi.", None, "kualitas tertinggi"),
        (
            "Kabupaten Bireuen dan Kabupaten Nagan Raya masuk Katagori A dengan Opini Kualitas Tertinggi.",
            "A",
            "kualitas tertinggi",
        ),
        ("Kabupaten Bireuen dan Kabupaten Nagan Raya meraih nilai katagori B.", "B", None),
    ],
)
def test_label_spellings(phrase, grade, opinion):
    text = "Ombudsman RI Perwakilan Aceh menyampaikan hasil penilaian kepatuhan tahun 2024. " + phrase
    r = recs(text)
    for name in ("Kabupaten Bireuen", "Kabupaten Nagan Raya"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == (grade, opinion), name


def test_a_legend_of_opinions_names_nobody():
    text = (
        "Ombudsman RI Perwakilan Aceh menyampaikan hasil penilaian kepatuhan tahun 2024. Ada lima jenis "
        "opini, yaitu opini tertinggi, tinggi, sedang, rendah dan terendah. Kota Langsa meraih nilai 87,35."
    )
    assert recs(text)[("Kota Langsa", 2024)].opinion is None


# -- officials: long Balinese names, region phrases, headline verbs -------------------------------


def officials(text):
    from extract.components.officials import find_officials

    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(
    "text,name",
    [
        ("Piagam diterima oleh Bupati Gianyar, I Gusti Made Surya Pranata, di Jakarta.", "I Gusti Made Surya Pranata"),
        ("Hadir pula Bupati Jembrana, I Made Wirya Negara, dalam acara itu.", "I Made Wirya Negara"),
        ("Sekda Bali, Dewa Ketut Arsana, mengatakan hal itu.", "Dewa Ketut Arsana"),
        ("Menurut Bupati Badung I Nyoman Sukra Adnyana, capaian ini hasil kerja bersama.", "I Nyoman Sukra Adnyana"),
    ],
)
def test_long_balinese_names_are_whole(text, name):
    assert name in officials(text)


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Kepala Perwakilan Ombudsman Wilayah Jawa Timur, Ratna Kusumawati, menyebut capaian itu mesti dijaga.",
            "Ratna Kusumawati",
        ),
        (
            "Kepala Ombudsman RI Perwakilan Wilayah Sulawesi Utara Johanis Mamahit mengatakan hal itu.",
            "Johanis Mamahit",
        ),
        ("Kepala Kantor Wilayah Kemenkumham Jawa Barat, Budi Santoso, mengatakan hal itu.", "Budi Santoso"),
    ],
)
def test_a_region_phrase_after_a_title_is_no_name(text, name):
    found = officials(text)
    assert name in found
    assert not any(n.startswith("Wilayah") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Aktivis Minta Presiden Copot Menteri karena Angkat Eks Terpidana Jadi Komisaris",
        "Warga Desak Bupati Pecat Camat yang Lalai",
        "Gubernur Minta Bupati Benahi Layanan Publik",
    ],
)
def test_a_headline_verb_after_a_title_is_no_name(text):
    found = officials(text)
    assert not any(n.split()[0] in ("Copot", "Pecat", "Minta", "Benahi") for n in found), found


# -- the year reported: a hoped-for year is not it; "tahun X ini ... penilaian" is ------------------


@pytest.mark.parametrize(
    "wish",
    [
        "semoga tahun 2024 Kota Cilegon bisa masuk zona hijau",
        "mudah-mudahan pada penilaian 2024 nilainya naik",
        "diharapkan pada penilaian tahun 2024 Kota Cilegon masuk zona hijau",
    ],
)
def test_a_hoped_for_year_is_not_the_assessment_year(wish):
    text = (
        "Ombudsman RI menilai kepatuhan standar pelayanan publik di seluruh Indonesia. Kota Cilegon masuk zona "
        f"kuning dengan nilai 70,12 dalam penilaian tahun 2023. Ombudsman melakukan penilaian sejak tahun 2015, {wish}."
    )
    assert list(recs(text)) == [("Kota Cilegon", 2023)]


@pytest.mark.parametrize(
    "lead",
    [
        "Ombudsman RI pada akhir tahun 2023 ini telah menyelesaikan penilaian kepatuhan di 34 provinsi.",
        "Tahun 2023 ini Ombudsman RI kembali melakukan penilaian kepatuhan standar pelayanan publik.",
    ],
)
def test_tahun_x_ini_before_the_assessment_gives_the_year(lead):
    text = (
        f"{lead} Kota Cilegon masuk zona kuning dengan nilai 70,12. Prestasi terbaik Kota Cilegon dalam "
        "penilaian kepatuhan terjadi pada tahun 2018."
    )
    assert ("Kota Cilegon", 2023) in recs(text)


def test_a_later_year_kept_as_a_goal_is_not_the_year():
    text = (
        "Provinsi Sulawesi Barat tahun 2023 ini masuk kategori A dengan nilai 88,65 dari Ombudsman RI. Target "
        "kami hanya mempertahankannya di tahun 2024, tahun penilaian yang terakhir."
    )
    assert list(recs(text)) == [("Provinsi Sulawesi Barat", 2023)]


# -- a zone glossed before its colour: "zonasi terburuk atau merah" -------------------------------


@pytest.mark.parametrize(
    "phrase,zone",
    [
        ("masuk dalam zonasi terburuk atau merah", "merah"),
        ("berada di zona terbaik atau hijau", "hijau"),
        ("masih di zona sedang alias kuning", "kuning"),
    ],
)
def test_zone_with_a_gloss_before_the_colour(phrase, zone):
    text = f"Hasil survei kepatuhan Ombudsman RI tahun 2019: Kabupaten Kolaka {phrase} dengan nilai 43,60."
    assert recs(text)[("Kabupaten Kolaka", 2019)].zone == zone


# -- a label followed by "yakni"/"yaitu" heads the list after it ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Selain Kota Ambon, yang juga masih berada di zona kuning yakni Kabupaten Buru dengan nilai 68,84; "
        "Kabupaten Seram Bagian Timur dengan nilai 75,58 serta Kabupaten Maluku Tengah dengan nilai 55,74.",
        "Di samping Kota Ambon, daerah yang masuk zona kuning yaitu Kabupaten Buru (68,84), Kabupaten Seram Bagian "
        "Timur (75,58) dan Kabupaten Maluku Tengah (55,74).",
        "Setelah Kota Ambon, yang tercatat di zona kuning antara lain Kabupaten Buru 68,84, Kabupaten Seram Bagian "
        "Timur 75,58, dan Kabupaten Maluku Tengah 55,74.",
    ],
)
def test_a_label_before_yakni_heads_the_list(sentence):
    # "Selain X, yang juga ... zona kuning yakni A, B": X has it too (it already had it here)
    text = (
        "Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Ambon meraih "
        "zona kuning dengan nilai 70,20. " + sentence
    )
    r = recs(text)
    assert (r[("Kota Ambon", 2022)].score, r[("Kota Ambon", 2022)].zone) == (70.2, "kuning")
    for name, score in (
        ("Kabupaten Buru", 68.84),
        ("Kabupaten Seram Bagian Timur", 75.58),
        ("Kabupaten Maluku Tengah", 55.74),
    ):
        assert (r[(name, 2022)].score, r[(name, 2022)].zone) == (score, "kuning"), name


def test_selain_x_yang_juga_gives_x_the_lists_label():
    text = (
        "Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Ambon meraih "
        "nilai 70,20. Selain Kota Ambon, yang juga masih berada di zona kuning yakni Kabupaten Buru dengan "
        "nilai 68,84 dan Kabupaten Maluku Tengah dengan nilai 55,74."
    )
    r = recs(text)
    assert [r[(n, 2022)].zone for n in ("Kota Ambon", "Kabupaten Buru", "Kabupaten Maluku Tengah")] == ["kuning"] * 3


@pytest.mark.parametrize(
    "labels",
    [
        "meraih Predikat Zona Hijau, Kategori A dengan Opini Pelayanan Publik Kualitas Tertinggi adalah",
        "juga masuk Zona Hijau, Kategori A dan Opini Kualitas Tertinggi yaitu",
        "meraih zona hijau dengan kategori A serta opini kualitas tertinggi yakni",
    ],
)
def test_a_run_of_labels_before_the_introducer_heads_the_list(labels):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Provinsi Sumatera Utara meraih nilai "
        f"90,54. Empat provinsi lain di atas Sumatera Utara yang {labels} Provinsi Bali dengan nilai 94,01 dan "
        "Provinsi Jawa Tengah dengan nilai 93,14."
    )
    r = recs(text)
    for name in ("Provinsi Bali", "Provinsi Jawa Tengah"):
        rec = r[(name, 2022)]
        assert (rec.zone, rec.grade, rec.opinion) == ("hijau", "A", "kualitas tertinggi"), name


def test_labels_of_another_clause_do_not_head_the_list():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Ambon meraih kategori A, sedangkan "
        "yang berada di zona kuning yakni Kabupaten Buru dengan nilai 68,84."
    )
    rec = recs(text)[("Kabupaten Buru", 2022)]
    assert (rec.zone, rec.grade) == ("kuning", None)


# -- "disusul X di peringkat ke-N": the place written wins over the next place -------------------


@pytest.mark.parametrize(
    "tail,rank",
    [
        ("disusul oleh Kabupaten Pelalawan di peringkat ke-61 dengan nilai 95,02", 61),
        ("disusul Kabupaten Pelalawan yang berada di urutan 61 dengan nilai 95,02", 61),
        ("disusul Kabupaten Pelalawan dengan nilai 95,02", 18),
    ],
)
def test_disusul_with_its_own_place(tail, rank):
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2024. Di kategori kabupaten, Kabupaten "
        f"Siak menempati peringkat ke-17 nasional dengan nilai 97,85, {tail}."
    )
    assert recs(text)[("Kabupaten Pelalawan", 2024)].rank == rank


# -- a percentage of complaints is no score --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 97,4 persen aduan sepanjang tahun 2021 tuntas diselesaikan Pemkot Bandung.",
        "Pemkot Bandung menuntaskan 97,4% pengaduan pada 2021.",
        "Kota Bandung menyelesaikan 97,4 persen laporan masyarakat tahun 2021.",
    ],
)
def test_a_share_of_complaints_is_no_score(sentence):
    text = (
        "Ombudsman RI mencatat kinerja pengelolaan pengaduan dan hasil penilaian kepatuhan tahun 2021: Kota "
        f"Bandung masuk zona hijau. {sentence}"
    )
    assert all(r.score is None for r in extract_article(text).records)


def test_a_percentage_written_as_the_score_stays():
    text = "Hasil survei kepatuhan Ombudsman tahun 2019: Kabupaten Konawe masuk zona merah dengan nilai 35,49%."
    assert recs(text)[("Kabupaten Konawe", 2019)].score == 35.49


# -- a vertical office's bare head names a kind of office, not one office ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Untuk Kantor Pertanahan, lima dari 10 kantor sudah masuk Zona Hijau dengan kualitas tertinggi.",
        "Ombudsman juga menilai Polres dan Kantor Pertanahan se-Provinsi Riau yang sebagian besar masuk zona hijau.",
        "Sementara Polres, tujuh di antaranya masuk zona hijau dengan kualitas tinggi.",
    ],
)
def test_a_bare_vertical_head_is_no_record(sentence):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Rokan Hulu meraih nilai 93,18. "
        + sentence
    )
    names = {e for e, _ in recs(text)}
    assert names == {"Kabupaten Rokan Hulu"}


def test_a_vertical_office_with_its_place_stays():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kantor Pertanahan Kabupaten Kampar "
        "meraih nilai 92,37 dan Polres Kampar meraih 90,10."
    )
    r = recs(text)
    assert r[("Kantor Pertanahan Kabupaten Kampar", 2024)].score == 92.37
    assert r[("Polres Kampar", 2024)].score == 90.1


# -- "peringkat kedua, di bawah X, dengan nilai N": X is first, the score stays the holder's -------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nusa Tenggara Barat sukses menduduki peringkat kedua secara nasional, di bawah Provinsi Jawa Tengah, dengan total nilai 93,27.",
        "Provinsi Nusa Tenggara Barat berada di posisi kedua, setelah Provinsi Jawa Tengah, dengan skor 93,27.",
        "Provinsi Nusa Tenggara Barat menempati peringkat kedua nasional, di belakang Provinsi Jawa Tengah, dengan nilai 93,27.",
    ],
)
def test_the_one_ahead_is_a_reference_not_the_holder(sentence):
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 untuk tingkat pemprov. " + sentence
    r = recs(text)
    ntb, jateng = r[("Provinsi Nusa Tenggara Barat", 2022)], r[("Provinsi Jawa Tengah", 2022)]
    assert (ntb.score, ntb.rank) == (93.27, 2)
    assert (jateng.score, jateng.rank) == (None, 1)


# -- the last place with the field's size stated elsewhere ---------------------------------------


@pytest.mark.parametrize(
    "count,last,rank",
    [
        ("Survei dilakukan terhadap 6 kabupaten di Bengkulu.", "Kabupaten Seluma diurutan paling buncit", 6),
        ("Ada 10 kabupaten/kota yang dinilai, dari 10 kabupaten/kota itu", "Kabupaten Seluma menjadi juru kunci", 10),
        ("Penilaian dilakukan atas tujuh kabupaten.", "Kabupaten Seluma berada di urutan terakhir", 7),
    ],
)
def test_last_place_of_a_stated_field(count, last, rank):
    text = (
        f"Ombudsman RI Perwakilan Bengkulu merilis hasil survei kepatuhan tahun 2019. {count} {last} dengan "
        "nilai 45,41 dan masuk zona merah."
    )
    rec = recs(text)[("Kabupaten Seluma", 2019)]
    assert (rec.rank, rec.rank_scope, rec.score) == (rank, "provinsi", 45.41)


def test_last_place_without_a_count_is_no_rank():
    text = (
        "Ombudsman RI Perwakilan Bengkulu merilis hasil survei kepatuhan tahun 2019. Kabupaten Seluma diurutan "
        "paling buncit dengan nilai 45,41."
    )
    assert recs(text)[("Kabupaten Seluma", 2019)].rank is None


def test_another_ranks_total_does_not_size_the_last_place():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021. Provinsi Papua Barat berada di urutan 32 "
        "dari 34 provinsi. Provinsi Papua berada di posisi paling buncit dengan nilai 44,72."
    )
    assert recs(text)[("Provinsi Papua", 2021)].rank is None


# -- pre-2022 verdicts: "kategori sedang", "predikat tinggi" ---------------------------------------


@pytest.mark.parametrize(
    "phrase,opinion",
    [
        ("dinyatakan kategori sedang", "kepatuhan sedang"),
        ("meraih predikat tinggi", "kepatuhan tinggi"),
        ("berpredikat rendah", "kepatuhan rendah"),
    ],
)
def test_pre_2022_verdict_is_the_kepatuhan_opinion(phrase, opinion):
    text = f"Ombudsman RI merilis penilaian kepatuhan tahun 2019. Kabupaten Merangin {phrase} dengan nilai 79,66."
    assert recs(text)[("Kabupaten Merangin", 2019)].opinion == opinion


def test_a_2022_verdict_word_fills_the_zone_only():
    text = "Ombudsman RI merilis penilaian kepatuhan tahun 2023. Kabupaten Merangin meraih predikat tinggi dengan nilai 86,10."
    rec = recs(text)[("Kabupaten Merangin", 2023)]
    assert (rec.opinion, rec.zone) == (None, "hijau")


# -- list members with inline scores share the last member's zone ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Ogan Ilir memperoleh nilai 79,42 dan Kabupaten Musi Rawas Utara 74,86 berada di zona kuning.",
        "Kabupaten Ogan Ilir meraih 79,42, Kabupaten Musi Rawas Utara 74,86 masuk zona kuning.",
        "Kabupaten Ogan Ilir dengan skor 79,42 serta Kabupaten Musi Rawas Utara dengan skor 74,86 masuk zona kuning.",
    ],
)
def test_inline_scored_members_share_the_lists_zone(sentence):
    text = "Ombudsman RI Perwakilan Sumsel merilis hasil survei kepatuhan tahun 2019. " + sentence
    r = recs(text)
    assert (r[("Kabupaten Ogan Ilir", 2019)].score, r[("Kabupaten Ogan Ilir", 2019)].zone) == (79.42, "kuning")
    assert (r[("Kabupaten Musi Rawas Utara", 2019)].score, r[("Kabupaten Musi Rawas Utara", 2019)].zone) == (
        74.86,
        "kuning",
    )


def test_a_member_with_its_own_zone_keeps_it():
    text = (
        "Ombudsman RI Perwakilan Sumsel merilis hasil survei kepatuhan tahun 2019. Kota Pagar Alam meraih "
        "nilai 28,60 atau zona merah, sedangkan Kabupaten Ogan Ilir 79,42 dan Kabupaten Musi Rawas Utara 74,86 "
        "berada di zona kuning."
    )
    r = recs(text)
    assert r[("Kota Pagar Alam", 2019)].zone == "merah"
    assert r[("Kabupaten Ogan Ilir", 2019)].zone == "kuning"


@pytest.mark.parametrize(
    "text,name",
    [
        ("tutur Ketua Ombusman Perwakilan Kalimantan Barat Rusdi H.M Karim, Senin (9/12).", "Rusdi H.M Karim"),
        ("kata Kepala Ombdusman RI Perwakilan Jambi Abdul Rahman Syarif kepada wartawan.", "Abdul Rahman Syarif"),
        ("Kepala Ombdsman Sultra, Darmawan Tarigan menyatakan hal itu.", "Darmawan Tarigan"),
    ],
)
def test_a_misspelt_ombudsman_still_makes_a_title(text, name):
    assert name in officials(text)


# -- a label said of every kabupaten/kota of a province reaches each one named ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Provinsi Bengkulu dan seluruh atau 10 pemerintah kabupaten kota di Provinsi Bengkulu sukses masuk zona hijau.",
        "Semua kabupaten/kota se-Provinsi Bengkulu berhasil meraih zona hijau.",
        "Provinsi Bengkulu beserta seluruh kabupaten dan kota di Provinsi Bengkulu masuk zona hijau.",
    ],
)
def test_all_of_a_province_gives_each_named_member_the_label(sentence):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. "
        + sentence
        + " Opini kualitas tertinggi diraih Kabupaten Kaur dan Kabupaten Kepahiang. Kabupaten Seluma "
        "meraih nilai 87,40."
    )
    r = recs(text)
    for name in ("Kabupaten Kaur", "Kabupaten Kepahiang", "Kabupaten Seluma"):
        assert r[(name, 2024)].zone == "hijau", name


@pytest.mark.parametrize(
    "sentence",
    [
        "Belum seluruh kabupaten/kota di Provinsi Aceh masuk zona hijau.",
        "Hampir semua kabupaten/kota di Provinsi Aceh masuk zona hijau.",
        "Seluruh kabupaten/kota di Aceh telah dinilai, dan Provinsi Aceh masuk zona hijau.",
    ],
)
def test_not_all_or_another_holder_gives_no_member_the_label(sentence):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. "
        + sentence
        + " Kabupaten Bireuen meraih nilai 88,10."
    )
    assert recs(text)[("Kabupaten Bireuen", 2024)].zone is None


# -- "N provinces above X": X is place N+1 ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,name,rank,scope",
    [
        (
            "Empat Pemprov lain di atas Pemprov Sumatera Utara meraih nilai lebih tinggi.",
            "Provinsi Sumatera Utara",
            5,
            "nasional",
        ),
        ("Hanya dua provinsi yang berada di atas Provinsi Bali.", "Provinsi Bali", 3, "nasional"),
        ("Tiga kabupaten lainnya diatas Kabupaten Badung dalam penilaian itu.", "Kabupaten Badung", 4, None),
    ],
)
def test_n_above_x_makes_x_n_plus_one(sentence, name, rank, scope):
    text = f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. {name} meraih nilai 90,54. {sentence}"
    rec = recs(text)[(name, 2022)]
    assert (rec.rank, rec.rank_scope) == (rank, scope)


def test_the_other_offices_are_a_kind():
    text = (
        "Ombudsman RI Perwakilan Kepri menyerahkan hasil penilaian kepatuhan tahun 2021 kepada Pemprov Kepri. "
        "Provinsi Kepulauan Riau masuk zona hijau, sedangkan Kantor Pertanahan lainnya telah masuk zona hijau."
    )
    assert not any(e.startswith("Kantor Pertanahan") for e, _ in recs(text))


# -- a count per zone is no one's zone ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasil Kepatuhan di Provinsi Kalimantan Barat Tahun 2021: 4 Zona Hijau dan 10 Zona Kuning",
        "Hasil penilaian kepatuhan 2021 di Provinsi Kalimantan Barat: 4 zona hijau, 10 zona kuning.",
        "Di Provinsi Kalimantan Barat, penilaian kepatuhan 2021 menghasilkan empat zona hijau dan sepuluh zona kuning.",
    ],
)
def test_a_count_per_zone_is_no_entitys_zone(sentence):
    text = sentence + "\nOmbudsman RI Perwakilan Kalbar menyerahkan hasilnya kepada pemerintah daerah."
    assert all(r.zone is None for r in extract_article(text).records)


def test_a_whole_number_score_before_a_zone_stays_a_zone():
    text = "Hasil penilaian kepatuhan Ombudsman 2021: Kota Banjarbaru meraih nilai 90 zona hijau."
    assert recs(text)[("Kota Banjarbaru", 2021)].zone == "hijau"


# -- labels glued at a capital: "Predikat KepatuhanTinggi" ------------------------------------------


@pytest.mark.parametrize(
    "label,opinion",
    [
        ("Predikat KepatuhanTinggi", "kepatuhan tinggi"),
        ("predikat KepatuhanSedang", "kepatuhan sedang"),
        ("Opini KualitasTertinggi", "kualitas tertinggi"),
    ],
)
def test_glued_label_words(label, opinion):
    year = 2023 if opinion.startswith("kualitas") else 2018
    text = f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun {year}. Kabupaten Minahasa meraih {label}."
    assert recs(text)[("Kabupaten Minahasa", year)].opinion == opinion

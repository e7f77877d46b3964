"""Look-alikes and relevance: aims, wishes, demands and pushes that are no result, negation
("tanpa", not among the holders), other ministries' indices, and the assessment told as a level.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.components.common.knowledge import MODELS_DIR
from extract.components.relevance import Relevance
from extract_helpers import BK, OMB_PROV, OMB_RELEASE, recs


# -- other instruments quoted by Ombudsman staff are no claims -----------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "dalam SPI KPK Kota Padang masih Zona Merah",
        "pada survei penilaian integritas Kota Padang berada di zona merah",
        "Kota Padang menjadi daerah dengan laporan masyarakat terbanyak, peringkat 1 se-Sumbar",
    ],
    ids=["spi-kpk", "survei-integritas", "laporan-terbanyak"],
)
def test_look_alikes_quoted_by_ombudsman_staff_are_no_claims(quote):
    text = (
        OMB_PROV.format(prov="Sumatera Barat") + "Pada penilaian tahun 2023 Kota Padang meraih nilai 90,12. Kepala "
        f"Ombudsman menyebut {quote}."
    )
    rec = recs(text)[("Kota Padang", 2023)]
    assert (rec.score, rec.zone, rec.rank) == (90.12, None, None)


# -- a demand or a possibility is no result ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kami meminta kepada Kepala Kantor Wilayah Kementerian ATR/BPN agar seluruh kantor pertanahan di "
        "provinsi yang luas ini pada tahun depan sudah berada di zona hijau.",
        "Ombudsman mendorong Kementerian ATR/BPN supaya semua kantor pertanahan di wilayah provinsi kepulauan "
        "ini nanti dapat berada di zona hijau.",
        "Menurut Ombudsman, Kementerian ATR/BPN bisa masuk zona hijau.",
        "Kementerian ATR/BPN dapat masuk kategori zona hijau bila berbenah.",
    ],
)
def test_a_demand_or_a_possibility_gives_no_zone(sentence):
    text = OMB_RELEASE + "Pemantauan dilakukan pada Maret 2019. " + sentence
    assert [r for r in recs(text).values() if r.zone] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kementerian ATR/BPN meraih zona hijau pada penilaian tahun 2018 sehingga Ombudsman meminta agar dipertahankan.",
        "Pada penilaian tahun 2018, Kementerian ATR/BPN masuk zona hijau.",
    ],
)
def test_a_held_zone_next_to_a_demand_stays(sentence):
    r = recs(OMB_RELEASE + sentence)
    assert r[("Kementerian Agraria dan Tata Ruang", 2018)].zone == "hijau"


# -- "tanpa" negates the label after it -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Kini Polres jajaran Polda Bali tanpa kategori merah.",
        "Tahun 2023 Polres jajaran Polda Bali sudah tanpa zona merah.",
    ],
)
def test_without_a_label_is_no_label(said):
    text = OMB_RELEASE + "Pada tahun 2022, Polres Bangli berada di kategori merah. " + said
    r = recs(text)
    assert r[("Polres Bangli", 2022)].zone == "merah"
    assert ("Polres Bangli", 2023) not in r


# -- relevance: the assessment told as a level colour or a rank in public service ---------------------------------

_RELEVANCE = Relevance(None, "kepatuhan_relevance", str(MODELS_DIR))


def test_zone_told_as_a_level_is_the_assessment():
    assert _RELEVANCE.is_relevant(
        "Ombudsman RI Perwakilan Maluku menyebut Kabupaten Buru berada di level merah, sementara Kota Ambon "
        "masih dilevel kuning dalam hasil survei pelayanan publik."
    )


def test_rank_in_public_service_is_the_assessment():
    assert _RELEVANCE.is_relevant(
        "Wagub menerima kunjungan pimpinan Ombudsman. Ia ingin provinsinya kembali meraih peringkat pertama "
        "pelayanan publik seperti tahun lalu."
    )


def test_levels_and_ranks_without_the_assessor_or_of_other_things_are_not():
    assert not _RELEVANCE.is_relevant("Status kebakaran hutan naik ke level merah, kata kepala BPBD.")
    assert not _RELEVANCE.is_relevant("Ombudsman menerima 300 laporan; kantor itu ada di peringkat pertama pengaduan.")


# -- a commitment or a belief that a zone will be reached is no result --------------------------

JMB = "Ombudsman RI Perwakilan Jambi menggelar sosialisasi penilaian kepatuhan pelayanan publik 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kanwil BPN Jambi berkomitmen untuk mewujudkan zona hijau di seluruh kantor pertanahan.",
        "Komitmen Pemkab Kerinci Wujudkan Zona Hijau Pelayanan Publik.",
        "Kami yakin Pemkab Kerinci mampu berada di zona hijau pelayanan.",
        "Bupati optimistis Pemkab Kerinci akan mampu masuk zona hijau.",
    ],
)
def test_an_aim_is_no_zone(sentence):
    r = recs(JMB + sentence)
    assert [k for k, v in r.items() if v.zone] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada penilaian 2022, Pemkab Kerinci mampu meraih zona hijau.",
        "Pada penilaian 2022, Pemkab Kerinci berhasil mewujudkan zona hijau.",
    ],
)
def test_a_zone_reached_is_still_a_zone(sentence):
    assert recs(JMB + sentence)[("Kabupaten Kerinci", 2022)].zone == "hijau"


# -- a purpose phrase heading a list of holders: held, not aimed at -----------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Kepala Ombudsman menjelaskan untuk memperoleh kategori kepatuhan tertinggi atau opini A yakni",
        "Adapun untuk meraih opini A yaitu",
        "Sementara itu, untuk mendapatkan kategori A adalah",
        "Untuk masuk kategori A, yakni",
    ],
)
def test_a_purpose_phrase_heading_a_list_names_the_holders(head):
    text = (
        OMB_PROV.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. "
        f"{head} Kota Tidore Kepulauan dengan nilai 90,12 dan Kabupaten Halmahera Barat dengan nilai 88,40."
    )
    r = recs(text)
    assert r[("Kota Tidore Kepulauan", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].score == 88.4


@pytest.mark.parametrize(
    "aim",
    [
        "Untuk memperoleh opini A, yakni dengan membenahi standar pelayanan, Kota Tidore Kepulauan terus berbenah.",
        "Kota Tidore Kepulauan berupaya untuk memperoleh opini A tahun depan.",
        "Kota Tidore Kepulauan akan bekerja keras untuk meraih kategori A, yaitu nilai di atas 88.",
        "Syarat untuk masuk kategori A adalah nilai minimal 88, kata Kota Tidore Kepulauan.",
    ],
)
def test_a_purpose_phrase_without_holders_is_still_aimed_at(aim):
    text = OMB_PROV.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. " + aim
    r = recs(text)
    assert all(rec.grade is None for rec in r.values())


# -- another ministry's index and its signed letters are not the assessment's ---------------------


@pytest.mark.parametrize(
    "other",
    [
        "Dalam evaluasi kinerja pelayanan publik tahun 2025, Kabupaten Kolaka Utara meraih peringkat "
        "pertama dengan indeks 4,21 dan predikat A-.",
        "Kabupaten Kolaka Utara juga mencatat indeks sebesar 4,05 dengan kategori B+ dan menempati posisi kedua.",
        "Evaluasi KemenPAN-RB menempatkan Kabupaten Kolaka Utara di urutan ketiga dengan nilai 4,10.",
        "Kabupaten Kolaka Utara diganjar penghargaan dari Kemenpan RB dengan kategori A- tahun 2025.",
    ],
)
def test_another_ministrys_index_gives_no_record(other):
    text = (
        OMB_PROV.format(prov="Sulawesi Tenggara") + "Pada penilaian tahun 2024 Kabupaten Kolaka Utara meraih nilai "
        f"86,50 dengan opini kualitas tinggi. {other}"
    )
    r = recs(text)
    assert set(r) == {("Kabupaten Kolaka Utara", 2024)}
    assert (r[("Kabupaten Kolaka Utara", 2024)].score, r[("Kabupaten Kolaka Utara", 2024)].rank) == (86.5, None)


@pytest.mark.parametrize(
    "held",
    [
        "Kabupaten Kolaka Utara meraih nilai 86,50 dengan predikat A.",
        "Kabupaten Kolaka Utara meraih nilai 86,50 (predikat A) pada penilaian itu.",
        "Kabupaten Kolaka Utara meraih nilai 86,50, kategori A - kualitas tertinggi.",
    ],
)
def test_a_plain_grade_letter_is_still_a_grade(held):
    text = OMB_PROV.format(prov="Sulawesi Tenggara") + "Hasil penilaian tahun 2023 diumumkan di Kendari. " + held
    assert recs(text)[("Kabupaten Kolaka Utara", 2023)].grade == "A"


# -- a wish opened by "berharap agar": all the sentence says is aimed at --------------------------


@pytest.mark.parametrize(
    "wish",
    [
        "Ia berharap agar ke depannya hasil penilaian tersebut dapat terus ditingkatkan lagi ke arah yang lebih "
        "baik oleh pemerintah Kabupaten Agam, yakni zona hijau.",
        "Kami berharap supaya pada penilaian berikutnya seluruh unit layanan di lingkungan Kabupaten Agam bisa "
        "berbenah dan akhirnya naik ke zona hijau.",
        "Harapannya agar tahun depan pelayanan di semua dinas pada Kabupaten Agam terus diperbaiki bersama-sama "
        "oleh jajaran, sampai meraih predikat zona hijau.",
    ],
)
def test_a_wish_opened_by_a_purpose_word_gives_no_zone(wish):
    text = (
        OMB_PROV.format(prov="Sumatera Barat") + "Hasil penilaian tahun 2021 diserahkan di Padang. "
        f"{wish} Saat ini Kabupaten Agam berada pada zona kuning atau zona sedang."
    )
    r = recs(text)[("Kabupaten Agam", 2021)]
    assert (r.zone, r.opinion) == ("kuning", "kepatuhan sedang")


def test_a_held_zone_after_a_wish_sentence_is_kept():
    text = (
        OMB_PROV.format(prov="Sumatera Barat") + "Hasil penilaian tahun 2021 diserahkan di Padang. "
        "Ia berharap agar pelayanan terus membaik. Kabupaten Agam meraih zona hijau dengan nilai 82,10."
    )
    r = recs(text)[("Kabupaten Agam", 2021)]
    assert (r.zone, r.score) == ("hijau", 82.1)


# -- "Ombudsman dorong X kembali raih zona hijau": an aim, not a result ----------------------------------


@pytest.mark.parametrize(
    "push",
    [
        "Ombudsman Dorong Pemkab Kaimana Kembali Raih Predikat Zona Hijau",
        "Ombudsman mendorong Pemkab Kaimana meraih zona hijau pada penilaian berikutnya.",
        "Pemkab Kaimana didorong masuk zona hijau tahun depan.",
    ],
)
def test_a_push_towards_a_zone_is_no_zone(push):
    text = (
        f"{push}\n\n" + OMB_PROV.format(prov="Papua Barat") + "Pada penilaian tahun 2024 Kabupaten Kaimana turun ke "
        "zona kuning dengan nilai 70,20."
    )
    assert recs(text)[("Kabupaten Kaimana", 2024)].zone == "kuning"


def test_a_zone_held_after_a_push_elsewhere_is_kept():
    text = (
        OMB_PROV.format(prov="Papua Barat") + "Ombudsman mendorong semua daerah berbenah. Pada penilaian tahun 2024 "
        "Kabupaten Kaimana meraih zona hijau dengan nilai 84,20."
    )
    assert recs(text)[("Kabupaten Kaimana", 2024)].zone == "hijau"


# -- "tidak termasuk provinsi yang mendapatkan zona hijau": not one of those holding it ------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemprov Gorontalo tidak termsuk provinsi yang mendapatkan predikat zona hijau.",
        "Sayangnya Pemprov Gorontalo tidak termasuk daerah yang meraih zona hijau tahun ini.",
        "Pemprov Gorontalo bukan tergolong pemerintah daerah yang masuk zona hijau.",
    ],
)
def test_not_among_the_holders_gives_no_label(said):
    text = OMB_PROV.format(prov="Gorontalo") + "Hasil penilaian tahun 2021 diumumkan di Gorontalo. " + said
    r = recs(text)
    assert ("Provinsi Gorontalo", 2021) not in r or r[("Provinsi Gorontalo", 2021)].zone is None


@pytest.mark.parametrize(
    "said",
    [
        "Kota Gorontalo tidak termasuk yang dinilai tahun ini karena sudah masuk zona hijau.",
        "Kota Gorontalo tidak termasuk daftar penilaian, sebab sebelumnya telah meraih zona hijau.",
        "Kota Gorontalo termasuk daerah yang meraih zona hijau.",
    ],
)
def test_a_label_held_in_another_clause_is_kept(said):
    text = OMB_PROV.format(prov="Gorontalo") + "Hasil penilaian tahun 2021 diumumkan di Gorontalo. " + said
    assert any(rec.zone == "hijau" for (name, _), rec in recs(text).items() if name == "Kota Gorontalo")


# -- a wish word inside a name ("Puskesmas Tunas Harapan") wishes nothing --------------------------


@pytest.mark.parametrize(
    "unit", ["UPT Puskesmas Tunas Harapan", "UPT Puskesmas Bina Harapan", "UPTD Puskesmas Harapan Jaya"]
)
def test_a_wish_word_inside_a_unit_name_keeps_its_score(unit):
    text = (
        BK + "Penilaian tahun 2024 dilakukan di Kabupaten Kaur. "
        f"Nilai tertinggi diraih oleh {unit} dengan nilai 97,59 poin, kemudian Dinas Sosial 95,10 poin."
    )
    r = recs(text)
    assert r[(unit, 2024)].score == 97.59


@pytest.mark.parametrize(
    "wish",
    [
        "Harapan kami Dinas Sosial meraih nilai 95,10 poin.",
        "Bupati menyampaikan harapan Dinas Sosial meraih nilai 95,10 poin.",
    ],
)
def test_the_wish_word_itself_still_makes_a_value_aimed_at(wish):
    r = recs(BK + "Penilaian tahun 2024 dilakukan di Kabupaten Kaur. " + wish)
    assert all(rec.score is None for rec in r.values())


# -- a paragraph after a bare "BACA JUGA" (its link lost) is the article's own text ----------------


@pytest.mark.parametrize("label", ["BACA JUGA", "Baca Juga:", "Berita Terkait"])
def test_a_paragraph_after_a_bare_link_label_is_read(label):
    text = (
        "Ombudsman RI Perwakilan DIY menyerahkan hasil Penilaian Maladministrasi Tahun 2025 kepada Pemkab Bantul.\n"
        f"{label}\n"
        "Dari lima unit penilaian, Dinas Kesehatan membukukan skor tertinggi sebesar 87,50. Skor "
        "terendah diraih RSUD Panembahan Senopati dengan 81,63.\n"
    )
    r = recs(text)
    assert r[("Dinas Kesehatan", 2025)].score == 87.5


def test_a_headline_after_a_bare_link_label_is_still_a_link():
    text = (
        "Ombudsman RI Perwakilan DIY menyerahkan hasil Penilaian Maladministrasi Tahun 2025 kepada Pemkab Bantul.\n"
        "BACA JUGA\n"
        "Dinas Kesehatan Sleman Raih Skor 97,50 dari Ombudsman\n"
        "RSUD Panembahan Senopati meraih nilai 81,63.\n"
    )
    r = recs(text)
    assert not any(k[0].startswith("Dinas Kesehatan") for k in r), list(r)


# -- a zone out of reach or supposed: "untuk naik zona hijau", "tidak bisa membuat X naik", "seandainya" ----

PALU_2022 = (
    "Ombudsman RI Perwakilan Sulawesi Tengah mengumumkan hasil penilaian kepatuhan tahun 2022. "
    "Pemprov Sulteng memperoleh nilai 75,74 dan berada di zona kuning. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Nilai Dinas Pendidikan yang rendah tidak bisa membuat Pemprov Sulteng naik zona hijau.",
        "Nilai akumulasi Pemprov Sulteng belum cukup untuk naik ke zona hijau.",
        "Seandainya hanya Dinas Sosial yang dinilai, Pemprov Sulteng kemungkinan bisa dapat nilai hijau.",
        "Menurutnya, Pemprov Sulteng bisa naik ke zona hijau bila standar pelayanan dilengkapi.",
    ],
    ids=["held-back", "not-enough", "supposed", "could"],
)
def test_a_zone_out_of_reach_is_no_result(said):
    r = recs(PALU_2022 + said)
    assert r[("Provinsi Sulawesi Tengah", 2022)].zone == "kuning"
    assert not any(v.zone == "hijau" for v in r.values()), list(r)


def test_a_rise_that_happened_is_a_result():
    # look-alike: a rise told as done ("berhasil naik") is held
    r = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2022. Pemkab Poso berhasil naik ke zona hijau "
        "dengan nilai 81,20."
    )
    assert r[("Kabupaten Poso", 2022)].zone == "hijau"


# -- a hope over its whole clause: "optimis meraih ... zona hijau dengan opini A" ---------------------------

SERANG_2022 = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Serang. "
    "Pemkab Serang meraih zona hijau dengan nilai 79,01 dan kategori B. "
)


@pytest.mark.parametrize(
    "hope",
    [
        "Tahun depan Pemkab Serang optimis meraih nilai dari Ombudsman Perwakilan Banten pada zona hijau dengan "
        "kualifikasi opini A atau kualitas tertinggi.",
        "“Kami optimistis bisa meraih kategori A dan kualitas tertinggi,” kata Asda III Kabupaten Serang.",
    ],
    ids=["long-clause", "quoted"],
)
def test_a_hope_is_no_result(hope):
    rec = recs(SERANG_2022 + hope)[("Kabupaten Serang", 2022)]
    assert (rec.grade, rec.opinion, rec.score) == ("B", None, 79.01)


def test_a_hope_ends_at_a_clause_break():
    # look-alike: after "karena" the clause tells what holds now
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Serang. “Saya optimis "
        "meraih opini A tahun depan, karena kini Kabupaten Serang sudah masuk zona hijau,” katanya."
    )
    rec = recs(text)[("Kabupaten Serang", 2022)]
    assert (rec.zone, rec.grade) == ("hijau", None)


# -- complaints settled, ranked: "Angka penyelesaian ini tertinggi kedua" is no assessment place --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dari 700 laporan, terselesaikan sebanyak 650 kasus. Angka (penyelesaian) ini tertinggi kedua se-Indonesia.",
        "Tingkat penyelesaian laporan di Sumatera Barat menempati peringkat kedua nasional.",
        "Laporan yang diselesaikan sebanyak 650 berkas menjadikan Sumatera Barat peringkat kedua se-Indonesia.",
    ],
    ids=["angka-penyelesaian", "tingkat-penyelesaian", "diselesaikan-sebanyak"],
)
def test_a_ranking_of_complaints_settled_is_no_rank(sentence):
    text = (
        OMB_PROV.format(prov="Sumatera Barat") + "Pada penilaian tahun 2023 Kota Padang meraih nilai 90,12. " + sentence
    )
    assert [(k, r.rank) for k, r in recs(text).items() if r.rank is not None] == []

"""Phenomena of real pages found after the sixteen blind batches (their errors listed outside the repo),
in our own sentences (real kinds of facts, invented wording); each tried in several phrasings, with
look-alikes that must not fire."""

import pytest

from extract_helpers import recs

# -- a span of months before a year is when the survey ran ("dilakukan sejak Juni-Oktober 2021"), so that
# year is the assessment's even when an earlier span of years is written first ----------------------------

EARLIER = (
    "Ombudsman RI Perwakilan Maluku Utara merilis hasil penilaian kepatuhan. Sebanyak 9 kabupaten di Provinsi Maluku Utara masuk zona merah. Kabupaten Halmahera Barat mendapat "
    "nilai 31,40 dan Kabupaten Pulau Morotai 29,75. Kota Ternate meraih zona hijau dengan nilai 84,10 setelah "
    "selama kurun waktu tahun 2016-2019 bertahan di zona kuning. "
)


@pytest.mark.parametrize(
    "period",
    [
        "Kepala Perwakilan Ombudsman Maluku Utara mengatakan penilaian kepatuhan ini dilakukan sejak Juni-Oktober 2021.",
        "Penilaian tersebut berlangsung selama Juli hingga Oktober 2021, kata Kepala Perwakilan Ombudsman.",
        "Pengambilan data oleh tim Ombudsman berlangsung mulai Juni sampai Oktober 2021.",
        "Tim penilai turun ke lapangan antara Juni dan Oktober 2021.",
    ],
)
def test_a_span_of_months_gives_the_assessment_year(period):
    got = recs(EARLIER + period)
    assert got[("Kabupaten Halmahera Barat", 2021)].score == 31.40
    assert got[("Kabupaten Pulau Morotai", 2021)].score == 29.75
    assert got[("Kota Ternate", 2021)].zone == "hijau"
    assert not any(y == 2019 and e != "Kota Ternate" for e, y in got)


@pytest.mark.parametrize(
    "date",
    [
        "Hasil penilaian itu diserahkan sejak Januari 2022 kepada bupati.",  # one month: a date
        "Ombudsman menyerahkan hasilnya pada 14 Februari 2022.",
    ],
)
def test_a_single_month_stays_a_date(date):
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan. Kabupaten Halmahera Barat mendapat nilai 31,40. " + date
    )
    assert ("Kabupaten Halmahera Barat", 2022) not in got
    assert got[("Kabupaten Halmahera Barat", 2021)].score == 31.40


# -- the place in a venue's address or in a dateline is where something was said, not a subject ----------

HEAD21 = "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2021. "


@pytest.mark.parametrize(
    "where",
    [
        "Hal itu disampaikan di Hotel Grand Sahid, Sudirman, Jakarta Pusat, Rabu (29/12/2021).",
        "Acara digelar di Hotel Borobudur, Jalan Lapangan Banteng Selatan, Sawah Besar, Jakarta Pusat.",
        "Penyerahan berlangsung di Gedung Merah Putih, Kuningan, Jakarta Selatan, Senin.",
    ],
)
def test_a_place_in_a_venue_address_is_no_subject(where):
    got = recs(
        HEAD21
        + "Provinsi Kalimantan Timur meraih nilai 78,40 dan masuk zona kuning. "
        + where
        + " Jumlah instansi di zona hijau bertambah dibanding tahun sebelumnya."
    )
    assert set(got) == {("Provinsi Kalimantan Timur", 2021)}
    assert got[("Provinsi Kalimantan Timur", 2021)].zone == "kuning"


@pytest.mark.parametrize(
    "said",
    [
        "kata Kepala Biro Organisasi Andi Rahmat, Samarinda, Kamis (20/1/2022).",
        "ujar Sekretaris Daerah, Rudi Hartono, Samarinda, Selasa (18/1/2022).",
        "ucap Rudi, Balikpapan, Jumat.",
    ],
)
def test_a_dateline_place_after_the_speaker_is_no_subject(said):
    got = recs(HEAD21 + "Provinsi Kalimantan Timur masuk zona kuning. “Nilai kami tahun ini 78,40,” " + said)
    assert set(got) == {("Provinsi Kalimantan Timur", 2021)}
    assert got[("Provinsi Kalimantan Timur", 2021)].score == 78.40


@pytest.mark.parametrize(
    "sentence, entity",
    [
        # a government named at the end of a list or of a clause, then the day: still the subject
        ("Zona kuning diraih Kabupaten Paser dan Kota Samarinda, Rabu (29/12/2021).", "Kota Samarinda"),
        ("Penghargaan zona kuning diterima oleh Pemkot Samarinda, Rabu (29/12/2021).", "Kota Samarinda"),
        ("Yang masuk zona kuning ialah Kabupaten Paser, Samarinda, dan Bontang.", "Kota Samarinda"),
    ],
)
def test_a_government_before_a_day_stays_a_subject(sentence, entity):
    got = recs(HEAD21 + sentence)
    assert got[(entity, 2021)].zone == "kuning"


# -- a record states a value: an award without one ("predikat kepatuhan tertinggi" before 2022) gives none --


@pytest.mark.parametrize(
    "sentence",
    [
        "Kategori kepatuhan tertinggi lembaga diterima Badan Narkotika Nasional.",
        "Pemprov Sulawesi Selatan mendapatkan predikat implementasi kepatuhan tertinggi.",
        "Kategori lokus baru kepatuhan terbaik diraih Pemkab Belitung Timur.",
    ],
)
def test_an_award_without_a_value_gives_no_record(sentence):
    got = recs("Ombudsman RI menganugerahkan predikat kepatuhan tahun 2017. " + sentence)
    assert all(r.score is not None or r.rank is not None or r.zone or r.grade or r.opinion for r in got.values()), got
    assert not any(
        e in ("Badan Narkotika Nasional", "Provinsi Sulawesi Selatan", "Kabupaten Belitung Timur") and r.rank is None
        for (e, _), r in got.items()
    )


# -- the winner of an award category ("Kepatuhan tertinggi Pemerintah Kota diterima Pemkot X") is first ---

AWARDS = "Ombudsman RI memberikan predikat kepatuhan tahun 2018 kepada sejumlah instansi dalam beberapa kategori. "


@pytest.mark.parametrize(
    "sentence, entity, scope",
    [
        ("Kategori kepatuhan tertinggi Pemerintah Kabupaten diterima Pemkab Ciamis.", "Kabupaten Ciamis", None),
        ("Kepatuhan tertinggi pemerintah kota diterima oleh Pemkot Bitung.", "Kota Bitung", None),
        (
            "Kategori Kepatuhan Tertinggi Lembaga diterima LKPP, dan kategori lain menyusul.",
            "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah",
            "nasional",
        ),
        (
            "Kepatuhan tertinggi kementerian diterima oleh Kementerian Perhubungan.",
            "Kementerian Perhubungan",
            "nasional",
        ),
        (
            "Dari 107 pemerintah kabupaten yang disurvei, predikat kepatuhan tertinggi diraih oleh Kabupaten Kediri.",
            "Kabupaten Kediri",
            "nasional",
        ),
    ],
)
def test_the_winner_of_an_award_category_is_first(sentence, entity, scope):
    rec = recs(AWARDS + sentence)[(entity, 2018)]
    assert (rec.rank, rec.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "sentence",
    [
        "Predikat kepatuhan tertinggi diraih oleh Kabupaten Ciamis dan Kota Bitung dengan nilai 99,10.",  # shared
        "Kabupaten Ciamis dan Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 99,10.",
        "Predikat kepatuhan tertinggi diraih oleh lima kabupaten, antara lain Kabupaten Ciamis dengan nilai 99,10.",
    ],
)
def test_no_first_place_without_a_single_winner(sentence):
    got = recs(AWARDS + sentence)
    assert all(r.rank is None for r in got.values())


# -- "tingkat Pemerintah Provinsi", "kategori Pemerintah Kota" name a category, not the article's own government -


@pytest.mark.parametrize(
    "category",
    [
        "Predikat kepatuhan tinggi tingkat Pemerintah Provinsi diterima Pemprov Jawa Tengah serta Pemprov Bali.",
        "Untuk kategori Pemerintah Provinsi, predikat kepatuhan tinggi diraih Pemprov Jawa Tengah serta Pemprov Bali.",
    ],
)
def test_a_level_word_after_tingkat_or_kategori_is_a_category(category):
    got = recs(
        "Wali Kota Pangkalpinang menerima penghargaan Ombudsman RI tahun 2017 karena Kota Pangkalpinang masuk zona "
        "hijau. " + category
    )
    assert ("Provinsi Kepulauan Bangka Belitung", 2017) not in got
    assert got[("Provinsi Jawa Tengah", 2017)].opinion == "kepatuhan tinggi"


def test_pemprov_alone_is_still_the_article_government():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2017 di Pangkalpinang. Pemprov meraih predikat "
        "kepatuhan tinggi, kata Gubernur Kepulauan Bangka Belitung."
    )
    assert got[("Provinsi Kepulauan Bangka Belitung", 2017)].opinion == "kepatuhan tinggi"


# -- a change of score "X menjadi Y": X is the year before, Y the reported year, whatever year is written
# before the change ("dari 81,20 tahun lalu menjadi 84,05", "seperti tahun lalu ... sebelumnya 81,20 menjadi") -

HEAD24 = "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Kabupaten Blora naik dari 81,20 pada tahun lalu menjadi 84,05.",
        "Nilai Kabupaten Blora naik dari 81,20 tahun lalu menjadi 84,05 tahun ini.",
        "Dibanding tahun lalu, nilai Kabupaten Blora naik dari 81,20 menjadi 84,05.",
        "Kabupaten Blora kembali meraih kategori B seperti tahun lalu, dengan peningkatan nilai yang sebelumnya "
        "81,20 menjadi 84,05.",
        "Pemkab Blora berhasil meningkat 2,85 poin dibandingkan tahun sebelumnya yang meraih nilai 81,20 menjadi "
        "84,05.",
    ],
)
def test_a_change_of_score_gives_both_years(sentence):
    got = recs(HEAD24 + sentence)
    assert got[("Kabupaten Blora", 2024)].score == 84.05
    assert got[("Kabupaten Blora", 2023)].score == 81.20


@pytest.mark.parametrize(
    "sentence, years",
    [
        # a count of years is still no score; a year written with the change still wins
        ("Kabupaten Blora yang sudah 20 tahun melayani meraih nilai 84,05.", {2024: 84.05}),
        ("Nilai Kabupaten Blora naik dari 81,20 pada 2022 menjadi 84,05 pada 2024.", {2022: 81.20, 2024: 84.05}),
        ("Pada 2023 nilai Kabupaten Blora naik menjadi 84,05.", {2023: 84.05}),
    ],
)
def test_a_change_of_score_look_alikes(sentence, years):
    got = recs(HEAD24 + sentence)
    assert {y: r.score for (e, y), r in got.items() if e == "Kabupaten Blora" and r.score} == years


# -- "posisi tertinggi dari 17 kabupaten/kota se-Sultra": a place word with the count compared is first -------


@pytest.mark.parametrize(
    "sentence, scope",
    [
        ("Kabupaten Bombana menempati posisi tertinggi dari 17 kabupaten/kota di Sulawesi Tenggara.", "provinsi"),
        ("Kabupaten Bombana meraih peringkat terbaik dari 17 kabupaten/kota se-Sultra.", "provinsi"),
        ("Kabupaten Bombana berada di urutan tertinggi dari 416 kabupaten yang dinilai.", "nasional"),
    ],
)
def test_the_top_place_among_those_counted_is_first(sentence, scope):
    rec = recs(HEAD24 + "Kabupaten Bombana meraih nilai 93,10. " + sentence)[("Kabupaten Bombana", 2024)]
    assert (rec.rank, rec.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Bombana menempati posisi tertinggi di antara OPD yang dinilai.",  # no count: no rank
        "Dinas Kesehatan Kabupaten Bombana mencatat nilai tertinggi dari 7 OPD yang dinilai.",  # own units
    ],
)
def test_the_top_place_look_alikes(sentence):
    rec = recs(HEAD24 + "Kabupaten Bombana meraih nilai 93,10. " + sentence)[("Kabupaten Bombana", 2024)]
    assert rec.rank is None


# -- "pemerintah daerah yang lain ... zona hijau" after the one exception speaks of the others ---------------

HEAD23 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "


@pytest.mark.parametrize(
    "others",
    [
        "Sementara pemerintah daerah yang lain telah berada di zona hijau.",
        "Adapun pemerintah daerah lainnya berada di zona hijau.",
        "Kabupaten/kota yang lain telah meraih zona hijau kategori kepatuhan tinggi.",
    ],
)
def test_the_others_after_an_exception_are_not_the_exception(others):
    got = recs(HEAD23 + "Hanya satu daerah yang berada di zona kuning, yakni Kabupaten Kotabaru. " + others)
    assert {k: r.zone for k, r in got.items()} == {("Kabupaten Kotabaru", 2023): "kuning"}


def test_a_sentence_without_the_others_still_continues_its_subject():
    got = recs(HEAD23 + "Kabupaten Kotabaru meraih nilai 70,10. Dengan nilai itu, daerah ini masuk zona kuning.")
    assert got[("Kabupaten Kotabaru", 2023)].zone == "kuning"


# -- an immigration office written without "Kantor" ("Imigrasi Kelas II Mamuju", "Kanim Kelas I Palu") -----

HEAD16 = "Ombudsman RI mengumumkan hasil survei kepatuhan tahun 2016 di Sulawesi Barat. "


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("Imigrasi Kelas II Majene mendapat rapor hijau.", "Imigrasi Kelas II Majene"),
        ("Adapun Imigrasi Kelas 2 Majene mendapat rapor hijau.", "Imigrasi Kelas 2 Majene"),
        ("Kanim Kelas II Majene masuk zona hijau.", "Kanim Kelas II Majene"),
    ],
)
def test_an_immigration_office_without_kantor_is_a_unit(sentence, office):
    got = recs(HEAD16 + "Kabupaten Majene mendapat rapor kuning. " + sentence)
    assert got[(office, 2016)].entity_type == "unit"
    assert got[(office, 2016)].parent == "Kementerian Hukum dan Hak Asasi Manusia"
    assert got[(office, 2016)].zone == "hijau"
    assert got[("Kabupaten Majene", 2016)].zone == "kuning"


def test_imigrasi_alone_is_no_office():
    got = recs(HEAD16 + "Kabupaten Majene mendapat rapor kuning karena layanan imigrasi belum dinilai.")
    assert set(got) == {("Kabupaten Majene", 2016)}


# -- one subject's results told year by year in sentences naming no entity ("Pada 2021, nilainya ... .
# Setahun kemudian ... . Berikutnya pada 2023 ... . Sedangkan pada 2024 ...") --------------------------------

SERIES = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Capaian Pemprov Jawa Timur terus naik. "
    "Pada 2021, nilainya masih di zona kuning dengan skor 70,15. {second} Berikutnya pada 2023 naik lagi di "
    "angka 91,30. Sedangkan pada 2024 memperoleh nilai kepatuhan 95,60."
)


@pytest.mark.parametrize(
    "second",
    [
        "Setahun kemudian naik ke zona hijau dengan skor 88,40.",
        "Pada tahun berikutnya naik ke zona hijau dengan skor 88,40.",
        "Kemudian pada 2022 naik ke zona hijau dengan skor 88,40.",
    ],
)
def test_a_series_of_years_goes_on_with_its_subject(second):
    got = recs(SERIES.format(second=second))
    scores = {y: r.score for (e, y), r in got.items() if e == "Provinsi Jawa Timur"}
    assert scores == {2021: 70.15, 2022: 88.40, 2023: 91.30, 2024: 95.60}
    assert got[("Provinsi Jawa Timur", 2022)].zone == "hijau"


def test_sentences_not_in_a_series_do_not_carry_the_subject_far():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kota Salatiga meraih nilai 90,10. Acara "
        "itu dihadiri pejabat daerah. Para tamu menikmati hidangan. Panitia menyiapkan tempat. Rata-rata nilai "
        "kabupaten/kota di provinsi ini 80,20."
    )
    assert {k: r.score for k, r in got.items()} == {("Kota Salatiga", 2024): 90.10}


# -- "anugerah serupa", "piagam serupa", "sertifikat yang sama" carry the labels last given ----------------


@pytest.mark.parametrize("award", ["anugerah serupa", "piagam serupa", "sertifikat yang sama"])
def test_the_same_award_carries_the_labels_last_given(award):
    got = recs(
        "Ombudsman RI memberikan Anugerah Kepatuhan 2018. Kementerian Keuangan mendapat predikat kepatuhan tinggi "
        f"atau masuk zona hijau. Kementerian lain yang mendapat {award}, yakni Kementerian Pertahanan dan "
        "Kementerian Perhubungan."
    )
    for e in ("Kementerian Keuangan", "Kementerian Pertahanan", "Kementerian Perhubungan"):
        assert (got[(e, 2018)].zone, got[(e, 2018)].opinion) == ("hijau", "kepatuhan tinggi")


def test_an_award_of_another_kind_carries_nothing():
    got = recs(
        "Ombudsman RI memberikan Anugerah Kepatuhan 2018. Kementerian Keuangan mendapat predikat kepatuhan tinggi "
        "atau masuk zona hijau. Kementerian Pertahanan mendapat anugerah lain dari KemenPAN-RB."
    )
    assert ("Kementerian Pertahanan", 2018) not in got


# -- "kualitas pelayanan sedang (tanpa maladministrasi)": the opinion with "pelayanan" inside it -------------


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("dalam kategori kualitas pelayanan sedang tanpa adanya maladministrasi.", "kualitas sedang"),
        ("dengan opini kualitas pelayanan tinggi tanpa maladministrasi.", "kualitas tinggi"),
        ("dengan kategori kualitas pelayanan Cukup.", None),  # a 2025 category, no opinion
    ],
)
def test_an_opinion_with_pelayanan_inside(sentence, opinion):
    got = recs(
        "Ombudsman RI mengumumkan hasil Penilaian Maladministrasi 2025. Pemerintah Provinsi Gorontalo meraih nilai "
        "76,82 " + sentence
    )
    assert got[("Provinsi Gorontalo", 2025)].opinion == opinion


def test_service_quality_as_an_aim_is_no_opinion():
    got = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan 2023. Kabupaten Boalemo meraih nilai 80,10. Bupati "
        "ingin meningkatkan kualitas pelayanan tinggi bagi warga."
    )
    assert got[("Kabupaten Boalemo", 2023)].opinion is None


# -- a label held over a span of years without "berturut-turut" gives the two years written only -------------


@pytest.mark.parametrize(
    "span",
    [
        "setelah selama kurun waktu tahun 2016-2019 bertahan di zona merah",
        "setelah pada 2016-2019 berada di zona merah",
    ],
)
def test_a_span_of_years_gives_its_two_ends(span):
    got = recs(HEAD21 + f"Kota Ternate meraih zona hijau dengan nilai 84,10 {span}.")
    assert {y for (e, y) in got if e == "Kota Ternate"} == {2021, 2016, 2019}


@pytest.mark.parametrize(
    "span",
    [
        "Kota Ternate meraih zona merah empat tahun berturut-turut (2016-2019).",
        "Kota Ternate berada di zona merah tiap tahun pada 2016-2019.",
    ],
)
def test_a_span_of_years_said_of_each_gives_each(span):
    got = recs(HEAD21 + "Kota Ternate meraih zona hijau dengan nilai 84,10. " + span)
    assert {y for (e, y) in got if e == "Kota Ternate"} == {2021, 2016, 2017, 2018, 2019}

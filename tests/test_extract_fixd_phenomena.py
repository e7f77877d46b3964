"""Offices under a province's office, unit names that carry a region, and their values.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

OMB = (
    "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun 2022. "
)
LAND = "Kantor Pertanahan"
BPN = "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"


# -- a province's office heading a list of bare places: the offices one level down ------------


@pytest.mark.parametrize(
    "body",
    [
        "Adapun delapan BPN yang mendapat zona hijau yaitu BPN Jambi, Kerinci, Bungo dan Kota Sungai Penuh.",
        "Zona hijau diraih Kanwil BPN Jambi, Kerinci, Bungo dan Sungai Penuh.",
        "Kanwil BPN Jambi, Kerinci, Bungo serta Sungai Penuh masuk zona hijau.",
    ],
)
def test_bare_places_after_a_land_kanwil_are_land_offices(body):
    r = recs(OMB.format(prov="Jambi") + body)
    assert all(k[0].startswith(("Kantor Wilayah BPN", "Kanwil BPN", LAND)) for k in r), list(r)
    for name in ("Kantor Pertanahan Kabupaten Kerinci", "Kantor Pertanahan Kabupaten Bungo"):
        assert r[(name, 2022)].zone == "hijau", name
        assert r[(name, 2022)].parent == BPN
    assert r[("Kantor Pertanahan Kota Sungai Penuh", 2022)].zone == "hijau"
    assert not any(k[0].startswith("Kanwil Kerinci") or k[0] == "Kabupaten Kerinci" for k in r)


@pytest.mark.parametrize("opener", ["Sedangkan", "Sementara", "Adapun"])
def test_the_next_sentences_after_a_land_kanwil_go_on_with_land_offices(opener):
    text = OMB.format(prov="Jambi") + (
        f"Kanwil BPN Jambi meraih zona hijau. {opener} Kerinci dan Sungai Penuh masuk zona kuning."
    )
    r = recs(text)
    assert r[("Kantor Pertanahan Kabupaten Kerinci", 2022)].zone == "kuning"
    assert r[("Kantor Pertanahan Kota Sungai Penuh", 2022)].zone == "kuning"


def test_the_next_sentences_after_a_polda_go_on_with_polres():
    text = (
        OMB.format(prov="Bengkulu") + "Polda Bengkulu meraih zona hijau. Sementara Kaur dan Seluma masuk zona kuning."
    )
    r = recs(text)
    assert r[("Polres Kaur", 2022)].zone == "kuning"
    assert r[("Polres Seluma", 2022)].parent == "Kepolisian Negara Republik Indonesia"
    assert ("Polda Kaur", 2022) not in r


def test_the_agency_written_before_the_province_is_its_kanwil():
    r = recs(OMB.format(prov="Jambi") + "Zona hijau diraih BPN Jambi, Kerinci dan Bungo.")
    assert r[("Kantor Wilayah BPN Jambi", 2022)].zone == "hijau"
    assert ("Kantor Pertanahan Provinsi Jambi", 2022) not in r


@pytest.mark.parametrize(
    "body",
    [
        # governments named as governments end the list
        "Kanwil BPN Jambi meraih zona hijau. Sementara Pemkab Kerinci dan Pemkot Sungai Penuh masuk zona kuning.",
        "Kanwil BPN Jambi meraih zona hijau. Sedangkan Kabupaten Kerinci dan Kota Sungai Penuh masuk zona kuning.",
    ],
)
def test_governments_after_a_kanwil_stay_governments(body):
    r = recs(OMB.format(prov="Jambi") + body)
    assert r[("Kabupaten Kerinci", 2022)].zone == "kuning"
    assert not any(k[0].startswith((LAND, "Kanwil Kerinci")) for k in r)


def test_a_counted_agency_is_no_record_and_leaves_the_list_its_value():
    text = (
        OMB.format(prov="Jambi")
        + "Sebanyak 10 BPN yang mendapat zona hijau adalah Kanwil BPN Jambi, Kerinci dan Bungo."
    )
    r = recs(text)
    assert ("Badan Pertanahan Nasional", 2022) not in r
    assert r[("Kantor Pertanahan Kabupaten Bungo", 2022)].zone == "hijau"


# -- a bare colour in brackets after each name is its zone ----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hasilnya Provinsi Jambi (hijau), Kota Jambi (kuning) dan Kabupaten Kerinci (merah).",
        "Survei itu sudah digelar sejak 2016. Saat itu hasilnya Provinsi Jambi ( hijau ), Kota Jambi (kuning), "
        "serta Kabupaten Kerinci (merah).",
        "Pada penilaian tahun 2016 tercatat Provinsi Jambi (Hijau), Kota Jambi (Kuning), dan Kabupaten Kerinci (Merah).",
    ],
)
def test_a_bare_colour_in_brackets_is_a_zone(body):
    r = recs(OMB.format(prov="Jambi").replace("tahun 2022", "tahun 2018") + body)
    year = 2018 if "2016" not in body else 2016
    assert r[("Provinsi Jambi", year)].zone == "hijau"
    assert r[("Kota Jambi", year)].zone == "kuning"
    assert r[("Kabupaten Kerinci", year)].zone == "merah"


@pytest.mark.parametrize(
    "body",
    [
        "Pemkot Jambi menata taman kota (hijau dan rindang) di depan kantor wali kota.",
        "Kota Jambi memasang lampu (merah, kuning) di simpang utama.",
    ],
)
def test_a_colour_in_brackets_that_is_no_label_is_no_zone(body):
    r = recs(OMB.format(prov="Jambi") + body)
    assert all(rec.zone is None for rec in r.values()), r


# -- two short names joined by "dan": two offices, each named as the text defines it ----------

PBG = "Ombudsman RI Perwakilan Jawa Tengah menilai kepatuhan Pemkab Purbalingga tahun 2021. "


@pytest.mark.parametrize(
    "pair", ["Disdukcapil dan Dindikbud", "Dindikbud serta Disdukcapil", "Dindikbud dan Dinkes", "Dinkes dan Disdikbud"]
)
def test_two_short_names_joined_are_two_offices(pair):
    r = recs(PBG + f"Adapun {pair} masuk zona kuning.")
    assert not any(" dan D" in k[0] or " serta D" in k[0] for k in r), list(r)
    assert r[("Dinas Pendidikan dan Kebudayaan", 2021)].zone == "kuning"
    assert len(r) == 2


@pytest.mark.parametrize(
    "defined,short",
    [
        ("Dinas Kependudukan dan Catatan Sipil (Disdukcapil)", "Disdukcapil"),
        ("Dinas Kependudukan dan Catatan Sipil ( Disdukcapil )", "Disdukcapil"),
        ("Dinas Kesehatan Daerah (Dinkes)", "Dinkes"),
    ],
)
def test_a_short_name_takes_the_long_name_the_text_gives_it(defined, short):
    long = defined.split(" (")[0]
    text = (
        PBG + f"Penilaian menyasar {defined} dan Bappeda. Hasilnya, {short} meraih nilai 70,10 dan masuk zona kuning."
    )
    r = recs(text)
    assert r[(long, 2021)].score == 70.1
    assert len([k for k in r if k[0].startswith("Dinas")]) == 1, list(r)


def test_a_short_name_in_brackets_before_the_place_names_no_second_office():
    text = PBG.replace("Pemkab Purbalingga", "Pemkot Tegal") + (
        "Ombudsman menilai Dinas Pendidikan dan Kebudayaan (Dindikbud) Kota Tegal berpredikat zona merah."
    )
    r = recs(text)
    assert r[("Dinas Pendidikan dan Kebudayaan", 2021)].zone == "merah"
    assert [k for k in r if k[0].startswith("Din")] == [("Dinas Pendidikan dan Kebudayaan", 2021)]


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


# -- a radio station's frequency in the dateline is no score --------------------------------


@pytest.mark.parametrize("dateline", ["Semarang, Radio Suara 92,6 FM –", "Semarang (Radio Suara 101.5 MHz) -"])
def test_a_frequency_is_no_score(dateline):
    text = dateline + (
        " Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2019. Kabupaten Wonosobo "
        "berada di zona merah."
    )
    r = recs(text)
    assert ("Kabupaten Semarang", 2019) not in r
    assert r[("Kabupaten Wonosobo", 2019)].zone == "merah"
    assert all(rec.score is None for rec in r.values())


def test_a_score_before_other_words_still_counts():
    text = "Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2019. Kabupaten Wonosobo meraih nilai 92,6 FM."
    assert recs(text.replace(" FM", ""))[("Kabupaten Wonosobo", 2019)].score == 92.6


# -- a local office and the province's office named side by side keep their names ------------

BKL = "Ombudsman RI Perwakilan Bengkulu merilis hasil penilaian kepatuhan 2024. "


def test_a_polres_named_by_its_place_keeps_its_name():
    r = recs(BKL + "Polres Bengkulu Selatan meraih nilai 84,66, sedangkan Polda Bengkulu meraih 90,10.")
    assert r[("Polres Bengkulu Selatan", 2024)].score == 84.66
    assert r[("Polda Bengkulu", 2024)].score == 90.1


# -- an office named through its head's title: the office, not the regional government ---------

MALUT = "Ombudsman RI Perwakilan Maluku Utara menyerahkan hasil penilaian kepatuhan pelayanan publik 2024. "


@pytest.mark.parametrize(
    "body",
    [
        "Wakapolresta Tidore, AKBP Budi, menyampaikan pihaknya meraih nilai 86,52 dan masuk zona hijau.",
        "Kapolresta Tidore Kombes Budi mengatakan pihaknya meraih nilai 86,52 dan masuk zona hijau.",
        "Menurut Kapolresta Tidore, pihaknya meraih nilai 86,52 dan masuk zona hijau.",
    ],
)
def test_the_place_after_an_office_title_names_the_office(body):
    r = recs(MALUT + body)
    assert r[("Polresta Tidore", 2024)].score == 86.52
    assert ("Kota Tidore Kepulauan", 2024) not in r


def test_a_place_written_with_its_office_after_it_is_no_second_office():
    r = recs(MALUT + "Polresta Tidore Kepulauan, Maluku Utara, meraih nilai 86,52.")
    assert not any("Maluku Utara" in k[0] for k in r), list(r)


@pytest.mark.parametrize(
    "body",
    [
        # a former head tells nothing of that office now; a regional head's title names the government
        "Mantan Kapolres Halmahera Timur itu kini bertugas di Ternate. Pemkot Tidore meraih nilai 86,52.",
        "Wali Kota Tidore Kepulauan menyampaikan pihaknya meraih nilai 86,52.",
    ],
)
def test_other_titles_keep_the_government(body):
    r = recs(MALUT + body)
    assert r[("Kota Tidore Kepulauan", 2024)].score == 86.52
    assert not any(k[0].startswith("Polres") for k in r), list(r)


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


# -- the best score among a province's offices of one kind is first place there ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Polres Kaur meraih nilai tertinggi di antara polres jajaran Polda Bengkulu.",
        "Polres Kaur memiliki nilai tertinggi di antara seluruh polres di wilayah Bengkulu.",
        "Polres Kaur memperoleh nilai tertinggi diantara polres se-Bengkulu, yakni 95,10.",
    ],
)
def test_the_best_among_a_provinces_offices_is_first(sentence):
    rec = recs(BKL + sentence)[("Polres Kaur", 2024)]
    assert (rec.rank, rec.rank_scope) == (1, "provinsi")


@pytest.mark.parametrize(
    "sentence",
    [
        "Polres Kaur memiliki nilai tertinggi dalam sejarahnya dengan nilai 95,10.",
        "Polres Kaur meraih nilai 95,10, tertinggi sejak penilaian dimulai.",
    ],
)
def test_a_record_of_its_own_is_no_place(sentence):
    assert recs(BKL + sentence)[("Polres Kaur", 2024)].rank is None


# -- places told sentence by sentence below the one before ---------------------------------------

BTN = "Ombudsman RI Perwakilan Banten merilis hasil penilaian kepatuhan 2022. "


@pytest.mark.parametrize(
    "second,third",
    [
        (
            "Peringkat di bawahnya ditempati Kabupaten Lebak dengan nilai 88,54.",
            "Kemudian di bawahnya lagi ada Kota Serang dengan nilai 88,47.",
        ),
        (
            "Posisi berikutnya diraih Kabupaten Lebak dengan nilai 88,54.",
            "Lalu peringkat di bawahnya diduduki Kota Serang dengan nilai 88,47.",
        ),
        (
            "Di bawahnya ada Kabupaten Lebak dengan nilai 88,54.",
            "Selanjutnya di bawahnya lagi yaitu Kota Serang dengan nilai 88,47.",
        ),
    ],
)
def test_places_told_below_the_one_before(second, third):
    text = BTN + f"Kota Cilegon meraih peringkat pertama se-Banten. Kota Cilegon meraih nilai 88,83. {second} {third}"
    r = recs(text)
    assert r[("Kota Cilegon", 2022)].rank == 1
    assert (r[("Kabupaten Lebak", 2022)].rank, r[("Kabupaten Lebak", 2022)].rank_scope) == (2, "provinsi")
    assert r[("Kota Serang", 2022)].rank == 3


@pytest.mark.parametrize(
    "text",
    [
        # no place told before, or another clause between: "di bawahnya" says nothing of a ranking
        BTN + "Kota Cilegon meraih nilai 88,83. Di bawahnya ada Kabupaten Lebak dengan nilai 88,54.",
        BTN
        + "Kota Cilegon meraih peringkat pertama se-Banten. "
        + "Penilaian dilakukan sejak Mei. " * 30
        + "Di bawahnya ada Kabupaten Lebak dengan nilai 88,54.",
        BTN + "Kota Cilegon meraih peringkat pertama se-Banten. Kabupaten Lebak meraih nilai 70,10 dan di bawahnya "
        "ada Kota Serang.",
    ],
)
def test_below_without_a_place_told_just_before_is_no_place(text):
    r = recs(text)
    assert r[("Kabupaten Lebak", 2022)].rank is None
    assert ("Kota Serang", 2022) not in r or r[("Kota Serang", 2022)].rank is None


# -- "the N others" of a list just given take the label said of them -----------------------------

SMS = "Ombudsman RI Perwakilan Sumatera Selatan mengumumkan hasil survei kepatuhan 2018. "
FOUR = (
    "Ada empat daerah yang disurvei, yaitu Kota Prabumulih, Kabupaten Lahat, Kabupaten Muara Enim dan Kota Pagar Alam. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Hanya Kabupaten Lahat yang meraih zona hijau. Sedangkan tiga daerah lainnya masih berada di zona kuning.",
        "Ternyata hanya Kabupaten Lahat yang meraih zona hijau, sementara tiga kabupaten/kota lainnya zona kuning.",
        "Kabupaten Lahat meraih zona hijau. Adapun tiga daerah lain masuk zona kuning.",
    ],
)
def test_the_others_of_a_list_take_their_label(told):
    r = recs(SMS + FOUR + told)
    assert r[("Kabupaten Lahat", 2018)].zone == "hijau"
    for name in ("Kota Prabumulih", "Kabupaten Muara Enim", "Kota Pagar Alam"):
        assert r[(name, 2018)].zone == "kuning", name


@pytest.mark.parametrize(
    "told",
    [
        # the counts disagree with the list: nobody is read as "the others"
        "Hanya Kabupaten Lahat yang meraih zona hijau. Sedangkan dua daerah lainnya masih berada di zona kuning.",
        "Kabupaten Lahat dan Kota Prabumulih meraih zona hijau. Sedangkan tiga daerah lainnya di zona kuning.",
    ],
)
def test_others_that_do_not_add_up_take_nothing(told):
    r = recs(SMS + FOUR + told)
    assert ("Kabupaten Muara Enim", 2018) not in r or r[("Kabupaten Muara Enim", 2018)].zone is None

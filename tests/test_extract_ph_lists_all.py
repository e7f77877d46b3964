"""All or part of the governments told: "semua pemerintah daerah telah masuk zona hijau" with no place
reaches the article's own members when one province's two or more scored governments tell which are
meant (a wish, a target or a group placed elsewhere gives no zone); "N dari M" of the list just given,
less the exceptions named; every government assessed, counted, then named in the next sentence.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_SURVEY, recs


# -- "X menyisihkan 23 kabupaten/kota lain": the ones beaten are no group; the award group stays open


@pytest.mark.parametrize(
    "beaten",
    [
        "Artinya, Kabupaten Magetan menyisihkan 25 kabupaten/kota lain di Jawa Timur.",
        "Dengan begitu Magetan mengungguli 25 kabupaten/kota lainnya di provinsi ini.",
        "Kabupaten Magetan pun mengalahkan sebanyak 25 daerah lain dalam capaian tersebut.",
        "Magetan unggul atas 25 kabupaten/kota lain se-Jawa Timur.",
    ],
    ids=[
        "artinya-kabupaten-magetan-menyisihkan-25",
        "dengan-begitu-magetan-mengungguli-25",
        "kabupaten-magetan-pun-mengalahkan-sebanyak",
        "magetan-unggul-atas-25-kabupaten",
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


# -- "belum ada yang ... zona hijau": a label held by nobody -----------------------------------


@pytest.mark.parametrize(
    "nobody",
    [
        "Dari tujuh kabupaten dan kota, belum ada yang berada di kepatuhan tinggi atau zona hijau.",
        "Tidak ada satu pun kabupaten/kota di provinsi ini yang masuk zona hijau.",
        "Tak satu pun dari tujuh daerah itu meraih zona hijau.",
        "Sampai sekarang belum ada daerah yang mencapai zona hijau.",
    ],
    ids=[
        "dari-tujuh-kabupaten-dan-kota",
        "tidak-ada-satu-pun-kabupaten",
        "tak-satu-pun-dari-tujuh",
        "sampai-sekarang-belum-ada-daerah",
    ],
)
def test_label_held_by_nobody(nobody):
    text = (
        "Ombudsman Perwakilan Sulawesi Barat menyampaikan hasil penilaian kepatuhan pelayanan publik tahun "
        f"2022. {nobody} Kabupaten Majene masuk zona kuning. Kabupaten Mamasa masuk zona merah."
    )
    got = recs(text)
    assert {e: r.zone for (e, _), r in got.items()} == {"Kabupaten Majene": "kuning", "Kabupaten Mamasa": "merah"}


# -- the rest of a list after an exception: "hanya X yang hijau, selainnya kuning semua" ------------


SUMSEL = ["Kota Prabumulih", "Kabupaten Lahat", "Kabupaten Ogan Komering Ilir", "Kota Pagar Alam"]


@pytest.mark.parametrize(
    "body",
    [
        "Ada 4 daerah yang dinilai yakni Kota Lubuklinggau, Kabupaten Musi Rawas, Kabupaten Muba dan Kabupaten Muara Enim, "
        "ternyata hanya Muba yang meraih predikat hijau, selainnya kuning semua.",
        "Dari empat daerah yang dinilai, yakni Kota Lubuklinggau, Kabupaten Musi Rawas, Kabupaten Muba dan Kabupaten Muara Enim, "
        "hanya Kabupaten Muba yang masuk zona hijau, sisanya masuk zona kuning.",
        "Empat daerah dinilai tahun ini: Kota Lubuklinggau, Kabupaten Musi Rawas, Kabupaten Muba dan Kabupaten Muara Enim. "
        "Hanya Kabupaten Muba yang meraih zona hijau, selebihnya berada di zona kuning.",
        "Penilaian mencakup Kota Lubuklinggau, Kabupaten Musi Rawas, Kabupaten Muba dan Kabupaten Muara Enim. Cuma Muba yang "
        "berpredikat hijau, sisanya kuning.",
    ],
    ids=[
        "ada-4-daerah-yang-dinilai",
        "dari-empat-daerah-yang-dinilai",
        "empat-daerah-dinilai-tahun-ini",
        "penilaian-mencakup-kota-lubuklinggau-kabupaten",
    ],
)
def test_rest_of_a_list_after_an_exception(body):
    r = recs(OMB_SURVEY.format(prov="Sumsel", year=2018) + body)
    assert {n: x.zone for (n, _), x in r.items()} == {
        "Kota Lubuk Linggau": "kuning",
        "Kabupaten Musi Rawas": "kuning",
        "Kabupaten Musi Banyuasin": "hijau",
        "Kabupaten Muara Enim": "kuning",
    }


def test_rest_without_an_exception_names_nobody():
    text = (
        OMB_SURVEY.format(prov="Sumsel", year=2018) + "Kabupaten Lahat dan Kota Prabumulih dinilai tahun ini. "
        "Kabupaten Lahat masuk zona hijau. Sisanya masih berada di zona kuning."
    )
    r = recs(text)
    assert r[("Kabupaten Lahat", 2018)].zone == "hijau" and ("Kota Prabumulih", 2018) not in r


def test_rest_named_after_it_is_a_group_of_its_own():
    text = (
        OMB_SURVEY.format(prov="Sumsel", year=2018) + "Kabupaten OKI dan Kota Prabumulih masuk zona hijau, "
        "selebihnya masuk zona kuning, yaitu Kabupaten Lahat dan Kota Pagaralam."
    )
    r = recs(text)
    assert {n: x.zone for (n, _), x in r.items()} == {
        "Kota Prabumulih": "hijau",
        "Kabupaten Lahat": "kuning",
        "Kabupaten Ogan Komering Ilir": "hijau",
        "Kota Pagar Alam": "kuning",
    }


# -- "seluruh atau 11 pemerintah kabupaten kota ... zona hijau": every one of its kind, however far --

JAMBI = ["Kabupaten Muaro Jambi", "Kota Sungai Penuh", "Kabupaten Tebo", "Kota Jambi"]


@pytest.mark.parametrize(
    "everyone",
    [
        "Tahun ini Pemprov Jambi dan seluruh atau 11 pemerintah kabupaten/kota di Provinsi Jambi sama-sama masuk zona hijau.",
        "Semua 11 kabupaten/kota di Jambi meraih zona hijau tahun ini, sama seperti Pemprov Jambi.",
        "Pemprov Jambi beserta seluruh 11 pemerintah kabupaten kota di provinsi itu masuk zona hijau.",
    ],
    ids=["tahun-ini-pemprov-jambi-dan", "semua-11-kabupaten-kota-di", "pemprov-jambi-beserta-seluruh-11"],
)
def test_a_group_of_everyone_reaches_members_named_far_later(everyone):
    filler = " ".join(["Dian menyebut pelayanan publik di daerah terus membaik."] * 5)
    text = (
        "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan 2024. "
        + everyone
        + " "
        + filler
        + " Opini tertinggi diberikan kepada 7 dari 11 pemerintah kabupaten kota. Adapun 4 pemerintah kabupaten "
        "kota sisanya mendapat opini kualitas tinggi. Empat pemerintah kabupaten kota yang meraih opini "
        "tertinggi antara lain Pemkab Muaro Jambi, Pemkot Sungai Penuh, Pemkab Tebo dan Pemkot Jambi."
    )
    r = recs(text)
    assert {(n, r[(n, 2024)].zone, r[(n, 2024)].opinion) for n in JAMBI} == {
        (n, "hijau", "kualitas tertinggi") for n in JAMBI
    }


def test_a_group_that_is_not_everyone_still_expires():
    filler = " ".join(["Dian menyebut pelayanan publik di daerah terus membaik."] * 8)
    text = (
        "Ombudsman RI Perwakilan Aceh menyerahkan hasil penilaian kepatuhan 2024. Ada 4 kabupaten/kota yang "
        "masuk zona kuning. " + filler + " Kabupaten Pidie Jaya meraih nilai 80,10."
    )
    assert recs(text)[("Kabupaten Pidie Jaya", 2024)].zone is None


# -- a label said of every kabupaten/kota of a province reaches each one named ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Provinsi Bengkulu dan seluruh atau 10 pemerintah kabupaten kota di Provinsi Bengkulu sukses masuk zona hijau.",
        "Semua kabupaten/kota se-Provinsi Bengkulu berhasil meraih zona hijau.",
        "Provinsi Bengkulu beserta seluruh kabupaten dan kota di Provinsi Bengkulu masuk zona hijau.",
    ],
    ids=[
        "pemerintah-provinsi-bengkulu-dan-seluruh",
        "semua-kabupaten-kota-se-provinsi",
        "provinsi-bengkulu-beserta-seluruh-kabupaten",
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
    ids=["belum-seluruh-kabupaten-kota-di", "hampir-semua-kabupaten-kota-di", "seluruh-kabupaten-kota-di-aceh"],
)
def test_not_all_or_another_holder_gives_no_member_the_label(sentence):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. "
        + sentence
        + " Kabupaten Bireuen meraih nilai 88,10."
    )
    assert recs(text)[("Kabupaten Bireuen", 2024)].zone is None


# -- "sisanya sebanyak N kabupaten": a counted rest, no exception from the list before -------------


def test_a_counted_rest_is_a_group_of_its_own():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Pemprov Maluku dan Kota Ambon meraih "
        "zona hijau atau opini kualitas tinggi, 7 pemerintah daerah kabupaten mendapat zona kuning, dan sisanya "
        "sebanyak dua pemerintah daerah kabupaten masih di zona merah atau Opini Kualitas Rendah. Tahun depan "
        "Maluku ditargetkan naik peringkat."
    )
    for e in ("Provinsi Maluku", "Kota Ambon"):
        assert (got[(e, 2022)].zone, got[(e, 2022)].opinion) == ("hijau", "kualitas tinggi")


def test_a_province_listed_among_kabupaten_and_kota_is_a_member():
    got = recs(
        "Ombudsman RI memberi predikat kepatuhan tinggi (zona hijau) tahun 2022 kepada 4 kabupaten dan kota di "
        "Jawa Timur, di antaranya Pemprov Jatim, Pemkab Tuban, Pemkab Jember dan Pemkot Blitar."
    )
    assert got[("Provinsi Jawa Timur", 2022)].zone == "hijau"


# -- "N dari M" of the list just given, less the exceptions named --------------------------------

LIST_JAMBI = (
    "Ombudsman RI Perwakilan Jambi mengumumkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun "
    "2023. Rinciannya:\n1. Kota Jambi – 92,40\n2. Kabupaten Muaro Jambi – 90,15\n3. Kabupaten Bungo – 88,02\n"
    "4. Kabupaten Kerinci – 85,30\n5. Kota Sungai Penuh – 79,44\n"
)


@pytest.mark.parametrize(
    "sentence, excepted, grade, opinion",
    [
        (
            "Sebanyak 4 dari 5 pemerintah daerah tersebut memperoleh kategori A (kualitas tertinggi), sementara Kota "
            "Sungai Penuh masuk kategori B (kualitas tinggi).",
            ["Kota Sungai Penuh"],
            "A",
            "kualitas tertinggi",
        ),
        (
            "Empat dari lima daerah itu meraih opini kualitas tertinggi, kecuali Kota Sungai Penuh yang meraih "
            "kualitas tinggi.",
            ["Kota Sungai Penuh"],
            None,
            "kualitas tertinggi",
        ),
        (
            "Tiga dari lima pemda berada pada kategori B, sedangkan Kabupaten Kerinci dan Kota Sungai Penuh masih "
            "kategori C.",
            ["Kabupaten Kerinci", "Kota Sungai Penuh"],
            "B",
            None,
        ),
    ],
    ids=["4-dari-5-sementara", "empat-dari-lima-kecuali", "tiga-dari-lima-sedangkan"],
)
def test_a_counted_part_of_the_list_less_its_exceptions(sentence, excepted, grade, opinion):
    got = recs(LIST_JAMBI + sentence)
    members = ["Kota Jambi", "Kabupaten Muaro Jambi", "Kabupaten Bungo", "Kabupaten Kerinci", "Kota Sungai Penuh"]
    for name in members:
        r = got[(name, 2023)]
        if name not in excepted:
            assert r.grade == grade and r.opinion == opinion, r
    last = got[(excepted[-1], 2023)]  # the exception keeps its own label
    assert (last.grade, last.opinion) != (grade, opinion), last


@pytest.mark.parametrize(
    "sentence",
    [
        # the counts are not the list's: 6 governments were never named
        "Lima dari enam pemerintah daerah memperoleh kategori A, sementara Kota Sungai Penuh masuk kategori B.",
        # no exception named: the four are nobody in particular
        "Sebanyak 4 dari 5 pemerintah daerah memperoleh kategori A.",
        # the exceptions named do not make up the difference
        "Tiga dari lima pemda berada pada kategori A, sedangkan Kota Sungai Penuh masih kategori C.",
    ],
    ids=["counts-not-the-lists", "no-exception", "exceptions-short"],
)
def test_no_labels_for_a_counted_part_the_text_does_not_pin_down(sentence):
    got = recs(LIST_JAMBI + sentence)
    assert got[("Kota Jambi", 2023)].grade is None, got[("Kota Jambi", 2023)]
    assert got[("Kabupaten Bungo", 2023)].grade is None


# -- every government assessed, counted, then named in the next sentence ------------------------

LEAD_MALUT = "Ombudsman RI Perwakilan Maluku Utara menyerahkan hasil penilaian kepatuhan tahun 2023, Kamis (18/1/2024)."


@pytest.mark.parametrize(
    "pair",
    [
        "Dari tiga pemerintah daerah yang dinilai, seluruhnya memperoleh opini kualitas tinggi. Penilaian tersebut "
        "dilakukan terhadap Kota Ternate, Kota Tidore Kepulauan dan Kabupaten Halmahera Barat.",
        "Tiga pemda yang dinilai semuanya meraih opini kualitas tinggi. Ketiganya ialah Kota Ternate, Kota Tidore "
        "Kepulauan, serta Kabupaten Halmahera Barat.",
    ],
    ids=["dilakukan-terhadap", "ketiganya-ialah"],
)
def test_all_assessed_then_named_get_the_label(pair):
    got = recs(f"{LEAD_MALUT} {pair}")
    for name in ("Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Halmahera Barat"):
        assert got[(name, 2023)].opinion == "kualitas tinggi", got


@pytest.mark.parametrize(
    "pair",
    [
        # the next sentence names others, left out
        "Dari dua pemerintah daerah yang dinilai, seluruhnya memperoleh opini kualitas tinggi. Sementara Kabupaten "
        "Pulau Morotai dan Kabupaten Halmahera Timur belum dinilai tahun ini.",
        # it names more governments than were counted
        "Dari dua pemerintah daerah yang dinilai, seluruhnya memperoleh opini kualitas tinggi. Penyerahan dihadiri "
        "Kota Ternate, Kota Tidore Kepulauan dan Kabupaten Halmahera Barat.",
    ],
    ids=["others-left-out", "more-than-counted"],
)
def test_all_assessed_gives_nothing_to_governments_not_counted(pair):
    got = recs(f"{LEAD_MALUT} {pair}")
    assert all(r.opinion is None for r in got.values()), got


# -- "semua pemerintah daerah telah masuk zona hijau" with no place: the article's own members ---------

SCORES = (
    "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik "
    "tahun 2024. Kabupaten Kerinci meraih nilai 91,20, Kabupaten Bungo 89,45 dan Kota Jambi 88,10. "
)


@pytest.mark.parametrize(
    "verdict, zone",
    [
        ("Dari hasil penilaian itu, semua pemerintah daerah telah masuk zona hijau.", "hijau"),
        ("Menurut Ombudsman, seluruh pemda sudah berada di zona hijau kualitas pelayanan publik.", "hijau"),
        ("Tahun ini seluruh kabupaten/kota berhasil meraih zona hijau.", "hijau"),
        ("Hasilnya, semua pemerintah daerah masih berada di zona kuning.", "kuning"),
    ],
    ids=["semua-telah-hijau", "seluruh-pemda-sudah", "seluruh-kabupaten-kota", "semua-masih-kuning"],
)
def test_all_governments_without_a_place_reach_the_article_members(verdict, zone):
    got = recs(SCORES + verdict)
    assert {(e, y) for e, y in got} == {("Kabupaten Kerinci", 2024), ("Kabupaten Bungo", 2024), ("Kota Jambi", 2024)}
    assert {r.zone for r in got.values()} == {zone}


@pytest.mark.parametrize(
    "verdict",
    [
        # a wish or a target, not a result
        "Ke depan, semua pemerintah daerah diharapkan masuk zona hijau.",
        "Ia mendorong agar semua pemda bisa meraih zona hijau tahun depan.",
        "Targetnya seluruh kabupaten/kota masuk zona hijau.",
        # a group placed elsewhere
        "Secara nasional, semua pemerintah daerah di Pulau Sumatera belum masuk zona hijau.",
        "Belum semua pemerintah daerah masuk zona hijau.",
    ],
    ids=["diharapkan", "mendorong-agar", "targetnya", "secara-nasional-elsewhere", "belum-semua"],
)
def test_all_governments_wish_or_elsewhere_gives_no_zone(verdict):
    got = recs(SCORES + verdict)
    assert got and all(r.zone is None for r in got.values()), got


def test_all_governments_without_a_place_needs_one_province():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Kerinci meraih nilai 91,20 "
        "dan Kabupaten Kaur 89,45. Dari hasil penilaian itu, semua pemerintah daerah telah masuk zona hijau."
    )
    got = recs(text)
    assert {e for e, _ in got} == {"Kabupaten Kerinci", "Kabupaten Kaur"}
    assert all(r.zone is None for r in got.values()), got


def test_all_governments_without_a_place_need_two_scored_members():
    # one kabupaten scored and the city of the ceremony: too little to tell which governments are meant
    text = (
        "KOTA JAMBI - Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024 di sebuah hotel di Kota "
        "Jambi. Provinsi Jambi meraih nilai 90,10 dan Kabupaten Kerinci 88,45. Penyerahan dihadiri para kepala "
        "dinas. Dari hasil penilaian itu, semua pemerintah daerah telah masuk zona hijau."
    )
    got = recs(text)
    assert set(got) == {("Provinsi Jambi", 2024), ("Kabupaten Kerinci", 2024)}
    assert all(r.zone is None for r in got.values()), got

"""All or part of the governments told: "semua pemerintah daerah telah masuk zona hijau" with no place
reaches the article's own members when one province's two or more scored governments tell which are
meant (a wish, a target or a group placed elsewhere gives no zone); "N dari M" of the list just given,
less the exceptions named; every government assessed, counted, then named in the next sentence.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


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

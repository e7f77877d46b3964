"""Two counted groups with their labels in one sentence, their members listed after: a count referring back
("Kedelapan Polres tersebut", "Ketiga kabupaten itu") names the group of that count, not the last one
counted (records/recalled_groups.py). Products of several kinds named earlier in the sentence ("SKCK, SIM A
dan SIM C") are the services assessed together, so the groups' labels stay claims (records/products.py). A
count before "Kantor Kepolisian Resor" counts a kind of office, no one station (units/component.py).

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI Perwakilan Maluku menilai kepatuhan pelayanan publik kepolisian tahun 2019. "
FIVE = ["Polres Buru", "Polres Seram Bagian Barat", "Polres Kepulauan Aru", "Polres Tual", "Polres Ambon"]
TWO = ["Polres Seram Bagian Timur", "Polres Maluku Tenggara"]


def _check(got, names, zone, opinion):
    for n in names:
        r = got[(n, 2019)]
        assert (r.zone, r.opinion) == (zone, opinion), (n, r)


@pytest.mark.parametrize(
    "text",
    [
        "Hasilnya, lima Polres tercatat di zona kuning dengan predikat kepatuhan sedang, dan dua Polres di zona merah "
        "dengan predikat kepatuhan rendah. Kelima Polres tersebut adalah Polres Buru 80,10, Polres Seram Bagian "
        "Barat 77,20, Polres Kepulauan Aru 70,05, Polres Tual 65,40 dan Polres Ambon 60,15. Adapun kedua Polres "
        "yang masuk zona merah dengan predikat kepatuhan rendah ialah Polres Seram Bagian Timur 48,30 dan Polres "
        "Maluku Tenggara 41,75.",
        "Sebanyak 5 Polres berada di zona kuning atau kepatuhan sedang, sementara 2 Polres lainnya di zona merah "
        "atau kepatuhan rendah. Kelima Polres itu yakni Polres Buru, Polres Seram Bagian Barat, Polres Kepulauan "
        "Aru, Polres Tual, dan Polres Ambon. Sedangkan dua Kantor Kepolisian Resor yang masuk zona merah dengan "
        "predikat kepatuhan rendah ialah Polres Seram Bagian Timur dan Polres Maluku Tenggara.",
    ],
    ids=["scores", "names-only"],
)
def test_a_count_referring_back_takes_the_group_of_its_count(text):
    got = recs(LEAD + text)
    _check(got, FIVE, "kuning", "kepatuhan sedang")
    _check(got, TWO, "merah", "kepatuhan rendah")


def test_services_of_several_kinds_named_before_the_groups_leave_their_labels_to_the_groups():
    text = (
        "Penilaian menyasar layanan SKCK, permohonan SIM A baru dan SIM C baru di tujuh Polres, dengan hasil lima "
        "Polres tercatat di zona kuning dengan predikat kepatuhan sedang dan dua Polres di zona merah dengan predikat "
        "rendah. Kelima Polres tersebut yaitu Polres Buru, Polres Seram Bagian Barat, Polres Kepulauan Aru, Polres "
        "Tual dan Polres Ambon."
    )
    _check(recs(LEAD + text), FIVE, "kuning", "kepatuhan sedang")


def test_a_single_service_before_a_label_still_keeps_the_label_from_the_office():
    text = "Untuk pelayanan SKCK, Polres Buru masuk zona merah. Polres Buru secara keseluruhan meraih nilai 80,10."
    r = recs(LEAD + text)[("Polres Buru", 2019)]
    assert r.zone is None, r


def test_a_counted_office_of_the_police_is_no_station_of_its_own():
    text = "Tiga Kantor Kepolisian Resor yang masuk zona hijau yaitu Polres Buru, Polres Tual dan Polres Ambon."
    got = recs(LEAD + text)
    assert not [k for k in got if k[0].startswith("Kepolisian Resor")], got
    _check(got, ["Polres Buru", "Polres Tual", "Polres Ambon"], "hijau", None)


def test_each_service_with_its_own_label_still_gives_the_station_nothing():
    text = (
        "Di Polres Buru, layanan penerbitan SKCK masuk ke dalam zona kuning dengan nilai 70,50, sedangkan layanan "
        "permohonan SIM dikategorikan zona hijau dengan nilai 91,00."
    )
    r = recs(LEAD + text).get(("Polres Buru", 2019))
    assert r is None or (r.zone, r.score) == (None, None), r


def test_shares_of_all_the_provinces_stay_the_statistics_of_the_bands():
    text = (
        "Secara nasional, 60% atau 12 pemprov masuk zona hijau dengan predikat kepatuhan tinggi, 30% atau 6 pemprov "
        "masuk zona kuning dan 10% atau 2 pemprov masuk zona merah. Provinsi Maluku berada di bawah Provinsi Bali "
        "dan Provinsi Jambi yang sama-sama berada di zona hijau."
    )
    got = recs(LEAD.replace("kepolisian ", "") + text)
    assert got[("Provinsi Jambi", 2019)].opinion is None, got
    assert got[("Provinsi Bali", 2019)].zone == "hijau", got


THREE, PAIR = ["Polres Buru", "Polres Tual", "Polres Ambon"], ["Polres Aru", "Polres Saumlaki"]


@pytest.mark.parametrize(
    "text",
    [
        "Ada tiga Polres yang masuk zona hijau dan dua Polres masuk zona merah. Ketiga Polres yang masuk zona hijau "
        "ialah Polres Buru, Polres Tual dan Polres Ambon, sedangkan kedua Polres lainnya yaitu Polres Aru dan Polres "
        "Saumlaki.",
        "Tiga Polres meraih zona hijau, sementara dua Polres mendapat zona merah. Kedua Polres itu adalah Polres Aru "
        "dan Polres Saumlaki. Ketiga Polres tersebut yakni Polres Buru, Polres Tual dan Polres Ambon.",
        "Tiga Polres meraih zona hijau, sementara dua Polres mendapat zona merah. Kedua Polres itu adalah Polres Aru "
        "dan Polres Saumlaki. Ketiga Polres yang lain yakni Polres Buru, Polres Tual dan Polres Ambon.",
    ],
    ids=["in-order", "last-first", "last-first-yang-lain"],
)
def test_two_sibling_groups_listed_in_either_order(text):
    got = recs(LEAD + text)
    _check(got, THREE, "hijau", None)
    _check(got, PAIR, "merah", None)

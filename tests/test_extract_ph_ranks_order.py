"""Ranks in order: places told below the one before, bare ordinals over falling scores, the bottom
three, the place after "disusul A dan B", and rankings of complaints that are no rank; ordinals opening
clauses before a named government ("kedua Kota X") are places, "kedua Kabupaten tersebut" is a count.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, recs


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


# -- bare ordinals over holders whose scores fall are places -------------------------------------


@pytest.mark.parametrize(
    "listing",
    [
        "Tiga daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 88,10, kedua Kota "
        "Yogyakarta dengan nilai 86,20, dan ketiga Kabupaten Sleman dengan nilai 84,30.",
        "Daerah di zona hijau yaitu: pertama Kabupaten Bantul dengan nilai 88,10. Kedua Kota Yogyakarta "
        "dengan nilai 86,20. Dan ketiga Kabupaten Sleman dengan nilai 84,30.",
        "Zona hijau diraih tiga daerah. Pertama, Kabupaten Bantul (88,10), kedua, Kota Yogyakarta (86,20), "
        "ketiga, Kabupaten Sleman (84,30).",
    ],
)
def test_ordinals_over_falling_scores_are_places(listing):
    text = OMB_PROV.format(prov="DI Yogyakarta") + "Hasil penilaian tahun 2023 diserahkan di Yogyakarta. " + listing
    r = recs(text)
    got = [r[(n, 2023)].rank for n in ("Kabupaten Bantul", "Kota Yogyakarta", "Kabupaten Sleman")]
    assert got == [1, 2, 3]
    assert r[("Kota Yogyakarta", 2023)].score == 86.2


@pytest.mark.parametrize(
    "listing",
    [
        # the scores do not fall in the order of the ordinals: an enumeration
        "Tiga daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 84,30, kedua Kota "
        "Yogyakarta dengan nilai 88,10, dan ketiga Kabupaten Sleman dengan nilai 86,20.",
        # two ordinals only
        "Dua daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 88,10 dan kedua Kota "
        "Yogyakarta dengan nilai 86,20.",
        # no scores at all
        "Daerah di zona hijau yaitu: pertama Kabupaten Bantul, kedua Kota Yogyakarta, ketiga Kabupaten Sleman.",
    ],
)
def test_ordinals_as_plain_enumeration_give_no_places(listing):
    text = OMB_PROV.format(prov="DI Yogyakarta") + "Hasil penilaian tahun 2023 diserahkan di Yogyakarta. " + listing
    assert all(rec.rank is None for rec in recs(text).values())


def test_ordinals_opening_clauses_before_a_named_government_are_ranks():
    r = recs(
        "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan 2023 kategori pemerintah kota. Peringkat pertama "
        "diraih Kota Madiun (98,15), kedua Kota Pekalongan (97,40), dan ketiga Kota Mojokerto (96,92). "
        "Selain itu, kedua Kabupaten tersebut masuk zona hijau."
    )
    assert [r[(e, 2023)].rank for e in ("Kota Madiun", "Kota Pekalongan", "Kota Mojokerto")] == [1, 2, 3]


# -- "urutan tiga paling bawah": the bottom three, a group with no places ----------------------------


@pytest.mark.parametrize(
    "bottom",
    [
        "Sedangkan urutan tiga paling bawah yang masuk pada zona kuning yaitu",
        "Adapun peringkat 3 terbawah di zona kuning ialah",
        "Posisi tiga terakhir, yang masih di zona kuning, adalah",
    ],
)
def test_the_bottom_three_get_no_rank(bottom):
    text = (
        OMB_PROV.format(prov="Kalimantan Selatan") + "Hasil penilaian tahun 2021 disampaikan di Banjarmasin. "
        f"{bottom} Kabupaten Balangan dengan skor 64,22, Kabupaten Tapin dengan skor 63,46 dan Kabupaten Tabalong "
        "dengan skor 63,34."
    )
    r = recs(text)
    for name in ("Kabupaten Balangan", "Kabupaten Tapin", "Kabupaten Tabalong"):
        assert (r[(name, 2021)].rank, r[(name, 2021)].zone) == (None, "kuning"), name


def test_a_third_place_is_still_a_rank():
    text = (
        OMB_PROV.format(prov="Kalimantan Selatan") + "Hasil penilaian tahun 2021 disampaikan di Banjarmasin. "
        "Kabupaten Balangan berada di urutan ketiga dengan skor 84,22."
    )
    assert recs(text)[("Kabupaten Balangan", 2021)].rank == 3


# -- "disusul A dan B diposisi ketiga": the place named after "dan" is B's ---------------------------------

RANKED = "Ombudsman RI Perwakilan Sulawesi Barat merilis peringkat penilaian kepatuhan tahun 2021. "


@pytest.mark.parametrize(
    "order",
    [
        "Urutan pertama diraih oleh Kabupaten Majene disusul Kabupaten Mamasa, lalu Kabupaten Mamuju diposisi ketiga.",
        "Peringkat pertama ditempati Kabupaten Majene, disusul Kabupaten Mamasa serta Kabupaten Mamuju di peringkat "
        "ketiga.",
        "Kabupaten Majene berada di peringkat pertama disusul oleh Kabupaten Mamasa dan Kabupaten Mamuju pada "
        "urutan ketiga.",
    ],
)
def test_the_place_after_and_belongs_to_the_later_name(order):
    got = recs(RANKED + order)
    assert got[("Kabupaten Majene", 2021)].rank == 1
    assert got[("Kabupaten Mamasa", 2021)].rank == 2
    assert got[("Kabupaten Mamuju", 2021)].rank == 3


def test_a_place_of_its_own_right_after_disusul_still_wins():
    got = recs(RANKED + "Peringkat pertama diraih Kabupaten Majene disusul oleh Kabupaten Mamasa di peringkat ke-5.")
    assert got[("Kabupaten Mamasa", 2021)].rank == 5


# -- a ranking of complaints is no rank of compliance ----------------------------------------------------
# ("substansi tertinggi kedua ditempati oleh perumahan ... oleh Dinas X": the second most reported field)

YEAR_END = (
    "Ombudsman RI Perwakilan Sumatera Selatan juga menggelar penilaian kepatuhan penyelenggaraan pelayanan "
    "publik tahun 2024. "
)


@pytest.mark.parametrize(
    "tally",
    [
        "Substansi tertinggi kedua ditempati oleh pertanahan, terutama layanan Dinas Perumahan dan Kawasan Permukiman.",
        "Laporan terbanyak ketiga menyangkut Dinas Perumahan dan Kawasan Permukiman.",
        "Adapun substansi pengaduan tertinggi kedua adalah layanan Dinas Perumahan dan Kawasan Permukiman.",
    ],
)
def test_a_complaint_ranking_gives_no_rank(tally):
    got = recs(YEAR_END + tally)
    assert all(r.rank is None for r in got.values())


def test_a_compliance_ranking_after_the_word_still_counts():
    got = recs(
        YEAR_END + "Dari seluruh dinas yang dinilai, nilai tertinggi kedua diraih Dinas Sosial dengan nilai 91,20."
    )
    assert got[("Dinas Sosial", 2024)].rank == 2


# -- a ranking of the parties complained about is no compliance rank ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemerintah Kota Jayapura masih menempati urutan pertama lembaga yang dilaporkan, diikuti kepolisian.",
        "Kota Jayapura menjadi peringkat pertama instansi yang paling banyak dilaporkan ke Ombudsman tahun 2016.",
        "Pemkot Jayapura berada di posisi teratas pihak yang dilaporkan masyarakat.",
    ],
)
def test_a_ranking_of_parties_complained_about_gives_no_rank(said):
    text = OMB_PROV.format(prov="Papua") + "Penyerahan hasil penilaian tahun 2016 dilakukan di Jayapura. " + said
    assert all(rec.rank is None for rec in recs(text).values())


def test_a_compliance_rank_beside_complaints_is_kept():
    text = (
        OMB_PROV.format(prov="Papua") + "Penyerahan hasil penilaian tahun 2016 dilakukan di Jayapura. Kota Jayapura "
        "menempati peringkat pertama penilaian kepatuhan di Papua dengan nilai 80,10."
    )
    assert recs(text)[("Kota Jayapura", 2016)].rank == 1


# -- bare capitalised ordinals over a list of offices after its introducer ("yakni Pertama Polres X ...") -------

PB = "Ombudsman RI Perwakilan Papua Barat merilis hasil penilaian kepatuhan 2023 terhadap jajaran Polda Papua Barat. "


@pytest.mark.parametrize(
    "listing",
    [
        "Ada empat polres yang meraih opini kualitas tertinggi yakni Pertama Polres Fakfak dengan nilai 93,10. "
        "Kedua, Polres Kaimana dengan nilai 91,20. Ketiga, Polres Bintuni dengan nilai 89,05. Keempat, Polres "
        "Tambrauw dengan nilai 88,40.",
        "Hasilnya yaitu pertama Polres Fakfak dengan nilai 93,10, kedua Polres Kaimana dengan nilai 91,20, ketiga "
        "Polres Bintuni dengan nilai 89,05 dan keempat Polres Tambrauw dengan nilai 88,40.",
    ],
)
def test_bare_ordinals_over_offices_with_falling_scores_are_places(listing):
    got = recs(PB + listing)
    assert {k[0]: r.rank for k, r in got.items()} == {
        "Polres Fakfak": 1,
        "Polres Kaimana": 2,
        "Polres Bintuni": 3,
        "Polres Tambrauw": 4,
    }


def test_bare_ordinals_over_offices_with_rising_scores_are_no_places():
    got = recs(
        PB + "Ada tiga polres yang dinilai yakni Pertama Polres Fakfak dengan nilai 81,10. Kedua, Polres Kaimana "
        "dengan nilai 91,20. Ketiga, Polres Bintuni dengan nilai 89,05."
    )
    assert {r.rank for r in got.values()} == {None}


# -- "tertinggi diraih oleh A ..., kemudian B ... . Selanjutnya C ... . Seterusnya D ..." --------------------

RL = (
    "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024 kepada Pemkab Kepahiang. "
    "Dari tujuh unit layanan yang dinilai, "
)


@pytest.mark.parametrize(
    "told",
    [
        "tertinggi diraih oleh UPT Puskesmas Kutalintang dengan nilai 96,10, kemudian UPT Puskesmas Ujan Mas 95,20. "
        "Selanjutnya Dinas Kesehatan dengan nilai 94,00.\nSeterusnya Dinas Sosial dengan nilai 93,10. Dinas "
        "Pendidikan dengan nilai 91,00, serta Dinas Perhubungan dengan nilai 88,20.",
        "nilai paling tinggi diraih oleh UPT Puskesmas Kutalintang (96,10), lalu UPT Puskesmas Ujan Mas (95,20). "
        "Kemudian Dinas Kesehatan dengan skor 94,00. Lalu Dinas Sosial dengan skor 93,10. Sedangkan Dinas "
        "Pendidikan 91,00, dan Dinas Perhubungan 88,20.",
    ],
)
def test_the_highest_won_by_one_then_each_one_told_alone_is_one_place_further(told):
    got = recs(RL + told)
    assert {k[0]: r.rank for k, r in got.items()} == {
        "UPT Puskesmas Kutalintang": 1,
        "UPT Puskesmas Ujan Mas": 2,
        "Dinas Kesehatan": 3,
        "Dinas Sosial": 4,
        "Dinas Pendidikan": None,
        "Dinas Perhubungan": None,
    }


def test_the_top_opinion_won_by_several_is_no_place():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Opini kualitas tertinggi diraih oleh "
        "Kabupaten Rejang Lebong, Kabupaten Kepahiang dan Kota Bengkulu."
    )
    assert {r.rank for r in got.values()} == {None}
    assert got[("Kabupaten Kepahiang", 2023)].opinion == "kualitas tertinggi"


# -- "Urutan selanjutnya adalah A (nilai ..); B (nilai ..)": an explicit list goes on past ";" ---------------

KEMENTERIAN_2021 = (
    "Hasil Penilaian Kepatuhan Standar Pelayanan Publik 2021 lingkup kementerian diumumkan Ombudsman "
    "RI. Kementerian Luar Negeri menempati urutan pertama, nilainya 96,87. "
)


@pytest.mark.parametrize(
    "listed",
    [
        "Urutan selanjutnya adalah Kementerian Keuangan (skor 90,33); Kementerian Kelautan dan Perikanan "
        "(skor 89,96); serta Kementerian Agama (skor 88,42).",
        "Peringkat berikutnya yaitu Kementerian Keuangan (90,33); Kementerian Kelautan dan Perikanan (89,96) "
        "dan Kementerian Agama (88,42).",
        "Posisi selanjutnya: Kementerian Keuangan dengan nilai 90,33, Kementerian Kelautan dan Perikanan dengan "
        "nilai 89,96; serta Kementerian Agama dengan nilai 88,42.",
    ],
)
def test_an_explicit_next_places_list_with_scores_goes_on_past_semicolons(listed):
    got = recs(KEMENTERIAN_2021 + listed)
    assert {k[0]: r.rank for k, r in got.items()} == {
        "Kementerian Luar Negeri": 1,
        "Kementerian Keuangan": 2,
        "Kementerian Kelautan dan Perikanan": 3,
        "Kementerian Agama": 4,
    }


def test_a_succession_word_without_a_list_stops_at_the_semicolon():
    got = recs(KEMENTERIAN_2021 + "Disusul Kementerian Keuangan (nilai 90,33); Kementerian Agama mendapat nilai 88,42.")
    assert got[("Kementerian Keuangan", 2021)].rank == 2
    assert got[("Kementerian Agama", 2021)].rank is None

"""Ranks listed: a place behind a named one, ranks listed together or in one line, a ranked group of
offices; a span of places, list order with tied scores, a rank shared by one kind, a governance index's
rank and the unnamed rest are no rank.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import OMB_PROV, recs


# -- "disusul A (skor) dan B (skor)": the places after the first, in order -------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Tiga peringkat teratas nasional ditempati Pemkab Gresik dengan raihan nilai 96,88, disusul "
        "Pemkab Klaten (96,71) dan Pemkab Jombang (96,53).",
        "Peringkat pertama diraih Pemkab Gresik (96,88), disusul Pemkab Klaten (96,71), serta Pemkab Jombang (96,53).",
        "Pemkab Gresik menempati peringkat pertama dengan nilai 96,88, disusul oleh Pemkab Klaten 96,71 dan "
        "Pemkab Jombang 96,53.",
    ],
    ids=[
        "tiga-peringkat-teratas-nasional-ditempati",
        "peringkat-pertama-diraih-pemkab-gresik",
        "pemkab-gresik-menempati-peringkat-pertama",
    ],
)
def test_the_places_after_disusul_follow_the_list(said):
    r = recs("Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. " + said)
    for name, rank in (("Kabupaten Gresik", 1), ("Kabupaten Klaten", 2), ("Kabupaten Jombang", 3)):
        assert r[(name, 2023)].rank == rank, name


# -- a one-sentence list said to be in order, in a sentence about a ranking ----------------------

LEAD_2016 = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2016 terhadap 33 provinsi."


@pytest.mark.parametrize(
    "text, ranked",
    [
        (
            f"{LEAD_2016} Dari 11 provinsi di zona hijau, posisi lima besarnya secara berurutan adalah Bali dengan "
            "nilai 98,12, Jambi 95,30, Riau 93,04, Gorontalo 90,50, dan Banten 86,77.",
            ["Provinsi Bali", "Provinsi Jambi", "Provinsi Riau", "Provinsi Gorontalo", "Provinsi Banten"],
        ),
        (
            f"{LEAD_2016} Tiga besar secara berurutan yaitu Provinsi Aceh, Provinsi Bengkulu dan Provinsi Papua Barat.",
            ["Provinsi Aceh", "Provinsi Bengkulu", "Provinsi Papua Barat"],
        ),
        (
            f"{LEAD_2016} Peringkat teratas berturut-turut ditempati: Provinsi Maluku (94,20), Provinsi Sulawesi "
            "Barat (92,10) dan Provinsi Kalimantan Utara (90,05).",
            ["Provinsi Maluku", "Provinsi Sulawesi Barat", "Provinsi Kalimantan Utara"],
        ),
    ],
    ids=["lima-besar-berurutan", "tiga-besar-berurutan", "berturut-turut-colon"],
)
def test_a_list_said_to_be_in_order_gives_places(text, ranked):
    got = recs(text)
    for place, name in enumerate(ranked, start=1):
        assert got[(name, 2016)].rank == place, (name, got[(name, 2016)])
        assert got[(name, 2016)].rank_scope == "nasional"  # provinces are ranked nationally


@pytest.mark.parametrize(
    "text",
    [
        # consecutive years, not places
        f"{LEAD_2016} Zona hijau diraih tiga tahun berturut-turut oleh Provinsi Bali, Provinsi Jambi dan Provinsi Riau.",
        # a count that disagrees with the members named
        f"{LEAD_2016} Peringkat tiga besar secara berurutan adalah Provinsi Bali, Provinsi Jambi, Provinsi Riau dan "
        "Provinsi Banten.",
        # in order, but from the bottom
        f"{LEAD_2016} Nilai terendah secara berurutan adalah Provinsi Papua, Provinsi Maluku dan Provinsi Aceh.",
        # order without a ranking spoken of
        f"{LEAD_2016} Hasilnya secara berurutan yaitu Provinsi Bali zona hijau, Provinsi Jambi zona kuning dan "
        "Provinsi Riau zona merah.",
    ],
    ids=["consecutive-years", "count-disagrees", "from-the-bottom", "no-ranking-spoken"],
)
def test_no_places_from_order_without_a_stated_ranking(text):
    assert all(r.rank is None for r in recs(text).values()), recs(text)


# -- complaint tallies by the party reported carry no assessment ranks ---------------------------

ACEH_2023 = (
    "Ombudsman RI Perwakilan Sumatera Selatan menyampaikan hasil penilaian kepatuhan tahun 2023: Kota "
    "Palembang masuk zona hijau dengan nilai 88,40."
)


@pytest.mark.parametrize(
    "complaints",
    [
        "Berdasarkan instansi terlapor, Kota Palembang menempati urutan pertama dengan 40 laporan, disusul "
        "Kabupaten Banyuasin di urutan kedua.",
        "Dari daerah asal laporan, Kabupaten Ogan Ilir sebanyak 35 laporan masyarakat menempati peringkat pertama, "
        "kedua Kabupaten Muara Enim sebanyak 20 LM.",
        "Pemerintah kabupaten menjadi pihak terlapor terbanyak; Kabupaten Lahat berada di urutan ketiga.",
    ],
    ids=["instansi-terlapor", "daerah-asal-laporan", "terlapor-terbanyak"],
)
def test_ranks_in_a_complaint_tally_are_no_assessment_ranks(complaints):
    got = recs(f"{ACEH_2023} {complaints}")
    assert got[("Kota Palembang", 2023)].rank is None, got
    assert all(r.rank is None for r in got.values()), got


# -- "X dengan nilai V berada di posisi N, Y ...": the rank after an entity's score is its own; a rank
# heading the next entity still goes forward ---------------------------------------------------------------

RANKED_2019 = "Ombudsman RI merilis hasil penilaian kepatuhan pemerintah kabupaten tahun 2019. "
AFTER_SCORE = {"Kabupaten Sikka": (63.1, 101), "Kabupaten Ende": (61.4, 110), "Kabupaten Ngada": (59.02, 118)}
HEADING = {"Kabupaten Sikka": (63.1, 1), "Kabupaten Ende": (61.4, 2), "Kabupaten Ngada": (59.02, 3)}


@pytest.mark.parametrize(
    "listing, expected",
    [
        (
            "Tiga kabupaten berada di zona kuning, yakni Kabupaten Sikka dengan nilai 63,10 berada di posisi 101, "
            "Kabupaten Ende dengan nilai 61,40, posisi 110, dan Kabupaten Ngada nilai 59,02 posisi 118.",
            AFTER_SCORE,
        ),
        (
            "Kabupaten Sikka dengan nilai 63,10 berada di peringkat 101, Kabupaten Ende dengan nilai 61,40 di "
            "peringkat 110 dan Kabupaten Ngada nilai 59,02 peringkat 118.",
            AFTER_SCORE,
        ),
        (
            "Kabupaten Sikka meraih nilai 63,10 dan menempati posisi 101, Kabupaten Ende nilai 61,40, posisi 110, "
            "serta Kabupaten Ngada nilai 59,02, pada posisi 118.",
            AFTER_SCORE,
        ),
        (
            "Peringkat pertama diraih Kabupaten Sikka dengan nilai 63,10, peringkat kedua, Kabupaten Ende dengan "
            "nilai 61,40, dan peringkat ketiga, Kabupaten Ngada dengan nilai 59,02.",
            HEADING,
        ),
        (
            "Kabupaten Sikka peringkat pertama dengan nilai 63,10, peringkat kedua, Kabupaten Ende dengan nilai "
            "61,40, peringkat ketiga, Kabupaten Ngada dengan nilai 59,02.",
            HEADING,
        ),
        (
            "Urutan pertama Kabupaten Sikka dengan nilai 63,10, urutan kedua Kabupaten Ende dengan nilai 61,40, "
            "urutan ketiga Kabupaten Ngada dengan nilai 59,02.",
            HEADING,
        ),
    ],
    ids=[
        "posisi-after",
        "peringkat-after",
        "menempati-after",
        "peringkat-heading",
        "first-after-name",
        "urutan-heading",
    ],
)
def test_rank_after_own_score_stays_with_its_entity(listing, expected):
    got = recs(RANKED_2019 + listing)
    assert {e: (r.score, r.rank) for (e, _), r in got.items()} == expected


# -- a rank shared by several of one kind is a tie, nobody's -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Sebanyak lima pemda di Bali meraih nilai tertinggi secara nasional, yakni Pemprov Bali, Pemkab Badung, "
        "Kabupaten Gianyar, Kabupaten Tabanan dan Kota Denpasar.",
        "Tiga kabupaten di Bali menempati peringkat pertama nasional, yaitu Kabupaten Badung, Kabupaten Gianyar dan "
        "Kabupaten Tabanan.",
        "Menurutnya, pemerintah provinsi bersama empat kabupaten/kota di wilayah itu meraih nilai tertinggi "
        "secara nasional. Daerah yang masuk kategori hijau yakni Pemprov Bali, Pemkab Badung, Kabupaten Gianyar, "
        "Kabupaten Tabanan dan Kota Denpasar.",
    ],
    ids=["lima-pemda", "tiga-kabupaten", "provinsi-bersama-empat"],
)
def test_rank_shared_by_one_kind_is_nobodys(said):
    got = recs("Ombudsman RI merilis hasil survei kepatuhan tahun 2016 di Bali. " + said)
    assert all(r.rank is None for r in got.values())


def test_rank_shared_by_different_kinds_is_each_ones():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2022 di Nusa Tenggara Barat. Satu pemerintah provinsi "
        "dan satu kabupaten di NTB bahkan sama-sama menempati posisi terbaik kedua, yakni Pemerintah Provinsi Nusa "
        "Tenggara Barat dan Pemerintah Kabupaten Lombok Barat."
    )
    assert got[("Provinsi Nusa Tenggara Barat", 2022)].rank == 2
    assert got[("Kabupaten Lombok Barat", 2022)].rank == 2


# -- a rank in a governance index is no place in the assessment ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Berdasarkan pemeringkatan Indonesia Governance Index (IGI), Pemprov Jambi berada di urutan ke empat nasional.",
        "Dalam indeks tata kelola pemerintahan, Pemprov Jambi menempati peringkat kedua nasional.",
    ],
    ids=["igi", "indeks-tata-kelola"],
)
def test_governance_index_rank_is_not_a_place(sentence):
    got = recs(
        "Pemprov Jambi meraih zona hijau dengan nilai 84,12 dalam penilaian kepatuhan Ombudsman tahun 2016. " + sentence
    )
    assert got[("Provinsi Jambi", 2016)].rank is None


# -- a place behind a named one ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, ranks",
    [
        (
            "Pada penilaian tahun 2019 nilai 91,10 menempatkan Kementerian Agama pada posisi nomor dua, setelah "
            "Kementerian Luar Negeri yang memperoleh nilai 99,50.",
            {"Kementerian Agama": 2, "Kementerian Luar Negeri": 1},
        ),
        (
            "Pada penilaian tahun 2019 nilai 91,10 Kementerian Agama berada di peringkat kedua di bawah Kementerian "
            "Luar Negeri yang memperoleh nilai 99,50.",
            {"Kementerian Agama": 2, "Kementerian Luar Negeri": 1},
        ),
        (
            "Pada penilaian tahun 2019 nilai 91,10 Kementerian Agama menduduki urutan ke-2, setelah Kementerian Luar "
            "Negeri yang memperoleh nilai 99,50.",
            {"Kementerian Agama": 2, "Kementerian Luar Negeri": 1},
        ),
        # third place behind a named one does not rank that one
        (
            "Pada penilaian tahun 2019, Kementerian Agama berada di peringkat ketiga, setelah Kementerian Luar Negeri "
            "yang memperoleh nilai 99,50.",
            {"Kementerian Agama": 3, "Kementerian Luar Negeri": None},
        ),
    ],
    ids=["posisi-nomor-dua", "peringkat-kedua-di-bawah", "urutan-ke-2", "third-place"],
)
def test_second_place_behind_a_named_one_makes_that_one_first(sentence, ranks):
    r = recs(OMB_PROV.format(prov="Jakarta Raya") + sentence)
    assert {e: r[(e, 2019)].rank for e in ranks} == ranks


# -- ranks listed together, in one line, for a group of offices; spans, ties and the unnamed rest ------------


@pytest.mark.parametrize(
    "ranks",
    [
        "Urutan pertama dan kedua masing-masing Pemkab Magetan (88,36) dan Pemkab Pacitan (87,46).",
        "Peringkat kesatu dan kedua ditempati Pemkab Magetan (88,36) dan Pemkab Pacitan (87,46).",
        "Posisi 1 dan 2 masing-masing diraih Pemkab Magetan dengan nilai 88,36 dan Pemkab Pacitan dengan nilai 87,46.",
    ],
    ids=["urutan-masing-masing", "peringkat-kesatu", "posisi-1-dan-2"],
)
def test_ranks_listed_together_go_to_the_entities_in_order(ranks):
    text = (
        OMB_PROV.format(prov="Jawa Timur") + "Pada penilaian tahun 2022, Pemkab Trenggalek menempati ranking ke-3 dari "
        f"12 pemkab/pemkot di Jawa Timur yang masuk zona hijau. Skornya 86,15. {ranks}"
    )
    r = recs(text)
    assert (r[("Kabupaten Magetan", 2022)].rank, r[("Kabupaten Magetan", 2022)].score) == (1, 88.36)
    assert (r[("Kabupaten Pacitan", 2022)].rank, r[("Kabupaten Pacitan", 2022)].score) == (2, 87.46)
    # ranked among "12 pemkab/pemkot ... yang masuk zona hijau": every one of them is green
    for name in ("Kabupaten Trenggalek", "Kabupaten Magetan", "Kabupaten Pacitan"):
        assert r[(name, 2022)].zone == "hijau", name


@pytest.mark.parametrize(
    "sep",
    [
        "1). {a} : 98,63 2). {b} : 97,10 3). {c} : 96,02",
        "1. {a} (98,63), 2. {b} (97,10), 3. {c} (96,02)",
        "1) {a} 98,63 2) {b} 97,10 3) {c} 96,02",
    ],
    ids=["paren-colon", "dot-brackets", "paren-bare"],
)
def test_a_one_line_ranked_list(sep):
    names = dict(a="Pemprov Sulut", b="Pemprov Jateng", c="Pemprov Jatim")
    text = (
        "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan Tahun 2023. Berikut daftar 3 besar provinsi: "
        + sep.format(**names)
    )
    r = recs(text)
    assert [r[(n, 2023)].rank for n in ("Provinsi Sulawesi Utara", "Provinsi Jawa Tengah", "Provinsi Jawa Timur")] == [
        1,
        2,
        3,
    ]


@pytest.mark.parametrize(
    "group",
    [
        "Di urutan pertama tiga polres yang memperoleh hijau diraih",
        "Dari tiga polres yang meraih zona hijau, peringkat pertama diraih",
        "Tiga polres mendapatkan predikat zona hijau. Posisi pertama ditempati",
    ],
    ids=["di-urutan-pertama", "dari-tiga-polres", "posisi-pertama"],
)
def test_a_group_of_vertical_offices_gives_its_zone_to_the_ranked_members(group):
    text = (
        "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021 "
        f"kepada Polda Jambi. {group} Polres Bungo dengan nilai 93,40. Posisi kedua ditempati Polres Tebo "
        "dengan nilai 88,10. Polres Kerinci menduduki posisi ketiga dengan nilai 82,75. Sisanya, mendapatkan "
        "predikat zona kuning."
    )
    r = recs(text)
    assert [(r[(n, 2021)].rank, r[(n, 2021)].zone) for n in ("Polres Bungo", "Polres Tebo", "Polres Kerinci")] == [
        (1, "hijau"),
        (2, "hijau"),
        (3, "hijau"),
    ]


@pytest.mark.parametrize(
    "rest",
    ["Sisanya, mendapatkan predikat zona kuning.", "Selebihnya masih di zona kuning."],
    ids=["sisanya", "selebihnya"],
)
def test_the_unnamed_rest_does_not_take_the_last_ones_place(rest):
    text = (
        OMB_PROV.format(prov="Bengkulu") + "Pada penilaian tahun 2021, Kabupaten Kaur meraih zona hijau dengan nilai "
        f"85,20. {rest}"
    )
    r = recs(text)
    assert r[("Kabupaten Kaur", 2021)].zone == "hijau"


def test_a_ranking_among_all_assessed_gives_no_zone():
    text = (
        OMB_PROV.format(prov="Papua Barat Daya")
        + "Pada penilaian tahun 2024 Pemda Kabupaten Tambrauw menempati posisi "
        "345 dari 416 kabupaten yang dinilai dengan nilai 77,43 Kategori C. Pemda Kabupaten Maybrat berada pada "
        "posisi 408 dengan nilai 31,98."
    )
    r = recs(text)
    assert (r[("Kabupaten Tambrauw", 2024)].score, r[("Kabupaten Tambrauw", 2024)].grade) == (77.43, "C")
    assert (r[("Kabupaten Maybrat", 2024)].score, r[("Kabupaten Maybrat", 2024)].grade) == (31.98, None)


@pytest.mark.parametrize(
    "span", ["peringkat 19 hingga 29", "peringkat 19 sampai 29", "peringkat 19-29"], ids=["hingga", "sampai", "hyphen"]
)
def test_a_span_of_places_is_no_rank(span):
    text = (
        OMB_PROV.format(prov="Jawa Tengah")
        + f"Pada penilaian tahun 2017 Kabupaten Demak dan Kabupaten Kudus berada di "
        f"{span} dengan nilai 70,10 dan 69,50 masing-masing."
    )
    assert all(x.rank is None for x in extract_article(text).records)


@pytest.mark.parametrize(
    "items",
    [
        "1. Kota Bitung (91,20) 2. Kota Tomohon (91,20) 3. Kota Manado (90,05) 4. Kota Kotamobagu (89,10)",
        "1. Kota Bitung 91,20\n2. Kota Tomohon 91,20\n3. Kota Manado 90,05\n4. Kota Kotamobagu 89,10",
    ],
    ids=["one-line", "one-per-line"],
)
def test_list_order_is_no_ranking_when_scores_only_tie_and_ties_share_no_place(items):
    unordered = OMB_PROV.format(prov="Sulawesi Utara") + "Hasil penilaian tahun 2023 untuk kota: " + items
    assert all(r.rank is None for r in extract_article(unordered).records)
    ranked = OMB_PROV.format(prov="Sulawesi Utara") + "Berikut peringkat kota tahun 2023: " + items
    r = recs(ranked)
    assert [r[(n, 2023)].rank for n in ("Kota Bitung", "Kota Tomohon", "Kota Manado", "Kota Kotamobagu")] == [
        None,
        None,
        3,
        4,
    ]


# -- "disusul A, dan B" with bare names only: the places after the first, in order ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Urutan pertama diraih Kabupaten Majene, disusul Kabupaten Mamasa, dan Kabupaten Mamuju.",
        "Kabupaten Majene berada di urutan pertama, menyusul Kabupaten Mamasa, Kabupaten Mamuju.",
        "Peringkat pertama ditempati Pemkab Majene, diikuti Pemkab Mamasa serta Pemkab Mamuju.",
    ],
    ids=["disusul-koma-dan", "menyusul-koma", "diikuti-serta"],
)
def test_bare_names_after_disusul_follow_the_list(said):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. " + said)
    for name, rank in (("Kabupaten Majene", 1), ("Kabupaten Mamasa", 2), ("Kabupaten Mamuju", 3)):
        assert r[(name, 2021)].rank == rank, name


def test_a_name_after_disusul_that_opens_a_clause_of_its_own_is_no_place():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. Urutan pertama diraih Kabupaten Majene, "
        "disusul Kabupaten Mamasa, Kabupaten Mamuju juga masuk zona hijau."
    )
    assert r[("Kabupaten Mamasa", 2021)].rank == 2
    assert r[("Kabupaten Mamuju", 2021)].rank is None

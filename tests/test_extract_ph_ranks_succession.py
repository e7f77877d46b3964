"""Rankings told in steps: succession over a list of names or words across sentences, a numbered or
bulleted list only when the text calls it a ranking, "disusul X di peringkat ke-N", a ranked category's
labels holding for each of its places.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_SURVEY, recs


# -- a ranking told by succession over a list of names ------------------------------------------------


@pytest.mark.parametrize(
    "ranking",
    [
        "Untuk peringkat penilaian kepatuhan 2022, peringkat pertama yakni Kabupaten Sintang, kemudian Sambas, "
        "Pemprov Kalbar, Ketapang dan terakhir kota Singkawang.",
        "Dalam penilaian kepatuhan 2022, urutan pertama ditempati Kabupaten Sintang, lalu Sambas, Pemerintah Provinsi "
        "Kalimantan Barat, Ketapang serta Kota Singkawang.",
        "Hasil penilaian kepatuhan 2022: posisi pertama adalah Kabupaten Sintang, selanjutnya Kabupaten Sambas, "
        "Pemprov Kalbar, Kabupaten Ketapang, dan Kota Singkawang.",
    ],
    ids=[
        "untuk-peringkat-penilaian-kepatuhan-2022",
        "dalam-penilaian-kepatuhan-2022-urutan",
        "hasil-penilaian-kepatuhan-2022-posisi",
    ],
)
def test_ranking_told_by_succession_over_a_list(ranking):
    got = recs("Ombudsman RI Perwakilan Kalimantan Barat menyampaikan hasilnya. " + ranking)
    ranks = {e: r.rank for (e, _), r in got.items()}
    assert ranks == {
        "Kabupaten Sintang": 1,
        "Kabupaten Sambas": 2,
        "Provinsi Kalimantan Barat": 3,
        "Kabupaten Ketapang": 4,
        "Kota Singkawang": 5,
    }, ranks


def test_succession_from_a_later_place():
    text = (
        "Ombudsman mengumumkan penilaian kepatuhan 2022 di Kalimantan Barat. Peringkat ke enam yakni Pemerintah "
        "Kabupaten Melawi, selanjutnya Sekadau, Landak dan terakhir Kapuas Hulu."
    )
    ranks = {e: r.rank for (e, _), r in recs(text).items()}
    assert ranks == {"Kabupaten Melawi": 6, "Kabupaten Sekadau": 7, "Kabupaten Landak": 8, "Kabupaten Kapuas Hulu": 9}


@pytest.mark.parametrize(
    "tail",
    [
        # a list with scores after the succession word: order alone is no ranking
        "kemudian Sambas dengan nilai 88,10, Ketapang 86,40 dan Landak 80,00.",
        # a clause after the succession word, not a list of names
        "kemudian Ombudsman menyerahkan piagam kepada Bupati Sambas dan Bupati Ketapang.",
    ],
    ids=["kemudian-sambas-dengan-nilai-88", "kemudian-ombudsman-menyerahkan-piagam-kepada"],
)
def test_succession_word_before_scores_or_a_clause_gives_no_places(tail):
    text = (
        "Ombudsman mengumumkan penilaian kepatuhan 2022. Peringkat pertama diraih Kabupaten Sintang dengan nilai "
        f"95,10, {tail}"
    )
    got = recs(text)
    assert got[("Kabupaten Sintang", 2022)].rank == 1
    assert all(r.rank is None for (e, _), r in got.items() if e != "Kabupaten Sintang"), got


# -- a numbered list is no ranking unless the text calls it one ---------------------------------


MEMBERS = [
    ("Kabupaten Kendal", "58,10"),
    ("Kabupaten Batang", "55,40"),
    ("Kabupaten Pemalang", "51,30"),
    ("Kota Tegal", "49,90"),
    ("Kabupaten Brebes", "45,20"),
]


@pytest.mark.parametrize(
    "head",
    [
        "Ada lima pemerintah daerah yang masuk zona kuning. Kelima pemda tersebut di antaranya:",
        "Berikut daftar pemda yang mendapat zona kuning:",
        "Pemda yang masih berada di zona kuning yaitu:",
        "Lima daerah yang mendapat predikat zona kuning antara lain :",
    ],
    ids=[
        "ada-lima-pemerintah-daerah-yang",
        "berikut-daftar-pemda-yang-mendapat",
        "pemda-yang-masih-berada-di",
        "lima-daerah-yang-mendapat-predikat",
    ],
)
def test_numbered_list_with_falling_scores_is_no_ranking(head):
    lines = "\n".join(f"{i}. {n} ({s})" for i, (n, s) in enumerate(MEMBERS, 1))
    r = recs(OMB_SURVEY.format(prov="Jawa Tengah", year=2021) + head + "\n" + lines + "\n")
    assert set(r) == {(n, 2021) for n, _ in MEMBERS}
    assert all(rec.rank is None and rec.zone == "kuning" for rec in r.values())


@pytest.mark.parametrize(
    "head",
    [
        "Berikut peringkat lima besar pemda di Jawa Tengah:",
        "Urutan nilai tertinggi di Jawa Tengah sebagai berikut:",
        "Berikut daftar 5 besar se-Jateng:",
    ],
    ids=["berikut-peringkat-lima-besar-pemda", "urutan-nilai-tertinggi-di-jawa", "berikut-daftar-5-besar-se"],
)
def test_numbered_list_called_a_ranking_still_ranks(head):
    lines = "\n".join(f"{i}. {n} ({s})" for i, (n, s) in enumerate(MEMBERS, 1))
    r = recs(OMB_SURVEY.format(prov="Jawa Tengah", year=2021) + head + "\n" + lines + "\n")
    assert [r[(n, 2021)].rank for n, _ in MEMBERS] == [1, 2, 3, 4, 5]


def test_long_numbered_member_list_keeps_its_group_to_the_end():
    names = [
        "Kabupaten Kendal",
        "Kabupaten Batang",
        "Kabupaten Pemalang",
        "Kota Tegal",
        "Kabupaten Brebes",
        "Kabupaten Blora",
        "Kabupaten Rembang",
        "Kota Magelang",
        "Kabupaten Demak",
    ]
    lines = "\n".join(f"{i}. {n} ({60 - i},{10 + i})." for i, n in enumerate(names, 1))
    text = (
        OMB_SURVEY.format(prov="Jawa Tengah", year=2021) + "Ia menyebut ada 9 pemerintah daerah yang mendapat "
        "predikat zona merah.\nAdapun 9 pemerintah daerah tersebut di antaranya :\n" + lines + "\n"
    )
    r = recs(text)
    assert [r[(n, 2021)].zone for n in names] == ["merah"] * 9


@pytest.mark.parametrize(
    "inline",
    [
        "yakni 1. Kabupaten Kendal (58,10), 2. Kabupaten Batang (55,40), 3. Kota Tegal (49,90).",
        "yaitu: 1. Kabupaten Kendal (58,10), 2. Kabupaten Batang (55,40), 3. Kota Tegal (49,90).",
    ],
    ids=["yakni-1-kabupaten-kendal-58", "yaitu-1-kabupaten-kendal-58"],
)
def test_inline_numbered_items_stay_in_their_sentence(inline):
    text = OMB_SURVEY.format(prov="Jawa Tengah", year=2021) + "Tiga daerah masuk zona kuning " + inline
    r = recs(text)
    assert {n: (x.score, x.zone, x.rank) for (n, _), x in r.items()} == {
        "Kabupaten Kendal": (58.1, "kuning", None),
        "Kabupaten Batang": (55.4, "kuning", None),
        "Kota Tegal": (49.9, "kuning", None),
    }


# -- "disusul X di peringkat ke-N": the place written wins over the next place -------------------


@pytest.mark.parametrize(
    "tail,rank",
    [
        ("disusul oleh Kabupaten Pelalawan di peringkat ke-61 dengan nilai 95,02", 61),
        ("disusul Kabupaten Pelalawan yang berada di urutan 61 dengan nilai 95,02", 61),
        ("disusul Kabupaten Pelalawan dengan nilai 95,02", 18),
    ],
    ids=[
        "disusul-oleh-kabupaten-pelalawan-di",
        "disusul-kabupaten-pelalawan-yang-berada",
        "disusul-kabupaten-pelalawan-dengan-nilai",
    ],
)
def test_disusul_with_its_own_place(tail, rank):
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2024. Di kategori kabupaten, Kabupaten "
        f"Siak menempati peringkat ke-17 nasional dengan nilai 97,85, {tail}."
    )
    assert recs(text)[("Kabupaten Pelalawan", 2024)].rank == rank


# -- a ranking told by succession words across sentences -----------------------------------------

RANKED = "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan tahun 2024. "


@pytest.mark.parametrize(
    "ranking, expected",
    [
        (
            "Urutan teratas ditempati Kabupaten Bungo dengan skor 95,10. Lalu disusul Kabupaten Tebo yang "
            "mengantongi 94,02, lalu Kabupaten Merangin 92,76.",
            {"Kabupaten Bungo": 1, "Kabupaten Tebo": 2, "Kabupaten Merangin": 3},
        ),
        (
            "Peringkat pertama diraih Kota Jambi dengan nilai 96,40. Disusul Kabupaten Tebo dengan nilai 94,02, "
            "kemudian Kabupaten Merangin dengan nilai 92,76.",
            {"Kota Jambi": 1, "Kabupaten Tebo": 2, "Kabupaten Merangin": 3},
        ),
        (
            "Kabupaten Tebo ada di posisi kedua (94,02), sementara posisi ketiga diisi oleh Kabupaten Merangin "
            "(92,76).",
            {"Kabupaten Tebo": 2, "Kabupaten Merangin": 3},
        ),
    ],
    ids=[
        "urutan-teratas-ditempati-kabupaten-bungo",
        "peringkat-pertama-diraih-kota-jambi",
        "kabupaten-tebo-ada-di-posisi",
    ],
)
def test_ranks_told_by_succession_words(ranking, expected):
    got = recs(RANKED + ranking)
    assert {e: r.rank for (e, _), r in got.items()} == expected


def test_next_places_listed_after_a_stated_rank():
    got = recs(
        "Ombudsman RI memberi Kabupaten Bungo skor 86,20 pada Penilaian Kepatuhan tahun 2021. Di Jambi, Bungo "
        "(Kabupaten Bungo) menempati peringkat ketiga, setelah Kota Jambi dan Kabupaten Tebo. Peringkat "
        "selanjutnya yakni Kabupaten Merangin, Kota Sungai Penuh, dan Kabupaten Kerinci."
    )
    ranks = {e: r.rank for (e, _), r in got.items()}
    assert ranks == {"Kabupaten Bungo": 3, "Kabupaten Merangin": 4, "Kota Sungai Penuh": 5, "Kabupaten Kerinci": 6}


def test_a_succession_word_without_a_ranking_gives_no_rank():
    got = recs(
        RANKED + "Kabupaten Bungo meraih nilai 95,10. Lalu disusul penyerahan piagam kepada Kabupaten Tebo "
        "yang meraih nilai 94,02."
    )
    assert all(r.rank is None for r in got.values())


def test_a_national_field_of_a_rank_lends_its_zone_to_no_one_named_later():
    got = recs(
        "Ombudsman RI memberi Kabupaten Bungo skor 86,20 pada Penilaian Kepatuhan Tahun 2021, yang membuatnya "
        "berada di peringkat ke-52 dari 120 Kabupaten yang masuk Zona Hijau tingkat nasional. Adapun di "
        "lingkup Jambi, Kabupaten Tebo mengantongi skor 80,12."
    )
    assert got[("Kabupaten Bungo", 2021)].zone == "hijau"
    assert got[("Kabupaten Tebo", 2021)].zone is None


# -- a bulleted list under a heading that calls it a ranking ----------------------------------------

BULLETS = (
    "Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian kepatuhan tahun 2024.\n"
    "{head}\n"
    "Tingkat Kepolisian Daerah Riau:\n"
    "- Polres Kampar, Nilai 93,40, Predikat Zona Hijau\n"
    "- Polres Siak, Nilai 91,05, Predikat Zona Hijau\n"
    "- Polres Bengkalis, Nilai 88,75, Predikat Zona Hijau\n"
)


def test_bullets_under_a_ranking_heading_are_ranked():
    got = recs(BULLETS.format(head="Berikut peringkat hasil penilaian 2024 untuk tiap kelompok instansi:"))
    assert {e: r.rank for (e, _), r in got.items()} == {"Polres Kampar": 1, "Polres Siak": 2, "Polres Bengkalis": 3}


@pytest.mark.parametrize(
    "head",
    [
        "Berikut daftar polres yang meraih zona hijau:",  # a list of a zone's members is no ranking
        "Berikut peringkat terendah tahun ini:",  # a bottom list counts from the other end
    ],
    ids=["berikut-daftar-polres-yang-meraih", "berikut-peringkat-terendah-tahun-ini"],
)
def test_bullets_not_called_a_ranking_are_not_ranked(head):
    got = recs(BULLETS.format(head=head))
    assert got and all(r.rank is None for r in got.values())


# -- a ranked category's labels hold for each place of its ranking ---------------------------------


@pytest.mark.parametrize(
    "ranking",
    [
        "Pada kategori Pemkab dengan zona hijau kualitas tertinggi, Pemkab Sleman ada di peringkat pertama "
        "(97,10). Urutan kedua Pemkab Bantul (96,40), lalu disusul Pemkab Kulon Progo (95,20) di urutan "
        "ketiga.",
        "Untuk kategori kabupaten dengan opini kualitas tertinggi dan zona hijau, peringkat pertama diraih "
        "Kabupaten Sleman (97,10). Posisi kedua ditempati Kabupaten Bantul (96,40). Posisi ketiga diisi oleh "
        "Kabupaten Kulon Progo (95,20).",
    ],
    ids=["pada-kategori-pemkab-dengan-zona", "untuk-kategori-kabupaten-dengan-opini"],
)
def test_a_ranked_categorys_labels_hold_for_its_places(ranking):
    got = recs("Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2023. " + ranking)
    assert {e: (r.rank, r.zone, r.opinion) for (e, _), r in got.items()} == {
        "Kabupaten Sleman": (1, "hijau", "kualitas tertinggi"),
        "Kabupaten Bantul": (2, "hijau", "kualitas tertinggi"),
        "Kabupaten Kulon Progo": (3, "hijau", "kualitas tertinggi"),
    }


def test_a_category_without_a_ranking_lends_nothing_onward():
    got = recs(
        "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2023. Dalam kategori kabupaten "
        "dengan zona hijau, Kabupaten Sleman meraih nilai 97,10. Kabupaten Bantul meraih nilai 76,40."
    )
    assert got[("Kabupaten Bantul", 2023)].zone is None


def test_where_an_official_was_reached_is_no_subject():
    got = recs(
        "Ombudsman RI memberi Pemerintah Kabupaten Berau predikat Kepatuhan Tinggi 2019. Ketika dihubungi dari "
        "Samarinda, Bupati Berau bersyukur. Pada 2018 lalu, sejumlah OPD pelayanan masih berstatus zona merah."
    )
    assert ("Kota Samarinda", 2018) not in got and got[("Kabupaten Berau", 2018)].zone == "merah"


# -- a league-table telling: "memimpin klasemen", then each succession word one step further ------------

_SUMBAR_POLRES = (
    "Ombudsman RI Perwakilan Sumatera Barat menyerahkan Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "
    "Penilaian tahun 2025 dilakukan terhadap enam Polres di bawah Polda Sumatera Barat. "
)


@pytest.mark.parametrize(
    "ranking",
    [
        "Polres Solok memimpin klasemen dengan nilai 29,66, Polres Agam membuntuti dengan nilai 28,84, disusul "
        "Polres Pesisir Selatan dengan 26,79, dan Polres Sawahlunto di angka 24,63.",
        "Polres Solok berada di puncak klasemen dengan skor 29,66, Polres Agam membuntuti dengan skor 28,84, "
        "disusul Polres Pesisir Selatan dengan 26,79, kemudian Polres Sawahlunto dengan 24,63.",
        "Polres Solok memuncaki klasemen dengan nilai 29,66, disusul Polres Agam dengan nilai 28,84, lalu "
        "Polres Pesisir Selatan (26,79) serta Polres Sawahlunto (24,63).",
    ],
    ids=["memimpin-membuntuti-disusul", "puncak-klasemen-membuntuti-kemudian", "memuncaki-disusul-lalu"],
)
def test_each_succession_word_goes_on_from_the_place_before(ranking):
    got = recs(_SUMBAR_POLRES + ranking)
    assert {e: r.rank for (e, _), r in got.items()} == {
        "Polres Solok": 1,
        "Polres Agam": 2,
        "Polres Pesisir Selatan": 3,
        "Polres Sawahlunto": 4,
    }


def test_scores_alone_after_a_leader_are_no_places():
    got = recs(
        _SUMBAR_POLRES + "Polres Solok memimpin klasemen dengan nilai 29,66. Polres Agam meraih nilai 28,84 dan "
        "Polres Pesisir Selatan meraih nilai 26,79."
    )
    assert {e: r.rank for (e, _), r in got.items()} == {
        "Polres Solok": 1,
        "Polres Agam": None,
        "Polres Pesisir Selatan": None,
    }

"""Changes told: the year compared with is not the year reported (and the results are the next year's
when it is the only one), a relative year before "menjadi", a change of national place with the province
as level, a rise from one score to another, bare colours in a change of zone, a group's change holding
for the members named next, and "naik dari X menjadi Y"; a change in points that is no score, an
opinion left behind ("naik dari kualitas tinggi pada 2022") that is the earlier year's.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import LEAD_SULUT, OMB_PROV, assert_record_fields, recs
from extract_helpers import fields_of


# -- a year named as what the results are compared with is not the year reported ----------------------

DATED_LIST = (
    "Ombudsman RI Perwakilan Jawa Tengah mengumumkan hasil penilaian kepatuhan pelayanan publik, Senin (19/12/2022). "
    "Pemkab Kudus meraih nilai 92,14 dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08. "
)


@pytest.mark.parametrize(
    "comparison",
    [
        "Pembandingnya, hasil survei 2019 menunjukkan separuh daerah berada di zona hijau.",
        "Sebagai pembanding, hasil penilaian 2019 mencatat lebih banyak daerah yang hijau.",
        "Perbandingannya, survei tahun 2019 menempatkan sebagian besar responden di zona hijau.",
        "Dibandingkan dengan hasil survei 2019, jumlah daerah yang hijau turun.",
    ],
    ids=[
        "pembandingnya-hasil-survei-2019-menunjukkan",
        "sebagai-pembanding-hasil-penilaian-2019",
        "perbandingannya-survei-tahun-2019-menempatkan",
        "dibandingkan-dengan-hasil-survei-2019",
    ],
)
def test_comparison_year_is_not_the_reported_year(comparison):
    got = recs(DATED_LIST + comparison)
    assert set(got) == {("Kabupaten Kudus", 2022), ("Kabupaten Blora", 2022)}, got


def test_year_of_the_results_still_wins_over_a_plain_earlier_year():
    # look-alike: the year written for the results themselves is the one reported
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2019 diumumkan. Pemkab Kudus meraih nilai 92,14 "
        "dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08."
    )
    got = recs(text)
    assert set(got) == {("Kabupaten Kudus", 2019), ("Kabupaten Blora", 2019)}, got


# -- "naik dari tahun sebelumnya menjadi 80,13": the relative year is the change's "from" side ---------------

CHANGE_OPENING = "Ombudsman merilis hasil survei kepatuhan tahun 2019. "


@pytest.mark.parametrize(
    "change",
    [
        "Di zona kuning ada Kabupaten Kerinci yang mengalami peningkatan dari tahun sebelumnya menjadi 80,13, "
        "serta Kabupaten Tebo 78,20.",
        "Kabupaten Kerinci yang masuk zona kuning naik dari tahun lalu menjadi 80,13.",
    ],
    ids=["di-zona-kuning-ada-kabupaten", "kabupaten-kerinci-yang-masuk-zona"],
)
def test_relative_year_before_menjadi_is_the_earlier_side(change):
    got = recs(CHANGE_OPENING + change)
    rec = got[("Kabupaten Kerinci", 2019)]
    assert (rec.score, rec.zone) == (80.13, "kuning"), got
    assert ("Kabupaten Kerinci", 2018) not in got


def test_score_before_a_time_phrase_is_still_a_score():
    text = CHANGE_OPENING + (
        "Kabupaten Sarolangun yang tahun sebelumnya di angka 63,18 tahun ini malah turun menjadi 59,06."
    )
    got = recs(text)
    assert got[("Kabupaten Sarolangun", 2018)].score == 63.18, got
    assert got[("Kabupaten Sarolangun", 2019)].score == 59.06


def test_a_count_of_years_is_no_score():
    # look-alike: "12 tahun" is a duration
    text = CHANGE_OPENING + "Kabupaten Sarolangun yang sudah 12 tahun dinilai meraih nilai 54,32."
    assert recs(text)[("Kabupaten Sarolangun", 2019)].score == 54.32


# -- the year compared with: "nilainya menurun dari tahun 2022 dan masuk zona kuning" ----------------


@pytest.mark.parametrize(
    "clause",
    [
        "nilainya menurun dari tahun 2022 dan juga masuk zona kuning",
        "nilai pelayanan publiknya turun dari tahun sebelumnya dan masuk zona kuning",
        "skornya merosot dari 2022 sehingga berada di zona kuning",
    ],
    ids=[
        "nilainya-menurun-dari-tahun-2022",
        "nilai-pelayanan-publiknya-turun-dari",
        "skornya-merosot-dari-2022-sehingga",
    ],
)
def test_year_after_a_change_from_is_not_the_claims_year(clause):
    text = (
        "Ombudsman RI menyerahkan Hasil Penilaian Kepatuhan Standar Pelayanan Publik 2023 pada 6 Februari 2024. "
        f"Pemkab Kerinci tidak diberi penghargaan karena {clause}."
    )
    r = recs(text)
    assert set(r) == {("Kabupaten Kerinci", 2023)} and r[("Kabupaten Kerinci", 2023)].zone == "kuning"


# -- the only year written is the one the results are compared with: they are the next year's ----


@pytest.mark.parametrize(
    "text, entity, now, before, before_rank",
    [
        (
            f"{LEAD_SULUT} Kabupaten Minahasa meraih nilai 93,40 dan masuk zona hijau. Secara nasional, "
            "Kabupaten Minahasa menempati peringkat 35 dari 416 kabupaten, naik dari posisi 60 pada tahun 2023.",
            "Kabupaten Minahasa",
            2024,
            2023,
            60,
        ),
        (
            f"{LEAD_SULUT} Kota Bitung meraih nilai 96,10 dan zona hijau. Secara nasional, Kota Bitung naik ke "
            "peringkat 11 dari 98 kota, dibandingkan tahun 2022 yang masih berada di posisi 34.",
            "Kota Bitung",
            2023,
            2022,
            34,
        ),
        (
            f"{LEAD_SULUT} Kabupaten Bolaang Mongondow memperoleh nilai 88,75 atau zona hijau, meningkat dari "
            "peringkat 120 di tahun 2022 menurut daftar nasional.",
            "Kabupaten Bolaang Mongondow",
            2023,
            2022,
            120,
        ),
    ],
    ids=["naik-dari-posisi", "dibandingkan-tahun", "meningkat-dari-peringkat"],
)
def test_the_compared_year_dates_the_earlier_state_and_the_results_are_the_next(text, entity, now, before, before_rank):
    got = recs(text)
    assert (entity, now) in got, got.keys()
    assert got[(entity, now)].zone == "hijau"
    assert (entity, before) in got, got.keys()
    assert got[(entity, before)].rank == before_rank
    assert got[(entity, before)].score is None


def test_a_written_year_of_the_results_still_wins_over_the_compared_one():
    got = recs(
        "Hasil Penilaian Kepatuhan Ombudsman RI tahun 2022 menempatkan Kota Tomohon di zona hijau dengan nilai "
        "90,02, naik dari posisi 45 pada tahun 2021."
    )
    assert ("Kota Tomohon", 2022) in got, got.keys()
    assert ("Kota Tomohon", 2023) not in got, got.keys()


def test_a_dated_article_takes_its_year_from_the_date_not_the_comparison():
    got = recs(
        "Manado, Kamis (18/1/2024) - Ombudsman RI menyerahkan hasil penilaian kepatuhan. Kota Manado meraih "
        "nilai 91,30 dan zona hijau, naik dari posisi 40 pada tahun 2021."
    )
    assert ("Kota Manado", 2023) in got, got.keys()


# -- "yang berada di posisi pertama di tingkat Sumbar": the province is the ranking's level, no holder --

RANKED = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Tanah Datar meraih nilai 96,10 "
    "dengan kategori A. "
)


@pytest.mark.parametrize(
    "sentence, now, before",
    [
        (
            "Kabupaten Tanah Datar yang menempati posisi pertama di tingkat Sumbar juga naik peringkat secara "
            "nasional, dari posisi 30 pada 2023 menjadi posisi 19 dari 416 kabupaten yang dinilai.",
            (19, "nasional"),
            (30, "nasional"),
        ),
        (
            "Di tingkat Sumatera Barat, Kabupaten Tanah Datar naik dari peringkat 44 pada 2023 ke peringkat 19 "
            "dari 416 kabupaten.",
            (19, "nasional"),
            (44, "nasional"),
        ),
        # a change of place without a scope stays unscoped
        ("Kabupaten Tanah Datar naik dari posisi 30 pada 2023 menjadi posisi 19.", (19, None), (None, None)),
    ],
    ids=["posisi-tingkat-sumbar", "di-tingkat-peringkat", "no-scope"],
)
def test_a_change_of_national_place_and_the_province_as_level(sentence, now, before):
    got = recs(RANKED + sentence)
    r = got[("Kabupaten Tanah Datar", 2024)]
    assert (r.rank, r.rank_scope) == now
    earlier = got[("Kabupaten Tanah Datar", 2023)]
    assert (before[0] is None or earlier.rank == before[0]) and earlier.rank_scope == before[1]
    assert not any(name == "Provinsi Sumatera Barat" for name, _ in got)


# -- a rise from one score to another, and bare colours in a change of zone ----------------------------------


def test_a_rise_told_from_one_score_to_another_keeps_both_scores():
    text = (
        OMB_PROV.format(prov="Jawa Tengah") + "Kenaikan nilai Kabupaten Banjarnegara cukup tajam, dari 77,75 pada 2022 "
        "menjadi 90,15 pada 2023."
    )
    r = recs(text)
    assert r[("Kabupaten Banjarnegara", 2023)].score == 90.15
    assert r[("Kabupaten Banjarnegara", 2022)].score == 77.75


@pytest.mark.parametrize(
    "change",
    ["naik dari kuning ke hijau", "berubah dari merah menjadi hijau", "meningkat dari zona kuning ke hijau"],
    ids=["naik-kuning-hijau", "berubah-merah-hijau", "meningkat-zona-kuning"],
)
def test_bare_colours_in_a_change_are_the_two_years_zones(change):
    text = (
        OMB_PROV.format(prov="Sumatera Barat") + f"Pada penilaian tahun 2023, Kota Padang {change} dengan nilai 88,12."
    )
    r = recs(text)
    assert (r[("Kota Padang", 2023)].zone, r[("Kota Padang", 2023)].score) == ("hijau", 88.12)
    assert r[("Kota Padang", 2022)].zone in ("kuning", "merah")


# -- a group's change of zone, its members named in the next sentence ------------------------------------

SURVEY_2021 = "Ombudsman RI merilis hasil survei kepatuhan pelayanan publik tahun 2021. "


@pytest.mark.parametrize(
    "group, members",
    [
        (
            "Ada 3 kabupaten di Sulbar yang sebelumnya zona hijau turun ke zona kuning.",
            "Kabupaten dimaksud yakni Majene, Mamuju dan Pasangkayu.",
        ),
        (
            "Tiga kabupaten yang juga sebelumnya zona hijau turun ke zona kuning atau kepatuhan sedang.",
            "Ketiga kabupaten itu adalah Majene, Mamuju dan Pasangkayu.",
        ),
        (
            "Ada 3 kabupaten yang turun dari zona hijau ke zona kuning.",
            "Kabupaten tersebut yakni Majene, Mamuju dan Pasangkayu.",
        ),
    ],
    ids=["dimaksud-yakni", "ketiga-itu", "tersebut-yakni"],
)
def test_a_groups_change_holds_for_the_members_named_next(group, members):
    got = recs(SURVEY_2021 + group + " " + members)
    for name in ("Kabupaten Majene", "Kabupaten Mamuju", "Kabupaten Pasangkayu"):
        assert got[(name, 2019)].zone == "hijau"  # (no assessment was held in 2020)
        assert got[(name, 2021)].zone == "kuning"


def test_the_schemes_colours_in_a_sentence_naming_no_one_are_no_claim():
    got = recs(
        SURVEY_2021 + "Ada tiga kategori, yakni zona merah, zona kuning dan zona hijau. "
        "Kabupaten Majene, Kabupaten Mamuju dan Kabupaten Pasangkayu juga dinilai."
    )
    assert all(r.zone is None for r in got.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Majene turun dibanding penilaian tahun 2019 lalu, dari zona hijau kini menjadi zona kuning.",
        "Kabupaten Majene turun dari penilaian 2019, dari zona hijau menjadi zona kuning.",
    ],
    ids=["dibanding-penilaian", "dari-penilaian"],
)
def test_the_year_a_change_starts_from_is_the_earlier_states(sentence):
    got = recs(SURVEY_2021 + sentence)
    assert got[("Kabupaten Majene", 2019)].zone == "hijau"
    assert got[("Kabupaten Majene", 2021)].zone == "kuning"


def test_a_year_the_change_happened_in_is_the_state_reached():
    got = recs(SURVEY_2021 + "Pada tahun 2021, Kabupaten Majene naik dari zona merah ke zona kuning.")
    assert got[("Kabupaten Majene", 2021)].zone == "kuning"
    assert got[("Kabupaten Majene", 2019)].zone == "merah"


# -- a change of score "X menjadi Y": X is the year before, Y the reported year, whatever year is written
# before the change ("dari 81,20 tahun lalu menjadi 84,05", "seperti tahun lalu ... sebelumnya 81,20 menjadi") -

HEAD_2024 = "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2024. "


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
    ids=["pada-tahun-lalu", "tahun-lalu-tahun-ini", "dibanding-first", "seperti-tahun-lalu", "meningkat-poin"],
)
def test_a_change_of_score_gives_both_years(sentence):
    got = recs(HEAD_2024 + sentence)
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
    ids=["count-of-years", "years-written", "year-opens"],
)
def test_a_change_of_score_look_alikes(sentence, years):
    got = recs(HEAD_2024 + sentence)
    assert {y: r.score for (e, y), r in got.items() if e == "Kabupaten Blora" and r.score} == years


# -- "naik 8,28 poin menjadi 88,40 dibanding tahun sebelumnya": the points are no score and the year compared
# -- with holds none of the values; "naik dari kualitas tinggi pada 2022": the opinion left is 2022's -------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Nilai Kota Solok naik 8,28 poin menjadi "
            "88,40 dibanding tahun sebelumnya.",
            {("Kota Solok", 2023): {"score": 88.4}},
        ),
        (
            "Bupati Boyolali menerima hasil Penilaian Kepatuhan Ombudsman RI tahun 2023. Boyolali memperoleh nilai "
            "93,05 dan masuk opini kualitas tertinggi, naik dari kualitas tinggi pada 2022.",
            {
                ("Kabupaten Boyolali", 2023): {"opinion": "kualitas tertinggi"},
                ("Kabupaten Boyolali", 2022): {"opinion": "kualitas tinggi"},
            },
        ),
    ],
    ids=["a-change-in-points", "an-opinion-left-behind"],
)
def test_what_a_change_leaves_behind(text, expected):
    assert_record_fields(text, expected, exact=True)


# -- an earlier value described by a relative clause that ends in its year ----------------------------


@pytest.mark.parametrize(
    "earlier",
    [
        "dari nilai 70,25 yang masuk ke dalam opini kualitas sedang pada tahun 2022",
        "dari skor 70,25 yang tergolong kualitas sedang di tahun 2022",
        "dari nilai 70,25 yang masih berada di zona kuning pada 2022",
    ],
    ids=["masuk-ke-dalam", "tergolong-di-tahun", "berada-pada"],
)
def test_earlier_value_with_its_year_after_a_relative_clause(earlier):
    text = (
        "Ombudsman RI menyerahkan piagam penilaian kepatuhan pelayanan publik tahun 2023 kepada Kementerian "
        f"Pertanian. Ketua Ombudsman mengapresiasi kenaikan nilai Kementerian Pertanian {earlier}, lalu naik "
        "menjadi 81,40 pada tahun 2023."
    )
    r = recs(text)
    assert r[("Kementerian Pertanian", 2022)].score == 70.25
    assert r[("Kementerian Pertanian", 2023)].score == 81.4
    assert ("Kementerian Pertanian", 2021) not in r


# -- A rise told with a change noun and the new score after it ("dari tahun sebelumnya 88,20 ... ada peningkatan
# yakni 90,15"): a number that, added as a difference to the lower score said before it, would pass the scale's
# top (100) is the new score, not the change; small differences stay differences.

INTRO = "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Pemerintah Kabupaten Tabanan naik dari tahun sebelumnya 88,20 dan tahun ini ada peningkatan "
        "yakni 90,15 dengan kategori Kualitas Tertinggi.",
        "Kabupaten Tabanan tahun 2023 meraih 88,20, dan pada 2024 terjadi peningkatan yaitu 90,15 "
        "dengan kategori Kualitas Tertinggi.",
        "Skor Kabupaten Tabanan semula 88,20; tahun ini mengalami kenaikan yakni 90,15 dengan kategori "
        "Kualitas Tertinggi.",
    ],
    ids=["yakni", "yaitu", "kenaikan"],
)
def test_the_number_after_the_rise_is_the_new_score(sentence):
    got = fields_of(recs(INTRO + sentence), "Kabupaten Tabanan", 2024, "score", "opinion")
    assert got == {"score": 90.15, "opinion": "kualitas tertinggi"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Kota Batu 95,30, ada kenaikan sebesar 12,50 dari tahun sebelumnya.",
        "Kota Batu sebelumnya 70,10 lalu mengalami peningkatan yakni 9,30 poin tahun ini.",
    ],
    ids=["difference-after-score", "small-difference"],
)
def test_a_real_difference_is_no_score(sentence):
    rec = recs(INTRO + sentence).get(("Kota Batu", 2024))
    assert rec is None or rec.score not in (12.5, 9.3)

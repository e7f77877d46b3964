"""Ranks from "the highest": the best score with its field written out, the highest of N counted or in
a province, the highest compliance score of a field, the highest after a national ranking, the leader of
a field (named before or after it, "disusul" the next place); a unit's best within its own government, the
best against its own past and the highest in a year are no first place.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import LEAD_SULUT, assert_record_fields, fields_of, recs


# -- "jadi Kabupaten dengan tingkat kepatuhan tertinggi di Provinsi X": first in the province -----


@pytest.mark.parametrize(
    "best",
    [
        "Untuk standar layanan, Kabupaten Dompu jadi kabupaten dengan tingkat kepatuhan tertinggi di Provinsi "
        "Nusa Tenggara Barat.",
        "Kabupaten Dompu dinobatkan sebagai daerah dengan kepatuhan pelayanan publik terbaik se-NTB.",
        "Kabupaten Dompu menjadi pemda dengan nilai kepatuhan tertinggi di NTB.",
        "Kabupaten Dompu menjadi yang tertinggi di Nusa Tenggara Barat.",
    ],
    ids=[
        "untuk-standar-layanan-kabupaten-dompu",
        "kabupaten-dompu-dinobatkan-sebagai-daerah",
        "kabupaten-dompu-menjadi-pemda-dengan",
        "kabupaten-dompu-menjadi-yang-tertinggi",
    ],
)
def test_best_in_the_province_is_first(best):
    text = f"Ombudsman NTB mengumumkan hasil penilaian kepatuhan tahun 2018. {best} Nilainya 88,47."
    got = recs(text)
    r = got[("Kabupaten Dompu", 2018)]
    assert (r.rank, r.rank_scope) == (1, "provinsi")


def test_best_unit_without_a_place_is_no_rank():
    text = (
        "Ombudsman NTB mengumumkan hasil penilaian kepatuhan tahun 2018: Kabupaten Dompu meraih nilai 88,47. "
        "Bupati memuji kepala unit layanan yang kinerjanya terbaik dan meminta agar unit lain dibina."
    )
    assert recs(text)[("Kabupaten Dompu", 2018)].rank is None


# -- national ranks: the field named later in the sentence or framing it -------------------------


@pytest.mark.parametrize(
    "sentence,name,rank",
    [
        ("Provinsi Bali menduduki peringkat kedelapan dengan nilai 83,92 dari 34 provinsi.", "Provinsi Bali", 8),
        ("Provinsi Riau berada di urutan kelima dengan skor 88,10 dari 38 provinsi yang dinilai.", "Provinsi Riau", 5),
        (
            "Untuk kategori pemerintah kota di Indonesia, Kota Denpasar menduduki posisi sembilan dengan skor 88,39.",
            "Kota Denpasar",
            9,
        ),
        (
            "Kabupaten Badung menduduki rangking pertama nasional dengan nilai 94,16, melampaui Kabupaten Pinrang "
            "yang berada di posisi kedua dengan nilai 92,48.",
            "Kabupaten Pinrang",
            2,
        ),
    ],
    ids=[
        "provinsi-bali-menduduki-peringkat-kedelapan",
        "provinsi-riau-berada-di-urutan",
        "untuk-kategori-pemerintah-kota-di",
        "kabupaten-badung-menduduki-rangking-pertama",
    ],
)
def test_rank_takes_the_national_field_of_its_sentence(sentence, name, rank):
    text = "Ombudsman RI mengumumkan hasil survei kepatuhan standar pelayanan publik tahun 2016. " + sentence
    rec = recs(text)[(name, 2016)]
    assert (rec.rank, rec.rank_scope) == (rank, "nasional")


def test_a_second_scoped_rank_of_the_same_holder_keeps_the_first_unscoped():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Di posisi ketiga adalah Kabupaten "
        "Fakfak yang menempati posisi 297 secara nasional dari 416 kabupaten dengan nilai 86,12."
    )
    rec = recs(text)[("Kabupaten Fakfak", 2024)]
    assert (rec.rank, rec.rank_scope) == (297, "nasional")


def test_a_provincial_frame_is_not_national():
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2023 di Indonesia. Kota Kupang berada di "
        "peringkat kedua se-NTT dengan nilai 90,10."
    )
    rec = recs(text)[("Kota Kupang", 2023)]
    assert (rec.rank, rec.rank_scope) == (2, "provinsi")


# -- two ranks for one entity-year: the national one is kept -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD_SULUT} Di tingkat pemerintah kota, Kota Bitung mempertahankan posisi teratas di Sulawesi Utara "
        "dengan nilai 96,10 dan zona hijau. Secara nasional, kota ini naik ke peringkat 11 dari 98 kota, "
        "dibandingkan tahun 2023 yang masih berada di posisi 34.",
        f"{LEAD_SULUT} Kota Bitung kembali menjadi yang terbaik di Sulawesi Utara dengan nilai 96,10. Secara "
        "nasional, kota tersebut berada di peringkat 11 dari 98 kota pada penilaian tahun 2024.",
    ],
    ids=["teratas-then-nasional", "terbaik-then-nasional"],
)
def test_the_national_rank_beats_the_provincial_one(text):
    got = recs(text)
    assert got[("Kota Bitung", 2024)].rank == 11, got
    assert got[("Kota Bitung", 2024)].rank_scope == "nasional"


# -- the highest score among a government's own units, the units named before it ----------------

BANTUL_2023 = "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkab Bantul."


@pytest.mark.parametrize(
    "sentence, unit, score",
    [
        (
            "Adapun pada penilaian OPD dan UPT tahun ini, nilai tertinggi diraih Dinas Perhubungan dengan nilai 93,65.",
            "Dinas Perhubungan",
            93.65,
        ),
        (
            "Dari tujuh unit layanan yang dinilai, skor tertinggi diperoleh Puskesmas Sewon dengan 93,10.",
            "Puskesmas Sewon",
            93.1,
        ),
    ],
    ids=["opd-dan-upt", "tujuh-unit"],
)
def test_the_best_of_the_units_compared_is_first_without_scope(sentence, unit, score):
    r = recs(f"{BANTUL_2023} {sentence}")[(unit, 2023)]
    assert (r.score, r.rank, r.rank_scope) == (score, 1, None), r


def test_a_unit_s_own_name_before_is_no_field_compared():
    got = recs(
        f"{BANTUL_2023} Menurut Kepala Dinas Kominfo, nilai tertinggi diraih Kabupaten Sleman dengan nilai 95,57."
    )
    assert got[("Kabupaten Sleman", 2023)].rank is None, got


# -- "nilai tertinggi dari N ...": first among the N counted -------------------------------------------------

BANJAR = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2024 di Kalimantan Selatan. "


@pytest.mark.parametrize(
    "said, entity, scope",
    [
        (
            "Kantah Banjar membukukan nilai tertinggi dari 13 Kantah kabupaten/kota di lingkup Kanwil BPN "
            "Kalsel, yakni 97,84 dengan zona hijau.",
            "Kantah Banjar",
            "provinsi",
        ),
        (
            "Kabupaten Banjar meraih skor tertinggi dari 416 kabupaten dengan nilai 99,10.",
            "Kabupaten Banjar",
            "nasional",
        ),
        (
            "Dinas Kesehatan Kabupaten Banjar meraih nilai tertinggi dari 7 unit layanan yang dinilai, yakni 95,10.",
            "Dinas Kesehatan",
            None,
        ),
    ],
    ids=["kantah-of-13", "of-416", "unit-of-7"],
)
def test_best_of_n_is_first(said, entity, scope):
    r = recs(BANJAR + said)[(entity, 2024)]
    assert (r.rank, r.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Banjar meraih nilai 88,10, nilai tertinggi dari tahun-tahun sebelumnya.",
        "Kabupaten Banjar meraih nilai 88,10, naik dari nilai tertinggi dari 2019 yang hanya 80.",
        "Kabupaten Banjar meraih nilai 88,10 dan mencatat nilai tertinggi dari 4 dimensi penilaian pada dimensi proses.",
    ],
    ids=["tahun-tahun-sebelumnya", "dari-2019", "dimensi"],
)
def test_best_compared_with_its_past_is_no_rank(said):
    assert recs(BANJAR + said)[("Kabupaten Banjar", 2024)].rank is None


# -- "sebagai pemimpin kualitas layanan ... se-X": first among the province's governments --------------------

JAMBI_2024 = "Ombudsman RI menilai kepatuhan pelayanan publik tahun 2024 di Jambi. "


@pytest.mark.parametrize(
    "said",
    [
        "Ombudsman menilai Kota Jambi sebagai pemimpin kualitas layanan di wilayah pemerintah daerah se-Jambi.",
        "Capaian itu menempatkan Kota Jambi sebagai pemimpin pelayanan publik di Provinsi Jambi dengan nilai 92,10.",
    ],
    ids=["pemimpin-kualitas", "pemimpin-pelayanan"],
)
def test_leader_of_the_field_is_first(said):
    assert recs(JAMBI_2024 + said)[("Kota Jambi", 2024)].rank == 1


@pytest.mark.parametrize(
    "said",
    [
        "Kota Jambi meraih nilai 92,10. Wali kota sebagai pemimpin daerah di Jambi berterima kasih.",
        "Kota Jambi meraih nilai 92,10. Ia hadir sebagai pemimpin rombongan di Jakarta.",
    ],
    ids=["pemimpin-daerah", "pemimpin-rombongan"],
)
def test_leader_of_a_region_is_no_rank(said):
    assert recs(JAMBI_2024 + said)[("Kota Jambi", 2024)].rank is None


# -- "meraih nilai tertinggi (kategori kepatuhan pelayanan publik) di <province>": first in the province -----

TOP = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Kota (Pemkot) Sorong meraih nilai tertinggi kategori kepatuhan pelayanan publik di Papua Barat "
        "Daya. Ombudsman memberikan nilai 90,12.",
        "Pemkot Sorong meraih nilai tertinggi di Papua Barat Daya dengan nilai 90,12.",
        "Pemkot Sorong memperoleh skor tertinggi kepatuhan standar pelayanan publik se-Papua Barat Daya, yakni 90,12.",
    ],
    ids=["kategori-di-province", "di-province", "se-province"],
)
def test_highest_in_a_province_is_first_there(sentence):
    r = recs(TOP + sentence)[("Kota Sorong", 2023)]
    assert (r.rank, r.rank_scope, r.score) == (1, "provinsi", 90.12)


@pytest.mark.parametrize(
    "sentence",
    [
        # the highest among its own units is no rank among governments
        "Pemkot Sorong mencatat nilai 90,12; Dinas Kesehatan meraih nilai tertinggi di antara unitnya.",
        # a national first stays national
        "Pemkot Sorong meraih nilai tertinggi di Indonesia dengan nilai 90,12.",
    ],
    ids=["own-units", "national"],
)
def test_highest_look_alikes(sentence):
    r = recs(TOP + sentence)[("Kota Sorong", 2023)]
    assert r.rank_scope != "provinsi"


# -- first places: "paling tinggi dari N provinsi", "nilai kepatuhan tertinggi pemerintah kota diraih oleh" ----

AWARD_2018 = "Ombudsman RI menyerahkan predikat kepatuhan tahun 2018. "


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Provinsi Jambi tampil sebagai pemerintah provinsi paling tinggi dari 34 provinsi di seluruh Indonesia, dengan nilai 96,10.",
            "nasional",
        ),
        (
            "Kabupaten Sleman menjadi daerah dengan nilai paling tinggi dari 5 kabupaten di DIY, yakni 95,40.",
            "provinsi",
        ),
    ],
    ids=["of-34-provinces", "of-5-regencies"],
)
def test_the_highest_of_those_counted_is_first(sentence, scope):
    got = recs(AWARD_2018 + sentence)
    r = next(iter(got.values()))
    assert (r.rank, r.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Untuk nilai kepatuhan tertinggi pemerintah kota diraih Kota Bitung dengan nilai 97,32.", "Kota Bitung"),
        ("Nilai kepatuhan tertinggi kategori kabupaten diraih Kabupaten Badung dengan 98,01.", "Kabupaten Badung"),
    ],
    ids=["pemerintah-kota", "kategori-kabupaten"],
)
def test_the_highest_compliance_score_of_a_field_held_by_a_place_is_first(sentence, name):
    assert recs(AWARD_2018 + sentence)[(name, 2018)].rank == 1


def test_a_unit_with_the_highest_score_of_its_own_government_is_no_first_place():
    got = recs(AWARD_2018 + "Di Kabupaten Badung, nilai tertinggi diraih Dinas Kesehatan dengan 84,10.")
    assert all(r.rank is None for r in got.values())


def test_the_highest_in_a_year_is_no_first_place():
    got = recs(
        AWARD_2018 + "Kabupaten Badung meraih nilai 90,10, di antaranya Dinas Sosial yang bisa menjadi yang paling "
        "tinggi di tahun ini dengan nilai 91,20."
    )
    assert all(r.rank is None for r in got.values())


# -- the best score with its field written out --------------------------------

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Kabupaten Wonogiri mengantongi skor indeks kepatuhan pelayanan publik tertinggi se-Indonesia untuk penilaian 2022.",
            "nasional",
        ),
        ("Kabupaten Wonogiri meraih nilai kepatuhan standar pelayanan publik tertinggi se-Jawa Tengah.", "provinsi"),
        ("Kabupaten Wonogiri mencatat skor kepatuhan pelayanan publik terbaik se-Indonesia, yakni 97,40.", "nasional"),
    ],
    ids=["se-indonesia", "se-jawa-tengah", "terbaik-se-indonesia"],
)
def test_the_best_score_with_its_field_is_first_place(sentence, scope):
    r = recs(LEAD + sentence)[("Kabupaten Wonogiri", 2022)]
    assert (r.rank, r.rank_scope) == (1, scope)


def test_a_unit_with_the_best_score_of_its_own_government_is_no_rank():
    got = recs(
        LEAD + "Di Kabupaten Wonogiri, Dinas Sosial mencatat skor kepatuhan pelayanan publik tertinggi dengan 84,92."
    )
    assert all(r.rank is None for r in got.values())


# -- the highest score after a place ranked among governments counted nationally ---------------------------


@pytest.mark.parametrize(
    "ranked",
    [
        "Kabupaten Bangka memperoleh skor 90,12 dan berada di urutan 20 dari 40 kabupaten di Indonesia.",
        "Kabupaten Bangka meraih nilai 90,12, peringkat ke-20 dari 40 kabupaten se-Indonesia.",
    ],
    ids=["urutan-dari", "peringkat-ke"],
)
def test_the_highest_after_a_national_ranking_is_first(ranked):
    got = recs(AWARD_2018 + ranked + " Sementara untuk skor tertinggi diraih Kabupaten Sleman 99,10.")
    assert (got[("Kabupaten Sleman", 2018)].rank, got[("Kabupaten Sleman", 2018)].rank_scope) == (1, "nasional")


def test_the_highest_with_no_ranking_before_is_no_rank():
    got = recs(
        AWARD_2018 + "Kabupaten Bangka memperoleh skor 90,12. Sementara nilai tertinggi diraih Kabupaten Sleman 99,10."
    )
    assert got[("Kabupaten Sleman", 2018)].rank is None


# -- "highest" in apposition to a score ("nilai 90,10, tertinggi se-Kalteng") or "tertinggi untuk lingkup P":
# -- first among the province's ones (national when the place is Indonesia); other superlatives stay no rank --

KALTENG_2022 = "Ombudsman RI Perwakilan Kalimantan Tengah menyerahkan hasil penilaian kepatuhan tahun 2022. "


@pytest.mark.parametrize(
    "said, scope",
    [
        ("Kabupaten Kapuas meraih nilai 90,10, tertinggi se-Kalimantan Tengah.", "provinsi"),
        ("Kabupaten Kapuas mendapat skor 90,10, yang merupakan nilai tertinggi di Provinsi Kalteng.", "provinsi"),
        ("Kabupaten Kapuas meraih nilai 90,10, terbaik untuk lingkup Kalimantan Tengah.", "provinsi"),
        ("Melihat nilainya, Kabupaten Kapuas (90,10) tertinggi di lingkup Kalteng.", "provinsi"),
        ("Kabupaten Kapuas meraih nilai 90,10, tertinggi se-Indonesia.", "nasional"),
    ],
    ids=["se-province", "yang-merupakan", "untuk-lingkup", "subject-lingkup", "se-indonesia"],
)
def test_highest_in_apposition_to_a_score(said, scope):
    got = recs(KALTENG_2022 + said)
    assert fields_of(got, "Kabupaten Kapuas", 2022, "score", "rank", "rank_scope") == {
        "score": 90.1,
        "rank": 1,
        "rank_scope": scope,
    }


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Kapuas meraih nilai 90,10, tertinggi sejak 2015.",
        "Kabupaten Kapuas meraih nilai 90,10, terbaik dalam tiga tahun terakhir.",
        "Dinas Kesehatan Kabupaten Kapuas meraih nilai 90,10, tertinggi di lingkup Pemkab Kapuas.",
    ],
    ids=["sejak", "dalam-tahun", "own-units"],
)
def test_highest_without_a_province_gives_no_rank(said):
    got = recs(KALTENG_2022 + said)
    assert all(r.rank is None for r in got.values())


# -- the highest score with its field ("se-Jawa Barat" after it, "di tingkat provinsi" earlier in the
# -- sentence) is first there, "disusul" the next place; the highest of a government's own units is rank 1, no scope --


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ombudsman RI Perwakilan Jawa Barat menyerahkan hasil Penilaian Kepatuhan tahun 2023. Nilai tertinggi "
            "se-Jawa Barat diraih Kabupaten Kuningan (93,54), disusul Kota Cimahi (92,10).",
            {
                ("Kabupaten Kuningan", 2023): {"rank": 1, "rank_scope": "provinsi"},
                ("Kota Cimahi", 2023): {"rank": 2, "score": 92.1},
            },
        ),
        (
            "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan 2021. Di tingkat provinsi, Papua masih di zona merah, "
            "sedangkan Jawa Timur meraih nilai tertinggi dengan 96,10.",
            {
                ("Provinsi Jawa Timur", 2021): {"rank": 1, "rank_scope": "nasional", "score": 96.1},
                ("Provinsi Papua", 2021): {"rank": None},
            },
        ),
    ],
    ids=["field-after-and-disusul", "field-earlier-in-the-sentence"],
)
def test_the_highest_score_of_a_named_field_is_first(text, expected):
    assert_record_fields(text, expected)


@pytest.mark.parametrize(
    "told",
    [
        "Dinas Kesehatan mencatat nilai tertinggi dengan skor 88,92, disusul Dinas Pendidikan dengan nilai 86,53.",
        "Di antara unit layanannya, Dinas Kesehatan meraih nilai tertinggi dengan 88,92, diikuti Dinas Pendidikan "
        "dengan skor 86,53.",
        "Nilai tertinggi diraih oleh Dinas Kesehatan (88,92), disusul Dinas Pendidikan (86,53).",
        "Adapun skor tertinggi dicapai Dinas Kesehatan dengan 88,92, lalu disusul Dinas Pendidikan sebesar 86,53.",
    ],
    ids=["mencatat-disusul", "meraih-diikuti", "passive-diraih", "passive-dicapai"],
)
def test_highest_among_a_governments_own_units_is_first_with_no_scope(told):
    # DECISIONS.md (Ranks): highest among one government's own units is rank 1, scope null; the
    # succession goes on from it (dev gold: a regency's departments, "nilai tertinggi diraih oleh ...")
    got = recs(
        "Ombudsman RI Perwakilan Maluku Utara menyerahkan hasil Penilaian Kepatuhan tahun 2024 se-Maluku Utara. "
        "Pemkot Ternate meraih nilai 85,10. " + told
    )
    first, second = got[("Dinas Kesehatan", 2024)], got[("Dinas Pendidikan", 2024)]
    assert (first.score, first.rank, first.rank_scope) == (88.92, 1, None)
    assert (second.score, second.rank, second.rank_scope) == (86.53, 2, None)
    assert got[("Kota Ternate", 2024)].rank is None


def test_a_unit_named_after_the_highest_without_a_succession_word_gets_no_place():
    # look-alike: with no "disusul"/"diikuti", the unit named next is no second place
    got = recs(
        "Pemkot Ternate meraih nilai 85,10 pada Penilaian Kepatuhan Ombudsman RI tahun 2024. Nilai tertinggi "
        "diraih oleh Dinas Kesehatan dengan 88,92. Dinas Pendidikan mendapat nilai 86,53."
    )
    assert got[("Dinas Kesehatan", 2024)].rank_scope is None
    assert got[("Dinas Pendidikan", 2024)].rank is None
    assert got[("Kota Ternate", 2024)].rank is None


# -- Ranks told by a place word: "peringkat tertinggi se-X" (first among a province's governments) and the one above
# a second place named after the top score ("peringkat 2 kabupaten/kota di bawah perolehan nilai tertinggi yakni
# Pemkab X": X is first).


@pytest.mark.parametrize(
    "said",
    [
        "yang menempatkan Kabupaten Boalemo pada peringkat tertinggi se-Gorontalo dalam penilaian itu.",
        "yang menempatkan Kabupaten Boalemo di posisi terbaik di Provinsi Gorontalo.",
        "dan Kabupaten Boalemo berada di urutan tertinggi se Gorontalo.",
    ],
    ids=["peringkat-se", "posisi-di-provinsi", "urutan-se-space"],
)
def test_a_place_words_top_in_a_province_is_first_there(said):
    got = recs("Hal itu berdasar hasil penilaian kepatuhan Ombudsman RI pada 2018 " + said)
    rec = got[("Kabupaten Boalemo", 2018)]
    assert (rec.rank, rec.rank_scope) == (1, "provinsi")


def test_a_place_words_top_without_a_place_after_it_is_no_rank():
    got = recs(
        "Ombudsman RI menilai kepatuhan tahun 2018. Kabupaten Boalemo masuk zona hijau, posisi tertinggi dalam "
        "penilaian itu."
    )
    assert got[("Kabupaten Boalemo", 2018)].rank is None


@pytest.mark.parametrize(
    "behind",
    [
        "berada pada peringkat 2 kabupaten / kota di bawah perolehan nilai tertinggi yakni pemkab Karo.",
        "menempati peringkat kedua kabupaten/kota dibawah nilai tertinggi yaitu Kabupaten Karo.",
        "berada pada peringkat 2 kabupaten/kota di bawah Pemkab Karo.",
    ],
    ids=["perolehan-yakni-lower", "nilai-yaitu", "field-then-name"],
)
def test_the_top_scores_holder_above_a_second_place_is_first(behind):
    got = recs(
        "Ombudsman RI Perwakilan Sumut menyerahkan hasil penilaian kepatuhan 2022. Dari 33 kabupaten/kota, "
        "Pemkab Dairi " + behind
    )
    assert got[("Kabupaten Dairi", 2022)].rank == 2
    assert got[("Kabupaten Karo", 2022)].rank == 1

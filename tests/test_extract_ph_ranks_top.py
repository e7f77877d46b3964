"""Ranks at the ends: first place told as the highest in a field, among a province's offices or as a
clause's subject, category winners, the lowest of a count stated elsewhere, national beside regional ranks.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import BKL, ranks_of, recs


_INTRO_2019 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019. "


def _records(text: str) -> dict[str, tuple]:
    res = extract_article(_INTRO_2019 + text, published="2019-12-10")
    return {r.entity: (r.rank, r.zone, r.score) for r in res.records}


# -- "posisi tertinggi dari 17 kabupaten/kota se-Sultra": a place word with the count compared is first -------

HEAD_2024 = "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2024. "


@pytest.mark.parametrize(
    "sentence, rank, scope",
    [
        ("Kabupaten Bombana menempati posisi tertinggi dari 17 kabupaten/kota di Sulawesi Tenggara.", 1, "provinsi"),
        ("Kabupaten Bombana meraih peringkat terbaik dari 17 kabupaten/kota se-Sultra.", 1, "provinsi"),
        ("Kabupaten Bombana berada di urutan tertinggi dari 416 kabupaten yang dinilai.", 1, "nasional"),
        ("Kabupaten Bombana menempati posisi tertinggi di antara OPD yang dinilai.", None, None),  # no count: no rank
        # own units
        ("Dinas Kesehatan Kabupaten Bombana mencatat nilai tertinggi dari 7 OPD yang dinilai.", None, None),
    ],
    ids=["posisi-of-17", "peringkat-se-sultra", "urutan-nasional", "no-count", "own-units"],
)
def test_the_top_place_among_those_counted_is_first(sentence, rank, scope):
    rec = recs(HEAD_2024 + "Kabupaten Bombana meraih nilai 93,10. " + sentence)[("Kabupaten Bombana", 2024)]
    assert rec.rank == rank
    assert scope is None or rec.rank_scope == scope


# -- a bare "nilai tertinggi" followed by the next places is first place --------------------------------

JAMBI = "Ombudsman merilis hasil penilaian kepatuhan pemerintah daerah se-Provinsi Jambi tahun 2023. "
TUAL = (
    "Pemerintah Kota Tual meraih zona hijau dalam penilaian kepatuhan Ombudsman tahun 2023 dengan nilai 80,10. "
    "Penilaian difokuskan pada Dinas Perhubungan dan Dinas Pendidikan. "
)
KERINCI_FIRST = {"Kabupaten Kerinci": 1, "Kabupaten Bungo": 2}


@pytest.mark.parametrize(
    "text, ranks, first_scope",
    [
        (
            JAMBI + "Alhasil, Pemkab Kerinci mencatat nilai tertinggi dengan skor 93,12. Diikuti Pemkab Bungo dengan "
            "skor 94,08 dan Pemkab Tebo urutan ketiga dengan skor 92,00.",
            KERINCI_FIRST,
            "provinsi",
        ),
        (
            JAMBI + "Pemkab Kerinci meraih nilai tertinggi dengan skor 93,12, disusul Pemkab Bungo dengan skor 94,08.",
            KERINCI_FIRST,
            "provinsi",
        ),
        (
            JAMBI + "Pemkab Kerinci mendapat nilai tertinggi, yakni 93,12. Pemkab Bungo berada di urutan kedua "
            "dengan 94,08.",
            KERINCI_FIRST,
            "provinsi",
        ),
        # the highest alone is no rank
        (
            JAMBI + "Pemkab Kerinci memperoleh nilai tertinggi dengan skor 93,12. Pemkab Bungo meraih skor 94,08.",
            {"Kabupaten Kerinci": None},
            None,
        ),
        # units of one government told on: ranked among themselves (DECISIONS.md: rank 1, scope null)
        (
            TUAL + "Dinas Perhubungan mencatat nilai tertinggi dengan skor 88,10, disusul Dinas Pendidikan dengan "
            "nilai 85,36.",
            {"Dinas Perhubungan": 1, "Dinas Pendidikan": 2, "Kota Tual": None},
            None,
        ),
    ],
    ids=["diikuti", "disusul", "urutan-kedua", "highest-alone", "units-of-one-government"],
)
def test_a_bare_highest_score_told_on_is_first_place(text, ranks, first_scope):
    got = recs(text)
    assert {e: got[(e, 2023)].rank for e in ranks} == ranks
    assert first_scope is None or got[("Kabupaten Kerinci", 2023)].rank_scope == first_scope


# -- "sebagai instansi yang skornya tertinggi di tingkat provinsi": first place --------------------------

HANDED_2025 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2025. Pemprov Jambi meraih skor 88,49. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasil penilaian menempatkan Pemprov Jambi sebagai instansi yang skornya tertinggi di tingkat provinsi.",
        "Pemprov Jambi menjadi instansi dengan nilai tertinggi se-Jambi.",
        "Pemprov Jambi tercatat sebagai instansi pemerintah dengan skor tertinggi di Jambi.",
    ],
)
def test_the_agency_with_the_highest_score_in_a_field_is_first(sentence):
    assert recs(HANDED_2025 + sentence)[("Provinsi Jambi", 2025)].rank == 1


def test_the_agency_with_the_highest_score_in_no_field_has_no_rank():
    # no field or place after the superlative: its own best, not a first place
    assert (
        recs(HANDED_2025 + "Pemprov Jambi menjadi instansi dengan skor tertinggi.")[("Provinsi Jambi", 2025)].rank
        is None
    )


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


# -- two ranks for one result: the national one, also misspelt ("perinkat"), beside a regional one -------

RIAU = "Pemprov Riau menerima penganugerahan predikat kepatuhan Ombudsman tahun 2022. Provinsi Riau mendapatkan "


@pytest.mark.parametrize(
    "ranks",
    [
        "perinkat ke-6 dengan nilai 90,03 pada anugerah predikat kepatuhan tahun 2022 di antara pemerintah "
        "provinsi se-Indonesia, serta peringkat ke 3 di wilayah se-Sumatera.",
        "peringkat 6 secara nasional dan peringkat 3 se-Sumatera dengan nilai 90,03.",
        "peringkat 3 se-Sumatera dan peringkat 6 secara nasional dengan nilai 90,03.",
        "pringkat 6 se-Indonesia dengan nilai 90,03.",
    ],
)
def test_the_national_rank_is_kept_beside_a_regional_one(ranks):
    r = recs(RIAU + ranks)[("Provinsi Riau", 2022)]
    assert (r.rank, r.rank_scope) == (6, "nasional")


def test_a_regional_rank_alone_is_not_national():
    r = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Kampar meraih peringkat 3 "
        "se-Provinsi Riau dan nilai 80,10."
    )[("Kabupaten Kampar", 2022)]
    assert r.rank_scope != "nasional"


# -- later categories of one winners' sentence drop "kepatuhan tertinggi" ------------------------------
# ("Predikat kepatuhan tertinggi kategori kota diraih oleh X, selanjutnya untuk kategori lembaga negara
# diraih oleh Y": every named category winner is first nationally)

CEREMONY = "Ombudsman RI menggelar Penganugerahan Predikat Kepatuhan Standar Pelayanan Publik tahun 2018 di Jakarta. "


@pytest.mark.parametrize(
    "winners",
    [
        "Predikat Kepatuhan Tertinggi untuk kategori kota diraih oleh Pemerintah Kota Madiun. Selanjutnya untuk kategori "
        "lembaga negara diraih oleh Badan Pusat Statistik, dan kategori kementerian diraih oleh Kementerian Agama.",
        "Kepatuhan tertinggi kategori kota diterima Pemerintah Kota Madiun, lalu kategori lembaga diterima Badan "
        "Pusat Statistik serta kategori kementerian diterima Kementerian Agama.",
        "Untuk predikat kepatuhan tertinggi kategori kota disabet Pemerintah Kota Madiun; kategori lembaga negara "
        "disabet oleh Badan Pusat Statistik; kategori kementerian disabet Kementerian Agama.",
    ],
)
def test_later_categories_of_a_winners_sentence_rank_first(winners):
    got = recs(CEREMONY + winners)
    assert got[("Kota Madiun", 2018)].rank == 1
    assert got[("Badan Pusat Statistik", 2018)].rank == 1
    assert got[("Kementerian Agama", 2018)].rank == 1


@pytest.mark.parametrize(
    "text",
    [
        # no winner named before: a category's members, not its winner
        "Untuk kategori kementerian diraih oleh Kementerian Agama dengan predikat kepatuhan tinggi.",
        # a later paragraph is not the same list of winners
        "Predikat Kepatuhan Tertinggi untuk kategori kota diraih oleh Pemerintah Kota Madiun.\n"
        "Untuk kategori kementerian diraih oleh Kementerian Agama dengan nilai 80,15.",
        # a category shared by two ranks no one
        "Predikat Kepatuhan Tertinggi untuk kategori kota diraih oleh Pemerintah Kota Madiun, sedangkan kategori "
        "kementerian diraih oleh Kementerian Agama dan Kementerian Kesehatan dengan nilai 80,15.",
    ],
)
def test_a_category_without_a_named_top_in_its_paragraph_gives_no_rank(text):
    got = recs(CEREMONY + text)
    assert all(r.rank is None for (e, _y), r in got.items() if e.startswith("Kementerian"))


# -- the highest one as a clause's subject is first ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "Kabupaten Bantul dan Kabupaten Sleman masuk zona hijau. Sedangkan yang tertinggi adalah "
            "Kabupaten Sleman dengan nilai 95,1.",
            "Kabupaten Sleman",
        ),
        (
            "Kabupaten Bantul dan Kabupaten Sleman masuk zona hijau. Untuk yang paling tingginya Kabupaten "
            "Bantul, kami beri piagam khusus.",
            "Kabupaten Bantul",
        ),
        (
            "Kota Blitar dan Kota Kediri meraih zona hijau, dan yang terbaik yakni Kota Kediri dengan nilai 92,4.",
            "Kota Kediri",
        ),
        (
            "Kabupaten Gowa dan Kabupaten Maros berada di zona hijau. Adapun yang paling baik ialah Kabupaten Maros.",
            "Kabupaten Maros",
        ),
    ],
)
def test_the_highest_one_as_subject_is_first(text: str, best: str) -> None:
    recs = _records(text)
    assert recs[best][0] == 1
    assert all(rank is None for name, (rank, _, _) in recs.items() if name != best)


@pytest.mark.parametrize(
    "text",
    [
        # the highest since a year, or within a place: other rules' business, no first place here
        "Kabupaten Bantul masuk zona hijau. Nilai itu yang tertinggi sejak 2015 bagi Kabupaten Bantul.",
        "Kabupaten Sleman meraih nilai 90,2 dan itu yang tertinggi dalam sejarah daerah itu.",
        # a high level, not the highest one
        "Kabupaten Gowa berada di zona hijau dengan tingkat kepatuhan yang tinggi.",
        # a lower-case name after it is not read as one: no place given to the one named before
        "Kabupaten Gowa dan Kabupaten Maros berada di zona hijau. Untuk yang tertinggi kabupaten maros, "
        "kami beri piagam.",
    ],
)
def test_look_alikes_give_no_first_place(text: str) -> None:
    assert all(rank is None for rank, _, _ in _records(text).values())


# -- the lowest one is last of a count stated elsewhere --------------------------------------------


@pytest.mark.parametrize(
    ("text", "last", "n"),
    [
        (
            "Ombudsman RI melakukan survei kepatuhan tahun 2019 terhadap 6 Polres di NTT. Tiga Polres masuk zona "
            "merah, yaitu Polres Alor dengan nilai 52,1, Polres Kupang 50,2, dan yang paling rendah adalah Polres "
            "Ende dengan nilai 44,8.",
            "Polres Ende",
            6,
        ),
        (
            "Survei kepatuhan Ombudsman tahun 2019 dilakukan terhadap sembilan kabupaten di Sulawesi Tenggara. "
            "Kabupaten Muna memperoleh nilai 61,2, sedangkan yang terendah yakni Kabupaten Buton dengan nilai 40,5.",
            "Kabupaten Buton",
            9,
        ),
    ],
)
def test_the_lowest_one_is_last_of_the_count_stated_elsewhere(text: str, last: str, n: int) -> None:
    ranks = ranks_of(text)
    assert ranks[last] == n
    assert all(rank is None for name, rank in ranks.items() if name != last)


@pytest.mark.parametrize(
    "text",
    [
        # no count of those assessed anywhere: no place
        "Hasil survei kepatuhan Ombudsman tahun 2019: Polres Alor 52,1, Polres Kupang 50,2, dan yang paling rendah "
        "adalah Polres Ende dengan nilai 44,8.",
        # two different counts: which field is unknown
        "Ombudsman menilai 6 Polres pada 2019 dan menilai 10 kabupaten. Survei terhadap 6 Polres dan dari 10 "
        "kabupaten itu, yang paling rendah adalah Polres Ende dengan nilai 44,8.",
        # a low level, not the lowest one
        "Survei kepatuhan tahun 2019 dilakukan terhadap 6 Polres. Polres Ende masuk zona merah yang rendah.",
    ],
)
def test_no_last_place_without_one_count(text: str) -> None:
    assert all(rank is None for rank in ranks_of(text).values())


# -- the highest score among governments counted as surveyed just before --------------------------------------

KEPRI_2019 = "Ombudsman RI merilis hasil survei kepatuhan standar pelayanan publik tahun 2019. "


@pytest.mark.parametrize(
    "sentences",
    [
        "Lima kabupaten di Provinsi Kepri disurvei pada tahun 2019. Kabupaten Natuna mendapatkan nilai "
        "66,90, sementara Kabupaten Karimun memperoleh nilai tertinggi.",
        "Sebanyak 5 kabupaten di Provinsi Kepri dinilai Ombudsman. Kabupaten Karimun meraih nilai tertinggi.",
    ],
)
def test_the_highest_among_governments_counted_as_surveyed(sentences):
    got = recs(KEPRI_2019 + sentences)
    assert got[("Kabupaten Karimun", 2019)].rank == 1
    assert got[("Kabupaten Karimun", 2019)].rank_scope == "provinsi"


def test_the_highest_with_no_count_surveyed_is_no_rank():
    got = recs(KEPRI_2019 + "Kabupaten Natuna meraih nilai 66,90. Kabupaten Karimun memperoleh nilai tertinggi.")
    assert ("Kabupaten Karimun", 2019) not in got or got[("Kabupaten Karimun", 2019)].rank is None


# -- "peringkat nasional 17", "peringatan Nasional 317:415": the scope between head and place, "N:M" -----------


@pytest.mark.parametrize(
    ("told", "rank"),
    [
        ("Kabupaten Mukomuko meraih nilai 60,35 kategori C dengan peringkat nasional 317.", 317),
        ("Kabupaten Mukomuko meraih nilai 60,35 kategori C, peringkat Nasional 317:415.", 317),
        (
            "Kabupaten Mukomuko meraih nilai 60,35 kategori C serta opini kualitas sedang peringatan Nasional 317:415.",
            317,
        ),
        ("Kabupaten Mukomuko meraih nilai 60,35 kategori C dan berada di peringkat tingkat nasional ke-317.", 317),
    ],
)
def test_a_rank_with_its_scope_before_the_place(told, rank):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. " + told)
    rec = got[("Kabupaten Mukomuko", 2022)]
    assert (rec.rank, rec.rank_scope, rec.score) == (rank, "nasional", 60.35)


def test_a_commemoration_is_no_rank():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Mukomuko meraih nilai 60,35 "
        "kategori C, diumumkan pada peringatan HUT ke-17 kabupaten itu."
    )
    assert got[("Kabupaten Mukomuko", 2022)].rank is None


# -- "tiga peringkat tertinggi ... ditempati oleh A, B dan C": a counted national top list, in order ----------

TOP_2023 = "Ombudsman RI menyampaikan hasil penilaian kepatuhan pelayanan publik tahun 2023. "


@pytest.mark.parametrize(
    "told",
    [
        "Adapun tiga peringkat tertinggi untuk kategori Kementerian ditempati oleh Kementerian Luar Negeri (Kemlu), "
        "Kementerian Agama dan Kementerian Keuangan.",
        "Tiga posisi terbaik untuk lingkup kementerian diraih oleh Kementerian Luar Negeri, Kementerian Agama, "
        "serta Kementerian Keuangan.",
        "3 peringkat tertinggi kategori kementerian diduduki Kementerian Luar Negeri, Kementerian Agama dan "
        "Kementerian Keuangan.",
    ],
)
def test_a_counted_national_top_list_gives_places_in_order(told):
    got = recs(TOP_2023 + told)
    assert {k[0]: (r.rank, r.rank_scope) for k, r in got.items()} == {
        "Kementerian Luar Negeri": (1, "nasional"),
        "Kementerian Agama": (2, "nasional"),
        "Kementerian Keuangan": (3, "nasional"),
    }


def test_a_top_list_cut_off_after_its_first_member_gives_it_the_top_place():
    got = recs(
        TOP_2023
        + "Adapun tiga peringkat tertinggi untuk kategori Kementerian ditempati oleh Kementerian Luar Negeri (Kemlu"
    )
    assert (got[("Kementerian Luar Negeri", 2023)].rank, got[("Kementerian Luar Negeri", 2023)].rank_scope) == (
        1,
        "nasional",
    )


def test_a_top_list_longer_than_its_count_gives_no_places():
    got = recs(
        TOP_2023 + "Tiga posisi terbaik diraih oleh Kabupaten Lebong (95,10), Kabupaten Kaur (94,20), Kabupaten Seluma "
        "(93,30) dan Kota Bengkulu (92,40)."
    )
    assert len(got) == 4
    assert {got[(n, 2023)].rank for n in ("Kabupaten Kaur", "Kabupaten Seluma", "Kota Bengkulu")} == {None}


# -- A counted top list opened by "yaitu"/"yakni"/"adalah" ("tiga peringkat teratas dalam kategori itu, yaitu A
# dengan nilai ..., B ... dan C ...") gives its members the places 1 to N in order, like "ditempati oleh"; a list
# longer than its count gives none.


@pytest.mark.parametrize(
    "opening",
    [
        "Ombudsman menetapkan tiga peringkat teratas dalam kategori kabupaten, yaitu",
        "Tiga peringkat tertinggi untuk kategori kabupaten yakni",
        "3 posisi terbaik kategori kabupaten adalah",
    ],
    ids=["teratas-yaitu", "tertinggi-yakni", "terbaik-adalah"],
)
def test_counted_top_list_opened_by_yaitu(opening):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. "
        f"{opening} Kabupaten Kendal dengan nilai 99,40, Kabupaten Batang dengan nilai 99,12, dan Kabupaten "
        "Demak dengan nilai 98,90."
    )
    r = recs(text)
    got = {e: r[(e, 2024)].rank for e in ("Kabupaten Kendal", "Kabupaten Batang", "Kabupaten Demak")}
    assert got == {"Kabupaten Kendal": 1, "Kabupaten Batang": 2, "Kabupaten Demak": 3}


def test_list_longer_than_its_count_gives_no_places():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Dua peringkat teratas kategori kabupaten, "
        "yaitu Kabupaten Kendal dengan nilai 99,40, Kabupaten Batang dengan nilai 99,12, dan Kabupaten Demak "
        "dengan nilai 98,90."
    )
    r = recs(text)
    assert r[("Kabupaten Demak", 2024)].rank is None

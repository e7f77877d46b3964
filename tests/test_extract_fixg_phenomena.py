"""Records and values: the pre-2022 level told of a holder's compliance in an undated release, and
other constructions of lists of many holders.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

HEAD = "Ombudsman RI Perwakilan Sulawesi Tenggara mengumumkan hasil penilaian kepatuhan standar pelayanan publik. "


# -- "X itu tingkat kepatuhannya rendah": the level with no copula dates an undated release ------


@pytest.mark.parametrize(
    "said",
    [
        "Menurut dia, Pemkab Buton itu tingkat kepatuhannya rendah, sehingga masuk zona merah.",
        "Artinya Pemkab Buton kepatuhannya rendah dan berada di zona merah.",
        "Pemkab Buton masuk zona merah atau rendah, katanya.",
    ],
)
def test_the_old_level_of_a_holder_dates_a_weekday_release_before_2022(said):
    text = HEAD + f"Kepala perwakilan menyampaikannya di Kendari, Selasa (5/12). {said}"
    r = recs(text)
    assert ("Kabupaten Buton", 2017) in r, r.keys()
    assert r[("Kabupaten Buton", 2017)].zone == "merah"
    assert r[("Kabupaten Buton", 2017)].opinion == "kepatuhan rendah"


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Buton masuk zona merah, katanya.",
        "Pemkab Buton masuk zona merah dengan kualitas rendah, katanya.",
        "Pemkab Buton masuk zona merah karena tingkat kepatuhannya lebih rendah dibanding daerah lain.",
    ],
)
def test_without_an_old_level_the_weekday_keeps_the_latest_year(said):
    text = HEAD + f"Kepala perwakilan menyampaikannya di Kendari, Selasa (5/12). {said}"
    r = recs(text)
    assert ("Kabupaten Buton", 2023) in r, r.keys()
    assert r[("Kabupaten Buton", 2023)].opinion != "kepatuhan rendah"


@pytest.mark.parametrize(
    "said",
    [
        "Pemkot Baubau itu tingkat kepatuhannya sedang, sehingga masuk zona kuning.",
        "Tahun ini Pemkot Baubau masuk zona kuning atau sedang.",
    ],
)
def test_the_direct_level_fills_the_old_opinion(said):
    text = HEAD + f"Hasil penilaian tahun 2019 disampaikan di Kendari. {said}"
    r = recs(text)
    assert r[("Kota Baubau", 2019)].opinion == "kepatuhan sedang"
    assert r[("Kota Baubau", 2019)].zone == "kuning"


# -- a grade glossed by the service's opinion: "nilai A atau pelayanan kualitas tertinggi" --------

SB = "Ombudsman RI Perwakilan Sumatera Barat menyerahkan hasil penilaian kepatuhan tahun 2022. "


@pytest.mark.parametrize(
    "head, grade, opinion",
    [
        ("Dua daerah memperoleh nilai A atau pelayanan kualitas tertinggi yakni", "A", "kualitas tertinggi"),
        ("Dua daerah mendapat nilai C atau pelayanan publik kualitas sedang, yaitu", "C", "kualitas sedang"),
        ("Adapun yang meraih predikat B atau layanan kualitas tinggi adalah", "B", "kualitas tinggi"),
    ],
)
def test_a_grade_glossed_by_the_service_opinion_fills_both(head, grade, opinion):
    r = recs(SB + f"{head} Kota Solok dan Kabupaten Agam.")
    for key in (("Kota Solok", 2022), ("Kabupaten Agam", 2022)):
        assert r[key].grade == grade
        assert r[key].opinion == opinion


@pytest.mark.parametrize(
    "said",
    [
        "Kota Solok memperoleh nilai A. Pemkot berjanji meningkatkan mutu atau pelayanan kualitas tinggi bagi warga.",
        "Kota Solok memperoleh nilai A. Warga menuntut pelayanan kualitas tinggi.",
    ],
)
def test_a_service_wish_after_or_is_no_opinion(said):
    r = recs(SB + said)
    assert r[("Kota Solok", 2022)].grade == "A"
    assert r[("Kota Solok", 2022)].opinion in (None, "kualitas tertinggi")


# -- ". Yakni X, Y": a list put after a full stop still belongs to the label before it -----------


@pytest.mark.parametrize("intro", ["Yakni", "Yaitu", "Ialah"])
def test_a_list_after_a_full_stop_takes_the_label_of_its_sentence(intro):
    text = (
        SB + "Dua daerah memperoleh nilai A yakni Kota Solok dan Kabupaten Agam. "
        f"Daerah lainnya memperoleh nilai B. {intro} Kabupaten Pasaman, Kabupaten Sijunjung dan Kota Pariaman."
    )
    r = recs(text)
    assert r[("Kabupaten Agam", 2022)].grade == "A"
    for key in (("Kabupaten Pasaman", 2022), ("Kabupaten Sijunjung", 2022), ("Kota Pariaman", 2022)):
        assert r[key].grade == "B", key


@pytest.mark.parametrize(
    "after",
    ["Kabupaten Pasaman menyusul dengan nilai B.", "Yang lain belum dinilai. Kabupaten Pasaman mendapat nilai B."],
)
def test_a_sentence_not_opened_by_a_list_word_stays_apart(after):
    r = recs(SB + f"Dua daerah memperoleh nilai A yakni Kota Solok dan Kabupaten Agam. {after}")
    assert r[("Kota Solok", 2022)].grade == "A"
    assert r[("Kabupaten Pasaman", 2022)].grade == "B"


# -- a hope for the next assessment's year is no results year ------------------------------------

BK = "Ombudsman Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan pelayanan publik. "


@pytest.mark.parametrize(
    "wish",
    [
        '"Kami harapkan penilaian tahun 2025 nanti hasilnya makin baik," kata bupati.',
        "Bupati mengharapkan pada penilaian 2025 nilai itu naik.",
        "Targetnya, pada penilaian tahun 2025 nilai itu naik lagi, ujarnya.",
    ],
)
def test_a_year_hoped_for_does_not_date_the_results(wish):
    text = (
        BK + "Kabupaten Kaur tahun 2024 masuk zona hijau dengan nilai 90,12. "
        "Nilai tertinggi diraih Dinas Sosial dengan nilai 95,10, kemudian Dinas Kesehatan 93,20. " + wish
    )
    r = recs(text)
    assert r[("Kabupaten Kaur", 2024)].score == 90.12
    assert r[("Dinas Sosial", 2024)].score == 95.1
    assert not any(year == 2025 for _, year in r)


def test_a_year_said_plainly_after_the_results_still_counts():
    text = (
        BK + "Nilai tertinggi diraih Dinas Sosial dengan nilai 95,10, kemudian Dinas Kesehatan 93,20. "
        "Penilaian itu dilakukan tahun 2024 terhadap tujuh perangkat daerah Kabupaten Kaur."
    )
    r = recs(text)
    assert r[("Dinas Sosial", 2024)].score == 95.1


# -- a wish word inside a name ("Puskesmas Tunas Harapan") wishes nothing --------------------------


@pytest.mark.parametrize(
    "unit", ["UPT Puskesmas Tunas Harapan", "UPT Puskesmas Bina Harapan", "UPTD Puskesmas Harapan Jaya"]
)
def test_a_wish_word_inside_a_unit_name_keeps_its_score(unit):
    text = (
        BK + "Penilaian tahun 2024 dilakukan di Kabupaten Kaur. "
        f"Nilai tertinggi diraih oleh {unit} dengan nilai 97,59 poin, kemudian Dinas Sosial 95,10 poin."
    )
    r = recs(text)
    assert r[(unit, 2024)].score == 97.59


@pytest.mark.parametrize(
    "wish",
    [
        "Harapan kami Dinas Sosial meraih nilai 95,10 poin.",
        "Bupati menyampaikan harapan Dinas Sosial meraih nilai 95,10 poin.",
    ],
)
def test_the_wish_word_itself_still_makes_a_value_aimed_at(wish):
    r = recs(BK + "Penilaian tahun 2024 dilakukan di Kabupaten Kaur. " + wish)
    assert all(rec.score is None for rec in r.values())

"""Phenomena of the just-scored batches 15 and 16 of real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract_helpers import recs

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


# -- "X dengan nilai V berada di posisi N, Y ...": the rank after an entity's score is its own ------------

RANKED = "Ombudsman RI merilis hasil penilaian kepatuhan pemerintah kabupaten tahun 2019. "


@pytest.mark.parametrize(
    "listing",
    [
        "Tiga kabupaten berada di zona kuning, yakni Kabupaten Sikka dengan nilai 63,10 berada di posisi 101, "
        "Kabupaten Ende dengan nilai 61,40, posisi 110, dan Kabupaten Ngada nilai 59,02 posisi 118.",
        "Kabupaten Sikka dengan nilai 63,10 berada di peringkat 101, Kabupaten Ende dengan nilai 61,40 di "
        "peringkat 110 dan Kabupaten Ngada nilai 59,02 peringkat 118.",
        "Kabupaten Sikka meraih nilai 63,10 dan menempati posisi 101, Kabupaten Ende nilai 61,40, posisi 110, "
        "serta Kabupaten Ngada nilai 59,02, pada posisi 118.",
    ],
)
def test_rank_after_own_score_stays_with_its_entity(listing):
    got = recs(RANKED + listing)
    assert {e: (r.score, r.rank) for (e, _), r in got.items()} == {
        "Kabupaten Sikka": (63.1, 101),
        "Kabupaten Ende": (61.4, 110),
        "Kabupaten Ngada": (59.02, 118),
    }


@pytest.mark.parametrize(
    "listing",
    [
        # ranks heading their holders: each one still goes to the entity after it
        "Peringkat pertama diraih Kabupaten Sikka dengan nilai 63,10, peringkat kedua, Kabupaten Ende dengan "
        "nilai 61,40, dan peringkat ketiga, Kabupaten Ngada dengan nilai 59,02.",
        "Kabupaten Sikka peringkat pertama dengan nilai 63,10, peringkat kedua, Kabupaten Ende dengan nilai "
        "61,40, peringkat ketiga, Kabupaten Ngada dengan nilai 59,02.",
        "Urutan pertama Kabupaten Sikka dengan nilai 63,10, urutan kedua Kabupaten Ende dengan nilai 61,40, "
        "urutan ketiga Kabupaten Ngada dengan nilai 59,02.",
    ],
)
def test_rank_heading_the_next_entity_still_goes_forward(listing):
    got = recs(RANKED + listing)
    assert {e: (r.score, r.rank) for (e, _), r in got.items()} == {
        "Kabupaten Sikka": (63.1, 1),
        "Kabupaten Ende": (61.4, 2),
        "Kabupaten Ngada": (59.02, 3),
    }


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


# -- "bagian dari RPJMN 2020-2024": neither year of a plan's span is an assessment year ------------------


@pytest.mark.parametrize(
    "plan",
    [
        "Penilaian kepatuhan menjadi bagian dari agenda RPJMN 2020-2024.",
        "Hal itu sejalan dengan target RPJMD 2021-2026 pemerintah provinsi.",
        "Program ini tercantum dalam Renstra 2020–2024 Ombudsman.",
    ],
)
def test_plan_span_first_year_is_no_assessment_year(plan):
    text = (
        "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Jambi meraih "
        "nilai 88,10 dan Kabupaten Kerinci 85,45. " + plan
    )
    assert set(recs(text)) == {("Kota Jambi", 2022), ("Kabupaten Kerinci", 2022)}


def test_plan_span_alone_gives_no_year():
    text = (
        "Kepala Ombudsman RI Perwakilan Jambi mengatakan, ada dua kabupaten kota yang masuk zona hijau, yakni "
        "Kota Jambi dan Kabupaten Kerinci. Penilaian kepatuhan menjadi bagian dari agenda RPJMN 2020-2024."
    )
    assert all(y != 2020 for _, y in recs(text))


def test_span_of_results_still_gives_its_end_year():
    text = (
        "Kota Jambi meraih zona hijau penilaian kepatuhan Ombudsman RI tiga tahun berturut-turut (2021-2023), "
        "dengan nilai 91,20 pada penilaian terakhir."
    )
    got = recs(text)
    assert got[("Kota Jambi", 2023)].score == 91.2
    assert {y for _, y in got} == {2021, 2022, 2023}

"""Values: numbers that are not one entity's score. A range ("nilai 42 hingga 48,97", "berkisar 85 sampai 87")
or a figure said to range around a value ("berkisar 21,75") spans several holders; an average said of a list of
several ("A, B dan C meraih zona hijau dengan nilai rata-rata 90") is theirs together, no one's own; a whole
number of ten or less in the 2025 instrument's results ("tingkat kepatuhan ... skor sempurna 10") is a part's
mark on its own small scale, not the 0-100 result.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

SULTENG_2021 = "Ombudsman RI Perwakilan Sulteng merilis hasil penilaian kepatuhan pelayanan publik tahun 2021. "


def scores(got):
    return {e: r.score for (e, _), r in got.items() if r.score is not None}


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Buol dan Kabupaten Parigi Moutong menyumbang nilai 42 hingga 48,97.",
        "Pemkab Buol dan Pemkab Sigi berada di zona kuning dengan skor 51 sampai 60,50.",
        "Kabupaten Buol dan Kabupaten Sigi masuk zona kuning, nilainya berkisar 55,10.",
        "Skor Kabupaten Buol dan Kabupaten Sigi berkisar di angka 62,40.",
    ],
)
def test_a_range_or_a_figure_things_range_around_is_no_score(said):
    assert scores(recs(SULTENG_2021 + said)) == {}


def test_a_score_said_to_be_about_some_figure_is_still_the_score():
    got = recs(SULTENG_2021 + "Kabupaten Buol meraih zona hijau dengan nilai sekitar 88,77.")
    assert scores(got) == {"Kabupaten Buol": 88.77}


@pytest.mark.parametrize(
    "said",
    [
        "Dinas Sosial, Dinas Kesehatan dan DPMPTSP mendapat zona hijau dengan nilai rata-rata 90.",
        "Tiga unit yakni Dinas Sosial, Dinas Pendidikan dan Dinas Kesehatan meraih skor rata-rata 91,20.",
        "Kabupaten Sigi dan Kabupaten Buol memperoleh zona kuning dengan rata-rata nilai 70,15.",
    ],
)
def test_an_average_said_of_several_is_none_of_theirs(said):
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2019 kepada Pemkot Palu. Pemkot Palu meraih "
        f"nilai 70,20 dan zona kuning. {said}"
    )
    assert scores(got) == {"Kota Palu": 70.2}


@pytest.mark.parametrize(
    "said, entity, score",
    [
        ("Pemkab Sigi meraih nilai rata-rata 84,16.", "Kabupaten Sigi", 84.16),
        ("Dinas Sosial mendapat zona hijau dengan nilai rata-rata 91,40.", "Dinas Sosial", 91.4),
        ("Dinas Sosial 92,10 dan Dinas Kesehatan 90,30 dengan nilai rata-rata 91,20.", "Dinas Sosial", 92.1),
    ],
)
def test_an_average_of_one_holder_is_its_score(said, entity, score):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2019 kepada Pemkot Palu. " + said)
    assert scores(got)[entity] == score


@pytest.mark.parametrize(
    "said",
    [
        "Tingkat kepatuhan penyelenggara layanan Kota Palopo tercatat sangat tinggi dengan skor sempurna 10.",
        "Pada aspek kepatuhan, Pemkot Palopo memperoleh nilai 9.",
        "Kota Palopo meraih skor 8 untuk kepatuhan standar pelayanan.",
    ],
)
def test_a_small_whole_mark_of_the_2025_instrument_is_no_score(said):
    got = recs(
        "Pemkot Palopo meraih opini Kualitas Tinggi dalam Penilaian Maladministrasi Pelayanan Publik Ombudsman RI "
        f"Tahun 2025. {said}"
    )
    assert scores(got) == {}
    assert got[("Kota Palopo", 2025)].opinion == "kualitas tinggi"


def test_the_2025_instruments_result_on_its_full_scale_is_the_score():
    got = recs(
        "Dalam Penilaian Maladministrasi Pelayanan Publik Ombudsman RI Tahun 2025, Pemkot Palopo meraih opini "
        "Kualitas Tinggi dengan nilai akhir 84,43."
    )
    assert scores(got) == {"Kota Palopo": 84.43}


@pytest.mark.parametrize(
    "said",
    [
        "Sebanyak 65,5 persen kabupaten/kota di Jawa Tengah masuk zona hijau, termasuk Kabupaten Sleman.",
        "Kabupaten Sleman termasuk 40 persen pemda yang meraih zona hijau.",
        "Zona hijau diraih 72,73% dari seluruh kabupaten di Jawa Tengah, salah satunya Kabupaten Sleman.",
    ],
)
def test_the_share_of_a_group_is_no_members_score(said):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. " + said)
    assert scores(got) == {}
    assert got[("Kabupaten Sleman", 2023)].zone == "hijau"


def test_a_percentage_given_as_a_governments_score_stays():
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kabupaten Sleman meraih 88,50 persen.")
    assert scores(got) == {"Kabupaten Sleman": 88.5}

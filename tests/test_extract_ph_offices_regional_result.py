"""A province's result told in an article on the land offices of that province, whose regional office
(Kanwil BPN) is named there, is the regional office's ("Kantor Wilayah BPN <province>"), a unit of the land
ministry, not the provincial government's; a province's own result beside land offices with no regional
office named stays the province's.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import BPN, recs


@pytest.mark.parametrize(
    "text, office, score",
    [
        (
            "Ombudsman RI Perwakilan Banten menyerahkan hasil penilaian kepatuhan tahun 2019 kepada Kanwil BPN "
            "Provinsi Banten. Kantor Pertanahan Kabupaten Lebak berada di zona hijau dengan nilai 90,12. Secara "
            "umum Provinsi Banten berada di zona kuning dengan nilai 82,40.",
            "Kantor Wilayah BPN Banten",
            82.4,
        ),
        (
            "Ombudsman RI menyerahkan hasil penilaian kepatuhan 2021 kepada Kantor Wilayah Badan Pertanahan Nasional Jambi. Kantor "
            "Pertanahan Kota Jambi meraih nilai 88,50, sedangkan rata-rata Provinsi Jambi mencapai nilai 79,30.",
            "Kantor Wilayah BPN Jambi",
            79.3,
        ),
        (
            "Kepala Ombudsman Bengkulu menemui pimpinan kanwil ATR/BPN Bengkulu untuk membahas penilaian "
            "kepatuhan tahun 2020. Kantor Pertanahan Kabupaten Kaur memperoleh nilai 91,05 dan Provinsi Bengkulu "
            "secara keseluruhan memperoleh nilai 84,75.",
            "Kantor Wilayah BPN Bengkulu",
            84.75,
        ),
    ],
)
def test_province_result_among_land_offices_is_the_regional_office(text, office, score):
    out = list(recs(text).values())
    names = {r.entity: r for r in out}
    assert office in names, sorted(names)
    assert names[office].score == score
    assert names[office].entity_type == "unit"
    assert names[office].parent == BPN
    assert not any(r.entity_type == "provinsi" for r in out)


def test_province_result_without_a_named_regional_office_stays_the_province():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021. Kantor Pertanahan Kabupaten Lebak berada di "
        "zona hijau dengan nilai 90,12, sedangkan Provinsi Banten memperoleh nilai 82,40."
    )
    names = {r.entity: r for r in recs(text).values()}
    assert "Provinsi Banten" in names, sorted(names)
    assert "Kantor Wilayah BPN Banten" not in names

"""A unit head followed by "di"/"se" and the nation ("lima besar PTSP di Indonesia", "Puskesmas di Tanah Air")
names the kind across the country, never one unit: the result stays with the article's government.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            'Ombudsman RI menilai kepatuhan Pemprov Sulteng tahun 2018. "Tiga tahun beruntun kami meraih zona '
            'hijau dan masuk lima besar PTSP di Indonesia," kata Gubernur.',
            "Provinsi Sulawesi Tengah",
        ),
        (
            'Ombudsman RI menyerahkan hasil penilaian kepatuhan 2019 kepada Pemkab Sigi. "Kami meraih zona hijau '
            'dan ingin menjadi contoh bagi Puskesmas di Tanah Air," ujar Bupati.',
            "Kabupaten Sigi",
        ),
        (
            'Ombudsman RI merilis penilaian kepatuhan 2020 untuk Pemkot Palu. "Kota ini meraih zona hijau, '
            'sejajar dengan banyak Dinas Kesehatan se-Indonesia," ucap Wali Kota.',
            "Kota Palu",
        ),
    ],
)
def test_head_with_the_nation_is_a_kind_not_a_unit(text, kept):
    out = recs(text)
    assert [r.entity for r in out.values()] == [kept], sorted(out)


def test_head_with_a_region_after_di_still_names_a_unit():
    text = "Ombudsman RI menilai kepatuhan tahun 2018. PTSP di Kota Palu meraih zona hijau."
    out = recs(text)
    assert ("PTSP", 2018) in out, sorted(out)
    assert out[("PTSP", 2018)].parent == "Kota Palu"

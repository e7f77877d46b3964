"""An ability kept ("masih dapat memperoleh", "masih bisa meraih", "tetap bisa masuk", "tetap dapat
mempertahankan") is a result told, while "dapat meraih ... jika ...", "masih bisa meraih ... apabila ..." and "agar
dapat meraih" stay aims.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

MAMUJU = "Ombudsman RI Perwakilan Sulawesi Barat menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2021. "


@pytest.mark.parametrize(
    "kept",
    [
        "Meski dinilai pascagempa, Kabupaten Mamuju masih dapat memperoleh predikat zona hijau.",
        "Walau penuh keterbatasan, Kabupaten Mamuju masih bisa meraih zona hijau.",
        "Kabupaten Mamuju tetap bisa masuk zona hijau meski dinilai saat pandemi.",
        "Kabupaten Mamuju tetap dapat mempertahankan zona hijau.",
    ],
)
def test_an_ability_kept_is_a_result(kept):
    assert fields_of(recs(MAMUJU + kept), "Kabupaten Mamuju", 2021, "zone") == {"zone": "hijau"}


@pytest.mark.parametrize(
    "aim",
    [
        "Kabupaten Mamuju dapat meraih zona hijau jika seluruh OPD berbenah.",
        "Kabupaten Mamuju masih bisa meraih zona hijau apabila seluruh OPD berbenah.",
        "Kabupaten Mamuju terus berbenah agar masih dapat meraih zona hijau.",
        "Kabupaten Mamuju masih berupaya meraih zona hijau.",
    ],
)
def test_an_ability_with_a_condition_or_a_purpose_stays_an_aim(aim):
    assert ("Kabupaten Mamuju", 2021) not in recs(MAMUJU + aim)

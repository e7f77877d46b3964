"""One named with "termasuk" right after the count of the field ("8 pemda meraih zona hijau dari 34 pemda
se-Sumut, termasuk Pemprov Sumut"): one of all those assessed, not of those holding the label; named right after
the holders' own count, it is one of them.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI mengumumkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021. "


@pytest.mark.parametrize(
    "sentence, entity",
    [
        (
            "Ada 6 pemda yang meraih zona hijau dari 25 pemda se-Sulsel, termasuk Pemprov Sulsel.",
            "Provinsi Sulawesi Selatan",
        ),
        ("Sebanyak 9 daerah masuk zona kuning dari 20 daerah, termasuk Kota Ambon.", "Kota Ambon"),
        (
            "Hanya tiga daerah yang masuk zona merah di antara 19 kabupaten dan kota di Sumatera Barat, termasuk "
            "Pemprov Sumbar.",
            "Provinsi Sumatera Barat",
        ),
    ],
    ids=["dari-se-place", "dari-bare", "di-antara-di-place"],
)
def test_a_member_of_the_field_holds_no_label(sentence, entity):
    assert entity not in {e for e, _ in recs(LEAD + sentence)}


@pytest.mark.parametrize(
    "sentence, key, zone",
    [
        ("Ada 6 pemda yang meraih zona hijau, termasuk Pemprov Sulsel.", ("Provinsi Sulawesi Selatan", 2021), "hijau"),
        ("Dari 25 pemda, 6 meraih zona hijau termasuk Kota Makassar.", ("Kota Makassar", 2021), "hijau"),
    ],
    ids=["termasuk-after-holders", "field-first-then-holders"],
)
def test_a_member_of_the_holders_keeps_the_label(sentence, key, zone):
    assert recs(LEAD + sentence)[key].zone == zone

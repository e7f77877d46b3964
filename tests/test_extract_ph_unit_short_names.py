"""Units named by a short form the text defines or the data knows ("Disdikpora", "Dikpora"): the unit, not the
government written after it, holds the result.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV_2022, recs

_DIY = OMB_PROV_2022.format(prov="DIY")
_LONG = "Dinas Pendidikan Pemuda dan Olahraga"


@pytest.mark.parametrize(
    "told",
    [
        f"Tiga OPD dinilai, antara lain {_LONG} (Disdikpora) DIY dan Dinas Sosial DIY. "
        "Di antara ketiganya, Disdikpora DIY mencatat nilai 94,43.",
        f"Yang dinilai ialah {_LONG} (Disdikpora) DIY. Nilai 94,43 diraih Disdikpora DIY.",
        f"Penilaian mencakup {_LONG} (Dikpora) DIY. Dikpora DIY memperoleh skor 94,43.",
    ],
    ids=["di-antara", "diraih", "dikpora"],
)
def test_defined_short_name_holds_its_units_score(told):
    got = recs(_DIY + told)
    unit = got[(_LONG, 2022)]
    assert (unit.entity_type, unit.parent, unit.score) == ("unit", "Provinsi Daerah Istimewa Yogyakarta", 94.43)
    province = got.get(("Provinsi Daerah Istimewa Yogyakarta", 2022))
    assert province is None or province.score is None


def test_known_short_name_alone_is_a_unit():
    got = recs(_DIY + "Disdikpora DIY mengantongi nilai 91,20, tertinggi di lingkungan Pemda DIY.")
    unit = got[("Disdikpora", 2022)]
    assert (unit.entity_type, unit.score) == ("unit", 91.2)


def test_province_own_score_stays_with_the_province():
    # look-alike: the province itself scored, its education office only mentioned
    got = recs(_DIY + "Pemda DIY meraih nilai 88,10; Disdikpora DIY ikut mendampingi penyerahan rapor.")
    assert got[("Provinsi Daerah Istimewa Yogyakarta", 2022)].score == 88.1

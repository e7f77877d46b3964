"""A zone told once for every unit just listed with its score ("Seluruh unit layanan yang dinilai berada di zona
hijau") is each listed unit's, even when the units are named only by the bare noun and "yang"; the
government's own record keeps its own labels.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

_LEAD = (
    "Pemerintah Provinsi Bengkulu meraih nilai 90,10 pada penilaian kepatuhan Ombudsman tahun 2024. Unit "
    "layanan yang dinilai yakni Dinas Sosial dengan nilai 91,20, Dinas Kesehatan dengan nilai 89,50, dan RSUD "
    "M. Yunus 88,00. "
)
_UNITS = ("Dinas Sosial", "Dinas Kesehatan", "RSUD M. Yunus")


@pytest.mark.parametrize(
    "closing",
    [
        "Menurutnya, seluruh unit layanan publik yang dinilai berhasil bertahan di zona hijau.",
        "Seluruh unit layanan yang dinilai berada di zona hijau.",
        "Dengan hasil itu, semua unit pelayanan yang dinilai masuk zona hijau.",
    ],
    ids=["seluruh-publik-bertahan", "seluruh-berada", "semua-pelayanan"],
)
def test_zone_told_once_for_the_listed_units(closing):
    r = recs(_LEAD + closing)
    for unit in _UNITS:
        assert r[(unit, 2024)].zone == "hijau"
    assert r[("Dinas Sosial", 2024)].score == 91.2


def test_units_holding_a_label_after_one_unit_named_stay_unnamed():
    text = (
        "Pemerintah Provinsi Bengkulu meraih nilai 90,10 pada penilaian kepatuhan Ombudsman tahun 2024, dengan "
        "Dinas Sosial meraih nilai 91,20. Namun masih ada unit layanan yang berada di zona kuning."
    )
    r = recs(text)
    assert r[("Dinas Sosial", 2024)].zone is None
    assert r[("Provinsi Bengkulu", 2024)].zone is None

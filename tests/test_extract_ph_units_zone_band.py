"""A zone told of units named before it with the zone's band right after ("Dinas Pendidikan dan Dinas Sosial
menempati zona kuning dengan nilai 51-80") is the units' zone: one band beside one zone said of named
subjects is no definition of the scheme. A band's legend naming nobody stays nobody's.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

_LEAD = (
    "Ombudsman Kepri menilai enam OPD Pemprov Kepri pada tahun 2017. Pemerintah Provinsi Kepri berada di zona "
    "kuning dengan nilai 74,83. "
)


@pytest.mark.parametrize(
    "units_sentence",
    [
        "Kemudian dua OPD lainnya yakni Dinas Pendidikan (Disdik) dan Dinas Sosial (Dinsos) menempati zona "
        "kepatuhan kuning dengan nilai 51-80.",
        "Dinas Pendidikan dan Dinas Sosial berada di zona kuning, dengan rentang nilai 51 sampai 80.",
        "Adapun Dinas Pendidikan serta Dinas Sosial masuk zona kuning dengan skor antara 51 hingga 80.",
    ],
    ids=["menempati-dash", "rentang-sampai", "skor-antara"],
)
def test_zone_with_its_band_is_the_named_units(units_sentence):
    r = recs(_LEAD + units_sentence)
    for unit in ("Dinas Pendidikan", "Dinas Sosial"):
        assert r[(unit, 2017)].zone == "kuning"
        assert r[(unit, 2017)].score is None
    assert r[("Provinsi Kepulauan Riau", 2017)].score == 74.83


def test_band_legend_naming_nobody_is_nobodys():
    r = recs(_LEAD + "Dinas Sosial dinilai pada tahun itu. Zona merah dengan nilai 0-50 berarti kepatuhan rendah.")
    held = r.get(("Dinas Sosial", 2017))
    assert held is None or held.zone is None
    assert r[("Provinsi Kepulauan Riau", 2017)].zone == "kuning"

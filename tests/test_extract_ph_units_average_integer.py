"""A unit's own whole-number average in an old survey ("dengan nilai rata – rata 96", dash spaced or not) is
its score, as "nilai 96" is.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

_LEAD = "Hasil survei kepatuhan Ombudsman tahun 2015 menyatakan Kota Palu masuk zona merah dengan nilai 47,58. "


@pytest.mark.parametrize(
    "unit_sentence",
    [
        "Hanya satu yang masuk zona hijau yakni Badan Pelayanan Perizinan Terpadu (BP2T) Kota Palu dengan nilai "
        "rata – rata 96 dan masuk kategori tinggi.",
        "Satu-satunya yang hijau adalah Badan Pelayanan Perizinan Terpadu dengan nilai rata - rata 96.",
        "Badan Pelayanan Perizinan Terpadu meraih skor rata – rata 96 sehingga masuk zona hijau.",
    ],
    ids=["en-dash", "hyphen-spaced", "skor"],
)
def test_spaced_average_integer_is_the_units_score(unit_sentence):
    r = recs(_LEAD + unit_sentence)
    assert r[("Badan Pelayanan Perizinan Terpadu", 2015)].score == 96.0
    assert r[("Kota Palu", 2015)].score == 47.58


def test_national_average_is_still_nobodys():
    r = recs(_LEAD + "Nilai rata – rata nasional tahun itu adalah 61.")
    assert r[("Kota Palu", 2015)].score == 47.58
    assert all(rec.score != 61.0 for rec in r.values())

"""Years: an earlier state ("sebelumnya meraih peringkat pertama") whose clause names the assessment it came
from with its year ("dalam penilaian pelayanan publik tahun 2022") is that year's result, not the year before.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI Perwakilan Bengkulu membuka posko pengaduan di Kabupaten Kepahiang pekan ini. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Puskesmas Kepahiang sebelumnya meraih nilai terbaik pertama dalam penilaian pelayanan publik Pemda tahun 2022.",
        "Puskesmas Kepahiang, kata dia, sebelumnya menempati peringkat pertama pada penilaian kepatuhan Ombudsman "
        "(Pemda) tahun 2022 dari Ombudsman RI.",
        "Sebelumnya Puskesmas Kepahiang juga mendapat peringkat pertama dalam penyelenggaraan pelayanan publik "
        "pemerintah daerah tahun 2022.",
    ],
)
def test_an_earlier_result_named_with_its_assessment_year_keeps_it(sentence):
    got = recs(LEAD + sentence)
    assert ("Puskesmas Kepahiang", 2022) in got
    assert ("Puskesmas Kepahiang", 2021) not in got

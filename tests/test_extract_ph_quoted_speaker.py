"""Subjects: a first-person quote running over several sentences ("Tahun ini kami masuk zona kuning. Padahal
sebelumnya kami hijau," kata Wakil Bupati X) speaks for the government in its speaker's title, not for the office
the sentence before it named.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = (
    "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021. Ada tiga catatan untuk Pemkab Sampang. "
    "Ketiga, kantor Dinas Sosial dinilai tidak layak. "
)


@pytest.mark.parametrize(
    "quote",
    [
        '"Tahun ini kami masuk zona kuning. Padahal sebelumnya kami selalu hijau," kata Wakil Bupati Sampang '
        "Abdullah Hidayat.",
        "“Kami berada di zona kuning. Ini harus jadi bahan evaluasi kami,” ujar Bupati Sampang Slamet Junaidi.",
        '"Kita masuk zona kuning. Semua OPD harus berbenah," tutur Sekretaris Daerah Kabupaten Sampang Yuliadi.',
    ],
)
def test_a_quote_over_sentences_speaks_for_its_speakers_government(quote):
    got = recs(LEAD + quote)
    assert ("Dinas Sosial", 2021) not in got

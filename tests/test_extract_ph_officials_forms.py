"""Officials: the police corps written out after a rank ("Kombes Polisi X") and the municipal police
office (Satuan Polisi Pamong Praja) whose name holds the same word; names written with initials inside.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of

OPENING = "Ombudsman menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019 kepada Polda Kalbar.\n"


# -- the corps after a rank is no part of the name; "Polisi" inside an office stays in the title --------------


@pytest.mark.parametrize(
    "line",
    [
        "Laporan itu diterima Irwasda Polda Kalbar, Kombes Polisi Arif Rahman, di Pontianak.",
        "Irwasda Polda Kalbar Kombes Polisi Arif Rahman membacakan tanggapan kepolisian.",
        "Hadir pula Irwasda Polda Kalbar, Kombes. Polisi Arif Rahman.",
        "Irwasda Polda Kalbar AKBP Polisi Arif Rahman berjanji membenahi layanan.",
    ],
)
def test_the_corps_after_a_rank_is_dropped(line):
    assert titles_of(OPENING + line) == {"Arif Rahman": "Irwasda Polda Kalbar"}


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Kepala Satuan Polisi Pamong Praja (Kasat Pol PP) La Ode Muharram turut hadir.",
            "Kepala Satuan Polisi Pamong Praja (Kasat Pol PP)",
        ),
        (
            "Kepala Satuan Polisi Pamong Praja Buton La Ode Muharram turut hadir.",
            "Kepala Satuan Polisi Pamong Praja Buton",
        ),
        (
            "Turut hadir Kepala Satuan Polisi Pamong Praja Buton, La Ode Muharram.",
            "Kepala Satuan Polisi Pamong Praja Buton",
        ),
    ],
)
def test_polisi_inside_an_office_stays_in_the_title(line, title):
    assert titles_of(OPENING + line) == {"La Ode Muharram": title}

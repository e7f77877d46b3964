"""Jakarta's city offices of a provincial agency: "Suku Dinas" (and "Suku Badan", "Sudin") heads a unit's
name of its own, not a "Dinas" inside it; "Kepala Suku Dinas X" is an office holder's title, no subject.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

JAKBAR_2022 = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022 kepada Pemkot Jakarta Barat. "
)


@pytest.mark.parametrize(
    "said, unit",
    [
        ("Suku Dinas Sosial meraih kategori A dengan nilai 91,12.", "Suku Dinas Sosial"),
        ("Adapun Suku Dinas Penanaman Modal dan PTSP memperoleh nilai 90,40.", "Suku Dinas Penanaman Modal dan PTSP"),
        ("Sementara Sudin Pendidikan mendapat nilai 88,75.", "Sudin Pendidikan"),
    ],
    ids=["suku-dinas", "suku-dinas-long", "sudin"],
)
def test_suku_dinas_heads_its_own_name(said, unit):
    got = recs(JAKBAR_2022 + said)
    assert [e for e, _ in got if "Dinas" in e or "Sudin" in e] == [unit]


def test_head_of_a_suku_dinas_is_no_subject():
    got = recs(JAKBAR_2022 + "Kepala Suku Dinas Kesehatan, Budi Santoso, mengatakan nilai 92,68 itu hasil kerja tim.")
    assert not [e for e, _ in got if "Dinas" in e]

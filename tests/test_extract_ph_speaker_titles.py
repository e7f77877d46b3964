"""A government named in the title of the official a sentence opens with ("Sekretaris Daerah Kabupaten X Y
menjelaskan terjadi peningkatan dari zona kuning menjadi zona hijau"): the sentence's values are that
government's, not those of the unit the sentences before spoke of; an official of the unit itself, or a
title naming no government, leaves the unit the holder.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = (
    "Dinas Sosial Kabupaten Gorontalo menjadi lokus penilaian kepatuhan Ombudsman RI tahun 2023. "
    "Dinas Sosial Kabupaten Gorontalo meraih nilai 80,10. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Di tempat yang sama Sekretaris Daerah Kabupaten Gorontalo Budi Santoso menjelaskan terjadi peningkatan "
        "hasil penilaian dari zona kuning menjadi zona hijau.",
        "Sementara itu Pj Sekda Kabupaten Gorontalo Budi Santoso mengatakan hasil penilaian naik dari zona kuning menjadi "
        "zona hijau.",
        "Sekda Kabupaten Gorontalo, Budi Santoso, menyebut penilaian meningkat dari zona kuning menjadi zona hijau.",
    ],
    ids=["sekretaris-daerah", "pj-sekda", "sekda"],
)
def test_the_speakers_government_takes_the_change(sentence):
    got = recs(INTRO + sentence)
    assert fields_of(got, "Kabupaten Gorontalo", 2023, "zone") == {"zone": "hijau"}
    assert fields_of(got, "Kabupaten Gorontalo", 2022, "zone") == {"zone": "kuning"}
    assert all(r.zone is None for (name, _), r in got.items() if name.startswith("Dinas Sosial"))


def test_the_units_own_head_keeps_the_unit():
    got = recs(INTRO + "Kepala Dinas Sosial Budi Santoso mengatakan nilainya naik dari zona kuning menjadi zona hijau.")
    assert fields_of(got, "Kabupaten Gorontalo", 2023) is None

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
        "Di tempat yang sama Sekretaris Daerah Kabupaten Gorontalo Budi Santoso menjelaskan ada kenaikan "
        "hasil penilaian dari zona kuning ke zona hijau.",
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


# -- "kita"/"kami"/"daerah kita" said by a government's titled official: that speaker's government, even when
# -- the title and the region are read as one mention ("Bupati Ngawi") or the speaker is named after the quote --

JATIM = "Ombudsman RI Perwakilan Jawa Timur pekan ini menyerahkan hasil Penilaian Kepatuhan 2023 kepada pemda se-Jawa Timur. "


@pytest.mark.parametrize(
    "said",
    [
        'Pemprov Jatim meraih nilai 90,10. Bupati Ngawi Ony Anwar mengatakan, "Kita memperoleh nilai 91,02 dan masuk '
        'zona hijau."',
        'Kota Madiun meraih nilai 90,10. "Alhamdulillah berkat kerja keras semua pihak dan dukungan warga, daerah kita '
        'mendapat nilai 91,02 dan zona hijau," kata Bupati Ngawi Ony Anwar.',
        "Kota Madiun meraih nilai 90,10. Menurut Sekda Ngawi, berkat pembenahan layanan publik, pihaknya "
        "meraih nilai 91,02 dengan zona hijau.",
    ],
    ids=["bupati-then-kita", "daerah-kita-then-kata-bupati", "sekda-pihaknya"],
)
def test_the_first_person_of_a_titled_official_is_the_officials_government(said):
    got = recs(JATIM + said)
    r = got[("Kabupaten Ngawi", 2023)]
    assert (r.score, r.zone) == (91.02, "hijau"), got
    other = next(k for k in got if k[0] != "Kabupaten Ngawi")
    assert got[other].score == 90.1 and got[other].zone is None, got


def test_a_quote_without_the_first_person_keeps_the_subject_before():
    # look-alike: the official is only named beside the speaker; the result is the city's spoken of before
    got = recs(
        JATIM + "Kota Madiun meraih nilai 92,10. Capaian itu naik dari tahun sebelumnya dan diterima langsung oleh "
        "Wali Kota Madiun Maidi yang hadir bersama Bupati Ngawi, dengan zona hijau."
    )
    assert ("Kabupaten Ngawi", 2023) not in got or got[("Kabupaten Ngawi", 2023)].zone is None, got

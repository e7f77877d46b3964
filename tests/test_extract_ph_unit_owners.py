"""A government named only as the owner of some of its units ("OPD Pemkab X yang mendapat rapor merah",
"10 Polsek di Batam yang jadi rapor merah"): the label said next belongs to those units, so the government gets
no record from it; a unit named in full, or the government itself, still takes its label.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019. "


@pytest.mark.parametrize(
    "sentence, place",
    [
        (
            "Bupati menanggapi masih adanya Organisasi Perangkat Daerah (OPD) Pemkab Ngawi yang memperoleh rapor "
            "dengan nilai merah.",
            "Kabupaten Ngawi",
        ),
        ("Ombudsman mencatat ada tujuh Polsek di Kupang yang masih berapor merah.", "Kota Kupang"),
        ("Sebanyak lima dinas di lingkungan Pemkot Kendari masih masuk zona kuning.", "Kota Kendari"),
        ("Seluruh puskesmas se-Kabupaten Sleman berhasil meraih zona hijau.", "Kabupaten Sleman"),
        ("Beberapa UPT milik Pemprov Jambi masih tertahan di zona merah.", "Provinsi Jambi"),
    ],
    ids=["opd-bracketed", "polsek-di", "dinas-di-lingkungan", "puskesmas-se", "upt-milik"],
)
def test_the_owner_of_units_takes_none_of_their_label(sentence, place):
    assert place not in {e for e, _ in recs(LEAD + sentence)}


@pytest.mark.parametrize(
    "sentence, key, zone",
    [
        # the government itself, and a unit named in full with its government
        ("Pemkot Kendari masih masuk zona kuning.", ("Kota Kendari", 2019), "kuning"),
        ("Dinas Sosial Kabupaten Ngawi mendapat rapor merah.", ("Dinas Sosial", 2019), "merah"),
        ("Kabupaten Sleman, bersama dinas-dinasnya, berhasil meraih zona hijau.", ("Kabupaten Sleman", 2019), "hijau"),
    ],
    ids=["government-itself", "unit-named-in-full", "government-then-its-units"],
)
def test_a_government_or_a_named_unit_keeps_its_label(sentence, key, zone):
    assert recs(LEAD + sentence)[key].zone == zone


# -- bare units said to hold the label of a sentence naming no one ----------------------------------------------

OWN_LEAD = "Pemkab Lebong menerima hasil penilaian kepatuhan Ombudsman RI tahun 2024 dengan nilai 70,15. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Piagam diberikan kepada tiga kepala OPD serta dua kepala UPT Puskesmas, yang berhasil meraih Zona Hijau.",
        "Ada tiga dinas yang masih masuk zona merah.",
        "Penghargaan diterima para kepala perangkat daerah yang meraih kategori zona hijau.",
    ],
    ids=["opd-serta-upt-yang", "dinas-yang", "perangkat-daerah-yang"],
)
def test_bare_units_hold_the_label_of_a_sentence_naming_no_one(sentence):
    assert recs(OWN_LEAD + sentence)[("Kabupaten Lebong", 2024)].zone is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Piagam diserahkan kepada Sekda, didampingi para kepala OPD. Pemkab meraih zona hijau.",
        "Menurutnya, kerja keras OPD yang solid membuat Lebong meraih zona hijau.",
    ],
    ids=["units-in-another-sentence", "units-then-the-government"],
)
def test_the_government_keeps_a_label_its_units_do_not_hold(sentence):
    assert recs(OWN_LEAD + sentence)[("Kabupaten Lebong", 2024)].zone == "hijau"

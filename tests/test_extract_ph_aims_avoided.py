"""Labels only aimed at, feared or refused are no results: an aim in words other than "target" ("mencanangkan",
"mengejar", "bercita-cita", "siap naik"), a risk or a condition ("terancam", "berpotensi", "bisa turun"), a state
avoided ("menghindari", "terhindar dari") and a state refused ("tidak akan lagi", "tidak mau", "jangan sampai");
a result stated in the same sentence is kept.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs


JABAR = "Ombudsman RI Perwakilan Jawa Barat menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "
GARUT = ("Kabupaten Garut", 2023)


@pytest.mark.parametrize(
    "aim",
    [
        "Pemkab Garut mencanangkan opini kualitas tertinggi pada penilaian tahun depan.",
        "Tahun depan Kabupaten Garut mengejar zona hijau.",
        "Pemkab Garut bercita-cita masuk zona hijau.",
        "Bupati mengatakan Kabupaten Garut siap naik ke zona hijau.",
        "Kabupaten Garut berambisi meraih opini A.",
        "Kabupaten Garut mendambakan predikat zona hijau.",
        "Target kami, Kabupaten Garut masuk zona hijau tahun depan, kata Bupati.",
        "Kabupaten Garut diproyeksikan masuk zona hijau pada penilaian berikutnya.",
    ],
)
def test_a_label_aimed_at_in_other_words_is_no_result(aim):
    assert GARUT not in recs(JABAR + aim)


def test_a_headlines_bare_aim_verb_is_no_result():
    assert GARUT not in recs("Garut Kejar Zona Hijau\n" + JABAR)


@pytest.mark.parametrize(
    "risk",
    [
        "Kabupaten Garut terancam masuk zona merah.",
        "Tanpa pembenahan, Kabupaten Garut berpotensi masuk zona merah.",
        "Apabila tidak berbenah, Kabupaten Garut bisa turun ke zona merah.",
        "Kabupaten Garut berupaya keras menghindari zona merah.",
        "Pemkab Garut bekerja keras demi terhindar dari zona merah.",
    ],
)
def test_a_label_feared_or_avoided_is_no_result(risk):
    assert GARUT not in recs(JABAR + risk)


@pytest.mark.parametrize(
    "refused",
    [
        "Bupati memastikan Kabupaten Garut tidak akan lagi masuk zona merah.",
        "Kabupaten Garut tidak mau masuk zona merah.",
        "Kabupaten Garut kini tidak boleh lagi berada di zona kuning.",
        "Semua OPD Kabupaten Garut diminta bekerja keras, jangan sampai masuk zona merah.",
    ],
)
def test_a_label_refused_is_no_result(refused):
    assert GARUT not in recs(JABAR + refused)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Garut yang tahun ini masih di zona kuning mengejar zona hijau tahun depan.",
        "Kabupaten Garut yang tahun ini berada di zona kuning terancam turun ke zona merah.",
        "Kabupaten Garut yang tahun ini masuk zona kuning tidak mau lagi turun ke zona merah.",
    ],
)
def test_the_result_stated_beside_an_aim_or_a_fear_is_kept(sentence):
    assert fields_of(recs(JABAR + sentence), *GARUT, "zone") == {"zone": "kuning"}


def test_a_label_held_after_a_negation_elsewhere_is_kept():
    # the refusal reaches its own label only; the result told before it stays
    text = JABAR + "Kabupaten Garut masuk zona kuning dan tidak mau lagi berada di zona merah seperti 2021."
    assert fields_of(recs(text), *GARUT, "zone") == {"zone": "kuning"}


@pytest.mark.parametrize(
    "wish",
    [
        "Kabupaten Garut berharap bisa naik dari zona kuning ke zona hijau.",
        "Kabupaten Garut menargetkan naik dari zona kuning ke zona hijau pada penilaian berikutnya.",
        "Bupati mengatakan Kabupaten Garut berkomitmen untuk berubah dari zona kuning menjadi zona hijau.",
    ],
)
def test_the_state_a_wished_change_starts_from_is_held_now(wish):
    r = recs(JABAR + wish)
    assert fields_of(r, *GARUT, "zone") == {"zone": "kuning"}
    assert ("Kabupaten Garut", 2022) not in r


def test_a_change_told_as_done_keeps_its_earlier_state():
    r = recs(JABAR + "Kabupaten Garut naik dari zona kuning ke zona hijau.")
    assert fields_of(r, *GARUT, "zone") == {"zone": "hijau"}
    assert fields_of(r, "Kabupaten Garut", 2022, "zone") == {"zone": "kuning"}

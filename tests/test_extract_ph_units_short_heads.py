"""Short heads reporters give service units: "PKM" for a Puskesmas (one unit with the "Puskesmas" form of the same
name), "RSJ"/"RSIA" hospitals (not cut to "RS"), "DPMP2TSP" for the licensing office, beside the short forms
already read ("Kantah", "Dukcapil", "Disdukcapil", "DPM-PTSP", "Kemenag" before a place).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import BPN, fields_of, recs, titles_of


JKT = "Ombudsman RI Perwakilan DKI Jakarta menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "
JABAR = "Ombudsman RI Perwakilan Jawa Barat menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "
JATIM = "Ombudsman RI Perwakilan Jawa Timur menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "


@pytest.mark.parametrize(
    "body, scores",
    [
        (
            JKT + "PKM Kebon Jeruk meraih nilai 92,5 dan PKM Palmerah meraih nilai 88,1.",
            {"PKM Kebon Jeruk": 92.5, "PKM Palmerah": 88.1},
        ),
        (
            JABAR + "Di Kota Depok, PKM Sukmajaya mendapat nilai 90,2 sedangkan RS Bhakti Yudha mendapat 85,3.",
            {"PKM Sukmajaya": 90.2, "RS Bhakti Yudha": 85.3},
        ),
        (JKT + "Nilai tertinggi di Jakarta Barat diraih PKM Kembangan dengan 95,1.", {"PKM Kembangan": 95.1}),
    ],
)
def test_pkm_names_a_puskesmas(body, scores):
    r = recs(body)
    for name, score in scores.items():
        assert r[(name, 2023)].score == score, name
        assert r[(name, 2023)].entity_type == "unit"


def test_pkm_and_puskesmas_of_one_name_are_one_unit():
    text = JABAR + "Puskesmas Tanah Sareal meraih nilai 90,2. PKM Tanah Sareal menjadi yang terbaik di Kota Bogor."
    r = recs(text)
    assert fields_of(r, "Puskesmas Tanah Sareal", 2023, "score", "parent") == {"score": 90.2, "parent": "Kota Bogor"}
    assert ("PKM Tanah Sareal", 2023) not in r


@pytest.mark.parametrize(
    "body, name",
    [
        (JATIM + "RSJ Menur meraih nilai 85,1.", "RSJ Menur"),
        (JABAR + "Dengan nilai 88,4, RSIA Kota Bandung masuk zona hijau.", "RSIA Kota Bandung"),
        (JATIM + "Rumah Sakit Jiwa Lawang memperoleh nilai 91,7.", "Rumah Sakit Jiwa Lawang"),
    ],
)
def test_special_hospitals_keep_their_whole_name(body, name):
    r = recs(body)
    assert (name, 2023) in r, list(r)
    assert not any(e in ("RS", "Rumah Sakit") for e, _ in r)


@pytest.mark.parametrize(
    "body, name, parent",
    [
        (JATIM + "Di Kabupaten Jember, DPMP2TSP meraih nilai 90,3.", "DPMP2TSP", "Kabupaten Jember"),
        (JABAR + "Dukcapil Kota Depok meraih nilai 85,3.", "Dukcapil", "Kota Depok"),
        (JABAR + "DPM-PTSP Kota Depok meraih nilai 80,1.", "DPM-PTSP", "Kota Depok"),
        (JABAR + "Disdukcapil Depok memperoleh nilai 86,2.", "Disdukcapil", "Kota Depok"),
        (JABAR + "Kantah Kota Depok meraih nilai 90,2.", "Kantah Kota Depok", BPN),
        (JABAR + "Kemenag Kota Depok meraih nilai 90,2.", "Kantor Kementerian Agama Kota Depok", "Kementerian Agama"),
    ],
)
def test_short_heads_of_regional_and_vertical_offices(body, name, parent):
    r = recs(body)
    assert r[(name, 2023)].parent == parent, list(r)


@pytest.mark.parametrize(
    "body, name",
    [
        (JATIM + "RSUD dr Soebandi meraih nilai 90,3.", "RSUD dr Soebandi"),
        (JATIM + "Nilai 88,2 diraih RSUD dr Iskak.", "RSUD dr Iskak"),
        (JATIM + "RSUD dr. Iskak meraih nilai 85,1.", "RSUD dr. Iskak"),
    ],
)
def test_a_hospitals_eponym_keeps_its_honorific_with_or_without_full_stop(body, name):
    r = recs(body)
    assert (name, 2023) in r, list(r)
    assert ("RSUD", 2023) not in r


def test_a_doctor_named_after_a_bare_hospital_head_is_still_an_official():
    text = JATIM + "RSUD Jember meraih nilai 90,3. Direktur RSUD dr Hendro Sasongko mengatakan hal itu."
    assert "Hendro Sasongko" in titles_of(text)


@pytest.mark.parametrize(
    "long_form, short",
    [
        ("Dinas Kependudukan dan Pencatatan Sipil", "Dukcapil"),
        ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPM-PTSP"),
        ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPM PTSP"),
        ("Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil"),
    ],
)
def test_a_short_office_name_after_its_long_form_is_the_same_unit(long_form, short):
    text = (
        JABAR + f"{long_form} Kota Depok meraih nilai 85,3. Dengan nilai itu, {short} Kota Depok menjadi yang terbaik."
    )
    r = recs(text)
    assert fields_of(r, long_form, 2023, "score", "parent") == {"score": 85.3, "parent": "Kota Depok"}
    assert (short, 2023) not in r, list(r)

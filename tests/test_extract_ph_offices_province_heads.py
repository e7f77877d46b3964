"""A Polda (or a Kanwil) gets a record only where its own result is stated: named as where its stations are
("Polres A dan Polres B dari Polda X masuk zona merah", "seluruh Polres di Polda X", "10 Polres se-Polda X"), or
beside its stations' result ("Polda X membawa seluruh Polres jajarannya masuk zona hijau", "Polda X mendapat zona
hijau semua") or the nation's ("Polda X bangga, Korps Bhayangkara secara nasional meraih nilai 80"), it holds
none of those values; an average over all its stations and a result joined to theirs stay its own.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import POLRI, fields_of, recs


OMB_2023 = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "
OMB_2024 = "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2024. "


@pytest.mark.parametrize(
    "body, polda, stations",
    [
        (
            "Polres Gowa dan Polres Maros dari Polda Sulsel masuk zona merah.",
            "Polda Sulsel",
            ("Polres Gowa", "Polres Maros"),
        ),
        (
            "Polres Kendal dan Polres Demak asal Polda Jateng meraih zona merah.",
            "Polda Jateng",
            ("Polres Kendal", "Polres Demak"),
        ),
        (
            "Polres Nias serta Polres Simalungun di jajaran Polda Sumut masuk zona merah.",
            "Polda Sumut",
            ("Polres Nias", "Polres Simalungun"),
        ),
    ],
)
def test_a_polda_named_as_where_its_stations_are_holds_their_values(body, polda, stations):
    r = recs(OMB_2023 + body)
    assert not any(e == polda for e, _ in r), list(r)
    for name in stations:
        assert fields_of(r, name, 2023, "zone", "parent") == {"zone": "merah", "parent": POLRI}, name


@pytest.mark.parametrize(
    "body",
    [
        "Tahun ini seluruh Polres di Polda Bengkulu meraih zona hijau.",
        "Sebanyak 10 Polres se-Polda Bengkulu masuk zona hijau.",
        "Polda Bengkulu berhasil membawa seluruh Polres jajarannya masuk zona hijau.",
        "Polda Bengkulu, seluruh Polresnya masuk zona hijau.",
        "Pada tahun 2024 Polda Bengkulu mendapatkan zonasi hijau semua.",
        "Dibanding tahun lalu, Polda Bengkulu kini masih ada dua Polres yang mendapat zona kuning.",
    ],
)
def test_a_polda_beside_its_stations_result_holds_no_record(body):
    r = recs(OMB_2024 + body)
    assert not any(e.startswith(("Polda", "Kepolisian Daerah")) for e, _ in r), list(r)


@pytest.mark.parametrize(
    "body",
    [
        "Polda Jawa Tengah bangga, Korps Bhayangkara secara nasional meraih nilai 80,5.",
        "Polda Jawa Tengah menyampaikan bahwa secara nasional kepolisian memperoleh nilai 80,5.",
        "Polda Jawa Tengah menyebut nilai Polri secara nasional 80,5 dengan zona hijau.",
        "Kabid Humas Polda Jawa Tengah mengatakan Polri meraih nilai 80,5.",
    ],
)
def test_the_national_police_result_is_not_the_poldas(body):
    r = recs(OMB_2023 + body)
    assert ("Polda Jawa Tengah", 2023) not in r, list(r)


def test_korps_bhayangkara_is_the_national_police():
    r = recs(OMB_2023 + "Korps Bhayangkara meraih nilai 80,5 pada penilaian itu.")
    assert r[(POLRI, 2023)].score == 80.5


@pytest.mark.parametrize(
    "body, fields",
    [
        ("Polda Bengkulu meraih nilai 88,5 dan masuk zona hijau.", {"score": 88.5, "zone": "hijau"}),
        ("Rata-rata nilai Polres jajaran se-Polda Bengkulu mencapai 91,11 dengan kategori A.", {"score": 91.11}),
        ("Polda Bengkulu beserta seluruh Polres jajarannya meraih zona hijau.", {"zone": "hijau"}),
        ("Polda Bengkulu meraih zona hijau dengan nilai 90, begitu juga seluruh Polres jajarannya.", {"score": 90.0}),
        ("Polda Bengkulu meraih peringkat 3 secara nasional dengan nilai 90.", {"rank": 3, "score": 90.0}),
    ],
)
def test_a_poldas_own_result_stays_its_own(body, fields):
    r = recs(OMB_2024 + body)
    assert fields_of(r, "Polda Bengkulu", 2024, *fields) == fields


@pytest.mark.parametrize(
    "said",
    [
        "Kapolda NTT menyebut, empat dari 12 Polres jajaran yang dinilai masuk zona merah.",
        "Hasilnya, sebagian Polres jajaran masuk zona merah.",
        "Menurut Ombudsman, secara keseluruhan institusi Polri mendapat nilai merah.",
    ],
)
def test_a_sentence_on_its_stations_or_polri_carries_nothing_to_the_polda(said):
    text = OMB_2023.replace("Ombudsman RI", "Ombudsman RI Perwakilan NTT", 1) + (
        "Kapolda NTT menyebut hasil itu menjadi bahan perbaikan pelayanan di Polda NTT. " + said
    )
    assert not any(e.startswith("Polda") for e, _ in recs(text)), list(recs(text))


@pytest.mark.parametrize("title", ["Irwasda", "Kabid Humas", "Wakapolda"])
def test_a_polda_in_its_officers_title_holds_no_value(title):
    text = OMB_2023 + f"{title} Polda Kalteng berkunjung ke Ombudsman terkait rapor merah institusi kepolisian itu."
    assert not any(e.startswith("Polda") for e, _ in recs(text))


@pytest.mark.parametrize(
    "body, stations",
    [
        (
            "Lapas Porong dan Rutan Medaeng dari Kanwil Kemenkumham Jatim masuk zona hijau.",
            ("Lapas Porong", "Rutan Medaeng"),
        ),
        ("Kanwil Kemenkumham Jatim membawa seluruh Lapas dan Rutan jajarannya masuk zona hijau.", ()),
    ],
)
def test_a_kanwil_beside_its_prisons_result_holds_no_record(body, stations):
    r = recs(OMB_2023 + body)
    assert not any(e.startswith("Kanwil") for e, _ in r), list(r)
    for name in stations:
        assert r[(name, 2023)].zone == "hijau"


def test_a_kanwils_own_result_stays_its_own():
    r = recs(OMB_2023 + "Kanwil Kemenkumham Jatim meraih nilai 92,1 dan zona hijau.")
    assert fields_of(r, "Kanwil Kemenkumham Jatim", 2023, "score", "zone") == {"score": 92.1, "zone": "hijau"}

"""Records, scores, ranks, zones and opinions: headings after a purpose phrase, other ministries'
indices, and other constructions of regional reporting.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

OMB = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


# -- a purpose phrase heading a list of holders: held, not aimed at -----------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Kepala Ombudsman menjelaskan untuk memperoleh kategori kepatuhan tertinggi atau opini A yakni",
        "Adapun untuk meraih opini A yaitu",
        "Sementara itu, untuk mendapatkan kategori A adalah",
        "Untuk masuk kategori A, yakni",
    ],
)
def test_a_purpose_phrase_heading_a_list_names_the_holders(head):
    text = (
        OMB.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. "
        f"{head} Kota Tidore Kepulauan dengan nilai 90,12 dan Kabupaten Halmahera Barat dengan nilai 88,40."
    )
    r = recs(text)
    assert r[("Kota Tidore Kepulauan", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].score == 88.4


@pytest.mark.parametrize(
    "aim",
    [
        "Untuk memperoleh opini A, yakni dengan membenahi standar pelayanan, Kota Tidore Kepulauan terus berbenah.",
        "Kota Tidore Kepulauan berupaya untuk memperoleh opini A tahun depan.",
        "Kota Tidore Kepulauan akan bekerja keras untuk meraih kategori A, yaitu nilai di atas 88.",
        "Syarat untuk masuk kategori A adalah nilai minimal 88, kata Kota Tidore Kepulauan.",
    ],
)
def test_a_purpose_phrase_without_holders_is_still_aimed_at(aim):
    text = OMB.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. " + aim
    r = recs(text)
    assert all(rec.grade is None for rec in r.values())

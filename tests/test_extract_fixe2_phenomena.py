"""Records and labels: negated membership and other constructions of regional reporting (continued from
test_extract_fixe_phenomena.py).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

OMB = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


# -- "tidak termasuk provinsi yang mendapatkan zona hijau": not one of those holding it ------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemprov Gorontalo tidak termsuk provinsi yang mendapatkan predikat zona hijau.",
        "Sayangnya Pemprov Gorontalo tidak termasuk daerah yang meraih zona hijau tahun ini.",
        "Pemprov Gorontalo bukan tergolong pemerintah daerah yang masuk zona hijau.",
    ],
)
def test_not_among_the_holders_gives_no_label(said):
    text = OMB.format(prov="Gorontalo") + "Hasil penilaian tahun 2021 diumumkan di Gorontalo. " + said
    r = recs(text)
    assert ("Provinsi Gorontalo", 2021) not in r or r[("Provinsi Gorontalo", 2021)].zone is None


@pytest.mark.parametrize(
    "said",
    [
        "Kota Gorontalo tidak termasuk yang dinilai tahun ini karena sudah masuk zona hijau.",
        "Kota Gorontalo tidak termasuk daftar penilaian, sebab sebelumnya telah meraih zona hijau.",
        "Kota Gorontalo termasuk daerah yang meraih zona hijau.",
    ],
)
def test_a_label_held_in_another_clause_is_kept(said):
    text = OMB.format(prov="Gorontalo") + "Hasil penilaian tahun 2021 diumumkan di Gorontalo. " + said
    assert any(rec.zone == "hijau" for (name, _), rec in recs(text).items() if name == "Kota Gorontalo")


# -- a ranking of the parties complained about is no compliance rank ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemerintah Kota Jayapura masih menempati urutan pertama lembaga yang dilaporkan, diikuti kepolisian.",
        "Kota Jayapura menjadi peringkat pertama instansi yang paling banyak dilaporkan ke Ombudsman tahun 2016.",
        "Pemkot Jayapura berada di posisi teratas pihak yang dilaporkan masyarakat.",
    ],
)
def test_a_complaint_ranking_gives_no_rank(said):
    text = OMB.format(prov="Papua") + "Penyerahan hasil penilaian tahun 2016 dilakukan di Jayapura. " + said
    assert all(rec.rank is None for rec in recs(text).values())


def test_a_compliance_rank_beside_complaints_is_kept():
    text = (
        OMB.format(prov="Papua") + "Penyerahan hasil penilaian tahun 2016 dilakukan di Jayapura. Kota Jayapura "
        "menempati peringkat pertama penilaian kepatuhan di Papua dengan nilai 80,10."
    )
    assert recs(text)[("Kota Jayapura", 2016)].rank == 1

"""Relevance: a complaint report that counts many reports and names the assessment only in passing is a
look-alike; the misspelling "Ombusdman"; the result told as the worst public service; the Ombudsman's
preparation of a government for the assessment ("pra evaluasi terhadap standar pelayanan publik"); in a
complaint report, a zone ranked by the counts ("di urutan teratas zona merah") is the complaint ranking.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.components.relevance import Relevance
from extract.components.common.knowledge import MODELS_DIR

REL = Relevance(None, "kepatuhan_relevance", str(MODELS_DIR))

COUNTS = (
    "Sepanjang tahun ini Ombudsman Jambi menerima 310 laporan dari warga. Sebanyak 205 laporan sudah selesai "
    "dan 105 laporan masih diproses. Instansi yang paling banyak dilaporkan adalah pemerintah daerah dengan "
    "150 laporan, disusul kantor pertanahan 40 laporan. "
)


@pytest.mark.parametrize(
    "passing",
    [
        "Selain itu, penilaian penyelenggaraan pelayanan publik tahun ini mencakup 11 pemerintah kabupaten.",
        "Tim juga melakukan penilaian kepatuhan terhadap 12 kantor polres di provinsi itu.",
    ],
)
def test_a_complaint_report_naming_the_assessment_in_passing_is_no_result(passing):
    assert not REL.is_relevant(COUNTS + passing)


@pytest.mark.parametrize(
    "result",
    [
        "Dalam penilaian kepatuhan, Kota Jambi meraih zona hijau dari Ombudsman.",
        "Hasil penilaian kepatuhan Ombudsman menempatkan Kabupaten Bungo pada kategori B.",
        "Pada penilaian kepatuhan Ombudsman, Kabupaten Kerinci memperoleh nilai 88,50.",
    ],
)
def test_a_complaint_report_stating_a_result_stays_relevant(result):
    assert REL.is_relevant(COUNTS + result)


@pytest.mark.parametrize(
    "text",
    [
        "Komisi Ombusdman RI menetapkan Kota Bitung meraih predikat kepatuhan tertinggi tahun 2023.",
        "Data Ombusdman menunjukkan Kabupaten Minahasa berada di zona hijau pada penilaian kepatuhan.",
    ],
)
def test_the_misspelt_assessor_is_the_ombudsman(text):
    assert REL.is_candidate(text)
    assert REL.is_relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wakil wali kota kecewa karena Ombudsman menempatkan kotanya sebagai kota dengan pelayanan publik "
        "terburuk dari 98 kota.",
        "Menurut Ombudsman, kabupaten itu termasuk daerah yang pelayanan publiknya paling buruk; pelayanan "
        "publik paling buruk ada di dinas perizinan.",
    ],
)
def test_the_worst_public_service_from_the_ombudsman_is_a_result(text):
    assert REL.is_relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tim Ombudsman Jambi melakukan pra evaluasi terhadap standar pelayanan publik milik Pemkab Tebo.",
        "Ombudsman menggelar pra-evaluasi pemenuhan standar pelayanan di kantor Pemkab Sarolangun.",
    ],
)
def test_the_pre_evaluation_of_service_standards_prepares_the_assessment(text):
    assert REL.is_relevant(text)


def test_the_worst_service_without_the_ombudsman_is_not_relevant():
    assert not REL.is_relevant("Warga menilai kantor itu memberi pelayanan publik terburuk di kota.")


RANKED = (
    "Ombudsman NTB mencatat 18 laporan tentang kepolisian tahun lalu, di bawah pemerintah daerah dengan "
    "25 laporan dan di atas kantor pertanahan dengan 9 laporan. Angka itu turun karena ada reformasi birokrasi. "
    "Jumlah pengaduan masyarakat terus berkurang. "
)


@pytest.mark.parametrize(
    "ranked",
    [
        "Menurut Ombudsman, kepolisian kini tak lagi di urutan teratas zona merah layanan publik.",
        "Ombudsman menyebut dinas kesehatan masuk zona merah dengan aduan terbanyak.",
    ],
)
def test_a_zone_ranked_by_complaint_counts_is_no_result(ranked):
    assert not REL.is_relevant(RANKED + ranked)


def test_a_complaint_report_with_a_plain_zone_result_stays_relevant():
    said = "Dalam penilaian kepatuhan, Ombudsman menempatkan Polda NTB di zona hijau."
    assert REL.is_relevant(RANKED + said)

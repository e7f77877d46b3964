"""Relevance: a rank "dalam hal pelayanan publik" from the Ombudsman is the assessment; the plain wish to give
"pelayanan prima" is no look-alike evaluation (KemenPAN-RB's "Pelayanan Prima" predicate still is); the band
of the scale called a strip ("berada di strip merah") is the zone.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article


@pytest.mark.parametrize(
    "said",
    [
        "Kepala Ombudsman Kalbar menyebut Kabupaten Ketapang berada di peringkat ke-70 dalam hal pelayanan publik.",
        "Menurut Ombudsman, Kabupaten Ketapang ada di peringkat 70 dalam hal pelayanan publik dari 85 kabupaten.",
    ],
)
def test_a_rank_in_public_service_from_the_ombudsman_is_the_assessment(said):
    res = extract_article(said, published="2017-01-20")
    assert res.relevant
    assert {(r.entity, r.year, r.rank) for r in res.records} == {("Kabupaten Ketapang", 2016, 70)}


@pytest.mark.parametrize(
    "wish",
    [
        "Bupati meminta jajarannya memberikan pelayanan prima kepada masyarakat.",
        "Pemkab bertekad mewujudkan pelayanan prima di semua kantor.",
    ],
)
def test_the_wish_for_excellent_service_is_no_lookalike(wish):
    text = (
        f"{wish} Kepala Ombudsman Banten menyebut Kabupaten Pandeglang sudah masuk ke dalam zona hijau. "
        "Pandeglang juga meraih penghargaan Sakip."
    )
    res = extract_article(text, published="2019-01-30")
    assert res.relevant
    assert [(r.entity, r.year, r.zone) for r in res.records] == [("Kabupaten Pandeglang", 2018, "hijau")]


def test_the_evaluation_predicate_pelayanan_prima_stays_a_lookalike():
    text = (
        "Kota Bogor meraih predikat Pelayanan Prima dan SAKIP A dari kementerian, sementara Ombudsman menyebut "
        "kota itu zona hijau."
    )
    assert not extract_article(text, published="2019-01-30").relevant


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Landak berada di strip merah dengan nilai 31.",
        "Kabupaten Landak dengan nilai 31 masih di strip merah.",
    ],
)
def test_the_band_called_a_strip_is_the_zone(said):
    text = f"Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik 2016. {said}"
    res = extract_article(text, published="2017-01-20")
    assert [(r.entity, r.zone, r.score) for r in res.records] == [("Kabupaten Landak", "merah", 31.0)]

"""Audit: a test corpus with planted discrepancies of every kind plus clean cases.

The articles are the team's own writing (Bengkulu-flavoured, facts invented where planted).
Each planted article must yield exactly its expected finding kinds; clean articles none.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from audit.checks import audit_claims
from audit.evidence import parse_trends, sentence_around
from audit.official import read_official
from audit.audit import run_audit
from corpus.scheme import ScoringScheme
from audit.source import claim_from_record

OFFICIAL_CSV = """year,entity,entity_type,region_code,score,zone,grade,opinion,rank_national,rank_provincial,source
2021,Kementerian Luar Negeri,kementerian,,96.87,,,,1,,https://ombudsman.example/2021/kl
2021,Kementerian Keuangan,kementerian,,90.33,,,,2,,https://ombudsman.example/2021/kl
2021,Badan Standardisasi Nasional,lembaga,,88.57,,,,5,,https://ombudsman.example/2021/kl
2021,Provinsi Bengkulu,provinsi,17,81.00,hijau,,kepatuhan tinggi,,,https://ombudsman.example/2021/pemda
2022,Kabupaten Bengkulu Selatan,kabupaten,17.01,88.00,,,,,,https://ombudsman.example/2022
2023,Kabupaten Lebong,kabupaten,17.07,92.00,hijau,A,kualitas tertinggi,,2,https://ombudsman.example/2023
2023,Kota Bengkulu,kota,17.71,93.45,hijau,A,kualitas tertinggi,,1,https://ombudsman.example/2023
2023,Kabupaten Kaur,kabupaten,17.04,70.00,kuning,C,kualitas sedang,,,https://ombudsman.example/2023
2023,Kabupaten Seluma,kabupaten,17.05,84.50,hijau,B,kualitas tinggi,,,https://ombudsman.example/2023
2023,Kabupaten Mukomuko,kabupaten,17.06,86.00,hijau,B,kualitas tinggi,,,https://ombudsman.example/2023
2023,Kabupaten Bengkulu Utara,kabupaten,17.03,,,,,,5,https://ombudsman.example/2023
2023,Provinsi Bengkulu,provinsi,17,80.00,hijau,B,kualitas tinggi,20,,https://ombudsman.example/2023
2023,Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lebong,unit,,91.10,hijau,A,,,,https://ombudsman.example/2023/unit
2024,Kabupaten Kaur,kabupaten,17.04,95.57,hijau,A,kualitas tertinggi,,1,https://ombudsman.example/2024
2024,Kabupaten Lebong,kabupaten,17.07,95.12,hijau,A,,,2,https://ombudsman.example/2024
2024,Kota Bengkulu,kota,17.71,93.00,,,,,3,https://ombudsman.example/2024
2024,Kabupaten Kepahiang,kabupaten,17.08,92.00,,,,,,https://ombudsman.example/2024
2024,Kabupaten Rejang Lebong,kabupaten,17.02,85.10,,,,,,https://ombudsman.example/2024
2024,Kabupaten Seluma,kabupaten,17.05,80.00,,,,,,https://ombudsman.example/2024
2024,Kabupaten Mukomuko,kabupaten,17.06,84.00,hijau,B,,,,https://ombudsman.example/2024
2024,Provinsi Bengkulu,provinsi,17,88.30,hijau,,,,,https://ombudsman.example/2024
2024,Provinsi Sulawesi Utara,provinsi,71,98.63,,,,1,,https://ombudsman.example/2024
2024,Provinsi Jawa Tengah,provinsi,33,98.21,hijau,,kualitas tertinggi,2,,https://ombudsman.example/2024
"""

LEAD = "BENGKULU - Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan kepada pemerintah daerah. "


def art(slug: str, body: str, records: list[dict], expected: set[str]) -> dict:
    """An article: its records carry `needle`, the words their evidence span covers."""
    text = LEAD + body + " Penyerahan berlangsung di aula kantor gubernur."
    recs = []
    for r in records:
        r = dict(r)
        needle = r.pop("needle")
        start = text.index(needle)
        recs.append({**r, "evidence": [[start, start + len(needle)]]})
    return {
        "id": slug,
        "url": f"https://berita-bengkulu.example/{slug}",
        "text": text,
        "records": recs,
        "expected": expected,
    }


def R(entity, etype, year, needle, **kw):
    return {"entity": entity, "entity_type": etype, "year": year, "needle": needle, **kw}


PLANTED = [
    art(
        "lebong-2023-nilai",
        "Dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun 2023, Kabupaten Lebong "
        "memperoleh nilai 90,20.",
        [R("Kabupaten Lebong", "kabupaten", 2023, "memperoleh nilai 90,20", score=90.2)],
        {"score_mismatch"},
    ),
    art(
        "bu-2023-peringkat",
        "Kabupaten Bengkulu Utara menempati peringkat ketiga se-Provinsi Bengkulu tahun 2023.",
        [
            R(
                "Kabupaten Bengkulu Utara",
                "kabupaten",
                2023,
                "peringkat ketiga se-Provinsi Bengkulu",
                rank=3,
                rank_scope="provinsi",
            )
        ],
        {"rank_mismatch"},
    ),
    art(
        "kaur-2023-zona",
        "Pada penilaian tahun 2023 Kabupaten Kaur dinyatakan masuk zona hijau.",
        [R("Kabupaten Kaur", "kabupaten", 2023, "masuk zona hijau", zone="hijau")],
        {"zone_mismatch"},
    ),
    art(
        "seluma-2023-predikat",
        "Pemkab Seluma meraih predikat A dalam penilaian kepatuhan 2023.",
        [R("Kabupaten Seluma", "kabupaten", 2023, "meraih predikat A", grade="A")],
        {"grade_mismatch"},
    ),
    art(
        "mukomuko-2023-opini",
        "Kabupaten Mukomuko memperoleh opini kualitas tertinggi untuk tahun 2023.",
        [R("Kabupaten Mukomuko", "kabupaten", 2023, "opini kualitas tertinggi", opinion="kualitas tertinggi")],
        {"opinion_mismatch"},
    ),
    art(
        "benteng-2023",
        "Kabupaten Bengkulu Tengah meraih nilai 88,10 dan zona hijau pada penilaian 2023.",
        [R("Kabupaten Bengkulu Tengah", "kabupaten", 2023, "nilai 88,10 dan zona hijau", score=88.1, zone="hijau")],
        {"entity_not_official"},
    ),
    art(
        "prov-2019",
        "Pada survei kepatuhan 2019 Pemprov Bengkulu berada di zona kuning dengan nilai 70,11.",
        [R("Provinsi Bengkulu", "provinsi", 2019, "zona kuning dengan nilai 70,11", zone="kuning", score=70.11)],
        {"year_not_official"},
    ),
    art(
        "kaur-2020",
        "Pada penilaian 2020 Kabupaten Kaur disebut meraih nilai 85,00.",
        [R("Kabupaten Kaur", "kabupaten", 2020, "meraih nilai 85,00", score=85.0)],
        {"year_not_official"},
    ),
    art(
        "kepahiang-2024-zona",
        "Kabupaten Kepahiang mendapat nilai 92,00 dan masuk zona kuning pada penilaian 2024.",
        [R("Kabupaten Kepahiang", "kabupaten", 2024, "nilai 92,00 dan masuk zona kuning", score=92.0, zone="kuning")],
        {"scheme_contradiction"},
    ),
    art(
        "bs-2022-batas",
        "Kabupaten Bengkulu Selatan memperoleh nilai 88,00 dengan predikat B pada penilaian 2022.",
        [R("Kabupaten Bengkulu Selatan", "kabupaten", 2022, "nilai 88,00 dengan predikat B", score=88.0, grade="B")],
        {"scheme_contradiction"},
    ),
    art(
        "bu-2023-silang",
        "Kabupaten Bengkulu Utara disebut meraih predikat A namun berada di zona merah pada 2023.",
        [
            R(
                "Kabupaten Bengkulu Utara",
                "kabupaten",
                2023,
                "predikat A namun berada di zona merah",
                grade="A",
                zone="merah",
            )
        ],
        {"scheme_contradiction"},
    ),
    art(
        "rl-2024-peringkat",
        "Kabupaten Rejang Lebong meraih nilai 85,10 dan diklaim peringkat pertama "
        "se-Provinsi Bengkulu pada penilaian 2024.",
        [
            R(
                "Kabupaten Rejang Lebong",
                "kabupaten",
                2024,
                "nilai 85,10 dan diklaim peringkat pertama",
                score=85.1,
                rank=1,
                rank_scope="provinsi",
            )
        ],
        {"rank_contradiction"},
    ),
    art(
        "prov-2024-nasional",
        "Pemprov Bengkulu dengan nilai 88,30 mengklaim peringkat ke-2 nasional kategori provinsi pada 2024.",
        [
            R(
                "Provinsi Bengkulu",
                "provinsi",
                2024,
                "nilai 88,30 mengklaim peringkat ke-2 nasional",
                score=88.3,
                rank=2,
                rank_scope="nasional",
            )
        ],
        {"rank_contradiction"},
    ),
    art(
        "lebong-2024-naik",
        "Kabupaten Lebong meraih nilai 95,12 pada penilaian 2024, naik dari 90,00 pada tahun sebelumnya.",
        [R("Kabupaten Lebong", "kabupaten", 2024, "meraih nilai 95,12", score=95.12)],
        {"trend_contradiction"},
    ),
    art(
        "kota-2024-turun",
        "Kota Bengkulu berada di peringkat 3 se-Provinsi Bengkulu pada 2024, turun dari peringkat 2 tahun lalu.",
        [R("Kota Bengkulu", "kota", 2024, "peringkat 3 se-Provinsi Bengkulu", rank=3, rank_scope="provinsi")],
        {"trend_contradiction"},
    ),
    art(
        "seluma-2024-naik",
        "Kabupaten Seluma memperoleh nilai 80,00 pada 2024, naik dari 84,50 pada penilaian sebelumnya.",
        [R("Kabupaten Seluma", "kabupaten", 2024, "memperoleh nilai 80,00", score=80.0)],
        {"trend_contradiction"},
    ),
    art(
        "mukomuko-2024-zona",
        "Kabupaten Mukomuko naik dari zona kuning ke zona hijau pada penilaian 2024.",
        [R("Kabupaten Mukomuko", "kabupaten", 2024, "zona hijau", zone="hijau")],
        {"trend_contradiction"},
    ),
    art(
        "kaur-2024-a",
        "Kabupaten Kaur meraih nilai tertinggi se-Provinsi Bengkulu, yakni 95,27, pada penilaian 2024.",
        [R("Kabupaten Kaur", "kabupaten", 2024, "yakni 95,27", score=95.27)],
        {"outlet_disagreement", "score_mismatch"},
    ),
]

CLEAN = [
    art(
        "kaur-2024-b",
        "Kaur kembali menjadi yang terbaik dengan nilai 95,57 pada penilaian kepatuhan 2024.",
        [R("Kabupaten Kaur", "kabupaten", 2024, "nilai 95,57", score=95.57)],
        set(),
    ),
    art(
        "kaur-2024-c",
        "Nilai Kabupaten Kaur pada 2024 mencapai 95,57, naik dari 70,00 pada tahun 2023, dan "
        "menempati peringkat 1 se-Provinsi Bengkulu.",
        [R("Kabupaten Kaur", "kabupaten", 2024, "mencapai 95,57", score=95.57, rank=1, rank_scope="provinsi")],
        set(),
    ),
    art(
        "kota-2023",
        "Kota Bengkulu meraih nilai 93,45 kategori A dengan opini kualitas tertinggi dan zona hijau, "
        "sekaligus peringkat pertama se-Provinsi Bengkulu untuk penilaian 2023.",
        [
            R(
                "Kota Bengkulu",
                "kota",
                2023,
                "nilai 93,45 kategori A",
                score=93.45,
                grade="A",
                opinion="kualitas tertinggi",
                zone="hijau",
                rank=1,
                rank_scope="provinsi",
            )
        ],
        set(),
    ),
    art(
        "kemlu-2021",
        "Kementerian Luar Negeri meraih nilai 96,87 dan menempati peringkat pertama kategori "
        "kementerian dalam survei kepatuhan 2021.",
        [R("Kementerian Luar Negeri", "kementerian", 2021, "nilai 96,87", score=96.87, rank=1, rank_scope="nasional")],
        set(),
    ),
    art(
        "bsn-2021",
        "Badan Standarisasi Nasional memperoleh nilai 88,57 pada survei kepatuhan 2021.",
        [R("Badan Standarisasi Nasional", "lembaga", 2021, "nilai 88,57", score=88.57)],
        set(),
    ),
    art(
        "prov-2023",
        "Pemprov Bengkulu meraih nilai 80,00 dengan opini kualitas tinggi dan naik ke peringkat 20 dari "
        "34 provinsi pada penilaian 2023.",
        [
            R(
                "Provinsi Bengkulu",
                "provinsi",
                2023,
                "nilai 80,00 dengan opini kualitas tinggi",
                score=80.0,
                opinion="kualitas tinggi",
                rank=20,
                rank_scope="nasional",
            )
        ],
        set(),
    ),
    art(
        "lebong-2024-bulat",
        "Kabupaten Lebong meraih nilai 95,1 dan peringkat kedua se-Provinsi Bengkulu pada 2024.",
        [
            R(
                "Kabupaten Lebong",
                "kabupaten",
                2024,
                "nilai 95,1 dan peringkat kedua",
                score=95.1,
                rank=2,
                rank_scope="provinsi",
            )
        ],
        set(),
    ),
    art(
        "prov-2021",
        "Pada survei kepatuhan 2021 Pemprov Bengkulu masuk zona hijau dengan nilai 81,00 atau "
        "predikat kepatuhan tinggi.",
        [
            R(
                "Provinsi Bengkulu",
                "provinsi",
                2021,
                "zona hijau dengan nilai 81,00",
                score=81.0,
                zone="hijau",
                opinion="kepatuhan tinggi",
            )
        ],
        set(),
    ),
    art(
        "dukcapil-2023",
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lebong meraih nilai 91,10 pada 2023.",
        [
            R(
                "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lebong",
                "unit",
                2023,
                "meraih nilai 91,10",
                score=91.1,
                parent="Kabupaten Lebong",
            )
        ],
        set(),
    ),
]

CLEAN.append(
    art(
        "kaur-2024-zona",
        "Kabupaten Kaur naik dari zona kuning ke zona hijau pada penilaian 2024.",
        [R("Kabupaten Kaur", "kabupaten", 2024, "zona hijau", zone="hijau")],
        set(),
    )
)

CORPUS = PLANTED + CLEAN


@pytest.fixture(scope="module")
def official_rows(tmp_path_factory):
    path = tmp_path_factory.mktemp("off") / "official.csv"
    path.write_text(OFFICIAL_CSV, encoding="utf-8")
    parsed = read_official(path)
    assert not parsed.errors, parsed.problems
    return parsed.rows


def claims_of(articles):
    return [
        claim_from_record(rec, a["text"], a["url"], outlet="berita-bengkulu.example", article_id=a["id"])
        for a in articles
        for rec in a["records"]
    ]


@pytest.fixture(scope="module")
def findings(official_rows):
    return audit_claims(claims_of(CORPUS), official_rows)


def test_every_planted_discrepancy_found_and_no_clean_case_flagged(findings):
    expected = {(a["url"], kind) for a in CORPUS for kind in a["expected"]}
    found = {(f.url, f.kind) for f in findings}
    missing = expected - found
    unexpected = found - expected
    assert not missing, f"planted but not found: {sorted(missing)}"
    assert not unexpected, "flagged but not planted: " + "; ".join(
        f"{u} {k}: {[f.message for f in findings if f.url == u and f.kind == k]}" for u, k in sorted(unexpected)
    )
    # every kind the issue names is exercised
    kinds = {k for a in PLANTED for k in a["expected"]}
    assert kinds == {
        "score_mismatch",
        "rank_mismatch",
        "zone_mismatch",
        "grade_mismatch",
        "opinion_mismatch",
        "entity_not_official",
        "year_not_official",
        "scheme_contradiction",
        "rank_contradiction",
        "trend_contradiction",
        "outlet_disagreement",
    }


def by(findings, slug, kind):
    url = f"https://berita-bengkulu.example/{slug}"
    hits = [f for f in findings if f.url == url and f.kind == kind]
    assert len(hits) == 1, (slug, kind, hits)
    return hits[0]


def test_findings_carry_values_evidence_and_severity(findings):
    f = by(findings, "lebong-2023-nilai", "score_mismatch")
    assert (f.reported_value, f.official_value, f.severity) == (90.2, 92.0, "high")
    assert f.region_code == "17.07" and f.province == "Bengkulu"
    assert f.official_source == "https://ombudsman.example/2023"
    s, e = f.highlight[0]
    assert f.evidence[s:e] == "90,20" and f.evidence.startswith("Dalam Penilaian Kepatuhan")

    f = by(findings, "bu-2023-peringkat", "rank_mismatch")
    assert (f.reported_value, f.official_value, f.severity) == (3, 5, "high")  # claimed better than official

    f = by(findings, "kepahiang-2024-zona", "scheme_contradiction")
    assert (f.reported_value, f.official_value, f.severity) == ("kuning", "hijau", "medium")
    # 88,00 in 2022 is exactly at a cut-off not confirmed for that year: low severity
    f = by(findings, "bs-2022-batas", "scheme_contradiction")
    assert (f.reported_value, f.official_value, f.severity) == ("B", "A", "low")
    assert by(findings, "kaur-2020", "year_not_official").severity == "high"
    assert by(findings, "prov-2019", "year_not_official").severity == "info"

    f = by(findings, "rl-2024-peringkat", "rank_contradiction")
    # three kabupaten scored higher (a kota that did too is no evidence against a rank among kabupaten)
    assert f.official_value == ">= 4" and "Kabupaten Kaur 95,57" in f.message
    assert by(findings, "prov-2024-nasional", "rank_contradiction").official_value == ">= 3"

    f = by(findings, "lebong-2024-naik", "trend_contradiction")
    assert (f.field, f.reported_value, f.official_value) == ("previous_score", 90.0, 92.0)
    s, e = f.highlight[0]
    assert f.evidence[s:e].startswith("naik dari 90,00")
    f = by(findings, "kota-2024-turun", "trend_contradiction")
    assert (f.field, f.reported_value, f.official_value) == ("previous_rank", 2, "1")
    assert by(findings, "seluma-2024-naik", "trend_contradiction").field == "trend"
    f = by(findings, "mukomuko-2024-zona", "trend_contradiction")
    assert (f.field, f.reported_value, f.official_value) == ("previous_zone", "kuning", "hijau")

    f = by(findings, "kaur-2024-a", "outlet_disagreement")
    assert f.reported_value == 95.27 and f.official_value == 95.57 and "95,57 (2 sources)" in f.message


def test_audit_without_official_table_runs_internal_checks_only():
    findings = audit_claims(claims_of(CORPUS), None)
    kinds = {f.kind for f in findings}
    # only internal checks; ranks and trends are then judged against the other *reported* records
    assert kinds == {
        "scheme_contradiction",
        "outlet_disagreement",
        "year_not_official",
        "rank_contradiction",
        "trend_contradiction",
    }
    f = by(findings, "lebong-2024-naik", "trend_contradiction")  # 2023 reported 90,20, not 90,00
    assert (f.reported_value, f.official_value) == (90.0, 90.2)
    # 2020 is known to have had no assessment even without an official table
    assert {f.year for f in findings if f.kind == "year_not_official"} == {2020}


def test_outlets_disagreeing_without_majority_all_flagged_and_same_article_said():
    text = "Kabupaten Lebong meraih nilai 95,27 pada 2024. Di bagian lain tertulis nilai 95,57."
    a, b = text.index("95,27"), text.index("95,57")
    recs = [
        {
            "entity": "Kabupaten Lebong",
            "entity_type": "kabupaten",
            "year": 2024,
            "score": 95.27,
            "evidence": [[a, a + 5]],
        },
        {
            "entity": "Kabupaten Lebong",
            "entity_type": "kabupaten",
            "year": 2024,
            "score": 95.57,
            "evidence": [[b, b + 5]],
        },
    ]
    claims = [claim_from_record(r, text, "https://x.example/1") for r in recs]
    found = [f for f in audit_claims(claims, None) if f.kind == "outlet_disagreement"]
    assert len(found) == 2 and all("same article" in f.message for f in found)


def test_scheme_per_year():
    s = ScoringScheme.load()
    assert s.for_year(2021).expected("zone", 81.0) == "hijau"
    assert s.for_year(2021).expected("zone", 80.99) == "kuning"
    assert s.for_year(2021).expected("opinion", 50.99) == "kepatuhan rendah"
    assert s.for_year(2024).expected("grade", 87.99) == "B"
    assert s.for_year(2024).expected("opinion", 31.99) == "kualitas terendah"
    assert s.for_year(2024).expected("zone", 54.0) == "kuning"
    assert not s.assessed(2020) and s.previous_year(2021) == 2019 and s.previous_year(2024) == 2023
    assert s.for_year(2023).at_uncertain_boundary(88.0) and not s.for_year(2024).at_uncertain_boundary(88.0)
    assert not s.for_year(2025).known  # new instrument: no bands to check against


@pytest.mark.parametrize(
    "sentence,entity,etype,year,score,zone,flagged",
    [
        # a ministry in 2018: the 0-55/56-88/89-110 bands are the ones attested for ministries
        (
            "Kementerian Agraria dan Tata Ruang memperoleh nilai 85,00 dan masuk zona kuning pada survei kepatuhan 2018.",
            "Kementerian Agraria dan Tata Ruang",
            "kementerian",
            2018,
            85.0,
            "kuning",
            False,
        ),
        # a kabupaten in 2018: both systems attested, 85,00 is hijau under 0-50/51-80/81-100
        (
            "Kabupaten Ogan Komering Ilir meraih nilai 85,00 dan zona hijau pada survei kepatuhan 2018.",
            "Kabupaten Ogan Komering Ilir",
            "kabupaten",
            2018,
            85.0,
            "hijau",
            False,
        ),
        # ... and 85,00 is kuning under 56-88, also attested for a kabupaten that year
        (
            "Kabupaten Ogan Komering Ilir meraih nilai 85,00 dan zona kuning pada survei kepatuhan 2018.",
            "Kabupaten Ogan Komering Ilir",
            "kabupaten",
            2018,
            85.0,
            "kuning",
            False,
        ),
        # 45,00 is merah under every system attested for 2019
        (
            "Kabupaten Lebong meraih nilai 45,00 dan zona hijau pada survei kepatuhan 2019.",
            "Kabupaten Lebong",
            "kabupaten",
            2019,
            45.0,
            "hijau",
            True,
        ),
        # a ministry at 85,00 in hijau: its kind settles the system, and 85,00 is below 89
        (
            "Kementerian Agraria dan Tata Ruang memperoleh nilai 85,00 dan masuk zona hijau pada survei kepatuhan 2018.",
            "Kementerian Agraria dan Tata Ruang",
            "kementerian",
            2018,
            85.0,
            "hijau",
            True,
        ),
        # a kota was only ever given the 0-50/51-80/81-100 bands
        (
            "Kota Bengkulu meraih nilai 85,00 dan zona kuning pada survei kepatuhan 2017.",
            "Kota Bengkulu",
            "kota",
            2017,
            85.0,
            "kuning",
            True,
        ),
        # 2021 has one system: the 56-88 bands do not excuse this
        (
            "Kabupaten Lebong meraih nilai 85,00 dan zona kuning pada penilaian kepatuhan 2021.",
            "Kabupaten Lebong",
            "kabupaten",
            2021,
            85.0,
            "kuning",
            True,
        ),
    ],
)
def test_scheme_2017_2019_two_band_systems(sentence, entity, etype, year, score, zone, flagged):
    text = LEAD + sentence
    start = text.index("nilai")
    rec = {
        "entity": entity,
        "entity_type": etype,
        "year": year,
        "score": score,
        "zone": zone,
        "evidence": [[start, len(text) - 1]],
    }
    claim = claim_from_record(rec, text, "https://berita.example/survei")
    found = [f for f in audit_claims([claim], None) if f.kind == "scheme_contradiction"]
    assert bool(found) == flagged, [f.message for f in found]
    if flagged:
        assert found[0].severity == "medium" and found[0].field == "zone" and found[0].reported_value == zone


def test_scheme_2017_2019_systems_by_kind():
    ys = ScoringScheme.load().for_year(2018)
    assert [s.expected("zone", 85.0) for s in ys.systems_for("kabupaten")] == ["hijau", "kuning"]
    assert [s.expected("zone", 85.0) for s in ys.systems_for("kementerian")] == ["kuning"]
    assert [s.expected("zone", 85.0) for s in ys.systems_for("provinsi")] == ["hijau"]
    assert len(ys.systems_for(None)) == 2 and ys.systems_for("lembaga")[0].expected("zone", 89.0) == "hijau"
    assert not ScoringScheme.load().for_year(2021).alternatives


def _two_outlets(entity: str, etype: str, year: int, first: tuple[float, str], second: tuple[float, str]):
    """One result as two outlets wrote it: (score, zone) each, in sentences of our own."""
    claims = []
    for n, (score, zone) in enumerate((first, second)):
        written = f"{score:.2f}".replace(".", ",")
        text = LEAD + f"{entity} meraih nilai {written} dan masuk zona {zone} dalam survei kepatuhan {year}."
        start = text.index("meraih")
        rec = {"entity": entity, "entity_type": etype, "year": year, "score": score, "zone": zone}
        rec["evidence"] = [[start, len(text) - 1]]
        claims.append(claim_from_record(rec, text, f"https://outlet{n}.example/kepatuhan-{year}", outlet=f"outlet{n}"))
    return [f for f in audit_claims(claims, None) if f.field == "zone"]


@pytest.mark.parametrize(
    "entity,etype,year,first,second",
    [
        # 2021 had one band system: 85,00 is hijau, the kuning outlet is simply wrong
        ("Kabupaten Lebong", "kabupaten", 2021, (85.0, "hijau"), (85.0, "kuning")),
        # a ministry's kind settles the 0-55/56-88/89-110 bands: 85,00 is kuning there only
        ("Kementerian Agraria dan Tata Ruang", "kementerian", 2018, (85.0, "hijau"), (85.0, "kuning")),
        # merah fits 85,00 under no system of 2019
        ("Kabupaten Kaur", "kabupaten", 2019, (85.0, "hijau"), (85.0, "merah")),
        # two different scores: one system (0-50/51-80/81-100) gives both zones, a plain disagreement
        ("Kabupaten Seluma", "kabupaten", 2017, (85.0, "hijau"), (75.0, "kuning")),
    ],
)
def test_zone_disagreements_no_band_system_explains_stay_outlet_disagreements(entity, etype, year, first, second):
    found = _two_outlets(entity, etype, year, first, second)
    kinds = {f.kind for f in found}
    assert "band_system_difference" not in kinds and "outlet_disagreement" in kinds, [f.message for f in found]


def test_bundled_sample_official_table_is_consistent_with_the_scheme():
    """The official table itself passes the scheme check (the scheme doc reports zero mismatches)."""
    from audit.types import ReportedClaim

    rows = read_official(Path(__file__).resolve().parents[1] / "corpus" / "official_scores.csv").rows
    claims = [
        ReportedClaim(
            entity=r.entity,
            entity_type=r.entity_type or "",
            year=r.year,
            region_code=r.region_code,
            score=r.score,
            zone=r.zone,
            grade=r.grade,
            opinion=r.opinion,
        )
        for r in rows
    ]
    bad = [f for f in audit_claims(claims, None) if f.kind == "scheme_contradiction" and f.severity != "low"]
    assert not bad, [f.message for f in bad]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Nilai Kabupaten Lebong naik dari 78,50 menjadi 88,30.", [("naik", "score", 78.5, 88.3)]),
        ("Posisinya turun dari peringkat ke-2 ke peringkat 6 se-Provinsi Bengkulu.", [("turun", "rank", 2, 6)]),
        ("Skor Pemprov meningkat signifikan dari tahun lalu yang hanya 71,2.", [("naik", "score", 71.2, None)]),
        ("Kota Bengkulu naik ke peringkat 5 dari 34 provinsi.", []),
        ("Capaian ini naik dari tahun 2022.", []),
        ("Nilainya dari 79,1 menjadi 85,2 pada penilaian 2024.", [("naik", "score", 79.1, 85.2)]),
        (
            "Terjadi kenaikan cukup besar di Pemkab Boven Digoel, dari 31,40 persen pada 2022 menjadi 58,75 persen.",
            [("naik", "score", 31.4, 58.75)],
        ),
        ("Pemkab Tambrauw naik dari zona merah ke zona kuning.", [("naik", "zone", "merah", "kuning")]),
    ],
)
def test_trend_phrases(sentence, expected):
    got = [(t.direction, t.metric, t.previous, t.new_value) for t in parse_trends(sentence)]
    assert got == expected


def test_sentence_around_keeps_abbreviations_and_decimals():
    text = "Bupati Kab. Lebong hadir. Kab. Lebong meraih nilai 92.00 dengan predikat A. Acara selesai."
    i = text.index("92.00")
    sentence, spans = sentence_around(text, [(i, i + 5)])
    assert sentence == "Kab. Lebong meraih nilai 92.00 dengan predikat A."
    assert sentence[spans[0][0] : spans[0][1]] == "92.00"


# -- end to end: files, CLI ------------------------------------------------------------------


def write_extraction(tmp_path: Path, articles) -> tuple[Path, Path]:
    arts, recs = tmp_path / "articles.jsonl", tmp_path / "records.jsonl"
    with arts.open("w", encoding="utf-8") as fa, recs.open("w", encoding="utf-8") as fr:
        for a in articles:
            fa.write(json.dumps({"id": a["id"], "url": a["url"], "text": a["text"]}, ensure_ascii=False) + "\n")
            fr.write(
                json.dumps(
                    {"id": a["id"], "relevant": True, "records": a["records"], "officials": []}, ensure_ascii=False
                )
                + "\n"
            )
        fr.write("{not json\n")  # a broken line is reported and skipped, the rest audited
    return recs, arts


def test_run_audit_writes_csv_json_html(tmp_path):
    recs, arts = write_extraction(tmp_path, CORPUS)
    off = tmp_path / "official.csv"
    off.write_text(OFFICIAL_CSV, encoding="utf-8")
    summary = run_audit(official_file=off, out_dir=tmp_path / "out", records_file=recs, articles_file=arts)
    assert summary.n_claims == sum(len(a["records"]) for a in CORPUS)
    assert summary.n_findings == sum(len(a["expected"]) for a in CORPUS)
    assert any("records.jsonl" in str(p) and p.line == len(CORPUS) + 1 for p in summary.problems)
    with open(summary.files["csv"], encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == summary.n_findings and rows[0]["severity"] == "high"
    assert {"kind", "severity", "entity", "year", "reported_value", "official_value", "url", "evidence"} <= set(rows[0])
    data = json.loads(summary.files["json"].read_text(encoding="utf-8"))
    assert data["summary"]["n_findings"] == summary.n_findings and len(data["findings"]) == summary.n_findings
    assert any(c["province"] == "Bengkulu" and c["year"] == 2024 for c in data["coverage"])
    page = summary.files["html"].read_text(encoding="utf-8")
    assert "<svg" in page and page.count('<tr id="finding-') == summary.n_findings
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "").split("<body>")[0]


def test_cli_audit_and_official_import_face(tmp_path):
    from typer.testing import CliRunner

    from kepatuhan.cli import app

    recs, arts = write_extraction(tmp_path, CORPUS)
    off = tmp_path / "official.csv"
    off.write_text(OFFICIAL_CSV, encoding="utf-8")
    res = CliRunner().invoke(
        app,
        [
            "audit",
            "--records",
            str(recs),
            "--articles",
            str(arts),
            "--official",
            str(off),
            "--out",
            str(tmp_path / "cli-out"),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "score_mismatch" in res.output and (tmp_path / "cli-out" / "report.html").exists()


@pytest.mark.parametrize(
    "written,value,flagged",
    [
        ("nilai 92", 92.0, False),  # the press rounded 92,40
        ("nilai 92,4", 92.4, False),
        ("nilai 92,00", 92.0, True),  # two decimals written: not a rounding
        ("nilai 92,04", 92.04, True),
    ],
)
def test_score_rounding_depends_on_the_decimals_written(official_rows, written, value, flagged):
    off = [r for r in official_rows if r.entity == "Kabupaten Kepahiang"][0]
    off = type(off)(**{**off.__dict__, "score": 92.40})
    text = f"Kabupaten Kepahiang meraih {written} pada penilaian 2024."
    i = text.index(written)
    claim = claim_from_record(
        {
            "entity": "Kabupaten Kepahiang",
            "entity_type": "kabupaten",
            "year": 2024,
            "score": value,
            "evidence": [[i, i + len(written)]],
        },
        text,
        "https://x.example/k",
    )
    kinds = [f.kind for f in audit_claims([claim], [off])]
    assert ("score_mismatch" in kinds) is flagged


def test_a_broken_stored_record_is_reported_and_skipped_not_fatal():
    from audit.source import _claims_from_rows

    problems = []
    rows = [
        {"record_id": 5, "article_url": "https://x.example/rusak", "entity": "Kabupaten Lebong", "year": None},
        {
            "record_id": 6,
            "article_url": "https://x.example/baik",
            "entity": "Kabupaten Lebong",
            "entity_type": "kabupaten",
            "year": 2023,
            "score": 92.0,
            "evidence": [[0, 5]],
        },
    ]
    claims = _claims_from_rows(rows, problems, text="92,00 nilai Lebong.")
    assert [c.url for c in claims] == ["https://x.example/baik"]
    assert [str(p) for p in problems] == [
        "https://x.example/rusak: error: record 5 skipped: int() argument must be a string, a bytes-like object or "
        "a real number, not 'NoneType'"
    ]


def test_evidence_spans_in_different_sentences_are_joined_not_spanned():
    filler = "Paragraf lain tentang acara. " * 40
    text = "Kabupaten Lebong Raih Penghargaan. " + filler + "Lebong meraih nilai 84,22 pada 2022. Penutup."
    spans = [(0, 16), (text.index("84,22"), text.index("84,22") + 5)]
    evidence, rel = sentence_around(text, spans)
    assert evidence == "Kabupaten Lebong Raih Penghargaan. … Lebong meraih nilai 84,22 pada 2022."
    assert [evidence[s:e] for s, e in rel] == ["Kabupaten Lebong", "84,22"]


def test_record_without_spans_gets_the_sentence_that_states_it():
    text = (
        "Acara berlangsung meriah. Kota Bengkulu meraih nilai 91,50. "
        "Kabupaten Lebong memperoleh nilai 91,50 dan zona hijau. Selesai."
    )
    claim = claim_from_record(
        {"entity": "Kabupaten Lebong", "entity_type": "kabupaten", "year": 2023, "score": 91.5},
        text,
        "https://x.example/tanpa-span",
    )
    assert claim.evidence == "Kabupaten Lebong memperoleh nilai 91,50 dan zona hijau."
    s, e = claim.highlight[0]
    assert claim.evidence[s:e] == "91,50"


def test_no_false_contradictions_on_the_annotated_dev_articles(gold_dev):
    """The dev set's gold records are what real articles say; none of them is internally
    contradictory, so the internal checks must stay silent on them (a false-positive guard on
    real Indonesian text, including its "meningkat dari …" sentences)."""
    claims = []
    for line in gold_dev.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        for rec in obj["records"]:
            claims.append(claim_from_record(rec, obj["text"], obj.get("url") or f"urn:dev:{obj['id']}"))
    assert len(claims) > 100 and sum(1 for c in claims if c.trends) >= 1
    assert all(c.evidence for c in claims)
    internal = [f for f in audit_claims(claims, None) if f.kind != "year_not_official" and f.severity != "low"]
    assert not internal, [(f.kind, f.entity, f.year, f.message) for f in internal]


def test_syndicated_copies_count_as_one_source():
    """One press release copied by three outlets (one duplicate cluster) with a typo does not
    outvote two independent reports."""

    def claim(i, score, cluster):
        text = f"Kabupaten Lebong meraih nilai {score} pada 2024."
        j = text.index(score)
        return claim_from_record(
            {
                "entity": "Kabupaten Lebong",
                "entity_type": "kabupaten",
                "year": 2024,
                "score": float(score.replace(",", ".")),
                "evidence": [[j, j + len(score)]],
            },
            text,
            f"https://outlet{i}.example/a",
            cluster=cluster,
        )

    claims = [
        claim(1, "59,12", "c1"),
        claim(2, "59,12", "c1"),
        claim(3, "59,12", "c1"),
        claim(4, "95,12", "c2"),
        claim(5, "95,12", "c3"),
    ]
    found = [f for f in audit_claims(claims, None) if f.kind == "outlet_disagreement"]
    assert sorted(f.url for f in found) == [f"https://outlet{i}.example/a" for i in (1, 2, 3)]
    assert all(f.official_value == 95.12 for f in found)


def test_an_unusable_official_file_stops_the_audit_with_file_and_line(tmp_path):
    from typer.testing import CliRunner

    from audit.audit import OfficialFileError
    from kepatuhan.cli import app

    recs, arts = write_extraction(tmp_path, CORPUS[:2])
    bad = tmp_path / "resmi.csv"
    bad.write_text("tahun;nilai\n2023;90\n", encoding="utf-8")
    with pytest.raises(OfficialFileError, match=r"resmi.csv:1: error: missing required column"):
        run_audit(official_file=bad, out_dir=tmp_path / "out", records_file=recs, articles_file=arts)
    assert not (tmp_path / "out").exists()
    res = CliRunner().invoke(
        app, ["audit", "--records", str(recs), "--official", str(bad), "--out", str(tmp_path / "o")]
    )
    assert res.exit_code == 2 and "resmi.csv:1: error" in res.output.replace("\n", "")


def test_the_year_written_with_the_previous_value_wins(tmp_path):
    """ "naik dari 95,08 pada penilaian tahun 2023" in a 2024 article is about 2023: not about 2022
    when the sentence also yields a 2023 record, and not about the scheme's previous year when the
    article names an older one ("dari 88,10 pada tahun 2022")."""
    path = tmp_path / "official.csv"
    path.write_text(
        "year,entity,entity_type,region_code,score,source\n"
        "2022,Kabupaten Mukomuko,kabupaten,17.06,88.10,https://ombudsman.example/2022\n"
        "2023,Kabupaten Mukomuko,kabupaten,17.06,95.08,https://ombudsman.example/2023\n"
        "2024,Kabupaten Mukomuko,kabupaten,17.06,97.10,https://ombudsman.example/2024\n",
        encoding="utf-8",
    )
    official = read_official(path).rows
    mm = "Kabupaten Mukomuko"
    clean = [
        art(
            "mm-2024-dua",
            "Pada penilaian tahun 2024, Kabupaten Mukomuko meraih nilai 97,10, naik dari 95,08 pada "
            "penilaian tahun 2023.",
            [
                R(mm, "kabupaten", 2024, "meraih nilai 97,10", score=97.1),
                R(mm, "kabupaten", 2023, "95,08", score=95.08),
            ],
            set(),
        ),
        art(
            "mm-2024-lama",
            "Kabupaten Mukomuko meraih nilai 97,10 pada 2024, naik dari 88,10 pada tahun 2022.",
            [R(mm, "kabupaten", 2024, "meraih nilai 97,10", score=97.1)],
            set(),
        ),
    ]
    planted = art(
        "mm-2024-salah",
        "Kabupaten Mukomuko meraih nilai 97,10 pada 2024, naik dari 93,00 pada penilaian tahun 2023.",
        [R(mm, "kabupaten", 2024, "meraih nilai 97,10", score=97.1)],
        set(),
    )
    found = audit_claims(claims_of(clean + [planted]), official)
    assert [(f.url.rsplit("/", 1)[1], f.field, f.reported_value, f.official_value) for f in found] == [
        ("mm-2024-salah", "previous_score", 93.0, 95.08)
    ]
    assert "2023 score" in found[0].message

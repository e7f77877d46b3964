"""Outlets printing different band systems for the same result (2017–2019) are shown as such:
a `band_system_difference`, not an outlet disagreement nor an error of either outlet.

The articles are the team's own writing; the entities and band systems are real, the reports
are invented.
"""

from __future__ import annotations

import csv
import json

import pytest

from audit.audit import run_audit
from audit.checks import audit_claims
from corpus.scheme import ScoringScheme
from audit.source import claim_from_record

OKI = "Kabupaten Ogan Komering Ilir"
SYSTEM_A = "0–50/51–80/81–100"
SYSTEM_B = "0–55/56–88/89–110"


def report(outlet: str, sentence: str, entity: str, etype: str, year: int, **values):
    """One outlet's article: a lead, the sentence carrying the record, and a closing line."""
    text = (
        f"PALEMBANG - Ombudsman RI mengumumkan hasil survei kepatuhan standar pelayanan publik tahun {year}. "
        f"{sentence} Hasil itu diserahkan kepada pemerintah daerah pekan ini."
    )
    start = text.index(sentence)
    rec = {"entity": entity, "entity_type": etype, "year": year, "evidence": [[start, start + len(sentence)]], **values}
    return claim_from_record(rec, text, f"https://{outlet}.example/survei-{year}", outlet=outlet)


def kinds(findings, kind):
    return sorted((f.outlet, f.field, f.reported_value) for f in findings if f.kind == kind)


def test_same_score_two_attested_band_systems_is_a_band_system_difference():
    claims = [
        report(
            "suarapalembang",
            "Pemkab OKI memperoleh nilai 85,00 sehingga masuk zona hijau dengan rentang 81 sampai 100.",
            OKI,
            "kabupaten",
            2018,
            score=85.0,
            zone="hijau",
        ),
        report(
            "beritaoki",
            "Kabupaten Ogan Komering Ilir mencatat nilai 85,00 dan berada di zona kuning (rentang 56-88).",
            OKI,
            "kabupaten",
            2018,
            score=85.0,
            zone="kuning",
        ),
    ]
    findings = audit_claims(claims, None)
    assert kinds(findings, "band_system_difference") == [
        ("beritaoki", "zone", "kuning"),
        ("suarapalembang", "zone", "hijau"),
    ]
    # neither outlet is called wrong: no disagreement, no scheme contradiction
    assert not [f for f in findings if f.kind != "band_system_difference"], [f.message for f in findings]
    by_outlet = {f.outlet: f for f in findings}
    hijau, kuning = by_outlet["suarapalembang"], by_outlet["beritaoki"]
    assert hijau.severity == kuning.severity == "info"
    assert (hijau.official_value, kuning.official_value) == ("kuning", "hijau")
    # both systems are named, each value with the one it fits
    assert (
        f"hijau at 85,00 fits the {SYSTEM_A} bands" in hijau.message
        and f"kuning (1 source, {SYSTEM_B}" in hijau.message
    )
    assert (
        f"kuning at 85,00 fits the {SYSTEM_B} bands" in kuning.message
        and f"hijau (1 source, {SYSTEM_A}" in kuning.message
    )
    s, e = kuning.highlight[0]
    assert kuning.evidence[s:e] == "kuning"


def test_a_zone_no_system_explains_is_still_a_disagreement():
    """45,00 is merah under both 2019 systems: hijau vs kuning is a real disagreement (and each
    outlet contradicts the score)."""
    claims = [
        report(
            "a",
            "Kabupaten Lebong meraih nilai 45,00 dan masuk zona hijau.",
            "Kabupaten Lebong",
            "kabupaten",
            2019,
            score=45.0,
            zone="hijau",
        ),
        report(
            "b",
            "Pemkab Lebong mendapat nilai 45,00 dengan zona kuning.",
            "Kabupaten Lebong",
            "kabupaten",
            2019,
            score=45.0,
            zone="kuning",
        ),
    ]
    findings = audit_claims(claims, None)
    assert not kinds(findings, "band_system_difference")
    assert kinds(findings, "outlet_disagreement") == [("a", "zone", "hijau"), ("b", "zone", "kuning")]
    assert kinds(findings, "scheme_contradiction") == [("a", "zone", "hijau"), ("b", "zone", "kuning")]


@pytest.mark.parametrize(
    "entity,etype,year,why",
    [
        ("Kabupaten Lebong", "kabupaten", 2021, "2021 has one band system"),
        ("Kota Bengkulu", "kota", 2017, "only the 0–50/51–80/81–100 bands were attested for a kota"),
    ],
)
def test_one_applicable_system_makes_it_an_ordinary_disagreement(entity, etype, year, why):
    claims = [
        report("a", f"{entity} meraih nilai 85,00 dan zona hijau.", entity, etype, year, score=85.0, zone="hijau"),
        report("b", f"{entity} meraih nilai 85,00 dan zona kuning.", entity, etype, year, score=85.0, zone="kuning"),
    ]
    findings = audit_claims(claims, None)
    assert not kinds(findings, "band_system_difference"), why
    assert kinds(findings, "outlet_disagreement") == [("a", "zone", "hijau"), ("b", "zone", "kuning")], why
    assert kinds(findings, "scheme_contradiction") == [("b", "zone", "kuning")], why


def test_a_ministry_is_held_to_its_own_bands():
    """A ministry's kind settles the system (0–55/56–88/89–110): its 85,00 hijau fits none."""
    kem = "Kementerian Agraria dan Tata Ruang"
    claims = [
        report(
            "a",
            "Kementerian ATR memperoleh nilai 85,00, zona kuning.",
            kem,
            "kementerian",
            2018,
            score=85.0,
            zone="kuning",
        ),
        report(
            "b",
            "Kementerian ATR memperoleh nilai 85,00, zona hijau.",
            kem,
            "kementerian",
            2018,
            score=85.0,
            zone="hijau",
        ),
    ]
    findings = audit_claims(claims, None)
    assert not kinds(findings, "band_system_difference")
    assert kinds(findings, "outlet_disagreement") == [("a", "zone", "kuning"), ("b", "zone", "hijau")]
    assert kinds(findings, "scheme_contradiction") == [("b", "zone", "hijau")]


def test_near_scores_far_scores_and_a_score_that_moves_the_zone():
    def pair(score_a, zone_a, score_b, zone_b):
        return [
            report(
                "a",
                f"Kabupaten Seluma meraih nilai {score_a} dan zona {zone_a}.",
                "Kabupaten Seluma",
                "kabupaten",
                2019,
                score=float(score_a.replace(",", ".")),
                zone=zone_a,
            ),
            report(
                "b",
                f"Kabupaten Seluma meraih nilai {score_b} dan zona {zone_b}.",
                "Kabupaten Seluma",
                "kabupaten",
                2019,
                score=float(score_b.replace(",", ".")),
                zone=zone_b,
            ),
        ]

    # near scores, each zone under its own system: the bands differ (the score still disagrees)
    found = audit_claims(pair("85,10", "hijau", "85,00", "kuning"), None)
    assert kinds(found, "band_system_difference") == [("a", "zone", "hijau"), ("b", "zone", "kuning")]
    assert {f.field for f in found if f.kind == "outlet_disagreement"} == {"score"}
    # 55,50 merah and 56,20 kuning both fit 0–55/56–88/89–110: the score moved the zone, not the bands
    found = audit_claims(pair("55,50", "merah", "56,20", "kuning"), None)
    assert not kinds(found, "band_system_difference")
    assert {f.field for f in found if f.kind == "outlet_disagreement"} == {"score", "zone"}
    # scores far apart are a disagreement about the score, whatever bands would fit each
    found = audit_claims(pair("85,00", "hijau", "53,00", "merah"), None)
    assert not kinds(found, "band_system_difference")
    assert {f.field for f in found if f.kind == "outlet_disagreement"} == {"score", "zone"}


def test_a_third_value_no_system_explains_stays_a_disagreement_and_a_zone_alone_is_read_at_the_others_score():
    claims = [
        report("a", "Pemkab OKI meraih nilai 85,00 dan zona hijau.", OKI, "kabupaten", 2018, score=85.0, zone="hijau"),
        # no score: read at the 85,00 the other sources give
        report("b", "Pemkab OKI masuk zona kuning dalam survei itu.", OKI, "kabupaten", 2018, zone="kuning"),
        report(
            "c",
            "Pemkab OKI meraih nilai 85,00 tetapi disebut zona merah.",
            OKI,
            "kabupaten",
            2018,
            score=85.0,
            zone="merah",
        ),
    ]
    findings = audit_claims(claims, None)
    assert kinds(findings, "band_system_difference") == [("a", "zone", "hijau"), ("b", "zone", "kuning")]
    assert kinds(findings, "outlet_disagreement") == [("c", "zone", "merah")]
    assert kinds(findings, "scheme_contradiction") == [("c", "zone", "merah")]
    b = next(f for f in findings if f.outlet == "b")
    assert "(the score other sources give)" in b.message and "merah (1 source, no attested band system)" in b.message


def test_band_system_labels():
    ys = ScoringScheme.load().for_year(2019)
    assert [ys.label, *(a.label for a in ys.alternatives)] == [SYSTEM_A, SYSTEM_B]
    assert ScoringScheme.load().for_year(2024).label == "0–31/32–53/54–77/78–87/88–100"


def test_report_csv_and_json_carry_the_band_system_difference(tmp_path):
    claims = [
        report(
            "suarapalembang",
            "Pemkab OKI memperoleh nilai 85,00 dan zona hijau.",
            OKI,
            "kabupaten",
            2018,
            score=85.0,
            zone="hijau",
        ),
        report(
            "beritaoki",
            "Kabupaten OKI mencatat nilai 85,00 di zona kuning.",
            OKI,
            "kabupaten",
            2018,
            score=85.0,
            zone="kuning",
        ),
        report(
            "a",
            "Kabupaten Lebong meraih nilai 45,00 dan zona hijau.",
            "Kabupaten Lebong",
            "kabupaten",
            2019,
            score=45.0,
            zone="hijau",
        ),
        report(
            "b",
            "Kabupaten Lebong meraih nilai 45,00 dan zona kuning.",
            "Kabupaten Lebong",
            "kabupaten",
            2019,
            score=45.0,
            zone="kuning",
        ),
    ]
    summary = run_audit(claims=claims, official=[], out_dir=tmp_path)
    assert summary.by_kind["band_system_difference"] == 2 and summary.by_kind["outlet_disagreement"] == 2

    with open(summary.files["csv"], encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "band_system_difference"]
    assert sorted((r["outlet"], r["reported_value"], r["official_value"], r["severity"]) for r in rows) == [
        ("beritaoki", "kuning", "hijau", "info"),
        ("suarapalembang", "hijau", "kuning", "info"),
    ]
    assert all(SYSTEM_A in r["message"] and SYSTEM_B in r["message"] for r in rows)

    data = json.loads(summary.files["json"].read_text(encoding="utf-8"))
    assert "band_system_difference" in data["finding_kinds"]
    assert sorted(f["outlet"] for f in data["findings"] if f["kind"] == "band_system_difference") == [
        "beritaoki",
        "suarapalembang",
    ]

    page = summary.files["html"].read_text(encoding="utf-8")
    assert page.count('data-kind="band_system_difference"') == 2  # the table's rows
    assert '<option value="band_system_difference">' in page  # the kind filter
    assert "not an error of either outlet" in page  # the legend explains the kind

"""Official-results CSV: the real-world mess, the corpus import, and the audit over the corpus."""

from __future__ import annotations

import sys
from pathlib import Path


from audit.official import read_official

REPO = Path(__file__).resolve().parents[1]
HEADER = "year,entity,entity_type,region_code,score,zone,grade,opinion,rank_national,rank_provincial,source\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return p


def messages(parsed) -> list[str]:
    return [str(p) for p in parsed.problems]


def test_bundled_sample_parses_without_errors():
    parsed = read_official(REPO / "corpus" / "official_scores.csv")
    assert not parsed.errors, messages(parsed)
    assert len(parsed.rows) == 206
    # no region_code column in the sample: every government is resolved through models/regions.csv
    regional = [r for r in parsed.rows if r.entity_type in ("provinsi", "kabupaten", "kota")]
    assert regional and all(r.region_code for r in regional)
    lebong = [r for r in parsed.rows if r.entity == "Kabupaten Kepulauan Mentawai"][0]
    assert (lebong.region_code, lebong.score, lebong.zone, lebong.rank_national) == ("13.09", 42.02, "merah", 357)


def test_missing_required_column_names_file_and_line_and_imports_nothing(tmp_path):
    p = write(tmp_path, "no_entity.csv", "year,score,zone\n2023,92.00,hijau\n")
    parsed = read_official(p)
    assert parsed.rows == []
    assert len(parsed.errors) == 1
    msg = str(parsed.errors[0])
    assert msg.startswith(f"{p}:1: error") and "entity" in msg


def test_missing_optional_columns_is_a_warning(tmp_path):
    p = write(tmp_path, "min.csv", "year,entity,score\n2023,Kabupaten Lebong,92.00\n")
    parsed = read_official(p)
    assert [(r.entity, r.region_code, r.entity_type, r.score) for r in parsed.rows] == [
        ("Kabupaten Lebong", "17.07", "kabupaten", 92.0)
    ]
    assert any("optional column(s) absent" in m and "zone" in m for m in messages(parsed))


def test_semicolon_decimal_comma_bom_and_indonesian_headers(tmp_path):
    content = (
        "\ufefftahun;nama;jenis;nilai;zona;kategori;opini;peringkat;sumber\n"
        "2024;Kabupaten Kaur;kabupaten;95,57;Hijau;a;Kualitas Tertinggi;IV;https://x.example/1\n"
        "2024;Pemkot Bengkulu;;93,00;hijau;A;;ke-3;\n"
    )
    parsed = read_official(write(tmp_path, "semi.csv", content))
    assert not parsed.errors, messages(parsed)
    kaur, kota = parsed.rows
    assert (kaur.year, kaur.region_code, kaur.score, kaur.zone, kaur.grade, kaur.opinion, kaur.rank_national) == (
        2024,
        "17.04",
        95.57,
        "hijau",
        "A",
        "kualitas tertinggi",
        4,
    )
    assert (kota.region_code, kota.entity_type, kota.score, kota.rank_national) == ("17.71", "kota", 93.0, 3)


def test_tab_delimited_and_windows_1252(tmp_path):
    content = "year\tentity\tscore\tsource\n2023\tKabupaten Lebong\t92,00\tcatatan – ombudsman\n".encode("cp1252")
    parsed = read_official(write(tmp_path, "tab.tsv", content))
    assert [r.score for r in parsed.rows] == [92.0]
    assert parsed.rows[0].source == "catatan – ombudsman"
    assert any("Windows-1252" in m for m in messages(parsed))


def test_unquoted_decimal_comma_in_comma_file_is_repaired_with_a_warning(tmp_path):
    content = HEADER + "2023,Kabupaten Lebong,kabupaten,17.07,92,15,hijau,A,,,,\n"
    p = write(tmp_path, "comma.csv", content)
    parsed = read_official(p)
    assert [r.score for r in parsed.rows] == [92.15]
    assert any(m.startswith(f"{p}:2: warning") and "decimal comma" in m for m in messages(parsed))


def test_wrong_delimiter_in_a_row_is_an_error_for_that_line_only(tmp_path):
    content = (
        HEADER + "2023,Kabupaten Lebong,kabupaten,17.07,92.00,hijau,A,,,,\n"
        "2023;Kabupaten Kaur;kabupaten;17.04;70,00;kuning;C;;;;\n"
        "2023,Kota Bengkulu,kota,17.71,93.45,hijau,A,,,1,\n"
    )
    p = write(tmp_path, "mixed.csv", content)
    parsed = read_official(p)
    assert [r.entity for r in parsed.rows] == ["Kabupaten Lebong", "Kota Bengkulu"]
    assert [str(e) for e in parsed.errors] == [
        f"{p}:3: error: 2 fields where the header has 11 (delimiter ';' in this row?); row skipped"
    ]


def test_whole_file_in_another_delimiter_than_declared_header_hints(tmp_path):
    # a header that is one single field containing the real delimiter cannot be sniffed into columns
    p = write(tmp_path, "one.csv", '"year;entity;score"\n"2023;Kabupaten Lebong;92"\n')
    parsed = read_official(p)
    assert parsed.rows == [] and "delimiter" in str(parsed.errors[0])


def test_duplicates_merged_or_kept_first_with_line_numbers(tmp_path):
    content = (
        HEADER + "2023,Kabupaten Lebong,kabupaten,17.07,92.00,,,,,,\n"
        "2023,Kabupaten Lebong,kabupaten,17.07,92.00,hijau,,,,,\n"
        "2023,Pemkab Lebong,,,88.00,,,,,,\n"
    )
    p = write(tmp_path, "dup.csv", content)
    parsed = read_official(p)
    assert len(parsed.rows) == 1
    row = parsed.rows[0]
    assert (row.score, row.zone) == (92.0, "hijau")  # the duplicate filled the empty zone
    msgs = messages(parsed)
    assert any(m.startswith(f"{p}:3: warning: duplicate of line 2") for m in msgs)
    assert any(m.startswith(f"{p}:4: warning: duplicate of line 2") and "score 88.0 vs 92.0" in m for m in msgs)


def test_unknown_entities_and_bad_values_are_imported_with_warnings(tmp_path):
    content = (
        HEADER + "2023,Kabupaten Antah Berantah,kabupaten,,77.00,kuning,C,,,,\n"
        "2023,Kabupaten Lebong,kabupaten,99.99,123,ungu,Z,luar biasa,pertama,,\n"
        "dua ribu,Kabupaten Kaur,kabupaten,,70,,,,,,\n"
        "2023,,kabupaten,,70,,,,,,\n"
        "\n# a comment line\n"
        "2023,Komisi Antah,lembaga,,81.5,,,,,,\n"
    )
    p = write(tmp_path, "messy.csv", content)
    parsed = read_official(p)
    assert [r.entity for r in parsed.rows] == ["Kabupaten Antah Berantah", "Kabupaten Lebong", "Komisi Antah"]
    unknown, lebong, komisi = parsed.rows
    assert unknown.region_code is None and unknown.score == 77.0
    assert (lebong.region_code, lebong.score, lebong.zone, lebong.grade, lebong.opinion, lebong.rank_national) == (
        "17.07",
        None,
        None,
        None,
        None,
        None,
    )
    assert komisi.entity_type == "lembaga"
    msgs = messages(parsed)
    assert any(m.startswith(f"{p}:2: warning: unknown entity 'Kabupaten Antah Berantah'") for m in msgs)
    for bad in (
        "unknown region_code '99.99'",
        "score '123'",
        "zone 'ungu'",
        "grade 'Z'",
        "opinion 'luar biasa'",
        "rank_national 'pertama'",
    ):
        assert any(m.startswith(f"{p}:3: warning") and bad in m for m in msgs), bad
    assert [str(e) for e in parsed.errors] == [
        f"{p}:4: error: year 'dua ribu' is not a year; row skipped",
        f"{p}:5: error: no entity name; row skipped",
    ]


def test_unreadable_file_is_an_error_not_a_crash(tmp_path):
    parsed = read_official(tmp_path / "absent.csv")
    assert parsed.rows == [] and "cannot read" in str(parsed.errors[0])


# -- into the corpus, and the audit over the corpus (SQLite and PostgreSQL) -----------------


def _store(db_url, articles):
    from corpus.store import Corpus
    from clean.types import Article
    from extract.types import ExtractionResult, Record

    with Corpus.open(db_url) as c:
        for a in articles:
            recs = [
                Record(**{k: v for k, v in r.items() if k != "evidence"}, evidence=[tuple(s) for s in r["evidence"]])
                for r in a["records"]
            ]
            c.store_extraction(
                Article(id=a["id"], text=a["text"], url=a["url"]),
                ExtractionResult(id=a["id"], relevant=True, records=recs),
                extractor_version="test",
            )


def test_official_import_and_audit_over_the_corpus(db_url, tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from test_audit import CORPUS, OFFICIAL_CSV

    from audit.audit import run_audit
    from audit.source import import_official, official_from_corpus

    _store(db_url, CORPUS)
    off = write(tmp_path, "official.csv", OFFICIAL_CSV)
    parsed = import_official(off, db_url)
    assert len(parsed.rows) == 23
    import_official(off, db_url)  # importing the same file again replaces, never duplicates
    assert len(official_from_corpus(db_url)) == 23

    summary = run_audit(db_url=db_url, out_dir=tmp_path / "out")
    assert summary.official_source == "official results imported into the corpus"
    assert summary.n_claims == sum(len(a["records"]) for a in CORPUS)
    import json

    findings = json.loads((tmp_path / "out" / "audit.json").read_text(encoding="utf-8"))["findings"]
    expected = {(a["url"], k) for a in CORPUS for k in a["expected"]}
    assert {(f["url"], f["kind"]) for f in findings} == expected
    # the evidence sentence was rebuilt from the stored article text
    f = [f for f in findings if f["kind"] == "score_mismatch" and f["url"].endswith("lebong-2023-nilai")][0]
    s, e = f["highlight"][0]
    assert f["evidence"][s:e] == "90,20" and f["evidence"].startswith("Dalam Penilaian")


def test_cli_official_import_reports_problems_with_file_and_line(tmp_path):
    from typer.testing import CliRunner

    from kepatuhan.cli import app

    p = write(
        tmp_path,
        "o.csv",
        HEADER + "2023,Kabupaten Antah Berantah,kabupaten,,77.00,,,,,,\n"
        "2023,Kabupaten Lebong,kabupaten,17.07,92.00,,,,,,\n",
    )
    db = f"sqlite:///{tmp_path / 'c.sqlite'}"
    res = CliRunner().invoke(app, ["official", "import", str(p), "--db", db])
    assert res.exit_code == 0, res.output
    assert "imported 2 official rows" in res.output and "o.csv:2: warning: unknown entity" in res.output.replace(
        "\n", ""
    )
    bad = write(tmp_path, "bad.csv", "tahun,nilai\n2023,90\n")
    res = CliRunner().invoke(app, ["official", "import", str(bad), "--db", db])
    assert res.exit_code == 2 and "bad.csv:1: error: missing required column" in res.output.replace("\n", "")


def test_official_import_is_keyed_by_path_and_content_not_by_file_name(tmp_path):
    """a/official.csv then b/official.csv: two tables, both kept (issue 13, defect 6). The same
    content again under another path replaces its rows, and the command says so."""
    from typer.testing import CliRunner

    from audit.source import official_from_corpus
    from kepatuhan.cli import app

    db = f"sqlite:///{tmp_path / 'c.sqlite'}"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "c").mkdir()
    a = write(tmp_path / "a", "official.csv", HEADER + "2023,Kabupaten Lebong,kabupaten,17.07,92.00,,,,,,\n")
    b = write(
        tmp_path / "b",
        "official.csv",
        HEADER + "2022,Kota Bengkulu,kota,17.71,88.10,,,,,,\n2022,Kabupaten Seluma,kabupaten,17.05,81.40,,,,,,\n",
    )
    run = CliRunner()
    for f in (a, b):
        res = run.invoke(app, ["official", "import", str(f), "--db", db])
        assert res.exit_code == 0, res.output
        assert "replac" not in res.output, res.output
    assert sorted((r.year, r.entity) for r in official_from_corpus(db)) == [
        (2022, "Kabupaten Seluma"),
        (2022, "Kota Bengkulu"),
        (2023, "Kabupaten Lebong"),
    ]
    # the same table copied elsewhere is the same source: its rows are replaced, out loud
    copy = write(tmp_path / "c", "salinan.csv", b.read_text(encoding="utf-8"))
    res = run.invoke(app, ["official", "import", str(copy), "--db", db])
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "replaces 2 rows imported from" in said and str(b.resolve()) in said and "same content" in said
    assert len(official_from_corpus(db)) == 3
    # the file itself changed in place: same path, its rows replaced (and said)
    write(tmp_path / "a", "official.csv", HEADER + "2023,Kabupaten Lebong,kabupaten,17.07,93.00,,,,,,\n")
    res = run.invoke(app, ["official", "import", str(a), "--db", db])
    said = " ".join(res.output.split())
    assert "replaces 1 rows imported from" in said and "same path" in said, said
    assert sorted(r.score for r in official_from_corpus(db) if r.year == 2023) == [93.0]

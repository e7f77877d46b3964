"""Every bad input of issue 13 gives one line naming the problem and exit code 2 -- never a
traceback. One test runs the whole list (real commands, real files, real databases)."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = str(REPO / ".venv" / "bin" / "kepatuhan")
TEXT = (
    "Pemerintah Kabupaten Seluma meraih nilai 91,25 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
    "oleh Ombudsman RI tahun 2024 dan masuk zona hijau."
)
GOOD_CONFIG = '[sources]\nstart_urls = ["http://127.0.0.1:9/"]\n'


def _full_disk():
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # writes past 4 kB fail, as on a full disk
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _corpus(tmp: Path, name: str) -> str:
    db = f"sqlite:///{tmp / name}"
    src = tmp / f"{name}.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": f"a{i}", "url": f"https://seluma.example.id/{i}", "text": TEXT + f" {i}"}) + "\n"
            for i in range(30)
        ),
        encoding="utf-8",
    )
    subprocess.run([KEPATUHAN, "ingest", str(src), "--db", db], check=True, capture_output=True, timeout=300)
    return db


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (the header stays readable)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(random.Random(13).randbytes(min(8192, size // 3)))  # the same damage every run


def cases(tmp: Path) -> list[tuple[str, list[str], dict, object]]:
    """(name, argv, extra env, preexec) for each bad input of the issue."""
    (tmp / "folder").mkdir()
    cfg_dir = tmp / "cfgdir"
    cfg_dir.mkdir()
    latin = tmp / "latin1.toml"
    latin.write_bytes(
        '[sources]\nstart_urls = ["http://127.0.0.1:9/"]\n# Pengelola: Dinas Kominfo Kab. Muara Enim \xe9\n'.encode(
            "latin-1"
        )
    )
    url_int = tmp / "url-int.jsonl"
    url_int.write_text(json.dumps({"id": "a1", "url": 12345, "text": TEXT}) + "\n", encoding="utf-8")
    good_in = tmp / "good.jsonl"
    good_in.write_text(
        json.dumps({"id": "b1", "url": "https://seluma.example.id/b1", "text": TEXT}) + "\n", encoding="utf-8"
    )
    good_cfg = tmp / "good.toml"
    good_cfg.write_text(GOOD_CONFIG + f'[storage]\ndata_dir = "{tmp / "data"}"\n', encoding="utf-8")

    def cfg(name: str, section: str, key: str, value: str) -> Path:
        sections = {"sources": ['start_urls = ["http://127.0.0.1:9/"]'], "storage": [f'data_dir = "{tmp / "data"}"']}
        sections.setdefault(section, []).append(f"{key} = {value}")
        p = tmp / f"{name}.toml"
        p.write_text("".join(f"[{k}]\n" + "\n".join(v) + "\n" for k, v in sections.items()), encoding="utf-8")
        return p

    db_ro = _corpus(tmp, "readonly.sqlite")
    db_bad = _corpus(tmp, "damaged.sqlite")
    _damage(tmp / "damaged.sqlite")
    db_audit = _corpus(tmp, "audit.sqlite")
    records = tmp / "hasil.jsonl"
    records.write_text(
        json.dumps(
            {
                "id": "a1",
                "url": "https://seluma.example.id/1",
                "relevant": True,
                "records": [
                    {
                        "entity": "Kabupaten Seluma",
                        "entity_type": "kabupaten",
                        "region_code": "17.05",
                        "province": "Bengkulu",
                        "parent": None,
                        "year": 2024,
                        "score": 91.25,
                        "rank": None,
                        "rank_scope": None,
                        "zone": "kuning",
                        "grade": None,
                        "opinion": None,
                        "evidence": [[0, 120]],
                    }
                ],
                "officials": [],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    run = [KEPATUHAN, "run", "--config", str(good_cfg), "--quiet"]
    return [
        (
            "ingest a directory",
            [KEPATUHAN, "ingest", str(tmp / "folder"), "--db", f"sqlite:///{tmp / 'c.sqlite'}"],
            {},
            None,
        ),
        ("--db notaurl", [KEPATUHAN, "stats", "--db", "notaurl"], {}, None),
        ("--db mysql://", [KEPATUHAN, "stats", "--db", "mysql://root@127.0.0.1/kepatuhan"], {}, None),
        ("run --db notaurl", run + ["--db", "notaurl"], {}, None),
        ("KEPATUHAN_STORAGE_DB_URL=garbage", run, {"KEPATUHAN_STORAGE_DB_URL": "garbage"}, None),
        (
            "KEPATUHAN_DB_TIMEOUT=abc",
            [KEPATUHAN, "stats", "--db", f"sqlite:///{tmp / 'c2.sqlite'}"],
            {"KEPATUHAN_DB_TIMEOUT": "abc"},
            None,
        ),
        ("run --config DIR", [KEPATUHAN, "run", "--config", str(cfg_dir)], {}, None),
        ("non-UTF-8 config", [KEPATUHAN, "run", "--config", str(latin)], {}, None),
        ("export on a read-only SQLite", [KEPATUHAN, "export", "--out", str(tmp / "ex"), "--db", db_ro], {}, None),
        ("stats on a damaged SQLite", [KEPATUHAN, "stats", "--db", db_bad], {}, None),
        ("export on a damaged SQLite", [KEPATUHAN, "export", "--out", str(tmp / "ex2"), "--db", db_bad], {}, None),
        ("ingest on a damaged SQLite", [KEPATUHAN, "ingest", str(good_in), "--db", db_bad], {}, None),
        (
            "audit on a full disk",
            [KEPATUHAN, "audit", "--out", str(tmp / "audit-out"), "--db", db_audit],
            {},
            _full_disk,
        ),
        (
            "audit report on a full disk",
            [KEPATUHAN, "audit", "--out", str(tmp / "audit-out2"), "--records", str(records)],
            {},
            _full_disk,
        ),
        ("ingest url: 12345", [KEPATUHAN, "ingest", str(url_int), "--db", f"sqlite:///{tmp / 'c3.sqlite'}"], {}, None),
        (
            "concurrency_per_domain = 0",
            [KEPATUHAN, "run", "--config", str(cfg("c0", "politeness", "concurrency_per_domain", "0"))],
            {},
            None,
        ),
        ("timeout_s = -1", [KEPATUHAN, "run", "--config", str(cfg("t", "politeness", "timeout_s", "-1"))], {}, None),
        (
            "since = yesterday",
            [KEPATUHAN, "run", "--config", str(cfg("s1", "sources", "since", '"yesterday"'))],
            {},
            None,
        ),
        (
            "since = 2024-13-45",
            [KEPATUHAN, "run", "--config", str(cfg("s2", "sources", "since", '"2024-13-45"'))],
            {},
            None,
        ),
        (
            "download_delay = -5",
            [KEPATUHAN, "run", "--config", str(cfg("d", "politeness", "download_delay", "-5"))],
            {},
            None,
        ),
        (
            "error_rate_min = 7",
            [KEPATUHAN, "run", "--config", str(cfg("e", "alerts", "error_rate_min", "7"))],
            {},
            None,
        ),
        ("misspelled variable", run, {"KEPATUHAN_POLITENES_DOWNLOAD_DELAY": "5"}, None),
        (
            "unknown TOML key",
            [KEPATUHAN, "run", "--config", str(cfg("u", "politeness", "download_dely", "5"))],
            {},
            None,
        ),
        ("variable of the wrong type", run, {"KEPATUHAN_POLITENESS_CONCURRENCY_PER_DOMAIN": "dua"}, None),
    ]


def test_every_bad_input_gives_one_line_and_exit_2(tmp_path):
    failures = []
    ro_file = tmp_path / "readonly.sqlite"
    all_cases = cases(tmp_path)
    immutable = shutil.which("chattr") is not None and subprocess.run(["chattr", "+i", str(ro_file)]).returncode == 0
    if not immutable:
        os.chmod(ro_file, 0o444)
    try:
        for name, argv, env, preexec in all_cases:
            if name.startswith("export on a read-only") and os.geteuid() == 0 and not immutable:
                continue  # root writes through file permissions; no immutable flag on this file system
            res = subprocess.run(
                argv,
                capture_output=True,
                text=True,
                timeout=120,
                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **env},
                preexec_fn=preexec,
            )
            lines = [x for x in res.stderr.splitlines() if x.strip()]
            print(f"{name}: exit {res.returncode}: {len(lines)} lines: {lines[-1][:160] if lines else None}")
            if res.returncode != 2 or len(lines) != 1 or "Traceback" in res.stderr:
                failures.append(f"{name}: exit {res.returncode}, stderr: {res.stderr[-600:]!r}")
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(ro_file)])
    assert not failures, "\n".join(failures)


def test_evaluate_on_an_empty_gold_file_is_unusable_input(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n", encoding="utf-8")
    res = subprocess.run([KEPATUHAN, "evaluate", str(gold)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "F1" not in res.stdout
    assert [x for x in res.stderr.splitlines() if x.strip()] == [
        f"error: {gold}: no annotated articles (empty gold file)"
    ]

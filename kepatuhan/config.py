"""The configuration of `kepatuhan run`: one TOML file, every setting overridable by environment.

    [sources]                      # what to crawl
    start_urls = ["https://rakyatbengkulu.com/"]   # any news site, zero configuration
    sites = ["bengkulutoday"]      # names from the crawler's site registry (crawler/sites.yaml)
    all_sites = false              # every site of the registry
    registry = ""                  # your own site registry file (default: crawler/sites.yaml)
    since = "2022-01-01"           # backfill bound (optional)

    [storage]
    data_dir = "./kepatuhan-data"  # lock file, logs, default SQLite database, default outputs
    db_url = ""                    # default: sqlite:///<data_dir>/kepatuhan.sqlite
    output_dir = ""                # default: <data_dir>/output (exports/ and audit/ inside)

    [politeness]
    contact = ""                   # e-mail or URL appended to the User-Agent
    download_delay = 1.0           # seconds between requests to one site
    concurrency_per_domain = 2
    autothrottle = true
    obey_robots = true
    timeout_s = 30

    [distributed]
    redis_url = ""                 # e.g. redis://127.0.0.1:6379/0: share the frontier between machines

    [audit]
    official_file = ""             # official results CSV; default: the table imported into the corpus,
                                   # else the bundled sample corpus/official_scores.csv
    [export]
    formats = ["csv", "jsonl"]     # csv, jsonl, parquet

    [alerts]
    empty_runs = 5                 # a site that yielded articles before and yields none for N runs
    error_rate_min = 0.3           # an error rate this high ...
    error_rate_jump = 0.2          # ... and this much above the site's median of earlier runs
    fail_on_alert = false          # exit 3 when an alert fires (cron mails on non-zero exit)
    webhook_url = ""               # POST the run summary as JSON here
    webhook_timeout_s = 10

Environment overrides: `KEPATUHAN_<SECTION>_<KEY>` in upper case, e.g. `KEPATUHAN_STORAGE_DB_URL`,
`KEPATUHAN_ALERTS_WEBHOOK_URL`, `KEPATUHAN_SOURCES_START_URLS="https://a.id/,https://b.id/"` (lists
are comma-separated, booleans `1/0/true/false/yes/no`). The corpus's own variables `KEPATUHAN_DB`
and `KEPATUHAN_DATA_DIR` are honoured too (below the section variables). Precedence, highest
first: environment, the config file, the defaults above.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints


class ConfigError(ValueError):
    """A configuration problem; the message names the file or the variable."""


@dataclass
class Sources:
    start_urls: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    all_sites: bool = False
    registry: str = ""
    since: str = ""


@dataclass
class Storage:
    data_dir: str = "./kepatuhan-data"
    db_url: str = ""
    output_dir: str = ""


@dataclass
class Politeness:
    contact: str = ""
    download_delay: float = 1.0
    concurrency_per_domain: int = 2
    autothrottle: bool = True
    obey_robots: bool = True
    timeout_s: float = 30.0


@dataclass
class Distributed:
    redis_url: str = ""


@dataclass
class Audit:
    official_file: str = ""


@dataclass
class Export:
    formats: list[str] = field(default_factory=lambda: ["csv", "jsonl"])


@dataclass
class Alerts:
    empty_runs: int = 5
    error_rate_min: float = 0.3
    error_rate_jump: float = 0.2
    fail_on_alert: bool = False
    webhook_url: str = ""
    webhook_timeout_s: float = 10.0


@dataclass
class RunConfig:
    sources: Sources = field(default_factory=Sources)
    storage: Storage = field(default_factory=Storage)
    politeness: Politeness = field(default_factory=Politeness)
    distributed: Distributed = field(default_factory=Distributed)
    audit: Audit = field(default_factory=Audit)
    export: Export = field(default_factory=Export)
    alerts: Alerts = field(default_factory=Alerts)
    source_file: str | None = None  # where it was read from (for messages)

    # -- derived paths ------------------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return Path(self.storage.data_dir).expanduser()

    @property
    def db_url(self) -> str:
        return self.storage.db_url or f"sqlite:///{self.data_dir / 'kepatuhan.sqlite'}"

    @property
    def output_dir(self) -> Path:
        return Path(self.storage.output_dir).expanduser() if self.storage.output_dir else self.data_dir / "output"

    @property
    def export_dir(self) -> Path:
        return self.output_dir / "exports"

    @property
    def audit_dir(self) -> Path:
        return self.output_dir / "audit"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "logs" / "run.jsonl"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "kepatuhan-run.lock"

    def to_dict(self, redact: bool = True) -> dict[str, Any]:
        """The settings as stored with the run (passwords in URLs hidden)."""
        d = {f.name: asdict(getattr(self, f.name)) for f in fields(self) if f.name != "source_file"}
        if redact:
            for section, key in (("storage", "db_url"), ("distributed", "redis_url"), ("alerts", "webhook_url")):
                d[section][key] = _redact_url(d[section][key])
        d["source_file"] = self.source_file
        return d

    def validate(self) -> None:
        s = self.sources
        if not (s.start_urls or s.sites or s.all_sites):
            raise ConfigError(f"{self.source_file or 'configuration'}: nothing to crawl: set [sources] start_urls, "
                              "sites or all_sites (or KEPATUHAN_SOURCES_START_URLS)")
        for u in s.start_urls:
            if not u.startswith(("http://", "https://")):
                raise ConfigError(f"{self.source_file or 'configuration'}: [sources] start_urls: {u!r} is not an http(s) URL")
        if s.sites or s.registry:
            from crawler.registry import SITES_FILE, RegistryError, load_sites

            registry = s.registry or SITES_FILE
            try:
                known = load_sites(registry)
            except (OSError, RegistryError) as exc:
                raise ConfigError(f"{self.source_file or 'configuration'}: [sources] registry: {exc}") from exc
            unknown = sorted(set(s.sites) - set(known))
            if unknown:
                raise ConfigError(f"{self.source_file or 'configuration'}: [sources] sites: {', '.join(unknown)} not in the "
                                  f"crawler's registry {registry} (add them there, or use start_urls)")
        bad = [f for f in self.export.formats if f not in ("csv", "jsonl", "parquet")]
        if bad:
            raise ConfigError(f"{self.source_file or 'configuration'}: [export] formats: unknown {bad} (csv, jsonl, parquet)")
        if self.alerts.empty_runs < 1:
            raise ConfigError(f"{self.source_file or 'configuration'}: [alerts] empty_runs must be >= 1")


SECTIONS = {f.name: f.type for f in fields(RunConfig) if f.name != "source_file"}


def _redact_url(url: str) -> str:
    if not url or "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in creds else url


def _coerce(value: Any, typ: Any, where: str) -> Any:
    """Turn a TOML or environment value into the field's type; errors name `where`."""
    tname = typ if isinstance(typ, str) else getattr(typ, "__name__", str(typ))
    try:
        if tname.startswith("list"):
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list):
                raise TypeError
            return [str(v) for v in value]
        if tname == "bool":
            if isinstance(value, bool):
                return value
            v = str(value).strip().lower()
            if v in ("1", "true", "yes", "on"):
                return True
            if v in ("0", "false", "no", "off", ""):
                return False
            raise ValueError
        if tname == "int":
            if isinstance(value, bool):
                raise TypeError
            return int(value)
        if tname == "float":
            if isinstance(value, bool):
                raise TypeError
            return float(value)
        return "" if value is None else str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: {value!r} is not a valid {tname}") from None


def _section_types(cls) -> dict[str, str]:
    hints = get_type_hints(cls)
    return {f.name: getattr(hints[f.name], "__name__", str(hints[f.name])) for f in fields(cls)}


def load_config(path: str | Path | None = None, env: dict[str, str] | None = None,
                overrides: dict[str, dict[str, Any]] | None = None) -> RunConfig:
    """Read the TOML file (optional), then apply environment variables, then `overrides`."""
    env = os.environ if env is None else env
    cfg = RunConfig()
    raw: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        try:
            raw = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{p}: config file not found") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{p}: not valid TOML: {exc}") from None
        cfg.source_file = str(p)
    where_file = str(path) if path else "config"

    # corpus-wide variables first, so the section variables can override them
    if env.get("KEPATUHAN_DATA_DIR"):
        cfg.storage.data_dir = env["KEPATUHAN_DATA_DIR"]
    if env.get("KEPATUHAN_DB"):
        cfg.storage.db_url = env["KEPATUHAN_DB"]

    for section, values in raw.items():
        if section not in SECTIONS:
            raise ConfigError(f"{where_file}: unknown section [{section}] (known: {', '.join(SECTIONS)})")
        if not isinstance(values, dict):
            raise ConfigError(f"{where_file}: [{section}] must be a table")
        obj = getattr(cfg, section)
        types = _section_types(type(obj))
        for key, value in values.items():
            if key not in types:
                raise ConfigError(f"{where_file}: unknown setting {key!r} in [{section}] (known: {', '.join(types)})")
            setattr(obj, key, _coerce(value, types[key], f"{where_file}: [{section}] {key}"))

    for section in SECTIONS:
        obj = getattr(cfg, section)
        for key, typ in _section_types(type(obj)).items():
            var = f"KEPATUHAN_{section.upper()}_{key.upper()}"
            if var in env:
                setattr(obj, key, _coerce(env[var], typ, f"environment variable {var}"))

    for section, values in (overrides or {}).items():
        obj = getattr(cfg, section)
        types = _section_types(type(obj))
        for key, value in values.items():
            setattr(obj, key, _coerce(value, types[key], f"override [{section}] {key}"))
    return cfg


def env_variables() -> list[str]:
    """Every environment variable `load_config` reads (for the docs and `--help`)."""
    out = ["KEPATUHAN_DATA_DIR", "KEPATUHAN_DB"]
    for section in SECTIONS:
        cls = type(getattr(RunConfig(), section))
        out += [f"KEPATUHAN_{section.upper()}_{k.upper()}" for k in _section_types(cls)]
    return out

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
and `KEPATUHAN_DATA_DIR` are honoured too (below the file and the section variables). Precedence,
highest first: command-line overrides, environment, the config file, the corpus variables, the
defaults above.

The settings are a pydantic-settings model (TOML source + `KEPATUHAN_` environment source with
`_` nesting): types and ranges are checked, unknown sections and keys are errors, and so is a
`KEPATUHAN_*` variable that is no setting (a misspelling would otherwise be ignored in silence).
Every problem is one ConfigError line naming the file and setting, or the variable.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import tomllib
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated, Any, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    InitSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


class ConfigError(ValueError):
    """A configuration problem; the message names the file or the variable."""


StrList = Annotated[list[str], NoDecode]  # from the environment: comma-separated


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    @field_validator("*", mode="before")
    @classmethod
    def _split_lists(cls, v: Any, info) -> Any:
        field = cls.model_fields[info.field_name]
        if isinstance(v, str) and getattr(field.annotation, "__origin__", None) is list:
            return [x.strip() for x in v.split(",") if x.strip()]
        return v


class Sources(_Section):
    start_urls: StrList = Field(default_factory=list)
    sites: StrList = Field(default_factory=list)
    all_sites: bool = False
    registry: str = ""
    since: str = ""

    @field_validator("since")
    @classmethod
    def _date(cls, v: str) -> str:
        if v:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                raise ValueError("must be a date YYYY-MM-DD") from None
            if len(v) != 10:
                raise ValueError("must be a date YYYY-MM-DD")
        return v


class Storage(_Section):
    data_dir: str = "./kepatuhan-data"
    db_url: str = ""
    output_dir: str = ""

    @field_validator("db_url")
    @classmethod
    def _db_url(cls, v: str) -> str:
        if v:
            from corpus.config import check_db_url

            check_db_url(v)
        return v


class Politeness(_Section):
    contact: str = ""
    download_delay: float = Field(1.0, ge=0)
    concurrency_per_domain: int = Field(2, ge=1, le=64)
    autothrottle: bool = True
    obey_robots: bool = True
    timeout_s: float = Field(30.0, gt=0, le=600)


class Distributed(_Section):
    redis_url: str = ""

    @field_validator("redis_url")
    @classmethod
    def _redis(cls, v: str) -> str:
        if v and not v.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must be a redis:// URL")
        return v


class Audit(_Section):
    official_file: str = ""


class Export(_Section):
    formats: StrList = Field(default_factory=lambda: ["csv", "jsonl"])

    @field_validator("formats")
    @classmethod
    def _formats(cls, v: list[str]) -> list[str]:
        bad = [f for f in v if f not in ("csv", "jsonl", "parquet")]
        if bad:
            raise ValueError(f"unknown {bad} (csv, jsonl, parquet)")
        return v


class Alerts(_Section):
    empty_runs: int = Field(5, ge=1)
    error_rate_min: float = Field(0.3, ge=0, le=1)
    error_rate_jump: float = Field(0.2, ge=0, le=1)
    fail_on_alert: bool = False
    webhook_url: str = ""
    webhook_timeout_s: float = Field(10.0, gt=0, le=300)


# what load_config hands to the sources (pydantic-settings builds them per instantiation)
_LOAD: ContextVar[tuple[Path | None, Mapping[str, str]]] = ContextVar("kepatuhan_config_load")


class _MappingEnv(EnvSettingsSource):
    """The environment source, reading a given mapping (os.environ, or a test's dict)."""

    def __init__(self, settings_cls, env: Mapping[str, str]):
        self._env = env
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return {k.lower(): v for k, v in self._env.items()}


class RunConfig(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="KEPATUHAN_",
        env_nested_delimiter="_",
        env_nested_max_split=1,
        extra="forbid",
        validate_assignment=True,
    )

    sources: Sources = Field(default_factory=Sources)
    storage: Storage = Field(default_factory=Storage)
    politeness: Politeness = Field(default_factory=Politeness)
    distributed: Distributed = Field(default_factory=Distributed)
    audit: Audit = Field(default_factory=Audit)
    export: Export = Field(default_factory=Export)
    alerts: Alerts = Field(default_factory=Alerts)
    source_file: str | None = None  # where it was read from (for messages)

    @classmethod
    def settings_customise_sources(
        cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path, env = _LOAD.get((None, {}))
        corpus_vars: dict[str, Any] = {}
        if env.get("KEPATUHAN_DATA_DIR"):
            corpus_vars["data_dir"] = env["KEPATUHAN_DATA_DIR"]
        if env.get("KEPATUHAN_DB"):
            corpus_vars["db_url"] = env["KEPATUHAN_DB"]
        out: list[PydanticBaseSettingsSource] = [init_settings, _MappingEnv(settings_cls, env)]
        if path is not None:
            out.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        out.append(InitSettingsSource(settings_cls, init_kwargs={"storage": corpus_vars} if corpus_vars else {}))
        return tuple(out)

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
        d = {name: getattr(self, name).model_dump() for name in SECTIONS}
        if redact:
            for section, key in (("storage", "db_url"), ("distributed", "redis_url"), ("alerts", "webhook_url")):
                d[section][key] = _redact_url(d[section][key])
        d["source_file"] = self.source_file
        return d

    # the run checks its sources here; BaseModel.validate is pydantic v1's classmethod, deprecated and unused
    def validate(self) -> None:  # type: ignore[override]
        where = self.source_file or "configuration"
        s = self.sources
        if not (s.start_urls or s.sites or s.all_sites):
            raise ConfigError(
                f"{where}: nothing to crawl: set [sources] start_urls, "
                "sites or all_sites (or KEPATUHAN_SOURCES_START_URLS)"
            )
        for u in s.start_urls:
            if not u.startswith(("http://", "https://")):
                raise ConfigError(f"{where}: [sources] start_urls: {u!r} is not an http(s) URL")
        if s.sites or s.registry:
            from crawler.registry import SITES_FILE, RegistryError, load_sites

            registry = s.registry or SITES_FILE
            try:
                known = load_sites(registry)
            except (OSError, RegistryError) as exc:
                raise ConfigError(f"{where}: [sources] registry: {exc}") from exc
            unknown = sorted(set(s.sites) - set(known))
            if unknown:
                raise ConfigError(
                    f"{where}: [sources] sites: {', '.join(unknown)} not in the "
                    f"crawler's registry {registry} (add them there, or use start_urls)"
                )


SECTIONS = [name for name in RunConfig.model_fields if name != "source_file"]
# KEPATUHAN_* variables that are not run settings but are read elsewhere (corpus, crawler, tests)
OTHER_VARIABLES = ("KEPATUHAN_DATA_DIR", "KEPATUHAN_DB", "KEPATUHAN_DB_TIMEOUT", "KEPATUHAN_FAULT", "KEPATUHAN_CONTACT")
OTHER_PREFIXES = ("KEPATUHAN_TEST_", "KEPATUHAN_BENCH_")


def _redact_url(url: str) -> str:
    if not url or "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in creds else url


def _read_toml(p: Path) -> dict:
    try:
        text = p.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{p}: is a directory, not a config file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{p}: cannot be read: {exc.strerror or exc}") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    for section, values in raw.items():
        if section not in SECTIONS:
            raise ConfigError(f"{p}: unknown section [{section}] (known: {', '.join(SECTIONS)})")
        if not isinstance(values, dict):
            raise ConfigError(f"{p}: [{section}] must be a table")
        known = _section_fields(section)
        for key in values:
            if key not in known:
                raise ConfigError(f"{p}: unknown setting {key!r} in [{section}] (known: {', '.join(known)})")
    return raw


def _section_fields(section: str) -> dict[str, Any]:
    """The settings of one [section] of the configuration, by name."""
    model = RunConfig.model_fields[section].annotation
    assert isinstance(model, type) and issubclass(model, BaseModel), section
    return dict(model.model_fields)


def env_variables() -> list[str]:
    """Every environment variable `load_config` reads (for the docs and `--help`)."""
    out = ["KEPATUHAN_DATA_DIR", "KEPATUHAN_DB"]
    for section in SECTIONS:
        keys = _section_fields(section)
        out += [f"KEPATUHAN_{section.upper()}_{k.upper()}" for k in keys]
    return out


def _check_variables(env: Mapping[str, str]) -> None:
    """A KEPATUHAN_* variable that nothing reads is a misspelling: say so instead of ignoring it."""
    known = set(env_variables()) | set(OTHER_VARIABLES)
    for var in sorted(env):
        if not var.startswith("KEPATUHAN_") or var in known or var.startswith(OTHER_PREFIXES):
            continue
        close = difflib.get_close_matches(var, sorted(known), n=1, cutoff=0.8)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(f"environment variable {var}: not a kepatuhan setting{hint}")


def _explain(exc: ValidationError, path: Path | None, env: Mapping[str, str], overrides: dict) -> ConfigError:
    """The first error of a pydantic ValidationError as one line naming where the value came from."""
    err = exc.errors()[0]
    loc = [str(x) for x in err["loc"]]
    section, key = (loc + ["", ""])[:2]
    var = f"KEPATUHAN_{section.upper()}_{key.upper()}"
    if key in (overrides.get(section) or {}):
        where = f"option for [{section}] {key}"
    elif var in env:
        where = f"environment variable {var}"
    elif section == "storage" and key in ("db_url", "data_dir") and path is None:
        where = "environment variable " + ("KEPATUHAN_DB" if key == "db_url" else "KEPATUHAN_DATA_DIR")
    else:
        where = f"{path or 'configuration'}: [{section}] {key}"
    value = err.get("input")
    kind = err["type"]
    names = {"int_parsing": "int", "int_from_float": "int", "float_parsing": "float", "bool_parsing": "bool"}
    if kind in names:
        return ConfigError(f"{where}: {value!r} is not a valid {names[kind]}")
    msg = err["msg"].removeprefix("Value error, ")
    return ConfigError(f"{where}: {value!r}: {msg[:1].lower() + msg[1:]}")


def load_config(
    path: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: dict[str, dict[str, Any]] | None = None,
) -> RunConfig:
    """Read the TOML file (optional), the environment and `overrides` (highest first: overrides,
    environment, file, the corpus variables, defaults). Raises ConfigError (one line)."""
    env = os.environ if env is None else env
    p = Path(path) if path is not None else None
    if p is not None:
        _read_toml(p)
    _check_variables(env)
    init: dict[str, Any] = {k: v for k, v in (overrides or {}).items() if v}
    token = _LOAD.set((p, env))
    try:
        cfg = RunConfig(**init)
    except ValidationError as exc:
        raise _explain(exc, p, env, overrides or {}) from None
    finally:
        _LOAD.reset(token)
    cfg.source_file = str(p) if p is not None else None
    return cfg

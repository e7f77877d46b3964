"""Names as entities are matched: normalised ("Kementrian Dalam Negeri." = "kementerian dalam
negeri") and the entity type a name announces by its first word."""

from __future__ import annotations

import re
import unicodedata

REGIONAL_TYPES = ("provinsi", "kabupaten", "kota")
CODE_RE = re.compile(r"^\d{2}(\.\d{2})?$")

# Spelling variants that are the same word in names of ministries and agencies.
_FOLDS = (
    (re.compile(r"\bkementrian\b"), "kementerian"),
    (re.compile(r"\bstandarisasi\b"), "standardisasi"),
    (re.compile(r"\bdan\b"), " "),
)


def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation folded, whitespace collapsed ("Badan  Standarisasi
    Nasional." -> "badan standardisasi nasional")."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    for pat, rep in _FOLDS:
        s = pat.sub(rep, s)
    return re.sub(r"\s+", " ", s).strip()


def infer_entity_type(name: str) -> str | None:
    """The entity type a canonical name announces by its first word, if it does."""
    n = normalise_name(name)
    first = n.split(" ", 1)[0] if n else ""
    if first in ("provinsi", "pemprov", "prov"):
        return "provinsi"
    if first in ("kabupaten", "kab", "pemkab"):
        return "kabupaten"
    if first in ("kota", "pemkot"):
        return "kota"
    if first in ("kementerian", "kemenko"):
        return "kementerian"
    if first in (
        "badan",
        "lembaga",
        "komisi",
        "konsil",
        "arsip",
        "perpustakaan",
        "kepolisian",
        "kejaksaan",
        "sekretariat",
        "ombudsman",
        "mahkamah",
        "bank",
        "otoritas",
    ):
        return "lembaga"
    return None

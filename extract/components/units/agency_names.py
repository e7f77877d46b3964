"""Ministries and agencies by the first word of each way of writing their name (extract/components/units/component.py).
Knowledge: models/agencies.jsonl, models/units.yaml (`agency_prefix_variants`, `agency_short_form_kinds`)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from extract.components.common.knowledge import read_jsonl
from extract.components.common.mentions import EntityMention

_LOWER_WORD = re.compile(r"(?<![\w])[a-z][\w'’/-]*")


def _short_forms(agency: dict, agencies: list[dict], u: dict) -> list[str]:
    """ "Kementerian Kelautan", "Kementerian Agraria": a ministry named by its kind word and the first
    word of its field, when no other ministry's name starts so ("Kementerian Pendidikan" is several)."""
    out = []
    for kind in u.get("agency_short_form_kinds", []):
        words = agency["name"].split()
        if not agency["name"].startswith(kind + " ") or len(words) < 3:
            continue
        short = f"{kind} {words[1].strip(',')}"
        owners = {
            a["name"]
            for a in agencies
            if (a["name"] + " ").startswith(short + " ") or a["name"].startswith(short + ",")
        }
        if owners == {agency["name"]}:
            out.append(short)
    return out


def load_agencies(data_dir: Path, u: dict) -> dict[str, list[tuple[str, str, str]]]:
    """Ministries and agencies by the first word of each way of writing their name, longest first."""
    by_first = defaultdict(list)
    variants = u.get("agency_prefix_variants", {})

    def spellings(form: str) -> set[str]:
        """ "Kementrian Agama", "Kemkes", "Kemen PUPR": how reporters also write a ministry's name."""
        out = {form}
        for prefix, alts in variants.items():
            if form.startswith(prefix):
                out |= {alt + form[len(prefix) :] for alt in alts}
        return out

    agencies = read_jsonl(data_dir / "agencies.jsonl")
    for a in agencies:
        for form in {
            v for f in [a["name"]] + a.get("aliases", []) + _short_forms(a, agencies, u) for v in spellings(f)
        }:
            for f in {form, form.upper()} if len(form) > 6 else {form}:
                by_first[f.split()[0]].append((f, a["name"], a["type"]))
    for k in by_first:
        by_first[k].sort(key=lambda x: -len(x[0]))
    return dict(by_first)


def lowercase_named(
    text: str, by_first: dict[str, list[tuple[str, str, str]]], found: list[EntityMention]
) -> list[EntityMention]:
    """`found` with the ministries and agencies written whole in lower case ("kementerian dalam negeri nilai
    87,99" in a list): a name of two words or more, every word of it written, is that agency however cased."""
    taken = [(a.start, a.end) for a in found]
    out = list(found)
    for m in _LOWER_WORD.finditer(text):
        s = m.start()
        if any(a <= s < b for a, b in taken):
            continue
        for form, name, typ in by_first.get(m.group().capitalize(), ()):
            e = s + len(form)
            if " " in form and text[s:e].lower() == form.lower() and (e == len(text) or not text[e].isalnum()):
                out.append(EntityMention(start=s, end=e, name=name, entity_type=typ))
                taken.append((s, e))
                break
    return sorted(out, key=lambda a: a.start) if len(out) > len(found) else found

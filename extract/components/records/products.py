"""Values said of one service product of an office, not of the office (a part of RecordAssembler's
sentence reading, extract/components/records/sentence.py). DECISIONS.md (Entities): scores of single
service products (SKCK, SIM, a permit) are not records. "Polres X masuk zona merah dalam hal
pelayanan SKCK", "nilai 62,00 untuk pelayanan SKCK", "pelayanan SIM pada Polres X dimasukkan dalam
zona kuning" give X nothing; "pelayanan SKCK dan permohonan SIM di Polres X dikategorikan zona kuning"
gives X the zone (its products together). Knowledge: models/values.yaml `single_products`,
`product_service_words`, `product_links`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value

AFTER = 60  # characters after a value in which a linked product is the value's


class ProductValues:
    def __init__(self, v: dict):
        products = v.get("single_products") or {}
        self.kind_of = {form.lower(): kind for kind, forms in products.items() for form in forms}
        # abbreviations ("SIM") in capitals only: "sim" is no product
        forms = [f for fs in products.values() for f in fs]
        alts = "|".join(
            f"(?-i:{re.escape(f)})" if f.isupper() else words_alt([f]) for f in sorted(forms, key=len, reverse=True)
        )
        self.product = re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE) if forms else None
        service = words_alt(v.get("product_service_words", []))
        links = words_alt(v.get("product_links", []))
        self.joined = re.compile(
            rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:,|dan|serta|maupun|&|/)\s*(?:(?:{service})\s+){{0,3}}$", re.IGNORECASE
        )
        self.linked = re.compile(
            rf"^[^.;:]{{0,{AFTER}}}?(?<![\w])(?:{links})\s+(?:(?:{service})\s+){{0,3}}$", re.IGNORECASE
        )
        # "Layanan pembuatan surat tugas ... memperoleh nilai 29,00": a sentence opened by one service product
        acts = words_alt(v.get("product_action_words", []))
        self.opening_product = (
            re.compile(
                rf"^\s*(?:(?:{words_alt(v.get('product_openers', []) or ['lalu'])})\s+){{0,2}}(?:(?:{service})\s+)*(?:{acts})\s+(?-i:[a-z])",
                re.IGNORECASE,
            )
            if acts and service
            else None
        )
        # a sentence without any of these (abbreviations, first words of the long forms) names no product
        self.cheap = sorted(
            {f for f in forms if f.isupper()}
            | {w for f in forms if not f.isupper() for w in (f.split()[0], f.split()[0].lower())}
        )

    def single_product_values(self, sentence: str, ss: int, vals: list[Value], groups: Sequence = ()) -> set[int]:
        """ids of the values of a sentence (at offset ss; `groups` its GroupMarkers) said of one product alone."""
        opening = self.opening_product.match(sentence) if self.opening_product is not None and vals else None
        if opening is not None:
            # the sentence's subject is that product: its values are none of an office's
            return {id(v) for v in vals if v.start >= opening.end() + ss}
        if self.product is None or not vals or not any(c in sentence for c in self.cheap):
            return set()
        found = [
            (m.start() + ss, m.end() + ss, self.kind_of.get(m.group().lower())) for m in self.product.finditer(sentence)
        ]
        if not found:
            return set()
        joint = set()
        for i in range(1, len(found)):
            a, b = found[i - 1], found[i]
            if a[2] != b[2] and self.joined.match(sentence[a[1] - ss : b[0] - ss]):
                joint |= {i - 1, i}
        out = set()
        for v in vals:
            after = next(
                (
                    i
                    for i, f in enumerate(found)
                    if f[0] >= v.end and self.linked.match(sentence[v.end - ss : f[0] - ss])
                ),
                None,
            )
            earlier = [i for i, f in enumerate(found) if f[1] <= v.start]
            # products of several kinds named before a counted group ("SKCK, SIM A dan SIM C ..., delapan
            # Polres masuk zona kuning"): the offices' services together, none of them alone
            several = earlier and len({found[i][2] for i in earlier}) > 1
            counted = several and any(found[earlier[-1]][1] <= g.start < v.start for g in groups if g.count)
            before = earlier[-1] if earlier and not counted else None
            gov = after if after is not None else before
            if gov is not None and gov not in joint:
                out.add(id(v))
        return out

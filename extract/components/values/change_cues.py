"""Changes of state in the values component (a part of Values, values/component.py): the comparison and change
patterns read from models/values.yaml ("naik dari 87 menjadi 89", surveyed places, definitions, thresholds, states
left), a label that is the state before a change, and the two integers of a change of score."""

from __future__ import annotations

import re
from extract.components.common.casefold import scan, search_in
from extract.components.years.earlier import EarlierCue
from extract.components.common.knowledge import definition_pattern, words_alt
from extract.components.values.name_cues import WishCue
from extract.components.values.earlier_chain import chain_pattern

_AFTER_TO = re.compile(r"(?i)(?<![\w])(?:ke|menjadi|jadi)\s+(?:zona\s+)?$")


class ChangeCues:
    # what the rest of Values gives this part (values.py loads it)
    kept_negated: re.Pattern[str] | None
    hypothetical: WishCue

    def _load_changes(self, v: dict) -> None:
        """Changes of state ("naik dari 87 menjadi 89"), surveyed places, definitions of the scheme, thresholds,
        states left."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        self.comparator_from = re.compile(rf"(?<![\w])(?:{words_alt(v['comparator_from'])})\s+(?:\w+\s+){{0,2}}$", I)
        self.comparator_to = re.compile(rf"^[^.;]{{0,40}}?(?<![\w])(?:{words_alt(v['comparator_to'])})(?![\w])", I)
        self.change_words = re.compile(r"\b(naik|meningkat|turun|menurun|peningkatan|penurunan|kenaikan|berubah)\b", I)
        self.earlier_cue = EarlierCue(v)
        self.earlier_chain = chain_pattern(v)  # "sebelumnya ... zona merah, dengan nilai 53,32" (earlier_chain.py)
        sv, sp = v.get("surveyed_verbs", []), v.get("surveyed_places_before", [])
        self.surveyed = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(sv)})(?![\w])[^.;:!?\n]{{0,50}}?(?<![\w])"
                rf"(?:{words_alt(sp)})\s+(?:sebanyak\s+|seluruh\s+)?$"
            )
            if sv and sp
            else None
        )
        # "nilai dari 89 pada 2023 menjadi 92", "naik dari 87 ke 89": two integers of a change
        # ("dari skor 70 naik drastis ke 92": a score word after "dari", a change verb before "ke")
        sw, cv = words_alt(v["integer_score_before"]), words_alt(v.get("zone_change_verbs", []) or ["naik"])
        self.int_change = re.compile(
            rf"(?<![\w])(?:{words_alt(v['comparator_from'])})\s+(?:(?:{sw})\s+)?(?P<a>\d{{1,3}})(?![\d]|[.,]\d)"
            rf"(?:\s+(?:pada\s+|di\s+)?(?:tahun\s+)?20\d\d)?(?:\s+(?:{cv})(?:\s+[a-z]+)?)?\s*,?\s+(?:{words_alt(v['comparator_to'])})\s+"
            rf"(?P<b>\d{{1,3}})(?![\d]|[.,]\d)",
            I,
        )
        self.int_change_ctx = re.compile(rf"(?<![\w])(?:{words_alt(v['integer_score_before'])})(?:nya)?(?![\w])", I)
        self.rank_word = re.compile(rf"(?<![\w])(?:{words_alt(v['rank_heads'])})(?:nya)?(?![\w])", I)
        self.definition = definition_pattern(v)
        self.threshold = re.compile(rf"(?<![\w])(?:{words_alt(v.get('threshold_before', []))})\s*$", I)
        self.exited = re.compile(rf"(?<![\w])(?:{words_alt(v.get('exit_before', []))})\s*$", I)
        # "seluruh daerah kini sudah keluar dari zona merah": a state left by many, no one's claim (value_left.py)
        coll = v.get("exit_collective", [])
        self.exit_collective = re.compile(rf"(?<![\w])(?:{words_alt(coll)})(?![\w])", I) if coll else None
        wish = v.get("exit_wished", [])
        self.exit_wished = re.compile(rf"(?<![\w])(?:{words_alt(wish)})(?![\w])", I) if wish else None

    def _wished_from(self, text: str, s: int, e: int | None, low: str | None = None) -> bool:
        """ "berharap bisa naik dari zona kuning ke zona hijau": the state a change only wished for starts from is
        the one held now (neither aimed at nor an earlier state); the state aimed at stays a wish."""
        return bool(
            e is not None
            and not _AFTER_TO.search(text, max(0, s - 20), s)
            and search_in(self.comparator_from, text, low, max(0, s - 30), s)
            and search_in(self.comparator_to, text, low, e, e + 60)
            and self.hypothetical.before(text, low, s)
        )

    def _prior(self, text: str, s: int, e: int, low: str | None = None) -> bool:
        if _AFTER_TO.search(text, max(0, s - 20), s) or self._wished_from(text, s, e, low):
            return False  # "naik dari kuning ke hijau": the state reached; "berharap naik dari kuning ...": held now
        if not search_in(self.comparator_from, text, low, max(0, s - 30), s):
            return False
        if self.kept_negated is not None and search_in(self.kept_negated, text, low, max(0, s - 60), s):
            return False  # "tidak kunjung beranjak dari kategori rendah": a move denied, the state kept
        return bool(
            search_in(self.comparator_to, text, low, e, e + 60)
            or search_in(self.change_words, text, low, max(0, s - 50), s)
        )

    # -- finders ---------------------------------------------------------------------
    def _integer_changes(self, text: str) -> set[int]:
        """Starts of the integers of a change of score ("kenaikan nilai dari 84 pada 2022 menjadi 90,
        sementara BPN naik dari 87 menjadi 89"): a score word earlier in the sentence and no rank
        word after it says they are scores, though no score word stands right before each."""
        out: set[int] = set()
        for m in scan(self.int_change, text):
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 200, 0)
            ctx = list(self.int_change_ctx.finditer(text, start, m.start("a")))
            if (
                ctx
                and not self.rank_word.search(text, ctx[-1].end(), m.start())
                and not re.match(r"(?i)\s*(?:persen|%|poin|point|peringkat)", text[m.end("b") : m.end("b") + 12])
            ):
                out.update((m.start("a"), m.start("b")))
        return out

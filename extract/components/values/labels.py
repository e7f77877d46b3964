"""The label finders of the values component (a mixin of Values, extract/components/values/component.py):
zones, grades, opinions, and the label patterns it builds from models/values.yaml (the group phrases that hand
them on are group_markers.py)."""

from __future__ import annotations

import re

from extract.components.common.starts import finditer_branches
from extract.components.common.casefold import lowered, scan
from extract.components.common.knowledge import spelt_right, with_spellings, words_alt
from extract.components.common.mentions import Value
from extract.components.values.level_changes import level_change_pattern, level_changes
from extract.components.values.contrast import ContrastColours
from extract.components.values.group_markers import GroupFinders

_ZONE_MIX = re.compile(r"(?i)\s*(?:,\s*(?:dan\s+|serta\s+)?|dan|atau|serta|/)\s*(?:zona\s+)?(?:hijau|kuning|merah)\b")
# "opini kualitas tertinggi dan tinggi": a mix of levels is no one's opinion
_SCORE_TOKEN = re.compile(r"\d{1,3}[.,]\d{1,2},?")
_LEVEL_MIX = re.compile(
    r"(?i)\s*(?:,\s*(?:dan\s+|serta\s+)?|dan|atau|serta|/)\s*(?:tertinggi|tinggi|sedang|rendah|terendah)\b"
)
# what every match of a grade branch that opens with no cue word holds (a quick test: most texts
# have none, and the branch is then not searched at all)
_GRADE_IN_BRACKETS = re.compile(r"\d\s*\(\s*[A-E]\s*\)")  # "89,66 (B)"
_GRADE_BRACKETED_OPINION = re.compile(r"[A-E]\s*\(\s*(?i:opini\s+|kualitas)")  # "A (Kualitas Tertinggi)"
_GRADE_THEN_OPINION = re.compile(r"[A-E]\s*[,/–-]\s*(?i:opini\s+|kualitas)")  # "(A, kualitas tertinggi)"
# the zone written right after a label: "kepatuhan tinggi zona merah", "kepatuhan sedang (zona kuning)"
_ZONE_AFTER = re.compile(
    r"(?i)\s*[(,]?\s*(?:atau\s+|yaitu\s+)?(?:di\s+|pada\s+)?zona\s+(?P<z>hijau|kuning|merah)(?![\w])"
)
# 'meraih predikat “Tertinggi”': the bare level in quotes
_QUOTE = "[\"“'‘]?"
_BARE_ZONE = re.compile(r"(?m)\d[.,]?\d*\s*(?:[–—-]\s*|\(\s*)(?P<z>Hijau|Kuning|Merah|HIJAU|KUNING|MERAH)\s*\)?[ \t]*$")


def _zone_grows(grow: list[str]) -> re.Pattern[str] | None:
    """ "pemda yang masuk zona hijau terus meningkat", "zona hijau pun bisa terus meningkat": after the
    zone, how many are in it grows; nobody's label. Not "zona merah meningkat menjadi zona kuning": a change
    of one entity's zone, told by the state reached next."""
    if not grow:
        return None
    return re.compile(
        rf"(?i)\s+(?:pun\s+)?(?:(?:bisa|dapat|akan|makin|semakin)\s+)?(?:terus\s+)?(?:{words_alt(grow)})(?![\w])"
        r"(?!\s+(?:menjadi|jadi|ke)\s+(?:zona\s+)?(?:hijau|kuning|merah)(?![\w]))"
    )


def _own_average(nouns: list[str], links: list[str], fields: list[str] | None = None) -> re.Pattern[str] | None:
    """ "dengan nilai rata-rata 83,92", "nilai rata-rata kepatuhan 77,07": the words before an entity's own average."""
    if not nouns:
        return None
    field = rf"(?:(?:{words_alt(fields)})(?![\w])\s*)?" if fields else ""
    return re.compile(
        rf"(?<![\w])(?:{words_alt(nouns)})\s+(?:rata-rata|rata rata|rerata)\s*{field}(?:(?:{words_alt(links)})\s*)?:?\s*$",
        re.IGNORECASE,
    )


def _grade_branches(v: dict) -> list[tuple[str, re.Pattern[str] | None]]:
    """The grade pattern's branches (its "|" is the pattern), each with its gate (finditer_branches)."""
    # (each branch with what every match of it holds when it opens with no cue word: the text is
    # tried only where one branch can begin, extract/components/common/starts.py finditer_branches)
    return [
        (rf"(?<![\w])(?i:{words_alt(v['grade_before'])})\s*[:;\"“']?\s*(?P<g>[A-E])(?![\w])(?![.-]\w)", None),
        # ... a letter with a sign ("nilai A-", "kategori B+") is that letter's grade (DECISIONS.md "Labels")
        # "kualitas tinggi (B)", "zona hijau (A)"
        (r"(?i:kualitas\s+\w+|zona\s+\w+)\s*\(\s*(?P<g2>[A-E])\s*\)", None),
        # a score with its grade in brackets: "89,66 (B)"
        (r"(?<![\w.,])\d{1,3}[.,]\d{1,2}\s*\(\s*(?P<g3>[A-E])\s*\)", _GRADE_IN_BRACKETS),
        # the letter after its opinion: "Kategori kualitas tinggi B yakni ...", "kategori kepatuhan tinggi B"
        (
            r"(?<=[Kk]ategori\s)(?i:(?:kualitas|kepatuhan)\s+(?:tertinggi|tinggi|sedang|rendah|terendah))\s+(?P<g5>[A-E])(?![\w])",
            None,
        ),
        # the letter with its opinion in brackets: "A (Kualitas Tertinggi)"
        (
            r"(?<![\w.,])(?P<g4>[A-E])\s*\(\s*(?i:(?:opini\s+)?kualitas\s+(?:tertinggi|tinggi|sedang|rendah|terendah))\s*\)",
            _GRADE_BRACKETED_OPINION,
        ),
        # the letter and its opinion together in brackets or after a score: "(A, kualitas tertinggi)",
        # "(B/Kualitas Tinggi)", "(88,50 - A, Kualitas Tertinggi)"
        # the letter glossing a zone: "zona kuning atau C (54,11)"
        (
            r"(?i:zona\s+(?:hijau|kuning|merah))\s+(?i:atau|alias)\s+(?P<g7>[A-E])(?![\w])(?![.-]\w)(?![-+−](?!\w))",
            None,
        ),
        (
            r"(?:\(\s*|(?<=\d)\s*[-–,/]\s*)(?P<g6>[A-E])\s*[,/–-]\s*(?=(?i:(?:opini\s+)?kualitas\s+(?:tertinggi|tinggi|sedang|rendah|terendah)))",
            _GRADE_THEN_OPINION,
        ),
    ]


# a second grade joined to the one read ("kategori A dan B"): the two together name no single holder's grade
_GRADE_PAIRED = re.compile(r"\s*(?:dan|atau|serta|&)\s+[A-E](?![\w])")
# the level of an opinion in quotes after its noun: 'opini kualitas "Sedang"', "kualitas ‘tinggi’"
_LEVEL_QUOTED = r"\s*[\"“”‘’']\s*"


class LabelFinders(GroupFinders):
    # what the rest of Values gives this part (values.py and value_ranks.py load the patterns)
    v: dict
    spellings: dict[str, list[str]]
    zone_count: re.Pattern[str]
    zone_grows: re.Pattern[str] | None
    zone_change: re.Pattern[str]
    rest_colour: re.Pattern[str]

    def _load_label_changes(self, v: dict) -> None:
        """Changes of grade and the words that keep a graded-only alias from being a label."""
        # "Kategori X meningkat dari C menjadi B": the two letters of a change of grade, a grade word earlier in
        # the sentence (models/values.yaml zone_change_verbs, grade_before)
        self.grade_change = re.compile(
            rf"(?i:(?<![\w])(?:{words_alt(v.get('zone_change_verbs', []) or ['naik'])})\s+(?:kategori\s+|kelas\s+)?(?:dari\s+)?)"
            r"(?P<a>[A-E])\s+(?i:ke|menjadi|jadi)\s+(?P<b>[A-E])(?![\w])"
        )
        self.alias_not_after = re.compile(
            rf"(?i)(?<![\w])(?:{words_alt(v.get('graded_alias_not_after', []) or ['tingkat'])})\s+$"
        )
        self.grade_word = re.compile(rf"(?i)(?<![\w])(?:{words_alt(v['grade_before'])})(?![\w])")

    def _load_verdicts(self, v: dict) -> None:
        """The pre-2022 verdicts: "dinyatakan kategori sedang", "tingkat kepatuhan pemkot termasuk tinggi"."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        frames = with_spellings(v.get("verdict_frames", []), self.spellings)
        subj, cop = v.get("verdict_subjects", []), v.get("verdict_copulas", [])
        # "tingkat kepatuhan pemkot termasuk tinggi", "tingkat kepatuhan ... di empat daerah masih rendah"
        self.subject_verdict_re = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(subj)})(?![\w])[^.,;:!?\n]{{0,80}}?(?<![\w])(?:{words_alt(cop)})\s+"
                rf"(?P<lvl>{words_alt(v['opinions']['kepatuhan'])})(?![\w])",
                re.IGNORECASE,
            )
            if subj and cop
            else None
        )
        direct = v.get("verdict_subjects_direct", [])
        self.direct_verdict_re = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(direct)})\s+(?P<lvl>{words_alt(v['opinions']['kepatuhan'])})(?![\w])", I
            )
            if direct
            else None
        )
        # "zona hijau predikat tertinggi kategori A": a level only the graded instrument (2022 on) has
        new_frames, new_levels = v.get("new_scale_frames", []), v.get("new_scale_levels", [])
        # "predikat terendah di Sumbar", "... se-Jawa Timur", "... di antara kabupaten": a superlative within a
        # set ranks its members; no level of the graded scale (values.yaml `new_scale_set_scopes`)
        sets = v.get("new_scale_set_scopes", [])
        scoped = rf"(?!\s+(?:{words_alt(sets)})|\s+se\s*-|\s+di\s+(?-i:[A-Z]))" if sets else ""
        self.new_scale_re = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(new_frames)})\s+{_QUOTE}(?P<lvl>{words_alt(new_levels)})(?![\w]){scoped}", I
            )
            if new_frames and new_levels
            else None
        )
        paired = v.get("new_scale_paired_frames", [])
        self.paired_frames = {w.lower() for w in paired}
        self.new_scale_paired = (
            re.compile(rf"(?<![\w])(?:{words_alt(paired)})\s+{_QUOTE}(?P<lvl>{words_alt(new_levels)})(?![\w])", I)
            if paired and new_levels
            else None
        )
        fill = words_alt(v.get("verdict_frame_fillers", []) or ["pelayanan"])
        qual = words_alt(v.get("verdict_quality_before", []) or ["kualitas"])  # "secara kualitas ... level sedang"
        self.quality_before = re.compile(rf"(?i)(?<![\w])(?:{qual})(?:[\s,]+\w+){{0,2}}\s+$")
        self.old_verdict_re = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(frames)})\s+(?:(?:{fill})\s+)?{_QUOTE}"
                rf"(?P<lvl>{words_alt(v['opinions']['kepatuhan'])})(?![\w])",
                I,
            )
            if frames
            else None
        )

    def _load_labels(self, v: dict) -> None:
        """Zones, grades and opinions, and the frames they are written in."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        # "zonasi terburuk atau merah", "kategori pelayanan yang buruk atau merah": a gloss (≤ 4 words) in between
        # "secara zonasi masih kuning", "predikatnya tetap hijau": an adverb between the word and the colour
        adv = rf"(?:(?:{words_alt(v['zone_adverbs'])})\s+)?" if v.get("zone_adverbs") else ""
        self.zone_grows = _zone_grows(v.get("zone_count_verbs", []))
        self.level_change = level_change_pattern(v)
        self.graded_only_levels = frozenset(w.lower() for w in v.get("new_scale_levels", []))
        self.contrast_colours = ContrastColours(v)
        self.zone_re = re.compile(
            # (the colour may stand in quotes: 'kategori "hijau"'; the quotes written as themselves, so
            # the pattern runs lower-cased, extract/components/common/casefold.py)
            # ... or after a year's "warna" ("2015 warna kuning, sedangkan 2017 warna merah")
            rf"(?:(?:(?<![\w])(?:{words_alt(with_spellings(v['zone_before'], self.spellings))})|(?<![\w])(?:19|20)\d\d\s+warna)"
            rf"\s+{adv}(?:(?:\w+\s+){{1,4}}?(?:atau|alias)\s+|\(\s*(?:{words_alt(v.get('zone_bracketed_nouns', []) or ['zona'])})\s*\)\s+)?[\"“'‘]?"
            # a bare colour alone in brackets after a name: "Kota X (kuning), Kabupaten Y (merah)"
            rf"|\((?=\s*(?:hijau|kuning|merah)\s*\))\s*)"
            rf"(?P<z>hijau|kuning|merah)(?![\w])",
            I,
        )
        # "ketegori A": the grade's cue words in their misspellings too
        branches = _grade_branches({**v, "grade_before": with_spellings(v["grade_before"], self.spellings)})
        self.grade_re = re.compile("|".join(src for src, _ in branches))
        self.grade_branches = [(re.compile(src), gate) for src, gate in branches]
        # "kualitas opini tinggi": the instrument's word inside the label
        infix = rf"(?:(?:{words_alt(v['opinion_infix'])})\s+)?" if v.get("opinion_infix") else ""
        self.opinion_infix = re.compile(rf"(?i)\s+(?:{words_alt(v['opinion_infix'])})(?=\s)") if infix else None
        # "Predikat KepatuhanTinggi": words glued at a capital are two words
        # ... and the opinion's noun misspelt ("kualias tertinggi", "kwalitas tinggi"; models/spellings.yaml)
        op = "|".join(
            rf"(?:{words_alt(with_spellings([k], self.spellings))})(?:{_LEVEL_QUOTED}|\s+|(?-i:(?<=[a-z])(?=[A-Z]))){infix}(?:{words_alt(vs)})"
            for k, vs in v["opinions"].items()
        )
        self.opinion_re = re.compile(rf"(?<![\w])(?P<o>{op}|kepatuhan\s+terendah|kepatuhan\s+tertinggi)(?![\w])", I)
        self.opinion_before = {w.lower() for w in with_spellings(v["opinion_before"], self.spellings)}
        cues, topics = v.get("opinion_topic_cues", []), v.get("opinion_topic_words", [])
        self.opinion_topic = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(cues)})\s+(?:{words_alt(topics)})\s*$")
            if cues and topics
            else None
        )
        self.grade_gloss_topic = _grade_gloss(v.get("grade_gloss_links", []), topics)
        self.opinion_adjective = str(v.get("opinion_adjective", "")).lower()
        adjective = [self.opinion_adjective] if self.opinion_adjective else []
        self.opinion_adjectives = {w.lower() for w in with_spellings(adjective, self.spellings)}
        self.opinion_adjective_after = {w.lower() for w in v.get("opinion_adjective_after", [])}
        nouns = v.get("opinion_adjective_nouns", [])
        self.opinion_noun_before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(nouns)})\s+$") if nouns else None
        self.own_average = _own_average(
            v.get("own_average_nouns", []), v.get("own_average_links", []), v.get("own_average_fields", [])
        )
        self.opinion_alias = v.get("opinion_aliases", {})
        self.graded_only_alias = set(v.get("opinion_aliases_graded_only", []))
        links, fillers = v.get("opinion_gloss_links", []), v.get("opinion_gloss_fillers", [])
        verbs = words_alt(v.get("opinion_gloss_verbs", [])) or "(?!)"
        self.opinion_gloss = (
            re.compile(
                # ... or the bare level in brackets: "zona kuning (sedang)"; or a verb glossing it a few words on
                rf"(?<![\w])(?:{words_alt(v['zone_before'])})\s+(?:hijau|kuning|merah)\s*(?:[(,]?\s*(?:{words_alt(links)})\s*|\(\s*"
                rf"|(?:\s*[a-z]+){{0,4}}?\s*,?\s*(?:{verbs})\s+)"
                rf"(?:(?:{words_alt(fillers)})\s+){{0,4}}(?P<lvl>tinggi|sedang|rendah)(?![\w])",
                I,
            )
            if links
            else None
        )
        # the reverse gloss, a level glossed by its bare colour: "dari tingkat kepatuhan tinggi atau hijau"
        self.level_colour = (
            re.compile(
                rf"(?<![\w])kepatuhan\s+(?:tinggi|sedang|rendah)\s*(?:\(\s*|,?\s*(?:{words_alt(links)})\s+)"
                rf"(?P<z>hijau|kuning|merah)(?![\w])",
                I,
            )
            if links
            else None
        )

    def zones(self, text: str) -> list[Value]:
        # "naik dari kuning ke hijau": both colours of a change are zones
        out: list[Value] = []
        for m in scan(self.zone_change, text, fold=True):
            a = "a" if m.group("a") else "a2"  # (a2: the change told by "dari" and a year alone)
            out += [Value("zone", m.group(g).lower(), m.start(g), m.end(g)) for g in (a, "b")]
        # "6 kantor ... masuk zona hijau dan kuning": a mix of zones is no one's zone
        # "3 Zona Hijau dan 10 Zona Kuning": a count of governments per zone is no one's zone
        out += [
            Value("zone", m.group("z").lower(), m.start(), m.end())
            for m in scan(self.zone_re, text, fold=True)
            if not _ZONE_MIX.match(text, m.end())
            and not any(v.start <= m.start("z") < v.end for v in out)
            and not self.zone_count.search(text, max(0, m.start() - 24), m.start())
            and not (self.zone_grows is not None and self.zone_grows.match(text, m.end()))
        ]
        out += self.contrast_colours.find(text, out)  # "semua mendapat zona kuning, hanya X yang merah"
        # the rest of a list in a bare colour: "selainnya kuning semua", "sisanya merah"
        for m in scan(self.rest_colour, text, fold=True):
            if not any(v.start <= m.start("z") < v.end for v in out):
                out.append(Value("zone", m.group("z").lower(), m.start("z"), m.end("z")))
        for m in scan(self.level_colour, text, fold=True) if self.level_colour is not None else []:
            if not any(v.start <= m.start("z") < v.end for v in out):
                out.append(Value("zone", m.group("z").lower(), m.start("z"), m.end("z")))
        # a list line's last cell: "- Kabupaten Bungo – 90,10 – Hijau", "Kabupaten Tebo 70,50 (Kuning)"
        for m in scan(_BARE_ZONE, text):
            if not any(v.start <= m.start("z") < v.end for v in out):
                out.append(Value("zone", m.group("z").lower(), m.start("z"), m.end("z")))
        return out

    def grades(self, text: str) -> list[Value]:
        out = []
        # (scan: the same matches, tried only where one of the cue words is: casefold.py)
        for m in scan(self.grade_change, text):
            sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 80, 0)
            if self.grade_word.search(text, sent_start, m.start("a")):
                out += [Value("grade", m.group(g), m.start(g), m.end(g)) for g in ("a", "b")]
        for m in finditer_branches(self.grade_re, self.grade_branches, text, lowered(text)):
            if m.group("g3"):  # only the bracket is the grade: the score before it stays a score
                out.append(Value("grade", m.group("g3"), m.start("g3") - 1, m.end()))
            elif not _GRADE_PAIRED.match(text, m.end()):  # "kategori A dan B" across a group: neither is one's
                g = next(m.group(k) for k in ("g", "g2", "g4", "g5", "g6", "g7") if m.group(k))
                out.append(Value("grade", g, m.start(), m.end()))
        return out

    def opinions(self, text: str) -> list[Value]:
        out = []
        # "dinyatakan kategori sedang", "predikat tinggi": the pre-2022 verdicts (2022+ records keep
        # only their zone, see records.py)
        new_scale = [m for m in scan(self.new_scale_re, text, fold=True)] if self.new_scale_re is not None else []
        new_scale += self._paired_new_scale(text)
        if self.old_verdict_re is not None:
            # a page writing the graded scale's own bare level ("predikat tertinggi") writes its other bare
            # levels on that scale too ("predikat tinggi": kualitas tinggi; years.py keeps it from 2022 on)
            noun = "kualitas" if new_scale else "kepatuhan"
            for m in scan(self.old_verdict_re, text, fold=True):
                bare = "kepatuhan" not in m.group().lower()  # "kategori tinggi", not "berkepatuhan tinggi"
                lvl, q = m.group("lvl").lower(), self.quality_before.search(text, max(0, m.start() - 30), m.start())
                kind = "kepatuhan" if not bare else "kualitas" if q else noun
                out.append(Value("opinion", f"{kind} {lvl}", m.start(), m.end(), bare=bare))
        for m in new_scale:
            out.append(Value("opinion", f"kualitas {m.group('lvl').lower()}", m.start(), m.end(), bare=True))
        for verdict in (self.subject_verdict_re, self.direct_verdict_re):
            for m in scan(verdict, text, fold=True) if verdict is not None else ():
                out.append(Value("opinion", f"kepatuhan {m.group('lvl').lower()}", m.start("lvl"), m.end()))
        for m in scan(self.opinion_re, text):
            prev = re.search(r"(\S+)\s*$", text[max(0, m.start() - 30) : m.start()])
            tok = prev.group(1) if prev else ""
            # "(Zona Hijau/Kualitas Tertinggi)", "(62,15/kualitas sedang)": a slash pairs it with a value
            # ("(A, kualitas tertinggi)": the bracket opens the grade before it; "(C - kualitas sedang)")
            ok = tok[-1:] in "\"“'‘(/-–" or tok.lower().strip(",.:(\"'“”‘’") in self.opinion_before if tok else False
            two = re.search(r"(\S+\s+\S+)\s*$", text[max(0, m.start() - 40) : m.start()]) if not ok else None
            ok = ok or bool(
                two and re.sub(r"\s+", " ", two.group(1).lower()) in self.v.get("opinion_before_places", ())
            )
            if _LEVEL_MIX.match(text, m.end()):
                continue
            before = text[max(0, m.start() - 60) : m.start()]
            topic = bool(self.opinion_topic and self.opinion_topic.search(before))
            ok = ok or topic
            ok = ok or bool(self.grade_gloss_topic and self.grade_gloss_topic.search(before))
            # a headline's label right after a name: "..., Kota Jambi Kualitas Tertinggi" (capitals on
            # both sides mark the label; prose writes "indikator kualitas tinggi" in lower case)
            ok = ok or (tok[:1].isupper() and tok[-1:].isalpha() and m.group("o").istitle())
            # the value of a short key line: "Opini Ombudsman: kualitas tinggi"
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            ok = ok or (tok[-1:] in ":;" and len(line) <= 40)
            if re.split(r"\s+|(?<=[a-z])(?=[A-Z])", m.group("o"))[0].lower() in self.opinion_adjectives:
                # "meraih nilai 60,30, berkualitas sedang": right after a score it glosses that score
                # ... and after its cue and the service ("(kategori pelayanan berkualitas tinggi)")
                ok = (
                    tok.lower().strip(",") in self.opinion_adjective_after
                    or bool(_SCORE_TOKEN.fullmatch(tok))
                    or topic
                    # "opini pengawasan berkualitas tinggi": the instrument's noun right before it
                    or bool(self.opinion_noun_before and self.opinion_noun_before.search(before))
                )
            if not ok:
                continue
            o = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", re.sub(_LEVEL_QUOTED, " ", m.group("o"))).lower()
            o = spelt_right(
                re.sub(r"\s+", " ", self.opinion_infix.sub("", o) if self.opinion_infix else o), self.spellings
            )
            # an alias meaning an opinion only in graded years keeps its written form; the assembler,
            # which knows the year, maps it (claim_years.py, _opinion_for_year)
            if o in self.graded_only_alias and self.alias_not_after.search(text, max(0, m.start() - 30), m.start()):
                continue  # "tingkat kepatuhan tertinggi", "penghargaan kategori kepatuhan tertinggi": no label
            o = o if o in self.graded_only_alias else self.opinion_alias.get(o, o)
            out.append(Value("opinion", o, m.start(), m.end()))
        for m in scan(self.opinion_gloss, text, fold=True) if self.opinion_gloss is not None else ():
            lvl = m.group("lvl").lower()
            if not any(v.start < m.end("lvl") and m.start("lvl") < v.end for v in out):
                out.append(Value("opinion", f"kepatuhan {lvl}", m.start("lvl"), m.end("lvl")))
        # "tingkat kepatuhan ... masih dikategorikan sedang dan tinggi": a pair of levels told of a province or
        # a group spreads over its members, so it is no one's opinion (as the opinion names' mixes above)
        kept = [o for o in out if not self._contradicted(text, o) and not _LEVEL_MIX.match(text, o.end)]
        # "tadinya tinggi kini tertinggi"
        return kept + level_changes(self.level_change, text, out, bool(new_scale), self.graded_only_levels)

    def _paired_new_scale(self, text: str) -> list[re.Match[str]]:
        """ "kategori tertinggi" as the graded scale's level: only where the page also writes a bare level after
        the same word ("tahun lalu kategori tinggi, kini kategori tertinggi")."""
        if self.new_scale_paired is None or self.old_verdict_re is None:
            return []
        found = list(scan(self.new_scale_paired, text, fold=True))
        if found and any(
            m.group().split()[0].lower() in self.paired_frames for m in scan(self.old_verdict_re, text, fold=True)
        ):
            return found
        return []

    def _contradicted(self, text: str, o: Value) -> bool:
        """An old level written with another band's zone right after it ("predikat kepatuhan tinggi zona
        merah"): the text contradicts itself and the opinion is left null (DECISIONS.md "Labels")."""
        band = self.v.get("old_level_zone", {}).get(str(o.value).split()[-1])
        m = _ZONE_AFTER.match(text, o.end) if band and str(o.value).startswith("kepatuhan") else None
        return m is not None and m.group("z").lower() != band


def _grade_gloss(links: list[str], topics: list[str]) -> re.Pattern[str] | None:
    """ "nilai A atau pelayanan kualitas tertinggi": a grade letter, a gloss link and the service, before an opinion."""
    if not links or not topics:
        return None
    return re.compile(rf"(?<![\w])[A-E]\s*(?i:{words_alt(links)})\s*(?i:{words_alt(topics)})\s*$")

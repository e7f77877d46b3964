"""The officials finder's small word lists (models/officials/*.txt), read when the component loads
(OfficialsKnowledge.from_dir) from its own data folder, and the related-link labels it skips lines by."""

from __future__ import annotations

import re
from pathlib import Path

from extract.components.common.related import related_heading, related_link_words
from models import MODELS_DIR, read_list

# the component's data folder holds a copy of the cleaner's related-link labels only in a saved pipeline
RELATED_LABELS_FILE = "related_link_labels.txt"
# files read here (the saved pipeline copies them; RELATED_LABELS_FILE is written by to_disk)
WORD_LIST_FILES = (
    "name_abbreviations.txt",
    "name_particles.txt",
    "title_words_in_names.txt",
    "common_words_in_names.txt",
    "post_grades.txt",
    "lettered_bodies.txt",
    "speech_verbs.txt",
    "name_introducers.txt",
    "other_speaker_cues.txt",
    "pair_words.txt",
    "plural_markers.txt",
    "linkers_before_title.txt",
    "saying_verbs.txt",
    "balinese_name_openers.txt",
    "linkers_after_title.txt",
    "companion_words.txt",
    "speech_blockers.txt",
    "open_line_words.txt",
    "place_closers.txt",
    "metro_closers.txt",
    "place_prepositions.txt",
    "place_named_units.txt",
    "nickname_cues.txt",
    "function_word_names.txt",
    "team_words.txt",
)


def _lower(data_dir: Path, name: str) -> set[str]:
    return {w.lower() for w in read_list(data_dir / name)}


def _phrases(data_dir: Path, name: str, lower: bool = True) -> set[tuple[str, ...]]:
    return {tuple((w.lower() if lower else w).split()) for w in read_list(data_dir / name)}


def called_pattern(cues: list[str]) -> re.Pattern:
    """ "..., S.IP yang akrab disapa Kang Rey": a cue (models/officials/nickname_cues.txt) soon after the
    full name, then the nickname, maybe after a short familiar honorific (forms.nicknamed)."""
    cues = sorted((w.lower() for w in cues), key=len, reverse=True)
    return re.compile(
        r"[^\n()]{0,40}?(?i:\b(?:" + "|".join(re.escape(c).replace("\\ ", r"\s+") for c in cues) + r"))\s+"
        r"(?:([A-Z][a-z]{1,3})\s+)?([A-Z][a-z]{2,})\b(?![ \t]+[A-Z])"
    )


def related_labels(data_dir: Path, models_dir: Path | None = None) -> list[str]:
    """The labels of lines that link to other articles: the saved pipeline's copy, else the cleaner's list
    (models/cleaning/lines.yaml `related_link_labels`, one list for the cleaner, the records and officials)."""
    saved = Path(data_dir) / RELATED_LABELS_FILE
    if saved.exists():
        return read_list(saved)
    return related_link_words(models_dir or MODELS_DIR)


def read_word_lists(data_dir: Path, models_dir: Path | None = None) -> dict:
    """The keyword arguments of OfficialsKnowledge for the word lists under `data_dir`."""
    d = Path(data_dir)
    speech_verbs = _lower(d, "speech_verbs.txt")
    labels = related_labels(d, models_dir)
    return dict(
        name_abbreviations=frozenset(_lower(d, "name_abbreviations.txt")),
        name_particles=_phrases(d, "name_particles.txt", lower=False),
        title_words_in_names=_lower(d, "title_words_in_names.txt"),
        common_words_in_names=_lower(d, "common_words_in_names.txt"),
        post_grades=_phrases(d, "post_grades.txt"),
        lettered_bodies=_lower(d, "lettered_bodies.txt"),
        speech_verbs=speech_verbs,
        name_introducers=speech_verbs | _lower(d, "name_introducers.txt"),
        other_speaker_cues=_phrases(d, "other_speaker_cues.txt"),
        pair_words=_lower(d, "pair_words.txt"),
        plural_markers=_lower(d, "plural_markers.txt"),
        linkers_before_title=_lower(d, "linkers_before_title.txt"),
        saying_verbs=_lower(d, "saying_verbs.txt"),
        balinese_openers=_phrases(d, "balinese_name_openers.txt", lower=False),
        linkers_after_title=_lower(d, "linkers_after_title.txt"),
        companion_words=_lower(d, "companion_words.txt"),
        speech_blockers=_lower(d, "speech_blockers.txt"),
        open_line_words=frozenset(_lower(d, "open_line_words.txt")),
        place_closers=frozenset(_lower(d, "place_closers.txt")),
        metro_closers=frozenset(_lower(d, "metro_closers.txt")),
        place_prepositions=frozenset(read_list(d / "place_prepositions.txt")),
        place_units=_lower(d, "place_named_units.txt"),
        called=called_pattern(read_list(d / "nickname_cues.txt")),
        function_word_names=frozenset(read_list(d / "function_word_names.txt")),
        team_words=frozenset(_lower(d, "team_words.txt")),
        related_labels=labels,
        related_heading=related_heading(labels),
    )

"""Officials' titles: abbreviated office titles ("Sekdako") before a holder's name.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article


# -- "Sekdako" is a title: the name after it is the official's ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Asisten I Sekdako Dumai Herman Jaya saat menerima piagam kepatuhan dari Ombudsman.",
        "Sekdako Dumai Herman Jaya menerima piagam kepatuhan dari Ombudsman.",
    ],
)
def test_sekdako_is_a_title(line):
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Dumai meraih nilai 88,10. " + line
    names = [o.name for o in extract_article(text).officials]
    assert "Herman Jaya" in names
    assert not [n for n in names if "Sekdako" in n]

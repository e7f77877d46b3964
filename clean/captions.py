"""Photo and video pages, whose text is their captions (a gallery's photos, a clip's summary).

The cleaner moves captions out of the body; on such a page what remains is a few words of
navigation. The page is recognised when the body is that short and the captions say more,
and the captions then become the text (photo credits cut off).
"""

from __future__ import annotations

import re

MAX_BODY_WORDS = 30
# "(Liputan6.com/Nama Fotografer)", "(ANTARA FOTO/Nama/nym)", "Foto: Nama/detikcom"
_CREDIT = re.compile(r"\s*(?:\((?:[^()]*/[^()]*|foto[^()]*)\)|(?:foto|photo)\s*:\s*[^.]{1,80})\s*$", re.I)


def caption_text(caption: str) -> str:
    return _CREDIT.sub("", caption).strip() or caption


def caption_page(body: str, captions: list[str]) -> bool:
    """Is this a photo/video page whose body is its captions?"""
    if not captions:
        return False
    body_words = len(body.split())
    caption_words = sum(len(caption_text(c).split()) for c in captions)
    return body_words < MAX_BODY_WORDS and caption_words >= max(12, 2 * body_words)

"""Lines that a page broke inside a sentence, joined again.

Pages copied from forums, PDFs and some news sites carry hard line breaks in mid-sentence,
often just before a name ("... подписали министр транспорта Казахстана" / "Марат Карабаев и
..."). Read line by line, the sentence is cut in two and its people lose their titles, or the
broken lines are taken for page furniture and lost altogether. So the page's lines are mended
before anything reads them: a line goes on into the next when it ends with a comma, a dash or
a word no sentence ends on, or when the next starts in lower case; or when a run of short
lines ends like a sentence. A line that ends like a sentence, a blank line, a dateline, a
date or a list item keeps the break.
"""

from __future__ import annotations

import re

from .layout import (
    DATED_TAIL,
    DATELINE,
    INNER_END,
    LINKING_WORDS,
    SENTENCE_END,
    Line,
    date_of,
    is_body,
    is_paragraph,
    word_count,
)

__all__ = ["unwrapped"]

# words a sentence does not end on: prepositions and conjunctions
OPEN_END = re.compile(
    r"(?:[,\-–—(]|(?<!\S)(?:"
    + "|".join([*LINKING_WORDS, "чтобы", "также", "который", "которая", "которые", "которое"])
    + "))$",
    re.IGNORECASE,
)
LOWER_START = re.compile(r"^[a-zа-яё]")
CYRILLIC_START = re.compile(r"^[«\"]?[А-ЯЁа-яё]")
BULLET = re.compile(r"^(?:[-–—•*·]|\d{1,2}[.)])\s")
TITLE_DASH = re.compile(r"\s[-–—|]\s")
# a line of fewer words is a subheading or a caption rather than a broken sentence
MIN_WORDS = 4


def unwrapped(lines: list[Line], text: str) -> list[Line]:
    """The page's lines with those broken inside a sentence joined to the line they continue;
    a joined line is the text's own span, line break included, so offsets stay true.

    A break is mended when the words say the sentence goes on (an open end, a lower-case
    start), or when a run of lines ends like a sentence and no line but the last could be a
    paragraph of its own (a headline above a lead, a byline below it, stay apart)."""
    out: list[Line] = []
    i = 0
    first_text = next((k for k, item in enumerate(lines) if is_body(item[2])), -1)
    while i < len(lines):
        run, weak = [lines[i]], False
        while i + len(run) < len(lines):
            how = _goes_on(run[-1], lines[i + len(run)], text, opening=i == first_text)
            if how is None:
                break
            run.append(lines[i + len(run)])
            weak = weak or how == "weak"
        if weak and not SENTENCE_END.search(run[-1][2]):
            run = run[:1]  # the run never ends a sentence: a headline, a menu, a caption
        start, stop = run[0][0], run[-1][1]
        out.append((start, stop, text[start:stop]) if len(run) > 1 else run[0])
        i += len(run)
    return out


def _goes_on(before: Line, after: Line, text: str, *, opening: bool) -> str | None:
    """ "strong" when the words say the sentence goes on, "weak" when only the shape of
    the lines does, None for a break."""
    gap = text[before[1] : after[0]]
    if gap.strip() or gap.count("\n") != 1:
        return None  # a blank line, or furniture between: a paragraph break
    line, following = before[2].rsplit("\n", 1)[-1], after[2]
    if not (is_body(line) and is_body(following)):
        return None
    if SENTENCE_END.search(line) or line.endswith((":", ";")):
        return None
    if BULLET.match(following) or BULLET.match(line):
        return None
    if DATELINE.match(following) or date_of(following) or "©" in line + following:
        return None
    if DATED_TAIL.match(TITLE_DASH.split(line)[-1]):
        return None  # "X - 04.12.2016, Outlet": the page's title, never a broken sentence
    if word_count(line) < MIN_WORDS - 1:
        return None  # "Узбекское телеграфное" / "агентство": a masthead, a menu, a button
    if OPEN_END.search(line) or LOWER_START.match(following):
        return "strong"
    if word_count(line) < MIN_WORDS or is_paragraph(following):
        return None
    if not CYRILLIC_START.match(following):
        return None  # a site's name, a Latin menu: furniture, not the rest of a sentence
    # the page's first line of text is its headline, unless a sentence ends in it
    return "weak" if not opening or INNER_END.search(line) is not None else None

"""Where an excerpt ends: a cut-off last sentence, or a list after the last paragraph, is
still the article's text."""

from __future__ import annotations

from .decode import CYRILLIC
from .layout import JUNK_LINE, MENU_LINE, READ_ALSO, Line, date_of, word_count

__all__ = ["cut_off_end"]


def cut_off_end(lines: list[Line], last: int) -> int:
    """An excerpt may stop mid-sentence: a long last line with no full stop is still text.
    A list after the last paragraph ("В их числе:", then an item a line, each ending in ";")
    is text too, up to its last whole item."""

    def ends(k: int, marks: tuple[str, ...]) -> bool:
        return k < len(lines) and lines[k][2].rstrip().endswith(marks)

    # "Среди них:" on a line of its own opens the list
    # (or "были подписаны следующие документы:", the sentence that counts them)
    opener = ends(last + 1, (":",)) and word_count(lines[last + 1][2]) <= 16
    if opener and ends(last + 2, (";",)):
        last += 1
    while (
        ends(last, (":", ";"))
        and ends(last + 1, (";", "."))
        and word_count(lines[last + 1][2]) >= 3
    ):
        last += 1
    rest = [i for i in range(last + 1, len(lines)) if not JUNK_LINE.match(lines[i][2])]
    if len(rest) == 1:
        line = lines[rest[0]][2]
        if (
            word_count(line) >= 8
            and len(CYRILLIC.findall(line)) >= 20
            and not (date_of(line) or MENU_LINE.search(line) or READ_ALSO.match(line))
        ):
            return rest[0]
    return last

"""When a document was signed that its own sentence does not date: "13-14 декабря прошел
саммит ... По итогам переговоров стороны подписали ...", "В мае состоялся визит ... В ходе
визита подписано соглашение ...".

A signing "по итогам", "в ходе", "в рамках", "во время" or "на полях" of an event took place
at the event the article told and dated last; a span of days is its month, as for meetings.
A signing that names no event is not dated this way.
"""

from __future__ import annotations

from .context import Sent
from .cues import NOUNS, VERBS

__all__ = ["Occasions"]

# "по итогам переговоров", "в ходе визита", "в рамках саммита", "во время встречи",
# "на полях форума"
FRAMES = {"итог", "ход", "рамка", "время", "поле"}
# the signing itself, or people joining, tells no event of its own
EVENTS = {w for w, c in {**NOUNS, **VERBS}.items() if not (c.signing or c.joins or c.call)}
EVENTS |= {"форум", "состояться", "пройти", "проходить"}


def _day_span(value: str) -> str:
    """ "2022-12-13/2022-12-14" -> "2022-12"; other values as they are."""
    start, _, stop = value.partition("/")
    if stop and len(start) == len(stop) == 10 and start[:7] == stop[:7]:
        return start[:7]
    return value


class Occasions:
    """The date of the event the article told last."""

    def __init__(self) -> None:
        self.date: str | None = None

    def read(self, sent: Sent) -> None:
        if not sent.has(*EVENTS):
            return
        for date in sent.dates:
            value = _day_span(date.value)
            if "/" not in value:
                self.date = value
                return

    def of_signing(self, sent: Sent, cue: int) -> str | None:
        """The event's date for a signing its sentence places at an event."""
        for i, token in enumerate(sent.tokens[: cue + 8]):
            if (
                token.lemma in FRAMES
                and sent.lemma(i - 1) in {"по", "в", "во", "на"}
                and sent.lemma(i + 1) in EVENTS
            ):
                return self.date
        return None


# "соглашение ... от 25 декабря 2003 года": a treaty cited by the day it was signed; plans,
# programmes and laws are cited by the day they were adopted
CITED = {"соглашение", "меморандум", "договор", "протокол", "конвенция", "контракт"}


def cited(sent: Sent) -> list[tuple[int, str]]:
    """The documents a sentence cites by the day they were signed, as (head token, day)."""
    out: list[tuple[int, str]] = []
    for i, token in enumerate(sent.tokens):
        if token.lemma not in CITED:
            continue
        for j in range(i + 1, min(i + 25, len(sent.tokens) - 1)):
            if sent.tokens[j].pos in {"VERB", "AUX"} or sent.tokens[j].text in {",", ".", ";"}:
                break
            if sent.lemma(j) == "от":
                start = sent.tokens[j + 1].start
                day = next((d.value for d in sent.dates if d.start == start), "")
                if len(day) == 10:
                    out.append((i, day))
                break
    return out

"""An event between sides whose people the text does not name: the ministers of three
countries met, a joint body held a session. It is a meeting with no participant when its
place or its date is told; a signing, a call, or "стороны" alone are not such events."""

from __future__ import annotations

from .meetingevents import Event

__all__ = ["ANYONE", "unnamed"]

SESSION_WORDS = {"заседание", "заседания", "сессия", "сессии"}
# "стороны", "участники": whoever took part, not holders of one post
ANYONE = {"сторона", "участник", "собеседник", "делегация", "сопредседатель", "они"}


def unnamed(event: Event) -> bool:
    """An event between sides that names none of its people is kept, with no participant,
    when its place or date is told and the clause says who met by their posts ("главы МИД
    трех стран встретились в Баку", "лидеры государств собрались") or names the joint body's
    session ("Первое заседание межправкомиссии прошло в Ташкенте"). A signing, a call or
    an event of "стороны" alone is not: those name their people elsewhere, or nobody."""
    if event.call or not (event.place or event.date):
        return False
    by_post = bool(event.sides) and event.sides not in ANYONE and event.label != "Подписание"
    return by_post or _session_of_a_body(event.name)


def _session_of_a_body(name: str) -> bool:
    """ "Первое заседание межправкомиссии", "5-я сессия совета": a session the text names."""
    words = name.lower().split()
    return "," not in name and any(w in SESSION_WORDS for w in words[:3]) and len(words) > 1

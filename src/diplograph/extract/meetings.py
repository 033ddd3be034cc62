"""Meetings: talks, visits, calls, sessions; who took part, where and when.

News of the genre report one event per article, so the cues of all sentences ("встреча",
"переговоры", "в ходе визита", "встретился") add up to one meeting; its participants are the
people (or roles, resolved later) named next to a cue.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Fact, Mention
from .context import Named, Sent

__all__ = ["MEETING_WORDS", "find_meeting"]

MEETING_WORDS = {
    "встреча": "Встреча",
    "переговоры": "Переговоры",
    "переговор": "Переговоры",
    "визит": "Визит",
    "беседа": "Беседа",
    "разговор": "Телефонный разговор",
    "заседание": "Заседание",
    "саммит": "Саммит",
    "консультация": "Консультации",
    "встретиться": "Встреча",
    "переговорить": "Переговоры",
    "посетить": "Визит",
    "прибыть": "Визит",
}
# people named after these are not taking part: "по поручению президента ..."
NOT_PARTICIPANT = {"поручение", "имя", "приветствие", "послание"}


def find_meeting(sents: Iterable[Sent], roles: dict[int, list[Named]]) -> Fact | None:
    kind = None
    participants: list[Mention] = []
    places: list[Mention] = []
    dates: list[str] = []
    evidence: list[int] = []
    for sent in sents:
        cues = [i for i, t in enumerate(sent.tokens) if t.lemma in MEETING_WORDS]
        if not cues:
            continue
        kind = kind or MEETING_WORDS[sent.tokens[cues[0]].lemma]
        evidence.append(sent.index)
        for named in sent.names_of("person") + roles.get(sent.index, []):
            if sent.lemma(named.first - 1) in NOT_PARTICIPANT:
                continue
            participants.append(named.mention)
        for named in sent.names_of("city", "country", "place"):
            if sent.lemma(named.first - 1) == "в" and named.mention.kind != "country":
                places.append(named.mention)
        dates += [d.value for d in sent.dates if "/" not in d.value and len(d.value) == 10]
    if not evidence or not participants:
        return None
    roles_out: list[tuple[str, Mention]] = [("participant", m) for m in participants]
    label = kind or "Встреча"
    if places:
        roles_out.append(("place", places[0]))
    values: list[tuple[str, str]] = [("kind", label)]
    if dates:
        values.append(("date", dates[0]))
    return Fact("meeting", tuple(roles_out), tuple(values), tuple(evidence), "meeting-cue")

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
# words of a sentence that names who took part in the event just told
WHO_TOOK_PART = {
    "участие",
    "возглавить",
    "провести",
    "сопредседатель",
    "делегация",
    "председательствовать",
    "участвовать",
    "вести",
}
FUTURE_EVENTS = {"пройти", "состояться", "провести", "проходить", "собраться"}


def _is_cue(sent: Sent, i: int) -> bool:
    lemma = sent.lemma(i)
    if lemma in MEETING_WORDS:
        return True
    # "принял делегацию ...", "принял министра ... Ивана Петрова"
    return lemma == "принять" and any(
        sent.lemma(j) == "делегация" or sent.name_at(j, "person") for j in range(i + 1, i + 8)
    )


def _announced(sent: Sent) -> bool:
    """A meeting yet to come ("Следующее заседание пройдет в Москве") is not the one reported."""
    future = any(
        t.pos in {"VERB", "AUX"} and t.feat("Tense") == "Fut" and t.lemma in FUTURE_EVENTS
        for t in sent.tokens
    )
    past = any(t.pos == "VERB" and t.feat("Tense") == "Past" for t in sent.tokens)
    return future or (sent.has("следующий") and not past)


def find_meeting(sents: Iterable[Sent], roles: dict[int, list[Named]]) -> Fact | None:
    kind = None
    participants: list[Mention] = []
    places: list[Mention] = []
    dates: list[str] = []
    evidence: list[int] = []
    dateline: Mention | None = None
    dateline_dates: list[str] = []
    sents = list(sents)
    by_index = {s.index: s for s in sents}
    for sent in sents:
        if dateline is None and sent.tokens and sent.lemma(1) == ",":
            # "Душанбе, 22 февраля. /Корр./." names where the news happened
            named = sent.name_at(0, "city")
            dateline = named.mention if named is not None else None
            if dateline is not None:
                dateline_dates = [d.value for d in sent.dates if len(d.value) == 10]
        cues = [i for i, t in enumerate(sent.tokens) if _is_cue(sent, i)]
        if not cues or _announced(sent):
            continue
        kind = kind or MEETING_WORDS.get(sent.tokens[cues[0]].lemma, "Встреча")
        evidence.append(sent.index)
        named_here = sent.names_of("person") + roles.get(sent.index, [])
        following = by_index.get(sent.index + 1)
        if not named_here and following is not None and following.has(*WHO_TOOK_PART):
            # "В Ереване прошло заседание комиссии. Комиссию возглавили X и Y."
            named_here = following.names_of("person") + roles.get(following.index, [])
            evidence.append(following.index)
        for named in named_here:
            here = named.mention.sentence == sent.index
            if here and sent.lemma(named.first - 1) in NOT_PARTICIPANT:
                continue
            participants.append(named.mention)
        for named in sent.names_of("city", "country", "place"):
            # "в Астане" is where; "визит в Ташкент" (accusative) is where to
            where = sent.tokens[named.first].feat("Case") != "Acc"
            if sent.lemma(named.first - 1) == "в" and named.mention.kind != "country" and where:
                places.append(named.mention)
        dates += [d.value for d in sent.dates if "/" not in d.value and len(d.value) == 10]
    if not evidence or not participants:
        return None
    roles_out: list[tuple[str, Mention]] = [("participant", m) for m in participants]
    label = kind or "Встреча"
    if places or dateline is not None:
        roles_out.append(("place", places[0] if places else dateline))  # type: ignore[arg-type]
    values: list[tuple[str, str]] = [("kind", label)]
    if dates or dateline_dates:
        values.append(("date", (dates or dateline_dates)[0]))
    return Fact("meeting", tuple(roles_out), tuple(values), tuple(evidence), "meeting-cue")

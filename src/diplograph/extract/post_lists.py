"""The country a list of titled names shares: "вице-премьер Турции A, министр экономики B и
министр обороны C" are three of Turkey's; "Российская делегация ... В переговорах участвовали
глава МИД A, министр финансов B" are the delegation's."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Mention
from .context import Named, Sent
from .titles import Title

__all__ = ["Entry", "delegation_country", "share_countries"]

# (person, title, country) of one holding found in a sentence
Entry = tuple[Named, Title, Mention | None]
# titles of heads of state and government: a list of them spans countries ("президент России
# A и премьер-министр B" says nothing of B's country), a list of ministers after one does not
LEADERS = {
    "президент",
    "премьер-министр",
    "премьер",
    "председатель",
    "король",
    "лидер",
    "канцлер",
    "эмир",
    "султан",
    "шейх",
}
IMPLIED = {"республика", "страна", "государство", "королевство"}
JOINERS = {",", "и", "также", "а"}


def _joined(sent: Sent, after: int, before: int) -> bool:
    """Only "," / "и" / "а также (с)" between the end of one name and the next title, and
    the name again in brackets ("Александром Вучичем (Vucic Aleksandar), министром ...")."""
    if after >= before:
        return False
    k = after
    while k < before:
        lemma = sent.tokens[k].lemma
        if lemma == "(":
            close = next((j for j in range(k, before) if sent.tokens[j].lemma == ")"), None)
            if close is None:
                return False
            k = close + 1
        elif lemma in JOINERS or (lemma in {"с", "со"} and sent.lemma(k - 1) == "также"):
            k += 1
        else:
            return False
    return True


def _groups(sent: Sent, entries: Sequence[Entry]) -> list[list[int]]:
    """Entries by list: a name's titles stand right before it, right after the name before."""
    groups: list[list[int]] = []
    last: Named | None = None
    for n, (person, title, _) in enumerate(entries):
        if title.last > person.first:
            last = None  # an apposition after the name is no item of a list
            groups.append([n])
            continue
        if last is person:
            groups[-1].append(n)  # stacked titles of one name
        elif last is not None and _joined(sent, last.last, title.first):
            groups[-1].append(n)
        else:
            groups.append([n])
        last = person
    return groups


def _implied(sent: Sent, title: Title) -> bool:
    """A title that points at a country it leaves unnamed ("посол республики в России"), or
    names one as its host: its own country is not the list's."""
    return any(
        sent.lemma(k) in IMPLIED or sent.name_at(k, "country") is not None
        for k in range(title.first, title.last)
    )


def _a_list(sent: Sent, entries: Sequence[Entry], group: list[int]) -> bool:
    """Three names or more; or two after a preposition, parted by a comma ("с президентом
    Сербии A, министром энергетики B"): "и" between two is as often two sides."""
    people = list(dict.fromkeys(id(entries[n][0]) for n in group))
    if len(people) > 2:
        return True
    first = entries[group[0]]
    second = next((entries[n] for n in group if id(entries[n][0]) != id(first[0])), None)
    if second is None or sent.lemma(first[1].first - 1) not in {"с", "со"}:
        return False
    between = range(first[0].last, second[1].first)
    return any(sent.tokens[k].text == "," for k in between) and not any(
        sent.lemma(k) == "и" for k in between
    )


def _key(title: Title) -> str:
    return title.key or title.label


def share_countries(
    sent: Sent, entries: Sequence[Entry], delegation: Mention | None
) -> list[Mention | None]:
    """The country of each entry: its own, else the one country named earlier in its list of
    three or more (two joined by "и" are as often two sides; not for a leader, nor for a post
    the list already gave someone of that country, nor a title pointing elsewhere), else,
    for a list of two or more with no country in a sentence naming no other, the delegation's."""
    out = [country for _, _, country in entries]
    for group in _groups(sent, entries):
        named = [n for n in group if out[n] is not None]
        keys = {c.identity for n in named if (c := out[n]) is not None}
        people = {id(entries[n][0]) for n in group}
        for n in group:
            title = entries[n][1]
            if out[n] is not None or title.plural or _key(title).split()[0] in LEADERS:
                continue
            before = [k for k in named if k < n]
            if (
                len(keys) == 1
                and before
                and _a_list(sent, entries, group)
                and not _implied(sent, title)
            ):
                if all(_key(entries[k][1]) != _key(title) for k in named):
                    out[n] = out[before[0]]
            elif (
                not keys
                and len(people) > 1
                and delegation is not None
                and _own_countries(sent) <= {delegation.identity}
            ):
                out[n] = delegation
    return out


# prepositions of where a delegation is or goes, not whose it is ("в Азербайджане")
WHERE = {"в", "во", "на", "из"}


def _own_countries(sent: Sent) -> set[str]:
    """The countries a sentence names other than as a place: "Грузинский премьер находится в
    Азербайджане с делегацией" names Georgia as someone's, Azerbaijan as where."""
    return {
        n.mention.identity for n in sent.names_of("country") if sent.lemma(n.first - 1) not in WHERE
    }


def delegation_country(sent: Sent) -> Mention | None:
    """ "Российская делегация", "делегация Китая": the country whose delegation the sentence
    names (one only); "премьер Грузии прибыл в Баку с правительственной делегацией": the one
    country the sentence names as someone's."""
    found = []
    for i, token in enumerate(sent.tokens):
        if token.lemma != "делегация":
            continue
        own = _own_countries(sent)
        if len(own) == 1 and not any(
            sent.name_at(k, "country") for k in (i - 1, i + 1) if 0 <= k < len(sent.tokens)
        ):
            found += [n.mention for n in sent.names_of("country") if n.mention.identity in own][:1]
            continue
        for k in (i - 1, i + 1):
            named = next(
                (n for n in sent.names_of("country") if n.first <= k < n.last),
                None,
            )
            if named is not None and (k == i - 1 or sent.tokens[k].feat("Case") == "Gen"):
                found.append(named.mention)
                break
    keys = {m.identity for m in found}
    return found[0] if len(keys) == 1 else None

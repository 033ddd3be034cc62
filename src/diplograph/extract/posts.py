"""Posts: "министр иностранных дел Азербайджана Джейхун Байрамов", "Мурат Нуртлеу, глава МИД
Казахстана", "с казахстанским министром ... Муратом Нуртлеу"; and posts spoken of without a
name ("главы МИД Азербайджана и Казахстана"), kept as role mentions for coreference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from ..data.lexicon import lexicon
from ..records import Fact, Mention
from .context import Named, Sent

__all__ = ["Title", "find_posts", "find_roles"]

# words that may stand inside a post title, besides nouns and adjectives
TITLE_GLUE = {"по", "и", "-", "–", "—"}
TITLE_POS = {"NOUN", "ADJ", "PROPN"}
MAX_TITLE = 10
# ways of naming a post that are not its name: "глава МИД" is the foreign minister
PERIPHRASIS = {
    "мид",
    "ведомство",
    "минэкономики",
    "минфин",
    "дипломатия",
    "премьер",
    "генсек",
    "лидер",
}


@dataclass(frozen=True)
class Title:
    """A post title found in a sentence: its canonical label and whose it is."""

    first: int
    last: int
    label: str
    countries: tuple[Named, ...]
    orgs: tuple[Named, ...]
    key: str = ""


def _is_head(sent: Sent, i: int) -> bool:
    return sent.lemma(i) in lexicon().post_heads


def _title(sent: Sent, first: int, last: int) -> Title | None:
    """Read tokens [first, last) as a post title, or None when they are not one."""
    while first < last and not _is_head(sent, first):
        first += 1
    if first >= last:
        return None
    inside = [n for n in sent.names if first <= n.first and n.last <= last]
    countries = []
    orgs = []
    skip: set[int] = set()
    # "посол Казахстана в Азербайджане": the host country is not the post's
    for i in range(first, last):
        if sent.lemma(i) == "в":
            skip.update(range(i, last))
            break
    for named in inside:
        kind = named.mention.kind
        if named.first in skip:
            continue
        if kind == "country":
            countries.append(named)
            skip.update(range(named.first, named.last))
        elif kind == "org" and named.mention.label.upper() not in {"МИД"}:
            orgs.append(named)
            skip.update(range(named.first, named.last))
    words = [i for i in range(first, last) if i not in skip and sent.tokens[i].pos != "PUNCT"]
    while words and sent.tokens[words[-1]].lemma in TITLE_GLUE:
        words.pop()
    if not words:
        return None
    key = " ".join(sent.lemma(i) for i in words)
    canonical = lexicon().canonical_post(key)
    # the title as printed, in the nominative, up to the country or organisation it names
    end = min((i for i in skip if i > words[0]), default=words[-1] + 1)
    end = min(end, words[-1] + 1)
    surface = sent.phrase(words[0], end).lower().strip(" ,")
    label = canonical if canonical and PERIPHRASIS & set(key.split()) else surface
    return Title(first, last, label, tuple(countries), tuple(orgs), canonical or surface)


def _left_title(sent: Sent, person: Named) -> Title | None:
    i = person.first - 1
    while i >= 0 and person.first - i <= MAX_TITLE:
        token = sent.tokens[i]
        enumerating = token.text == "," and sent.tokens[i + 1].feat("Case") == "Gen"
        if token.pos in TITLE_POS or token.lemma in TITLE_GLUE or token.lemma == "в" or enumerating:
            if sent.name_at(i, "person"):
                break
            i -= 1
            continue
        break
    first = i + 1
    # the leftmost head: "заместитель премьер-министра – министр иностранных дел"
    for j in range(first, person.first):
        if _is_head(sent, j):
            return _title(sent, j, person.first)
    return None


def _right_title(sent: Sent, person: Named) -> Title | None:
    """Apposition: "Мурат Нуртлеу, министр иностранных дел Казахстана, заявил"."""
    i = person.last
    if i >= len(sent.tokens) or sent.tokens[i].text != "," or not _is_head(sent, i + 1):
        return None
    j = i + 1
    while j < len(sent.tokens) and j - i <= MAX_TITLE:
        token = sent.tokens[j]
        if token.pos in TITLE_POS or token.lemma in TITLE_GLUE:
            if sent.name_at(j, "person"):
                break
            j += 1
            continue
        break
    return _title(sent, i + 1, j)


def find_posts(sent: Sent) -> Iterable[Fact]:
    for person in sent.names_of("person"):
        title = _left_title(sent, person) or _right_title(sent, person)
        if title is None:
            continue
        role = Mention("role", title.label, sent.index, 0, 0, subtype=title.key)
        roles: list[tuple[str, Mention]] = [("holder", person.mention), ("role", role)]
        roles += [("country", c.mention) for c in title.countries[:1]]
        roles += [("organization", o.mention) for o in title.orgs[:1]]
        yield Fact("post", tuple(roles), (), (sent.index,), "post-title-name", Decimal("0.9"))


def find_roles(sent: Sent) -> Iterable[Named]:
    """Posts named without their holder, to be resolved to people by coreference."""
    people = sent.names_of("person")
    titled: set[int] = set()
    for person in people:
        for title in (_left_title(sent, person), _right_title(sent, person)):
            if title is not None:
                titled.update(range(title.first, title.last))
    i = 0
    while i < len(sent.tokens):
        if i in titled or not _is_head(sent, i):
            i += 1
            continue
        j = i + 1
        while j < len(sent.tokens) and j - i <= MAX_TITLE:
            token = sent.tokens[j]
            if token.pos in TITLE_POS or token.lemma in {"и", ","}:
                if sent.name_at(j, "person"):
                    break
                # "казахстанский лидер и президент Узбекистана": two titles, not one
                if token.lemma in {"и", ","} and (
                    _is_head(sent, j + 1)
                    or (sent.name_at(j + 1, "country") and _is_head(sent, j + 2))
                ):
                    break
                j += 1
                continue
            break
        while j > i + 1 and sent.tokens[j - 1].lemma in {"и", ","}:
            j -= 1
        title = _title(sent, i, j)
        # "казахстанский лидер": the country named by an adjective before the title
        before = sent.name_at(i - 1, "country") if i > 0 else None
        owners = (*(title.countries if title else ()), *((before,) if before else ()))
        if title is not None and owners:
            countries = tuple(c.mention.key or c.mention.label for c in owners)
            mention = Mention(
                "role",
                title.label,
                sent.index,
                sent.tokens[i].start,
                sent.tokens[j - 1].stop,
                subtype=title.key,
                countries=countries,
            )
            yield Named(i, j, mention)
        i = j

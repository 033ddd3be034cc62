"""What an article has said so far, for the sentences that lean on it: who holds which post
(so that "глава МИД Турции" or "главы МИД двух стран" are people), and who is who across
case forms ("Зафара Хакимова", "Хакимов").

A role resolves to the one person the article names in that post for that country, or to
the one holder of that post whose country it has not said; otherwise to nobody: a role is
never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..records import Fact, Mention
from .people import same_person

__all__ = ["Holders", "unique_people"]


class Holders:
    """(post, country) -> the person the article names in it."""

    def __init__(self, posts: Iterable[Fact]) -> None:
        self.by_country: dict[tuple[str, str], Mention] = {}
        self.countryless: dict[str, list[Mention]] = {}
        # a role that named the country of a holding the article left without one
        self.learned: dict[tuple[str, str], str] = {}
        for fact in posts:
            if fact.kind != "post":
                continue
            holder = fact.role("holder")[0]
            for role in fact.role("role"):
                key = role.subtype or role.label
                countries = fact.role("country")
                for country in countries:
                    self.by_country.setdefault((key, country.key or country.label), holder)
                if not countries:
                    self.countryless.setdefault(key, []).append(holder)

    def people(self, mention: Mention) -> list[Mention]:
        """A person as is; a role as the people who hold it."""
        if mention.kind != "role":
            return [mention]
        key = mention.subtype or mention.label
        out = []
        for country in mention.countries:
            holder = self.by_country.get((key, country))
            if holder is None:
                # "министр энергетики Нихат Зейбекчи" ... "глава турецкого Минэнерго"
                without = unique_people(self.countryless.get(key, []))
                if len(without) == 1 and not self._holds_elsewhere(key, without[0]):
                    holder = without[0]
                    self.learned[(holder.label, key)] = country
            if holder is not None:
                out.append(holder)
        return out

    def _holds_elsewhere(self, key: str, person: Mention) -> bool:
        return any(
            k == key and same_person(m.label, person.label) for (k, _), m in self.by_country.items()
        )


def unique_people(mentions: Sequence[Mention]) -> list[Mention]:
    """One mention per person, the fullest name first seen."""
    out: list[Mention] = []
    for mention in mentions:
        for i, seen in enumerate(out):
            if mention.kind == seen.kind == "person" and same_person(mention.label, seen.label):
                if len(mention.label.split()) > len(seen.label.split()):
                    out[i] = mention
                break
            if mention.kind != "person" and (mention.kind, mention.key or mention.label) == (
                seen.kind,
                seen.key or seen.label,
            ):
                break
        else:
            out.append(mention)
    return out

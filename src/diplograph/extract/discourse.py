"""What an article has said so far, for the sentences that lean on it: who holds which post
(so that "глава МИД Турции" or "главы МИД двух стран" are people), and who is who across
case forms ("Зафара Хакимова", "Хакимов").

A role resolves to the one person the article names in that post for that country, or to
the one holder of that post whose country it has not said; otherwise to nobody: a role is
never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..data.lexicon import lexicon
from ..records import Fact, Mention
from .names import same_person
from .titles import initials

__all__ = ["Holders", "unique_people"]


class Holders:
    """(post, country) -> the person the article names in it."""

    def __init__(self, posts: Iterable[Fact]) -> None:
        self.by_country: dict[tuple[str, str], Mention] = {}
        self.countryless: dict[str, list[Mention]] = {}
        # a role that named the country of a holding the article left without one
        self.learned: dict[tuple[str, str], str] = {}
        self.posts: list[tuple[Mention, str, str]] = []  # holder, post key, post label
        for fact in posts:
            if fact.kind != "post":
                continue
            holder = fact.role("holder")[0]
            for role in fact.role("role"):
                key = role.subtype or role.label
                self.posts.append((holder, key, role.label))
                countries = fact.role("country")
                for country in countries:
                    self.by_country.setdefault((key, country.identity), holder)
                if not countries:
                    self.countryless.setdefault(key, []).append(holder)

    def people(self, mention: Mention, others: Sequence[Mention] = ()) -> list[Mention]:
        """A person as is; a role as the people who hold it. A role that names no country
        ("глава государства встретился с президентом Монголии") is the one holder of the
        post who is not among the `others` of its clause."""
        if mention.kind != "role":
            return [mention]
        key = mention.subtype or mention.label
        if not mention.countries:
            last = mention.label.split()[-1]
            found = unique_people(
                [
                    m
                    for m, k, label in self.posts
                    # "глава МИПТ": the holder of "министр инвестиций, промышленности и торговли"
                    if (k == key or (last.isupper() and initials(label.split()) == last))
                    and not any(same_person(m.label, o.label) for o in others)
                ]
            )
            return found if len(found) == 1 else []
        out = []
        for country in mention.countries:
            holder = self.by_country.get((key, country))
            if holder is None and " " not in key:
                # "казахстанского министра": the one minister of that country
                holder = self._only(key, country)
            if holder is None:
                # "министр энергетики Нихат Зейбекчи" ... "глава турецкого Минэнерго"
                without = unique_people(self.countryless.get(key, []))
                if len(without) == 1 and not self._holds_elsewhere(key, without[0]):
                    holder = without[0]
                    self.learned[(holder.label, key)] = country
            if holder is not None:
                out.append(holder)
        return out

    def holds(self, person: Mention, word: str) -> bool:
        """Whether the person holds a post of that word: "министры" are the ministers,
        "лидеры" the presidents ("лидер" is a way of saying "президент")."""
        post = lexicon().canonical_post(word) or word
        return any(
            same_person(holder.label, person.label)
            and (key == post or key.startswith(word) or label.startswith(word))
            for holder, key, label in self.posts
        )

    def _only(self, head: str, country: str) -> Mention | None:
        found = unique_people(
            [
                m
                for (key, c), m in self.by_country.items()
                if c == country and key.split()[0] == head
            ]
        )
        return found[0] if len(found) == 1 else None

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
            if mention.kind != "person" and (mention.kind, mention.identity) == (
                seen.kind,
                seen.identity,
            ):
                break
        else:
            out.append(mention)
    return out

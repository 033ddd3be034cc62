"""The country of a post whose title names none, where the text makes it clear, and one
holding per post."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..data.gazetteer import gazetteer
from ..records import Fact, Mention
from .context import Named, Sent, place_mention
from .names import same_person
from .post_leaders import leaders_as_presidents
from .post_lists import delegation_country
from .post_sides import (
    article_side,
    colleague_side,
    delegation_side,
    home_side,
    inviting_side,
    other_side,
    reporting_side,
    visited,
    visitor_side,
)
from .posts import find_roles
from .titles import MAX_TITLE

__all__ = ["posts_in_context"]

# words a title names a body's head by ("глава МИД"), where a full title may name the post
HEADS_OF_BODIES = {"глава", "руководитель"}


def posts_in_context(
    posts: Sequence[Fact],
    meetings: Sequence[Fact],
    sents: Sequence[Sent],
    learned: dict[tuple[str, str], str],
    main: Sequence[Mention] = (),
    roles: dict[int, list[Named]] | None = None,
) -> list[Fact]:
    """The country of a post whose title names none, where the text makes it clear: a role
    that named it ("глава турецкого Минэнерго"), the side the person is on ("со стороны
    Казахстана"), the host of the meeting they took part in; and one holding per post (a
    bare "президент Эрдоган" is the "президент Турции" named before)."""
    by_index = {s.index: s for s in sents}
    named = _posts_named(find_roles(sents, main) if roles is None else roles, posts)
    out = []
    for fact in posts:
        if not fact.role("country"):
            holder, role = fact.role("holder")[0], fact.role("role")[0]
            key = learned.get((holder.label, role.subtype or role.label))
            sent = by_index[fact.sentences[0]]
            country = (
                _named_before(named.get(role.subtype or role.label), sent, holder, main)
                # "X встретился с узбекским коллегой": X is not the colleague's side, whatever
                # a role resolved to X says
                or colleague_side(sent, holder, main)
                or (_country(key, fact.sentences[0]) if key else None)
                or _side(sent, holder)
                or _delegation(sent, holder)
                or _elsewhere(holder, posts)
                or visited(sent, holder)
                or inviting_side(sent, holder)
                or reporting_side(sent, holder)
                or delegation_side(
                    sent,
                    holder,
                    delegation_country(sent),
                )
                # the side no one else is on, before the meeting's place: a meeting held in
                # a third country ("встретился в Минске с казахстанским коллегой") hosts neither
                or other_side(holder, meetings, lambda p: _countries_of(p, posts), main)
                or _host(holder, meetings, posts)
                or home_side(holder, bool(fact.role("organization")), sents, main)
                or (visitor_side(holder, sents, main) if _of_state(fact) else None)
                or (article_side(holder, posts, sents, main) if _of_state(fact) else None)
                or (_hosting(meetings, posts, holder) if _of_state(fact) else None)
                or (_family(holder, posts) if _of_state(fact) else None)
            )
            if country is not None:
                fact = replace(fact, roles=(*fact.roles, ("country", country)))
        out.append(fact)
    return _one_holding(leaders_as_presidents(out, sents))


# bodies of a state, whose officers are of the country the article is about
STATE_BODIES = ("собрани", "парламент", "министерств", "правительств", "кабинет", "ведомств")


def _of_state(fact: Fact) -> bool:
    """A post in government, or in a state body ("председатель Национального собрания"),
    not in a company."""
    orgs = fact.role("organization")
    if any(w[:1].isupper() for w in fact.role("role")[0].label.split()[1:]):
        return False  # "раис Татарстана", "губернатор Амурской области": a region's
    return not orgs or any(w.lower().startswith(STATE_BODIES) for w in orgs[0].label.split())


def _posts_named(roles_by_sent: dict[int, list[Named]], posts: Sequence[Fact]) -> dict[str, str]:
    """The posts the article names with one country and no holder ("глава МИД РК" in a
    headline), of a country no one the text names holds a post of: post key -> country key."""
    found: dict[str, set[str]] = {}
    for roles in roles_by_sent.values():
        for role in roles:
            if role.mention.subtype and len(role.mention.countries) == 1:
                found.setdefault(role.mention.subtype, set()).update(role.mention.countries)
    # "президент КНР" where the text names China's leader by another title is no post for
    # a bare title to take
    held = {c.identity for f in posts for c in f.role("country")}
    return {
        key: next(iter(keys))
        for key, keys in found.items()
        if len(keys) == 1 and next(iter(keys)) not in held
    }


def _named_before(
    key: str | None, sent: Sent, holder: Mention, main: Sequence[Mention]
) -> Mention | None:
    """ "Глава МИД РК: ...", then "глава МИД X на пресс-конференции с иранским коллегой": X
    holds the post the article named with its country, when the colleague is not of it."""
    if key is None:
        return None
    side = colleague_side(sent, holder, main)  # the side the colleague is not of
    if side is not None and side.identity != key and key in {m.identity for m in main}:
        return None  # the post named before is the colleague's
    return _country(key, holder.sentence)


def _country(key: str, sentence: int) -> Mention | None:
    place = gazetteer().by_key(key)
    return place_mention(place, sentence, 0, 0) if place is not None else None


def _side(sent: Sent, person: Mention) -> Mention | None:
    """ "Со стороны Республики Казахстан документ подписала ...", "с армянской стороны в нем
    участвовал X, с иранской - Y": the side named last before the person, else the only
    country of the sentence when it is named as a side after."""
    found = None
    sides = []
    for named in sent.names_of("country"):
        before = sent.lemma(named.first - 1)
        after_side = before == "сторона" and sent.lemma(named.first - 2) in {"с", "со"}
        # "с иранской - Y": the side's noun left out; "с казахстанским коллегой" is no side
        elided = sent.tokens[named.first].pos == "ADJ" and (
            named.last >= len(sent.tokens) or sent.tokens[named.last].pos not in {"NOUN", "PROPN"}
        )
        side_of = before in {"с", "со"} and (sent.lemma(named.last) == "сторона" or elided)
        if after_side or side_of:
            sides.append(named.mention)
            if named.mention.start < person.start:
                found = named.mention
    named_here = {n.mention.identity for n in sent.names_of("country")}
    if found is None and len(sides) == 1 and len(named_here) == 1:
        # "A и B являются членами совета со стороны Узбекистана": the one side the sentence
        # names, after the people, when it names no other country
        found = sides[0]
    return found


def _delegation(sent: Sent, person: Mention) -> Mention | None:
    """ "делегация Китая во главе с министром транспорта X": the delegation's country."""
    first = sent.token_at(person.start)
    for k in range(max(1, first - MAX_TITLE), first):
        if (
            sent.lemma(k) == "глава"
            and sent.lemma(k - 1) in {"во", "в"}
            and sent.lemma(k + 1) == "с"
        ):
            near = [
                n.mention
                for n in sent.names_of("country")
                if k - 5 <= n.first < k and sent.lemma(n.first - 1) != "в"
            ]
            if near and any(sent.lemma(j) == "делегация" for j in range(k - 5, k)):
                return near[-1]
    return None


def _countries_of(person: Mention, posts: Sequence[Fact]) -> set[str]:
    return {
        c.identity
        for f in posts
        if same_person(f.role("holder")[0].label, person.label)
        for c in f.role("country")
    }


def _hosting(meetings: Sequence[Fact], posts: Sequence[Fact], person: Mention) -> Mention | None:
    """The one country the article's meetings are held in, when someone of another country
    came to them: the host, whose officials a report of the visit names by a bare title
    ("форум с участием президента X" during a premier's visit to Tashkent)."""
    hosts: set[str] = set()
    guests: set[str] = set()
    for meeting in meetings:
        for place in meeting.role("place"):
            entry = gazetteer().by_key(place.key) if place.key else None
            host = place.key if place.kind == "country" else (entry.country if entry else None)
            if host:
                hosts.add(host)
        for someone in meeting.role("participant"):
            guests |= _countries_of(someone, posts)
    if len(hosts) != 1 or not guests - hosts:
        return None
    return _country(next(iter(hosts)), person.sentence)


def _family(person: Mention, posts: Sequence[Fact]) -> Mention | None:
    """The country of the one other holder of the same surname, one family of one state
    ("Президенту Сердару Бердымухамедову" beside Gurbanguly Berdimuhamedov's posts)."""
    surname = _surname(person.label)
    keys = {
        c.identity
        for f in posts
        if _surname(f.role("holder")[0].label) == surname
        and not same_person(f.role("holder")[0].label, person.label)
        for c in f.role("country")
    }
    return _country(next(iter(keys)), person.sentence) if len(keys) == 1 else None


def _surname(label: str) -> str:
    """A surname of either gender: "Гафарова" and "Гафаров" are one family's."""
    word = label.split()[-1].lower()
    return word[:-1] if word.endswith(("ова", "ева", "ина", "ына")) else word


def _elsewhere(person: Mention, posts: Sequence[Fact]) -> Mention | None:
    """The one country the person's other posts are of."""
    keys = _countries_of(person, posts)
    return _country(next(iter(keys)), person.sentence) if len(keys) == 1 else None


def _host(person: Mention, meetings: Sequence[Fact], posts: Sequence[Fact]) -> Mention | None:
    """The country a meeting took place in, for a participant of no stated country, when no
    one else there is said to be of that country and someone is of another: the host side."""
    for meeting in meetings:
        people = meeting.role("participant")
        if not any(same_person(p.label, person.label) for p in people):
            continue
        for place in meeting.role("place"):
            entry = gazetteer().by_key(place.key) if place.key else None
            host = place.key if place.kind == "country" else (entry.country if entry else None)
            if not host:
                continue
            others = set().union(
                *(_countries_of(p, posts) for p in people if not same_person(p.label, person.label))
            )
            if others and host not in others:
                return _country(host, person.sentence)
    return None


def _points_back(fact: Fact) -> bool:
    """ "глава ведомства": the department named before, not a post of its own; "глава
    Республики Корея" of one named "Президент Республики Корея" too: the post by a word."""
    label = fact.role("role")[0].label
    return "ведомства" in label.split() or (label == "глава" and not fact.role("organization"))


def _written_out(fact: Fact) -> bool:
    """ "министр иностранных дел" rather than "глава МИД": a title that is no head of a
    ministry named by its short name."""
    words = fact.role("role")[0].label.split()
    return words[0] not in HEADS_OF_BODIES and not any(w.isupper() for w in words[1:])


def _spelled_out_elsewhere(fact: Fact, posts: Sequence[Fact]) -> bool:
    """A bare title ("министр", "заместитель министра") the same person's fuller title
    begins with: the short mention of that post, not another."""
    label = fact.role("role")[0].label.lower().split()
    holder = fact.role("holder")[0].label
    return any(
        (other_label := other.role("role")[0].label.lower().split())[: len(label)] == label
        and len(other_label) > len(label)
        and same_person(other.role("holder")[0].label, holder)
        for other in posts
    )


def _one_holding(posts: list[Fact]) -> list[Fact]:
    def key(fact: Fact) -> str:
        role = fact.role("role")[0]
        return role.subtype or role.label

    out: list[Fact] = []
    for fact in posts:
        holder = fact.role("holder")[0]
        countries = {c.identity for c in fact.role("country")}
        same = next(
            (
                n
                for n, other in enumerate(out)
                if key(other) == key(fact)
                and {c.identity for c in other.role("country")} == countries
                and same_person(other.role("holder")[0].label, holder.label)
            ),
            None,
        )
        if same is not None:
            # "глава МИД X", then "министр иностранных дел X": one post, by its full title
            if _written_out(fact) > _written_out(out[same]):
                out[same] = fact
            continue
        if _spelled_out_elsewhere(fact, posts):
            continue  # "министр Ямада" of "министр иностранных дел Японии Ямада Таро"
        if _points_back(fact) and any(
            other is not fact
            and not _points_back(other)
            and same_person(other.role("holder")[0].label, holder.label)
            for other in posts
        ):
            continue  # "глава ведомства X" points back to the post X was named with
        if not fact.role("country") and any(
            key(other) == key(fact)
            and other.role("country")
            and same_person(other.role("holder")[0].label, holder.label)
            for other in posts
        ):
            continue
        out.append(fact)
    return out

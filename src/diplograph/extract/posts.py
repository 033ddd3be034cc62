"""Posts: "министр иностранных дел Азербайджана Джейхун Байрамов", "Мурат Нуртлеу, глава МИД
Казахстана", stacked titles on one name ("Заместитель премьер-министра, министр инвестиций
Узбекистана X": two posts, one country), plural titles over coordinated names ("министры
энергетики Турции и Азербайджана A и B": pairwise), "в качестве президента X"; and posts
spoken of without a name ("главы МИД Азербайджана и Казахстана", "глава МИПТ"), kept as role
mentions for the discourse to resolve.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from ..data.lexicon import lexicon
from ..records import Fact, Mention
from .abbreviations import abbreviation, abbreviations
from .context import Named, Sent
from .post_bodies import known_body
from .post_colleagues import colleague_country, named_colleague
from .post_lists import Entry, delegation_country, share_countries
from .post_orgs import COMPANIES, kind_before, ministry_head, named_by_adjective, org_country
from .post_verbs import heads_by_verb
from .titles import (
    MAX_TITLE,
    TITLE_POS,
    Context,
    Title,
    is_head,
    read_title,
    run_start,
    segments,
    title_word,
)

__all__ = ["find_posts", "find_roles"]

# posts only a company or an institution has: a stacked one shares the organisation after it
COMPANY_POSTS = {"директор", "директора"}
# posts a body has as well as a state: "президент и председатель правления банка X"
BOARD_POSTS = {"президент", "председатель"}
# forms of address between a title and the name: "президент ОАЭ шейх X", "посол г-н Y"
HONORIFICS = {"шейх", "господин", "госпожа", "г-н", "г-жа"}


def _titles(sent: Sent, first: int, last: int, context: Context) -> list[Title]:
    """The titles of a run, each taking the country of its neighbour when it names none
    ("Заместитель премьер-министра, министр инвестиций Узбекистана": both Uzbekistan's)."""
    titles: list[Title] = []
    cut = segments(sent, first, last)
    # a title of the name agrees with it: "в присутствии президентов министры иностранных
    # дел A и B" gives the ministers' title only
    cases = [_head_case(sent, a, b) for a, b in cut]
    while len(cut) > 1 and None not in cases[-2:] and cases[-2] != cases[-1]:
        cut, cases = cut[1:], cases[1:]
    for a, b in cut:
        before = next((t.countries[-1] for t in reversed(titles) if t.countries), None)
        title = read_title(sent, a, b, replace(context, before=before or context.before))
        if title is not None:
            titles.append(ministry_head(sent, title))
    # "глава аргентинского государства и президент РФ X": two states' titles joined by "и"
    # are two people's, and only the last is X's
    while len(titles) > 1 and sent.lemma(titles[1].first - 1) == "и" and _two_states(titles):
        titles = titles[1:]
    out = []
    for n, title in enumerate(titles):
        if not title.countries:
            after = next((t.countries for t in titles[n + 1 :] if t.countries), ())
            before_ = next((t.countries for t in reversed(titles[:n]) if t.countries), ())
            title = replace(title, countries=after or before_)
        joined = n + 1 < len(titles) and sent.lemma(titles[n + 1].first - 1) == "и"
        if not title.orgs and (
            title.label.split()[-1] in COMPANY_POSTS
            or (joined and not title.countries and title.label in BOARD_POSTS)
        ):
            # "исполнительный директор, председатель правления компании X": X's director
            orgs = next((t.orgs for t in titles[n + 1 :] if t.orgs), ())
            title = replace(title, orgs=orgs)
        out.append(title)
    # "представители правительства США – торговый представитель X": the group the list
    # that follows is drawn from (its country kept), not X's own post
    while len(out) > 1 and out[0].plural and not out[-1].plural:
        out = out[1:]
    return out


def _two_states(titles: list[Title]) -> bool:
    first, second = ({c.identity for c in t.countries} for t in titles[:2])
    return bool(first) and bool(second) and not first & second


def _head_case(sent: Sent, first: int, last: int) -> str | None:
    head = next((i for i in range(first, last) if is_head(sent, i)), None)
    return sent.tokens[head].feat("Case") if head is not None else None


def _left_titles(sent: Sent, person: Named, people: set[int], context: Context) -> list[Title]:
    end = person.first
    if end > 1 and sent.lemma(end - 1) in HONORIFICS:
        end -= 1  # "министра обороны ОАЭ шейха X": a form of address, no part of the post
    start = run_start(sent, end, people)
    return _titles(sent, start, end, context)


def _right_titles(sent: Sent, person: Named, people: set[int], context: Context) -> list[Title]:
    """Apposition: "Мурат Нуртлеу, министр иностранных дел Казахстана, заявил"."""
    i = person.last
    if i < len(sent.tokens) and sent.tokens[i].text == "(":
        # "Ахмад Карими (Ahmad Karimi), пресс-секретарь ...": the name's spelling in brackets
        i = next(
            (k + 1 for k in range(i, min(i + 8, len(sent.tokens))) if sent.tokens[k].text == ")"), i
        )
    if i >= len(sent.tokens) or sent.tokens[i].text != ",":
        return []
    j = i + 1
    while j < len(sent.tokens) and sent.tokens[j].pos == "ADJ" and not is_head(sent, j):
        j += 1
    if not is_head(sent, j):
        return []
    while j < len(sent.tokens) and j - i <= MAX_TITLE and j not in people:
        following = sent.tokens[j + 1] if j + 1 < len(sent.tokens) else None
        stacked = sent.tokens[j].text == "," and following is not None and is_head(sent, j + 1)
        if not (title_word(sent, j) or stacked):
            break
        j += 1
    if j in people:
        return []  # "A, премьер Венгрии B": the title before B is B's, not A's apposition
    return _titles(sent, i + 1, j, context)


def _post(person: Mention, title: Title, country: Mention | None, sent: Sent, rule: str) -> Fact:
    role = Mention("role", title.label, sent.index, 0, 0, subtype=title.key)
    roles: list[tuple[str, Mention]] = [("holder", person), ("role", role)]
    if country is not None:
        roles.append(("country", country))
    roles += [("organization", o) for o in title.orgs[:1]]
    return Fact("post", tuple(roles), (), (sent.index,), rule, Decimal("0.9"))


def _shared(title: Title) -> bool:
    """A title of several: plural, or naming two countries ("в разговоре главы МИД A и B X
    и Y", where the tagger takes "главы" for a singular)."""
    return title.plural or len(title.countries) > 1


def _between(sent: Sent, persons: Sequence[Named], n: int) -> Named | bool:
    """What stands between person n and the one before: nothing but "," / "и" (True), those and
    a country ("министров A, Армении B и Ирана C": the country of the next), or else False."""
    country = None
    k = persons[n - 1].last
    while k < persons[n].first:
        named = sent.name_at(k, "country")
        if named is not None and country is None and named.first == k:
            country, k = named, named.last
        elif sent.tokens[k].text in {",", "и"}:
            k += 1
        else:
            return False
    return country if country is not None else True


def _coordinated(sent: Sent, persons: Sequence[Named], n: int) -> int:
    """The first of the people named together with person n ("A, B и C")."""
    while n > 0 and _between(sent, persons, n) is not False:
        n -= 1
    return n


def _sentence_posts(sent: Sent, context: Context) -> Iterable[Fact]:
    persons = sent.names_of("person")
    people = {k for p in persons for k in range(p.first, p.last)}
    titled: dict[int, list[Title]] = {}
    entries: list[Entry] = []
    for n, person in enumerate(persons):
        titles = _left_titles(sent, person, people, context) or _right_titles(
            sent, person, people, context
        )
        lead = _coordinated(sent, persons, n)
        place = n - lead
        own = None
        if not titles and lead < n:
            # "министры энергетики Турции и Азербайджана A и B": the title before the first
            titles = [t for t in titled.get(lead, []) if _shared(t)]
            between = _between(sent, persons, n)
            own = between.mention if isinstance(between, Named) else None
        if not titles:
            titles, own = named_colleague(sent, person, titled, context)
        titled[n] = titles
        alone = person.last - person.first == 1 and not (
            n + 1 < len(persons) and _between(sent, persons, n + 1) is not False
        )
        for title in titles:
            if title.plural and alone and lead == n:
                continue  # "с представителями Продкорпорации": whose they are, no one's name
            country = title.countries[0] if title.countries else None
            if own is not None:
                country = own
            elif title.first > 0 and colleague_country(sent, title) is not None:
                country = colleague_country(sent, title)
            elif len(title.countries) > 1:
                country = title.countries[place] if place < len(title.countries) else None
            entries.append((person, title, country))
    countries = share_countries(sent, entries, context.delegation)
    for (person, title, _), country in zip(entries, countries, strict=True):
        country = country or named_by_adjective(title, sent) or known_body(title, sent.index)
        yield _post(person.mention, title, country, sent, "post-title-name")
    yield from _in_the_capacity(sent, persons, people, context)
    yield from heads_by_verb(sent, context)


def _in_the_capacity(
    sent: Sent, persons: Sequence[Named], people: set[int], context: Context
) -> Iterable[Fact]:
    """ "X посещает Узбекистан в качестве президента Туркменистана"."""
    for i in range(1, len(sent.tokens)):
        if sent.lemma(i) != "качество" or sent.lemma(i - 1) != "в":
            continue
        holder = next((p for p in reversed(persons) if p.last <= i - 1), None)
        j = i + 1
        while j < len(sent.tokens) and j - i <= MAX_TITLE and j not in people:
            if not title_word(sent, j):
                break
            j += 1
        for title in _titles(sent, i + 1, j, context) if holder is not None else []:
            country = title.countries[0] if title.countries else None
            yield _post(holder.mention, title, country, sent, "post-in-capacity")  # type: ignore[union-attr]


def _contexts(sents: Sequence[Sent], main: Sequence[Mention]) -> Iterable[tuple[Sent, Context]]:
    defined = abbreviations(sents)
    before = None
    orgs: dict[str, Mention] = {}
    countries_of: dict[str, tuple[Mention, ...]] = {}
    delegation = None
    for sent in sents:
        delegation = delegation_country(sent) or delegation
        yield (
            sent,
            Context(
                defined, tuple(main), before, dict(orgs), dict(countries_of), delegation=delegation
            ),
        )
        delegation = delegation_country(sent)
        countries = sent.names_of("country")
        if countries:
            before = countries[-1].mention
        for named in sent.names_of("org"):
            label = named.mention.label.split(" /")[0].split(" (")[0]
            own = org_country(sent, named)
            if own is not None:
                countries_of[defined.get(label, label)] = (own,)
            noun = next(
                (
                    sent.lemma(i)
                    for i in range(named.first, named.last)
                    if sent.tokens[i].pos == "NOUN"
                ),
                None,
            ) or kind_before(sent, named)
            if noun is None:
                continue
            label = named.mention.label.split(" /")[0].split(" (")[0]
            orgs[noun] = Mention("org", defined.get(label, label), sent.index, 0, 0)
            if noun in COMPANIES:
                # "корпорация «X»" ... "руководитель компании": one company, by any of its words
                orgs.update(dict.fromkeys(COMPANIES, orgs[noun]))
            after = sent.name_at(named.last, "country")
            if after is not None:
                countries_of[orgs[noun].label] = (after.mention,)


def find_posts(sents: Sequence[Sent], main: Sequence[Mention]) -> list[Fact]:
    """Every post the article says someone holds; `main` are the countries it is about
    ("двух стран")."""
    return [f for sent, context in _contexts(sents, main) for f in _sentence_posts(sent, context)]


def find_roles(sents: Sequence[Sent], main: Sequence[Mention]) -> dict[int, list[Named]]:
    """Posts named without their holder, to be resolved to people by the discourse, by
    sentence: "главы МИД Азербайджана и Казахстана", "казахстанский лидер", "глава МИПТ",
    "его китайский коллега"."""
    out: dict[int, list[Named]] = {}
    last_post = ""
    for sent, context in _contexts(sents, main):
        keys: list[tuple[int, str]] = []
        out[sent.index] = list(_roles(sent, replace(context, last_post=last_post), keys))
        last_post = keys[-1][1] if keys else last_post
    return out


def _roles(sent: Sent, context: Context, keys: list[tuple[int, str]]) -> Iterable[Named]:
    persons = sent.names_of("person")
    people = {k for p in persons for k in range(p.first, p.last)}
    titled: set[int] = set()
    for person in persons:
        for titles in (
            _left_titles(sent, person, people, context),
            _right_titles(sent, person, people, context),
        ):
            for title in titles:
                titled.update(range(title.first, title.last))
                keys.append((person.first, title.key))
    i = 0
    while i < len(sent.tokens):
        if sent.lemma(i) == "коллега" and i not in titled:
            colleague = _colleague(sent, i, keys, context)
            if colleague is not None:
                yield colleague
        if i in titled or not is_head(sent, i):
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
                    is_head(sent, j + 1)
                    or (sent.name_at(j + 1, "country") and is_head(sent, j + 2))
                ):
                    break
                j += 1
                continue
            break
        while j > i + 1 and sent.tokens[j - 1].lemma in {"и", ","}:
            j -= 1
        role_title = read_title(sent, i, j, context)
        # "казахстанский лидер": the country named by an adjective before the title
        before = sent.name_at(i - 1, "country") if i > 0 else None
        owners = (
            *(role_title.countries if role_title else ()),
            *((before.mention,) if before else ()),
        )
        # "глава МИПТ": a ministry by an abbreviation the text does not spell out
        unnamed = [o for o in (role_title.orgs if role_title else ()) if abbreviation(o.label)]
        # a countryless title in the plural ("главы государств") names the sides, not a role
        known = (
            role_title is not None
            and not role_title.plural
            and lexicon().canonical_post(role_title.key) is not None
        )
        if role_title is not None and (owners or unnamed or known):
            label = (
                f"{role_title.label} {unnamed[0].label}"
                if unnamed and not owners
                else role_title.label
            )
            mention = Mention(
                "role",
                label,
                sent.index,
                sent.tokens[i].start,
                sent.tokens[j - 1].stop,
                subtype=role_title.key,
                countries=tuple(c.identity for c in owners),
            )
            yield Named(i, j, mention)
        i = j


def _colleague(sent: Sent, i: int, keys: list[tuple[int, str]], context: Context) -> Named | None:
    """ "министр транспорта Таджикистана и его китайский коллега": the holder of the same
    post in the country the adjective names."""
    country = next(
        (n.mention for k in (i - 1, i - 2) if (n := sent.name_at(k, "country")) is not None),
        None,
    )
    post = next((key for first, key in reversed(keys) if first < i), context.last_post)
    if country is None or not post or sent.name_at(i + 1, "person"):
        return None  # "с российским коллегой Александром Новаком" names the colleague
    token = sent.tokens[i]
    mention = Mention(
        "role",
        post,
        sent.index,
        token.start,
        token.stop,
        subtype=post,
        countries=(country.identity,),
    )
    return Named(i, i + 1, mention)

"""Post titles: a run of title words before a name cut into titles, each read for its label,
country and organisation.

A title is read from its head word ("министр", "глава", "начальник"): the country it names
(in the genitive, by an adjective, an abbreviation "РУз", "этой страны", "двух стран"), the
organisation (a named one, an abbreviation the text defines "(МИВТ)", a noun phrase headed by
"комитет", "управление", "фонд" ...), and the rest as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..data.lexicon import lexicon
from ..records import Mention
from .abbreviations import initials
from .bodies import ORG_NOUNS, body_in, country_by_lemmas
from .context import Sent, place_mention
from .title_heads import is_head, listed, verb_object

__all__ = [
    "MAX_TITLE",
    "TITLE_POS",
    "Context",
    "Title",
    "initials",
    "is_head",
    "read_title",
    "run_start",
    "segments",
    "title_word",
]

TITLE_GLUE = {"по", "и", "-", "–", "—"}
# words joining an organisation to the one it belongs to: "комитет ... при министерстве"
ATTACHED = {"с", "при"}
SEPARATORS = {",", "и", "-", "–", "—"}
TITLE_POS = {"NOUN", "ADJ", "PROPN"}
MAX_TITLE = 20
# ways of naming a post that are not its name: "глава МИД" is the foreign minister
PERIPHRASIS = {
    "мид",
    "ведомство",
    "минэкономики",
    "минфин",
    "минэнерго",
    "минтранс",
    "минсельхоз",
    "минобороны",
    "минюст",
    "дипломатия",
    "премьер",
    "генсек",
    "лидер",
}
# of those, the ones written out as the post they name ("глава МИД" -> министр иностранных дел)
WRITTEN_OUT = PERIPHRASIS - {"лидер"}
NOT_POSTS = {"сопредседатель"}  # a part in an event, not a post
# heads whose genitive is what they are in charge of, not an organisation
PORTFOLIO = {"министр", "замминистра", "вице-министр", "вице-премьер", "премьер-министр"}
POINTING = {"этот", "данный", "та", "тот"}
COUNTED = {"два", "оба", "три"}


@dataclass(frozen=True)
class Title:
    """A post title found in a sentence: its label, whose it is, and its key for roles."""

    first: int
    last: int
    label: str
    countries: tuple[Mention, ...]
    orgs: tuple[Mention, ...]
    key: str = ""
    plural: bool = False


@dataclass(frozen=True)
class Context:
    """What a title may lean on: abbreviations the text defines, the countries the article
    is about ("двух стран"), the last country named ("этой страны"), the organisations named
    before by their noun ("данного комитета") and the countries they are of."""

    abbreviations: dict[str, str]
    main: tuple[Mention, ...]
    before: Mention | None
    orgs: dict[str, Mention] = field(default_factory=dict)
    countries_of: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    last_post: str = ""  # the post of the last person named with one: "его коллега"
    delegation: Mention | None = None  # a delegation's country named here or just before


def title_word(sent: Sent, i: int) -> bool:
    token = sent.tokens[i]
    return (
        token.pos in TITLE_POS
        or token.lemma in TITLE_GLUE
        or token.lemma == "в"
        or (token.pos == "VERB" and token.feat("VerbForm") == "Part")  # "окружающей среды"
        or (token.pos == "NUM" and token.lemma in COUNTED)  # "двух стран"
        or token.lemma in POINTING  # "этой страны", "данного комитета"
    )


def run_start(sent: Sent, end: int, people: set[int]) -> int:
    """Where the run of title words that ends before token `end` begins."""
    i = end - 1
    while i >= 0 and end - i <= MAX_TITLE and i not in people:
        token = sent.tokens[i]
        if token.text in {")", "/"} and i >= 2 and sent.tokens[i - 2].text in {"(", "/"}:
            i -= 3  # "(ЮНИДО)", "/РФПИ/" inside a title
            continue
        org = next((n for n in sent.names_of("org") if n.first <= i < n.last), None)
        if org is not None or token.text in {"«", "»", '"', "“", "”", "„"}:
            # "председателя правления ПАО «Газпром»": an organisation inside a title
            i = (org.first if org is not None else i) - 1
            continue
        following = sent.tokens[i + 1] if i + 1 < end else None
        if (
            token.text == ","
            and following is not None
            and (
                is_head(sent, i + 1)
                or following.feat("Case") == "Gen"
                or following.pos == "ADJ"
                or listed(sent, i)
            )
        ):
            i -= 1  # stacked titles, or an enumeration inside one
            continue
        if token.lemma in ATTACHED and i > 0 and sent.tokens[i - 1].pos in {"NOUN", "PROPN"}:
            # "отдела сотрудничества с прикаспийскими государствами", "сопредседателя Комиссии
            # с азербайджанской стороны", "главы комитета по туризму при министерстве"
            i -= 1
            continue
        if verb_object(sent, i):
            break  # "передал главе государства приветствия султана X": a title ends there
        if title_word(sent, i):
            i -= 1
            continue
        break
    return i + 1


def segments(sent: Sent, start: int, end: int) -> list[tuple[int, int]]:
    """A run of title words cut into titles: a separator before a head begins the next."""
    heads = [i for i in range(start, end) if is_head(sent, i)]
    if not heads:
        return []
    out = []
    first = heads[0]
    while first > start and (
        (sent.tokens[first - 1].pos == "ADJ" and not sent.tokens[first - 1].text[:1].isdigit())
        or (sent.lemma(first - 1) == "и" and sent.tokens[first - 2].pos == "ADJ")
    ):
        first -= 1  # "первый вице-премьер", "Чрезвычайный и Полномочный Посол"
    i = heads[0] + 1
    head = heads[0]
    while i < end:
        case = sent.tokens[i].feat("Case")
        if (
            is_head(sent, i)
            and case not in {None, "Gen"}
            and case != sent.tokens[head].feat("Case")
        ):
            # "президентов министры иностранных дел": a title in another case is another's
            j = i
            while j - 1 > head and sent.tokens[j - 1].pos == "ADJ":
                j -= 1
            out.append((first, j))
            first, head, i = j, i, i + 1
            continue
        if sent.tokens[i].text in SEPARATORS or sent.lemma(i) == "и":
            j = i + 1
            while j < end and sent.tokens[j].pos == "ADJ" and not is_head(sent, j):
                j += 1
            if j < end and is_head(sent, j):
                out.append((first, i))
                first, head, i = i + 1, j, j + 1
                continue
        i += 1
    out.append((first, end))
    return out


def _org_phrase(sent: Sent, head: int, stop: int, taken: set[int]) -> tuple[int, int, int] | None:
    """A noun phrase naming an organisation after a title's head ("председатель
    Государственного комитета по развитию и реформам"): its range and its noun."""
    for k in range(head + 1, stop):
        if k in taken or sent.tokens[k].pos == "PUNCT" or sent.lemma(k) in PORTFOLIO:
            return None  # "заместитель министра территориального управления": a portfolio
        if sent.lemma(k) in ORG_NOUNS and sent.tokens[k].feat("Case") == "Gen":
            first = k
            while first > head + 1 and sent.tokens[first - 1].pos in {"ADJ", "DET"}:
                first -= 1
            last = k + 1
            while last < stop and last not in taken and sent.tokens[last].text not in {"(", "/"}:
                last += 1
            return first, last, k
    return None


def printed(sent: Sent, first: int, head: int, last: int) -> str:
    """A phrase with its head in the nominative and the rest as printed: "заместитель
    министра промышленности, торговли и энергетики Астраханской области"."""
    text = sent.phrase(first, head + 1)
    token = sent.tokens[head]
    if token.feat("Case") not in {None, "Nom"} and text.endswith(token.text):
        # a noun of common gender the inflector leaves alone ("главы"): its lemma
        text = text[: len(text) - len(token.text)] + token.lemma
    if last > head + 1:
        tail = sent.text[
            sent.tokens[head + 1].start - sent.start : sent.tokens[last - 1].stop - sent.start
        ]
        text = f"{text} {tail}"
    return text


def _organisations(
    sent: Sent, head: int, host: int, taken: set[int], context: Context
) -> list[Mention]:
    """The organisation a title names: a named one, an abbreviation the text defines, a noun
    phrase; "данного комитета", "комитета" alone are the one named before."""
    orgs = []
    for named in sent.names_of("org"):
        inside = head < named.first and named.last <= host
        if not inside or named.mention.label.lower() in PERIPHRASIS:
            continue
        label = named.mention.label.split(" /")[0].split(" (")[0]
        label = context.abbreviations.get(label, label)
        if label.count("«") > label.count("»"):
            label += "»"  # the tagger's span may stop before the closing quote
        orgs.append(Mention("org", label, sent.index, named.mention.start, named.mention.stop))
        taken.update(range(named.first, named.last))
    for i in range(head + 1, host):
        word = sent.tokens[i].text
        if word in context.abbreviations and i not in taken:
            orgs.append(Mention("org", context.abbreviations[word], sent.index, 0, 0))
            taken.add(i)
    known = body_in([t.text.lower() for t in sent.tokens], head + 1, host, taken)
    if known is not None and not orgs:  # "Председателем Халк Маслахаты Туркменистана"
        orgs.append(Mention("org", known[2], sent.index, 0, 0))
        taken.update(range(known[0], known[1]))
    if orgs:
        return orgs
    phrase = _org_phrase(sent, head, host, taken)
    if phrase is None:
        return []
    a, b, noun = phrase
    taken.update(range(a, b))
    if all(i == noun or sent.lemma(i) in POINTING for i in range(a, b)):
        here = [
            n.mention
            for n in sent.names_of("org")
            if n.last <= head
            and sent.lemma(n.first) != sent.lemma(noun)
            and any(sent.lemma(k) == sent.lemma(noun) for k in range(n.first, n.last))
        ]
        earlier = here[-1] if here else context.orgs.get(sent.lemma(noun))
        return [earlier] if earlier is not None else []
    label = printed(sent, a, noun, b)
    return [Mention("org", label[:1].upper() + label[1:], sent.index, 0, 0)]


def _countries(
    sent: Sent, first: int, head: int, host: int, taken: set[int], context: Context
) -> list[Mention]:
    countries = []
    for named in sent.names_of("country"):
        if first <= named.first and named.last <= host and named.first not in taken:
            countries.append(named.mention)
            taken.update(range(named.first, named.last))
    for i in range(head + 1, host) if not countries else ():
        found = country_by_lemmas([sent.lemma(k) for k in range(i, host)])
        if found is not None:  # a country's name the tagger missed ("Исламского Эмирата")
            countries.append(place_mention(found[1], sent.index, 0, 0))
            k = i
            while k - 1 > head and sent.tokens[k - 1].pos == "ADJ":
                k -= 1  # "непризнанного": what the title says of the country, not the post
            taken.update(range(k, i + found[0]))
            break
    for i in range(head + 1, host):
        if sent.lemma(i) in {"страна", "государство", "республика"} and i not in taken:
            previous = sent.lemma(i - 1)
            if previous in POINTING and context.before is not None:
                countries.append(context.before)  # "заместитель премьер-министра этой страны"
                taken.update({i - 1, i})
            elif previous in COUNTED and context.main:
                # "руководители администраций двух стран", in the order the sentence names them
                countries += _in_order(sent, i, context.main)
                taken.update({i - 1, i})
            elif i == head + 1 and sent.lemma(i) == "страна" and not countries:
                here = [n.mention for n in sent.names_of("country") if n.last <= first]
                last = here[-1] if here else context.before  # "король страны X": named last
                if last is not None:
                    countries.append(last)
                    taken.add(i)
    return countries


def _in_order(sent: Sent, before: int, main: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The article's countries in the order the sentence names them before the title, if it
    does ("между Таджикистаном и Узбекистаном ... премьер-министров двух республик A и B")."""
    keys = [m.identity for m in main]
    named: list[str] = []
    for n in sent.names_of("country"):
        key = n.mention.identity
        if n.last <= before and key in keys and key not in named:
            named.append(key)
    if len(named) != len(keys):
        return main
    return tuple(main[keys.index(k)] for k in named)


def _whose(sent: Sent, words: list[int]) -> int:
    """Where "(adjectives) правительства" closing a title begins, else past its end."""
    if sent.lemma(words[-1]) != "правительство":
        return words[-1] + 1
    k = len(words) - 1
    while k > 0 and sent.tokens[words[k - 1]].pos == "ADJ":
        k -= 1
    return words[k]


def read_title(sent: Sent, first: int, last: int, context: Context) -> Title | None:
    """Read tokens [first, last) as a post title, or None when they are not one."""
    head = next((i for i in range(first, last) if is_head(sent, i)), None)
    if head is None or sent.lemma(head) in NOT_POSTS:
        return None
    if sent.lemma(head) == "лидер" and head > first and sent.lemma(head - 1) == "национальный":
        return None  # "национальный лидер": an honorific, no post
    taken: set[int] = set()
    # "посол Казахстана в Азербайджане": the host country is not the post's
    host = next(
        (i for i in range(head, last) if sent.lemma(i) == "в" and sent.lemma(i + 1) != "дело"),
        last,
    )  # "временный поверенный в делах Узбекистана": "в делах" is the post's own
    taken.update(range(host, last))
    # a parenthesised abbreviation is the name's, not the title's
    for i in range(first, last - 2):
        if sent.tokens[i].text in {"(", "/"} and sent.tokens[i + 2].text in {")", "/"}:
            taken.update(range(i, i + 3))
    countries = _countries(sent, first, head, host, taken, context)
    orgs = _organisations(sent, head, host, taken, context)
    if not countries and orgs:
        # "Государственный комитет ... КНР": the country of the organisation named before
        here = next((n for n in sent.names_of("org") if n.mention.start == orgs[0].start), None)
        after = sent.name_at(here.last, "country") if here is not None and orgs[0].stop else None
        countries = [after.mention] if after else list(context.countries_of.get(orgs[0].label, ()))
    words = [
        i
        for i in range(first, host)
        if i not in taken and sent.tokens[i].pos != "PUNCT" and sent.lemma(i) not in {"—", "–"}
    ]
    while words and sent.tokens[words[-1]].lemma in TITLE_GLUE | ATTACHED:
        words.pop()
    if not words or head not in words:
        return None
    key = " ".join(sent.lemma(i) for i in words)
    canonical = lexicon().canonical_post(key)
    # the title as printed, up to the country or organisation it names
    end = min((i for i in taken if i > words[0]), default=words[-1] + 1)
    end = min(end, words[-1] + 1)
    plural = sent.tokens[head].feat("Number") == "Plur"
    surface = printed(sent, words[0], head, end).lower().strip(" ,–—")
    if plural:
        start = sent.phrase(words[0], head + 1).lower()
        surface = surface.replace(
            start, start.replace(sent.phrase(head, head + 1).lower(), sent.lemma(head)), 1
        )
    # the post as written, its key the post it names for roles and holdings
    written = {w.lower(): w for w in printed(sent, words[0], head, end).split()}
    # words after the head keep their capitals ("губернатор Амурской области")
    label = " ".join(written.get(w, w) if n else w for n, w in enumerate(surface.split()))
    if canonical and sent.lemma(head) not in lexicon().post_heads:
        label = canonical  # a head the lemmatizer misread ("поверенным" as "поверить")
    elif orgs and sent.lemma(head) == "премьер":
        pass  # "премьер Госсовета": the head of a body, as printed, not a prime minister
    elif any(sent.lemma(i).lower() in WRITTEN_OUT for i in words):
        # a ministry by its short name ("глава Минэнерго", "руководитель МИД"), a post by its
        # clipped word ("премьер"): the post it names, written out, without the government
        # whose it is ("глава МИД талибского правительства")
        bare = [i for i in words if sent.lemma(i) != "правительство" and i < _whose(sent, words)]
        canonical = canonical or lexicon().canonical_post(" ".join(sent.lemma(i) for i in bare))
        label = canonical or label
    if not canonical and not orgs and any(sent.lemma(i).lower() == "мид" for i in words):
        # "официальный представитель МИД Египта": a post in the ministry, not the minister's
        orgs = [Mention("org", _ministry(sent, countries), sent.index, 0, 0)]
    return Title(first, last, label, tuple(countries), tuple(orgs), canonical or surface, plural)


def _ministry(sent: Sent, countries: list[Mention]) -> str:
    """ "Министерство иностранных дел Египта": whose, as the text writes the country."""
    whose = next((c for c in countries if c.stop > c.start >= sent.start), None)
    if whose is None:
        return "Министерство иностранных дел"
    return (
        "Министерство иностранных дел "
        + sent.text[whose.start - sent.start : whose.stop - sent.start]
    )

"""Trade figures: turnover stated for a period, and targets to be reached.

"По итогам 2024 года товарооборот превысил $500 млн" -> turnover, 2024, more_than;
"стремимся довести товарооборот до $1 млрд" -> target. The countries come from the sentence
("азербайджано-казахстанский", "между Узбекистаном и Турцией"), else from the figure before,
else from the article's two main countries.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..grammars.money import find_amounts
from ..records import Fact, Mention
from .context import Sent
from .tradegroups import with_group
from .tradepartners import partner_ranking, ranked_partners, sides_of_figures
from .tradeparts import after_figure, one_way, regional
from .tradeperiods import period_after, period_of
from .tradesides import the_two_before

__all__ = ["find_trade", "without_restated"]

TARGET_WORDS = {
    "довести",
    "цель",
    "стремиться",
    "планировать",
    "намереваться",
    "задача",
    "ориентир",
    "нарастить",
    "намерен",
    "планироваться",
    "рассчитывать",
    "прогнозировать",
    # "будут нацелены на товарооборот в $5 млрд"
    "нацелить",
    "нацеливаться",
    # nouns of an aim: "по доведению объемов до $1 млрд", "достижение объема в $10 млрд"
    "доведение",
    "достижение",
    # "существует потенциал для его увеличения до $20 млрд"
    "увеличение",
    "наращивание",
    "потенциал",
}
FUTURE_VERBS = {"увеличить", "достичь", "достигнуть", "вырасти", "превысить", "довести"}
FUTURE_VERBS |= {"нарастить", "удвоить", "утроить", "поднять", "повысить"}
# "позволило нарастить товарооборот до $55 млрд": a growth an enabling verb tells as done
ENABLED = {"позволить", "удаться", "помочь", "суметь", "смочь"}
# verbs that state a figure reached
REPORTS = {"составить", "превысить", "достичь", "достигнуть", "вырасти", "приблизиться"}
# words that refer back to the figure just stated
ANAPHORS = {"он", "показатель", "цифра", "сумма", "объем", "уровень", "планка", "значение"}
MORE = {"превысить", "свыше", "более", "больше", "выше", "превышать"}
LESS = {"менее", "меньше", "ниже"}
# "товарооборот приблизился к 600 млн долларов": about (CQ Conventions)
APPROACH = {"приблизиться", "приближаться"}
# a figure whose currency and countries come from the one before is a guess worth keeping apart
CARRIED = Decimal("0.6")
# "практически достигнув отметки": not quite the figure
ALMOST = {"практически"}
TRADE_NOUNS = {"оборот", "товарооборот", "торговля", "товарообмен"}
# "в 2022 году страны наторговали на $39 млн": the verb of a turnover
TRADED = {"наторговать", "наторговывать"}
# a trade figure below this is a number cut off at the end of an excerpt ("до $10"), or a
# price, never a turnover between countries
SMALLEST = Decimal(100000)
REACH = {"выход", "выйти", "выходить"}
# "сейчас 28 (миллиардов долларов)": a plural multiplier with no number is the unit of a
# number before it, never one billion
UNITS = {"миллиардов", "миллионов", "триллионов", "тысяч", "млрд", "млн", "трлн"}
ABOUT = {"около", "порядка", "почти", "примерно", "приблизительно", "порядок", "ориентировочно"}


def _comparison(sent: Sent, first: int) -> str:
    words = [sent.lemma(i) for i in range(max(0, first - 4), first)]
    text = " ".join(words)
    # "не менее", "как минимум", "по меньшей мере": at least
    if any(w in text for w in ("не менее", "не меньше", "как минимум", "по малый мера")):
        return "more_than"
    if "не более" in text or "не больше" in text:
        return "less_than"
    last = words[-3:]
    # "вырос почти вдвое и превысил 50 млрд": the word nearest the figure says how it stands
    near = max((k for k, w in enumerate(words) if w in APPROACH | ALMOST), default=-1)
    if any(w in ABOUT for w in last) or near > max(
        (k for k, w in enumerate(words) if w in MORE), default=-1
    ):
        return "about"  # "около", "приблизился к"
    if any(w in MORE for w in words):
        return "more_than"
    if any(w in LESS for w in last):
        return "less_than"
    return "equal"


def _is_target(sent: Sent, lo: int, hi: int) -> bool:
    # a full stop inside the sentence ("выполнены.«К сентябрю ...") is a boundary the
    # splitter missed: what stands before it sets no aim for this figure
    stops = [i for i in range(lo, hi) if sent.tokens[i].text in {".", "!", "?"}]
    lo = stops[-1] + 1 if stops else lo
    # the verb last before the figure states it as reached: "к концу 2023 года ... достиг"
    verbs = [t for t in sent.tokens[lo:hi] if t.pos == "VERB" and t.feat("VerbForm") != "Part"]
    reported = bool(verbs) and verbs[-1].feat("Tense") == "Past"
    # "мы закончим год с более 60 млрд": a figure told in the future is yet to be reached
    if verbs and verbs[-1].feat("Tense") == "Fut":
        return True
    for i in range(lo, hi):
        token = sent.tokens[i]
        # "нарастили товарооборот до 2 трлн рублей": a growth told in the past was reached
        grown = token.lemma in FUTURE_VERBS and token.feat("Tense") == "Past"
        # "мы достигли цели в $3 млрд": a target reached is the figure traded
        by = sent.tokens[token.head] if 0 <= token.head < len(sent.tokens) else token
        grown = grown or (by.lemma in FUTURE_VERBS and by.feat("Tense") == "Past")
        grown = grown or (by.lemma in ENABLED and by.feat("Tense") == "Past")
        if token.lemma in TARGET_WORDS and not grown:
            return True
        if (
            token.lemma in FUTURE_VERBS
            and not grown
            and (token.feat("VerbForm") == "Inf" or token.feat("Tense") == "Fut")
        ):
            return True
        # "по итогам года составит около $50 млрд": a figure forecast is one to be reached
        if token.lemma in REPORTS and token.feat("Tense") == "Fut":
            return True
        # "к 2030 году товарооборот достигнет", not "к концу 2023 года ... достиг"
        if token.lemma == "к" and not reported and _dated(sent, i):
            return True
    # "составить 10 млрд долларов к 2030 году": the date a figure is due follows it
    stop = after_figure(sent, hi)
    return not reported and any(
        sent.tokens[i].lemma == "к" and _dated(sent, i)
        for i in range(stop, min(stop + 2, len(sent.tokens)))
    )


def _dated(sent: Sent, k: int) -> bool:
    """A date follows "к" at token k: "к 2030 году", "к концу 2026 года"."""
    start = sent.tokens[k].start
    return any(start < d.start <= start + 25 for d in sent.dates)


def find_trade(
    sent: Sent,
    previous: Sequence[Mention],
    main: Sequence[Mention],
    *,
    recent: bool = False,
    sides: Sequence[Mention] = (),
    last: Fact | None = None,
    before: Sent | None = None,
    year: int | None = None,
    owner: Mention | None = None,
) -> list[Fact]:
    """Trade figures of a sentence; `recent` says a figure (`last`) was stated just before,
    so that "довести его до $2 млрд" is a target for the same countries and "за полугодие –
    более 400 миллионов" a figure in its currency; `sides` are all the countries the article
    is about, for "между тремя странами"; `before` is the sentence before, which may say the
    figure is a region's ("связи между Беларусью и российским регионом"); `owner` is the
    country whose trade the article tells, the side of a figure told with its partner alone."""
    if not sent.money:
        return _elliptic(sent, last, year) if recent and last is not None else []
    # "торговый" alone ("торговый порт") is not about trade volumes
    about_trade = sent.has("оборот", "товарооборот", "торговля", "товарообмен", *TRADED)
    # "увеличить его до", "этот показатель", "эта цифра достигнет": the figure before
    # "В прошлом году этот показатель превысил 1,1 млрд": a figure of the same countries
    referring = recent and sent.has(*ANAPHORS) and (_aims(sent) or sent.has(*REPORTS))
    # one country's trade partner by partner: each figure with the partner told with it
    told = sides_of_figures(sent, owner, main, before)
    ranked = told is not None and partner_ranking(sent)
    if not about_trade and not referring and not ranked:
        return []
    countries = _countries(sent)
    # how sure: the sentence names the countries; or they come from context
    confidence = Decimal("0.9") if len(countries) >= 2 else Decimal("0.7")
    if not about_trade and not ranked:
        confidence = Decimal("0.6")
    if len(countries) < 2 and sent.has("три", "трое") and len(sides) >= 3:
        countries = list(sides[:3])
    # a region trades with a country ("товарооборот области с Казахстаном"): the two
    # countries of the article are not its sides
    if len(countries) < 2 and any(regional(s) for s in (sent, before) if s is not None):
        return []
    if len(countries) < 2 and told is None:
        countries = the_two_before(sent, before) or (
            list(previous) if len(previous) >= 2 else list(main)
        )
    if len(countries) < 2 and told is None:
        return []
    # a ranking goes on with the period of the figure before: "В пятерку вошли также ..."
    carried = _carried(sent, told, last)
    facts = []
    lo = 0
    aimed = False  # the figure before in the sentence was a target
    for money in sent.money:
        first = sent.token_at(money.start)
        if (
            money.amount < SMALLEST
            or sent.text[money.start - sent.start :].split(" ", 1)[0].lower() in UNITS
            or one_way(sent, lo, first, about_trade)
            or with_group(sent, lo, first)
            or _change(sent, first)
        ):
            lo = sent.token_at(money.stop)
            continue
        # "довести его до $100 млн в следующем году, а в перспективе – до $500 млн": a figure
        # with no verb of its own since the target before is that verb's too
        target = _is_target(sent, lo, first) or (aimed and _verbless(sent, lo, first))
        aimed = target
        comparison = _comparison(sent, first)
        if target:
            comparison = "more_than" if comparison == "more_than" else ""
        values: list[tuple[str, object]] = [
            ("indicator", "target" if target else "turnover"),
            ("amount", money.amount),
            ("currency", money.currency),
        ]
        if comparison:
            values.append(("comparison", comparison))
        period = period_of(sent, money.start, target, year) or carried
        if not target:
            period = period_after(sent, money.stop, year) or period
        if period:
            values.append(("period", period))
        paired = countries if told is None else told.get(first, [])
        if len(paired) < 2:
            lo = sent.token_at(money.stop)
            continue
        roles = tuple(("country", c) for c in paired)
        fact = Fact("trade", roles, tuple(values), (sent.index,), "trade-money", confidence)  # type: ignore[arg-type]
        facts += [fact, *_reached(sent, first, sent.token_at(money.stop), fact)]
        lo = sent.token_at(money.stop)
    return facts


def _carried(sent: Sent, told: dict[int, list[Mention]] | None, last: Fact | None) -> object:
    """The period of a ranking that goes on ("в пятерку вошли также A ($X)"): the one of
    the owner's figure a few sentences before, when the sentence names no date."""
    if told is None or last is None or sent.index - last.sentences[-1] > 3:
        return None
    before = {m.identity for m in last.role("country")}
    if not ranked_partners(sent) or sent.dates:
        return None
    same = all(pair and pair[0].identity in before for pair in told.values() if pair)
    return last.value("period") if same else None


def _reached(sent: Sent, first: int, stop: int, fact: Fact) -> list[Fact]:
    """ "вырос с $2 млрд в 2015 году до 3,5 миллиардов в 2020 году": the figure a change
    reached, in the currency of the one it started from, for the date right after it."""
    if sent.lemma(first - 1) != "с":
        return []
    for amount in find_amounts(sent.text):
        k = sent.token_at(amount.start + sent.start)
        if k < stop or sent.lemma(k - 1) != "до" or amount.amount < SMALLEST:
            continue
        if any(t.text in {".", ";"} or t.pos == "VERB" for t in sent.tokens[stop:k]):
            return []
        end = amount.stop + sent.start
        dates = [d for d in sent.dates if end <= d.start <= end + 4]
        values = [(n, v) for n, v in fact.values if n not in {"amount", "period"}]
        values += [("amount", amount.amount)] + ([("period", dates[0].value)] if dates else [])
        return [
            Fact("trade", fact.roles, tuple(values), fact.sentences, fact.rule, fact.confidence)
        ]
    return []


def _change(sent: Sent, first: int) -> bool:
    """ "вырос на $300 млн", "что на $100 млн больше": by how much a figure changed, not a
    figure; "наторговали на $39 млн" is the figure itself."""
    k = first - 1
    while k >= 0 and sent.lemma(k) in ABOUT | MORE | LESS:
        k -= 1  # "на более чем $100 млн"
    # "выход на $30 млрд", "выйти на уровень": a level reached, not a change
    return sent.lemma(k) == "на" and not sent.has(*TRADED) and sent.lemma(k - 1) not in REACH


def _verbless(sent: Sent, lo: int, hi: int) -> bool:
    return not any(t.pos in {"VERB", "AUX"} for t in sent.tokens[lo:hi])


def _aims(sent: Sent) -> bool:
    """The sentence sets a figure to reach: a target word, or an increase to come."""
    return any(
        (t.lemma in TARGET_WORDS and not (t.lemma in FUTURE_VERBS and t.feat("Tense") == "Past"))
        or (t.lemma in FUTURE_VERBS and (t.feat("VerbForm") == "Inf" or t.feat("Tense") == "Fut"))
        for t in sent.tokens
    )


def _elliptic(sent: Sent, last: Fact, year: int | None) -> list[Fact]:
    """ "За полугодие – более 400 миллионов": no verb before a bare amount, a dash standing
    for it; "увеличить его до 2 миллиардов": the figure before referred to. The amount is a
    figure like the one before, in its currency, for the period the sentence names."""
    currency = last.value("currency")
    referring = sent.has(*ANAPHORS) and (_aims(sent) or sent.has(*REPORTS))
    # "рассчитывают на рост товарооборота до 2 млрд": trade again, in the same currency
    referring = referring or sent.has("оборот", "товарооборот", "торговля", "товарообмен")
    for amount in find_amounts(sent.text):
        first = sent.token_at(amount.start + sent.start)
        stop = sent.token_at(amount.stop + sent.start)
        before = sent.tokens[:first]
        if _change(sent, first) or sent.text[amount.start :].split(" ", 1)[0].lower() in UNITS:
            continue
        gapped = not any(t.pos in {"VERB", "AUX"} for t in before) and any(
            t.text in {"–", "—", "-"} for t in before
        )
        if not (gapped or referring):
            continue
        if (
            stop < len(sent.tokens)
            and sent.tokens[stop].pos == "NOUN"
            and sent.lemma(stop) not in TRADE_NOUNS  # "цифры в 10 млрд товарооборота"
        ):
            continue  # "2 млн тонн": a quantity of something else
        target = referring and _is_target(sent, 0, first)
        comparison = _comparison(sent, first)
        if target:
            comparison = "more_than" if comparison == "more_than" else ""
        values: list[tuple[str, object]] = [
            ("indicator", "target" if target else last.value("indicator")),
            ("amount", amount.amount),
            ("currency", currency),
        ]
        if comparison:
            values.append(("comparison", comparison))
        period = period_of(sent, amount.start + sent.start, target, year)
        if period:
            values.append(("period", period))
        roles = tuple(("country", c) for c in last.role("country"))
        return [Fact("trade", roles, tuple(values), (sent.index,), "trade-elliptic", CARRIED)]  # type: ignore[arg-type]
    return []


def _countries(sent: Sent) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for named in sent.names_of("country"):
        seen.setdefault(named.mention.identity, named.mention)
    return list(seen.values())


def without_restated(facts: list[Fact]) -> list[Fact]:
    """A figure said twice, once with its period ("довести товарооборот до $5 млрд" in the
    headline, "... до $5 млрд к 2026 году" in the body), is the one with the period."""

    def same(fact: Fact) -> tuple[object, ...]:
        countries = tuple(sorted(m.identity for m in fact.role("country")))
        return (countries, fact.value("indicator"), fact.value("amount"), fact.value("currency"))

    dated = {same(f) for f in facts if f.kind == "trade" and f.value("period")}
    # "в 2025 году приблизился к $2 млрд" in the headline, "за девять месяцев 2025 года" in
    # the body: the year said where the body says which months of it
    spans = {
        (same(f), str(f.value("period"))[:4])
        for f in facts
        if f.kind == "trade" and len(str(f.value("period") or "")) > 4
    }
    return [
        f
        for f in facts
        if not (f.kind == "trade" and not f.value("period") and same(f) in dated)
        and not (f.kind == "trade" and (same(f), str(f.value("period"))) in spans)
    ]

"""Goods exported or to be exported, read with the parse, one flow per clause.

"Казахстан продает Кыргызстану уголь, газ, минеральные воды" (the buyer in the dative);
"Армения намерена нарастить экспорт в Грузию коньяка и строительных материалов";
"поставки природного газа из Туркмении в Китай" ("из X в Y" anywhere in the clause,
"через X" never the buyer); "поставок узбекской хлопковой пряжи" (the adjective names the
seller); "импорт казахстанской продукции" (the subject buys); "туркменский газ поставляется
в Азербайджан" (a passive's subject is the goods); "взаимные поставки", "экспорт и импорт"
(both directions); "транзит казахстанской нефти" (an export of the goods' country). Goods
are the enumeration the cue governs (goods.py), or words of data/commodities.tsv; the next
clause or sentence may go on with the flow (flowlinks.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..data.lexicon import lexicon
from ..records import Fact, Mention
from .capitals import acting_capitals
from .context import Named, Sent
from .flowclauses import (
    CUES,
    EXPORT,
    GIVE,
    IMPORT,
    MOVE,
    PLANNED,
    RECEIVE,
    TRANSIT,
    flow_clauses,
    flow_ends,
    listed_after,
    passed,
    route,
    toward,
)
from .flowlinks import find_elaborated, gapped
from .flowpairs import REGION, directed, market_end, mutual, region_partner
from .flowparties import (
    SET_NOT_SENT,
    _counted,
    _countries_at,
    _country_at,
    _dative_country,
    _denied,
    _exchanged,
    _facts,
    _genitive_after,
    _in_return,
    _is_country_adj,
    _other_side,
    _owns,
    _partner,
    _seller_before,
    _sole_country,
    _synonym,
)
from .flowrefs import referred_list, with_referred
from .flowsides import (
    ROLE_NOUNS,
    holders,
    joint_subjects,
    nearest_side,
    our_side,
    says_we,
    speaker_country,
    we_own,
)
from .frames import children, datives, objects, subjects, subtree
from .goods import (
    generic_goods,
    goods_after,
    goods_label,
    goods_mention,
    lexicon_goods,
)
from .goodspairs import paired_goods
from .goodsparts import share_goods
from .goodsrefs import points_back, referred_goods, told_goods
from .measures import past_measure

__all__ = ["find_elaborated", "find_exports"]


def _country_in(sent: Sent, lo: int, hi: int) -> list[Named]:
    named = [n for n in sent.names_of("country") if lo <= n.first and n.last <= hi]
    return sorted([*named, *acting_capitals(sent, lo, hi)], key=lambda n: n.first)


def _goods_spans(sent: Sent, cue: int, hi: int) -> list[tuple[int, int, int | None]]:
    """The goods a cue governs: its object ("продает Кыргызстану уголь, газ"), the genitive
    after a noun ("экспорт в Грузию коньяка"), or, for a passive or intransitive verb, its
    subject ("туркменский газ поставляется в Азербайджан")."""
    verb = sent.tokens[cue].pos == "VERB"
    j = cue + 1
    while sent.lemma(j) in {"и", "или"} and sent.lemma(j + 1) in EXPORT | IMPORT:
        j += 2  # "экспорт и импорт строительных материалов"
    # "экспорт в Грузию", "поставки из Ирана", "продает Кыргызстану": what stands before
    while j < hi:
        place = sent.name_at(j + 1, "country") if sent.lemma(j) in {"в", "из", "на"} else None
        if place is not None:
            j = place.last
        elif end := market_end(sent, j):
            j = end  # "на мировой рынок": where the goods go, no country
        elif sent.lemma(j) == sent.lemma(j + 1) == "друг":
            j += 2  # "продают друг другу вино"
        elif j == cue + 1 and (seller := _genitive_after(sent, cue)) is not None:
            j = seller.last  # "поставок РФ в Индию углеводородного сырья"
        elif verb and j in datives(sent, cue):
            j = subtree(sent, j)[1]
        elif verb and _dative_country(sent, j) is not None:
            j = sent.name_at(j, "country").last  # type: ignore[union-attr]
        else:
            break
    spans = goods_after(sent, j, hi, "Acc" if verb else "Gen")
    measured = past_measure(sent, j, hi)
    if not spans and measured > j:
        # "поставит 300 тыс. тонн пшеницы и муки", "большое количество муки, пшеницы"
        spans = goods_after(sent, measured, hi, "Gen")
    if not spans and verb:
        found = objects(sent, cue)
        if found:
            start = subtree(sent, found[0])[0]
            spans = goods_after(sent, start, hi, sent.tokens[found[0]].feat("Case") or "Acc")
            if not spans and past_measure(sent, start, hi) > start:
                # "закупит у партнеров 16 тысяч тонн сухого молока"
                spans = goods_after(sent, past_measure(sent, start, hi), hi, "Gen")
    if not spans and verb:
        spans = goods_after(sent, j, hi, "Nom")
    if not spans and sent.lemma(j) in {"являться", "стать", "оставаться"}:
        # "статьями грузинского экспорта в Китай являются медная руда, вино и ..."
        spans = goods_after(sent, j + 1, hi, "Nom")
    if not spans and not verb:
        spans = share_goods(sent, cue)
    # the subject is the goods only of a passive or a verb in -ся ("газ поставляется"); of
    # "власти экспортировали" it is the seller
    passive = ("nsubj:pass", "nsubj") if sent.lemma(cue).endswith(("ся", "сь")) else ("nsubj:pass",)
    if not spans and verb:
        for subject in children(sent, cue, *passive):
            first = subtree(sent, subject)[0]
            spans = goods_after(sent, first, subject + 1, "Nom")
            if spans:
                break
    return spans


def find_exports(
    sent: Sent,
    sides: Sequence[Mention] = (),
    earlier: Sequence[Mention] = (),
    before_flows: Sequence[Fact] = (),
    prior: Sent | None = None,
) -> Iterable[Fact]:
    """The flows of goods a sentence states, one per clause; `sides` are the article's two
    main countries, for "обе страны нарастят взаимный экспорт"; `earlier` the countries the
    sentences just before named, for "мы" and "наш"; `before_flows` the flows of the
    sentence before, whose goods a sentence naming no seller may go on with ("Газ пойдет в
    Китай")."""
    sent = with_referred(sent, earlier)
    previous_subject: Mention | None = None
    # the two countries of the clause before: "экспортирует в Малайзию ..., а импортирует ..."
    partners: tuple[Mention, Mention | None] | None = None
    stated: tuple[Mention, Mention | None, tuple[tuple[str, str], ...]] | None = None
    said = told_goods(before_flows)  # the goods a general word may point back at
    for lo, hi in flow_clauses(sent):
        cue = next((i for i in range(lo, hi) if sent.lemma(i) in CUES), None)
        if cue is None:
            if stated is not None:
                yield from gapped(sent, lo, hi, stated)
            continue
        importing = sent.lemma(cue) in IMPORT | RECEIVE
        role = sent.lemma(cue) in ROLE_NOUNS
        countries = _country_in(sent, lo, hi)
        # "в Китай" before the cue is where the goods go, not who sends them
        before_all = [n for n in countries if n.last <= cue]
        before = [n for n in before_all if not toward(sent, n.first)]
        subject = nearest_side(sent, before, cue).mention if before else previous_subject
        source, destination = flow_ends(sent, cue + 1, hi)
        if source is None:
            # "газопровод из России в Китай, который будет поставлять ...": a route
            # named before the cue
            source, destination = route(sent, lo, cue, destination)
        passive = sent.tokens[cue].feat("Voice") == "Pass"  # "в Египет поставлены комбайны"
        if (source is not None or passive) and destination is None:
            # "в Афганистан будет передаваться электроэнергия из Таджикистана": with the
            # source named after the cue, a direction before it is where the goods go
            ahead = [n for n in before_all if toward(sent, n.first) and not passed(sent, n.first)]
            destination = ahead[-1].mention if ahead else None
        if not importing and subject and destination and subject.identity == destination.identity:
            # "глава МИД Египта обсудил поставки нефти в Египет": no country sends goods to
            # itself; the seller is another country of the clause, else the article's other side
            others = [n.mention for n in before if n.mention.identity != subject.identity]
            subject = others[-1] if others else _other_side(destination, sides)
        verb = sent.tokens[cue].pos == "VERB"
        # "нефтепродуктов на экспорт": no buyer said ("контракт на поставки" says a flow)
        outward = sent.lemma(cue - 1) == "на" and sent.lemma(cue) == "экспорт"
        if verb and any(sent.lemma(k) in SET_NOT_SENT for k in objects(sent, cue)):
            continue  # "поставили подписи", "поставить задачу": no goods move
        if _denied(sent, cue):
            continue  # "не будут осуществлять поставки": no goods move
        # each dative's countries; the first one's list are all given to ("Лаосу и Непалу")
        lists = [found for k in datives(sent, cue) if (found := _countries_at(sent, k))]
        recipients = [c for found in lists for c in found] if verb else []
        listed = lists[0][1:] if verb and lists else []
        if verb and not recipients and (dative := _dative_country(sent, cue + 1)) is not None:
            recipients = [dative]
        if verb and subject is None:
            # "казахские компании готовы поставлять": the subject's country
            subject = next((c for k in subjects(sent, cue) if (c := _country_at(sent, k))), None)
        if subject is None and not verb and sent.tokens[cue].rel == "obl":
            # "Кроме поставок зерна российская сторона готова ...": the side is the subject
            # of the verb the cue's phrase hangs on
            head = sent.tokens[cue].head
            subject = next((c for k in subjects(sent, head) if (c := _country_at(sent, k))), None)
        given = {c.identity for c in recipients} if sent.lemma(cue) in GIVE else set()
        if subject is not None and subject.identity in given:
            subject = None  # "передано странам, таким как Лаос": Лаос is given to, not giving
        if not before and says_we(sent, cue):
            # "мы поставляем говядину", "наш экспорт в Россию": the speaker's side
            # the country of the official quoted saying it ("заявил глава Минэнерго
            # Казахстана"), else the side the text does not name around it
            speaker = speaker_country(sent) or (speaker_country(prior) if prior else None)
            subject = speaker or our_side(sent, lo, hi, sides, earlier) or subject
        # "Египет и Турция – главные покупатели ...": the sides a role noun is said of
        held = [c for k in holders(sent, cue) if (c := _country_at(sent, k))] if role else []
        if verb and not role:  # "Малайзия и Индонезия поставляют": each subject
            held = joint_subjects(sent, cue)
        if held:
            subject = held[0]
        # "основным нашим импортером является Иран": the partner of the holder is us
        ours = our_side(sent, lo, hi, sides, earlier) if role and we_own(sent, cue) else None
        goods: list[Mention] = []
        counted: set[str] = set()
        origin: Mention | None = None
        spans = _goods_spans(sent, cue, hi)
        for first, last, shared in spans:
            words = [k for k in range(first, last) if not _is_country_adj(sent, k)]
            adjective = [n for n in countries if first <= n.first < last]
            if adjective:
                origin = adjective[0].mention
            if referred_goods(sent, words, said):  # "свое топливо": the goods told before
                goods += [m for m in said if m.label not in {g.label for g in goods}]
                continue
            if not words or generic_goods(sent, words, shared) or points_back(sent, words):
                continue
            label = _synonym(sent, words) or goods_label(sent, words, shared)
            goods.append(goods_mention(sent, words[0], words[-1] + 1, label))
            if _counted(sent, first):
                counted.add(label)
        whose = _genitive_after(sent, cue)
        if whose is not None and not before:
            # "поставок РФ в Индию", "импорт Китая из ...": the genitive after the cue is
            # the side whose flow it is
            if importing:
                subject = whose.mention
            elif origin is None:
                origin = whose.mention
        if spans and origin is None and not before and not importing:
            # "экспорт нефти и газа Ирана": a country in the genitive after the goods, with
            # none named before the cue, is whose goods they are
            owner = sent.name_at(spans[-1][1], "country")
            if owner is not None and sent.tokens[owner.first].feat("Case") == "Gen":
                origin = owner.mention
        known = {g.label for g in goods}
        # words of the goods table, when the cue governs no list ("газ в обмен на
        # электроэнергию" after a list is no second good)
        for first, last, label in lexicon_goods(sent, lo, hi) if not spans else []:
            if label not in known:
                goods.append(goods_mention(sent, first, last, label))
                known.add(label)
        goods = paired_goods(sent, goods)  # "фруктов и овощей": one class
        ends = {id(m) for m in (source, destination, origin, *held) if m is not None}
        after = [
            n
            for n in countries
            if n.first > cue and id(n.mention) not in ends and not passed(sent, n.first)
        ]
        if origin is None and not importing:
            # "экспорт казахстанского зерна": the adjective of the cue or of the goods
            origin = next((n.mention for n in countries if n.last == cue and _owns(sent, n)), None)
        if sent.lemma(cue) in TRANSIT | MOVE | RECEIVE:
            # goods in transit are an export only of the country they come from, and only
            # goods ("транзит китайского трафика" carries none); goods received come from
            # the country named as their source ("получает из Армении электроэнергию")
            table = lexicon().commodities
            goods = [g for g in goods if g.label in table.values()]
            if sent.lemma(cue) in RECEIVE and source is None and subject is not None:
                # "..., а взамен получает зерно": the partner of the flow before sells back
                source = _partner(subject, partners) if _in_return(sent, lo, cue) else None
            if origin is None and source is None:
                continue
            if sent.lemma(cue) in RECEIVE and source is None:
                continue
        if sent.lemma(cue) in GIVE:
            # goods given or sent: only goods the table knows or goods counted ("передал 20
            # тонн риса"); a message, a credit or a delegation sent is none
            table = lexicon().commodities
            goods = [g for g in goods if g.label in table.values() or g.label in counted]
        if importing:
            # a country after the cue sells only when it is not the buyer named again
            sellers = [
                n.mention for n in after if not subject or n.mention.identity != subject.identity
            ]
            exporter = source or origin or ours or (sellers[0] if sellers else None)
            importer = subject
            # "у соседних стран": no one country; "грант на закупку техники": a purpose, whose
            # seller no one knows yet
            purpose = sent.lemma(cue - 1) in {"на", "для"}
            if (
                exporter is None
                and importer
                and not purpose
                and not region_partner(sent, lo, hi, cue)
            ):
                # "..., а импортирует резину": the buyer's partner of the clause before,
                # else the article's other side
                exporter = _partner(importer, partners) or _other_side(importer, sides)
        elif source is not None:
            # "поставки природного газа из Турции в ...": where the goods come from
            exporter, importer = source, destination or (recipients[0] if recipients else None)
            if importer is None and before and sent.lemma(cue) not in MOVE | TRANSIT:
                # "Япония наладит поставки урана из Казахстана": the subject receives
                importer = subject if subject and subject.identity != source.identity else None
        elif origin is not None and subject is not None and origin.key != subject.key:
            # "Турецкая сторона заинтересована в поставках узбекской пряжи"
            exporter = origin
            importer = destination or (
                recipients[0] if recipients else None if outward else subject
            )
        else:
            exporter = subject or origin
            importer = destination or (recipients[0] if recipients else ours)
            if exporter is None and goods and sent.lemma(cue) in GIVE:
                # "было передано 100 тонн пшеницы Лаосу": goods given by no side named are
                # given by the one country the passage speaks of
                exporter = _sole_country(sent, earlier, {importer, *recipients})
            if exporter is None and goods:
                # "Газ будет направляться в Китай" after a sentence on Turkmen gas: the seller
                # of the same goods just before
                exporter = _seller_before(before_flows, goods, importer)
            if exporter is None and goods and (not verb or passive) and destination is not None:
                # "экспорт в Узбекистан": to one of the article's two sides, from the other
                exporter = _other_side(destination, sides)
            if importer is None and exporter is not None:
                own = exporter.identity
                importer = next((n.mention for n in after if n.mention.identity != own), None)
        previous_subject, said = subject, goods or said
        planned = any(t.lemma in PLANNED or t.feat("Tense") == "Fut" for t in sent.tokens[lo:hi])
        status = (("status", "planned" if planned else "actual"),)
        pairs = mutual(sent, cue, lo, hi, countries, sides)
        targets, lister = referred_list(sent, lo, hi, prior) if not importing else ([], None)
        if not pairs and importer is None and goods and (sender := exporter or lister):
            # "Основные покупатели X – A, B и C. В эти страны поставляются ...": each one
            pairs = [(sender, t) for t in targets if t.identity != sender.identity]
        if not pairs:
            if exporter is None:
                continue
            direction = directed(sent, cue, hi) if importer is None else None
            if direction == REGION or (importer is None and region_partner(sent, lo, hi, cue)):
                continue  # "в страны ЕС", "с государствами Африки": no one country buys
            if importer is None and direction is None and not outward:
                # "... для поставки в Монголию, а также предлагает расширить поставки газа":
                # the partner of the clause before; "Россия готова наращивать поставки
                # масла": of the article's two countries, the one that does not sell
                importer = _partner(exporter, partners) or _other_side(exporter, sides)
                if importer is not None and importer.identity in {h.identity for h in held}:
                    importer = None  # "Бразилия и Аргентина экспортируют": both sell
            pairs = [
                (exporter, importer if importer is None or importer.key != exporter.key else None)
            ]
            # "Египет и Турция – главные покупатели": each holder of the role
            pairs += [
                (exporter, more) if importing else (more, importer)
                for more in held[1:]
                if more.identity not in {exporter.identity, importer and importer.identity}
            ]
            if importer is not None and recipients and importer is recipients[0]:
                # "передано государствам, таким как Лаос и Непал": each country given to
                pairs += [(exporter, more) for more in listed if more.key != exporter.key]
            if importer is not None and destination is not None and importer is destination:
                # "в Казахстан, Туркменистан и далее – в Китай": every country of the list
                pairs += [(exporter, more) for more in listed_after(sent, destination, hi)]
            elif at := next((n for n in after if n.mention is importer), None):
                # "в таких странах, как Франция - на 20%, Литва - на 15%": each one listed
                case = sent.tokens[at.first].feat("Case") or "Nom"
                pairs += [(exporter, more) for more in listed_after(sent, at.mention, hi, case)]
            if source is not None and exporter is source:
                # "импортирует электроэнергию из Туркмении, Таджикистана и Ирана": each source
                bought = importer.identity if importer is not None else None
                more_sources = listed_after(sent, source, hi, "Gen")
                pairs += [(more, importer) for more in more_sources if more.identity != bought]
        if goods and len(pairs) == 1 and pairs[0][1] is not None:
            # "поставляет в Армению газ в обмен на электроэнергию": the goods given back
            back = _exchanged(sent, lo, hi)
            yield from _facts(sent, [(pairs[0][1], pairs[0][0])], back, status)
        if goods and len(pairs) == 1:
            stated = (pairs[0][0], pairs[0][1], status)
        partners = pairs[0] if len(pairs) == 1 else None
        yield from _facts(sent, pairs, goods, status)

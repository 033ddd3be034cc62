"""A corpus of the genre, made up: N varied news reports on diplomacy and trade.

The templates below are the project's own; the places come from the bundled gazetteer
(countries, their first-listed cities as capitals, port towns), the people are invented, the
amounts random. The same seed gives the same corpus, byte for byte.

    python bench/corpus.py 1000 --out /tmp/corpus          # 1000 .txt files
    python bench/corpus.py 1000 --jsonl /tmp/corpus.jsonl  # one JSON Lines file
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from diplograph.data.gazetteer import Place, gazetteer

MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
MONTHS_LOCT = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]
FIRST = [
    "Рустам",
    "Тимур",
    "Арман",
    "Давид",
    "Карен",
    "Ильдар",
    "Бахтиёр",
    "Азамат",
    "Нурлан",
    "Фарид",
    "Сергей",
    "Олег",
    "Марат",
    "Эльдар",
    "Руслан",
    "Заур",
    "Вагиф",
    "Расул",
    "Дамир",
    "Ерлан",
    "Анвар",
    "Гейдар",
    "Самир",
    "Ильяс",
    "Тахир",
    "Шамиль",
]
SURNAMES = [
    "Каримов",
    "Ахмедов",
    "Сулейманов",
    "Бекмуратов",
    "Нуралиев",
    "Жумабеков",
    "Исмаилов",
    "Гасанов",
    "Мирзоев",
    "Абдулов",
    "Рахимов",
    "Турсунов",
    "Хасанов",
    "Осипов",
    "Лебедев",
    "Карпов",
    "Беляев",
    "Сафаров",
    "Юсупов",
    "Зейналов",
    "Алибеков",
    "Байрамов",
    "Тагиев",
    "Курбанов",
    "Назаров",
    "Шарипов",
    "Ганиев",
    "Маликов",
    "Орлов",
    "Сабиров",
]
# a post: nominative, genitive, instrumental (the template picks the case it needs)
POSTS = (
    ("министр иностранных дел", "министра иностранных дел", "министром иностранных дел"),
    ("министр экономики", "министра экономики", "министром экономики"),
    ("министр торговли", "министра торговли", "министром торговли"),
    ("министр энергетики", "министра энергетики", "министром энергетики"),
    ("министр транспорта", "министра транспорта", "министром транспорта"),
    ("министр финансов", "министра финансов", "министром финансов"),
    ("вице-премьер", "вице-премьера", "вице-премьером"),
    ("премьер-министр", "премьер-министра", "премьер-министром"),
)
GOODS = (
    "пшеницы",
    "хлопка",
    "алюминия",
    "нефти",
    "природного газа",
    "удобрений",
    "текстильной продукции",
    "сухофруктов",
    "цемента",
    "меди",
)
PUBLISHERS = ("Вестник Каспия", "Деловой обозреватель", "Транзитные новости", "Региональный курьер")
PORT_TOWNS = (
    "Актау",
    "Курык",
    "Алят",
    "Туркменбаши",
    "Энзели",
    "Астрахань",
    "Махачкала",
    "Поти",
    "Батуми",
    "Новороссийск",
    "Чабахар",
    "Гвадар",
    "Карачи",
    "Мерсин",
    "Констанца",
)


@dataclass(frozen=True)
class Country:
    place: Place
    capital: Place

    @property
    def name(self) -> str:
        return self.place.label_ru


@cache
def _morph():  # type: ignore[no-untyped-def]
    from natasha import MorphVocab  # pymorphy2's own analyzer fails on Python 3.11

    return MorphVocab()


def inflect(phrase: str, case: str) -> str:
    """Each word of a name put in the case (gent, loct, ablt, datv); unknown words unchanged."""
    from pymorphy2.analyzer import Parse

    words = []
    for word in phrase.split():
        parses = [p for p in _morph().parse(word) if "NOUN" in p.tag or "ADJF" in p.tag]
        # names first: "Сафаров" is a surname, not the plural of a noun
        parses.sort(key=lambda p: not ({"Name", "Surn", "Geox"} & p.tag.grammemes))
        form = Parse.inflect(parses[0], {case}) if parses else None
        if form is None:
            words.append(word)
            continue
        text = form.word
        if word[:1].isupper():
            text = "-".join(part[:1].upper() + part[1:] for part in text.split("-"))
        words.append(text)
    return " ".join(words)


REGIONAL_COUNTRIES = 89


@cache
def countries() -> tuple[Country, ...]:
    g = gazetteer()
    capitals: dict[str, Place] = {}
    for place in g.places():
        if place.kind == "city" and place.country and place.country not in capitals:
            capitals[place.country] = place
    found = tuple(
        Country(place, capitals[place.key])
        for place in g.places()
        if place.kind == "country" and place.key in capitals
    )
    # regional news names some ninety countries, not every state: the gazetteer lists the
    # region's first, and the corpus (and what is measured on it) stays the one it was
    return found[:REGIONAL_COUNTRIES]


@cache
def ports() -> tuple[Place, ...]:
    g = gazetteer()
    found = (g.by_name(name) for name in PORT_TOWNS)
    return tuple(place for place in found if place is not None)


def _person(rng: random.Random) -> tuple[str, str]:
    """An invented person: (full name, surname)."""
    surname = rng.choice(SURNAMES)
    return f"{rng.choice(FIRST)} {surname}", surname


def person_gent(name: str) -> str:
    """Men's names of the lists above: "Ильяс Сафаров" -> "Ильяса Сафарова"."""
    return " ".join(word[:-1] + "я" if word.endswith("й") else word + "а" for word in name.split())


def _amount(rng: random.Random) -> str:
    if rng.random() < 0.5:
        value = f"{rng.randint(1, 9)},{rng.randint(1, 9)} млрд"
    else:
        value = f"{rng.randint(12, 980)} млн"
    return f"${value}" if rng.random() < 0.4 else f"{value} долларов"


def article(number: int, seed: int = 0) -> dict[str, str]:
    """One article: {'title', 'date', 'publisher', 'text'} (text is the body)."""
    rng = random.Random(f"{seed}:{number}")
    home, guest = rng.sample(countries(), 2)
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
    host_name, host_surname = _person(rng)
    guest_name, guest_surname = _person(rng)
    host_post, guest_post = rng.choice(POSTS), rng.choice(POSTS)
    meet_day = max(day.day - 1, 1)
    pair = f"{home.name} и {guest.name}"
    amount = _amount(rng)
    year = day.year - 1
    paragraphs = [
        f"В {inflect(home.capital.label_ru, 'loct')} {meet_day} {MONTHS[day.month - 1]} "
        f"состоялись переговоры {host_post[1]} {inflect(home.name, 'gent')} "
        f"{person_gent(host_name)} и {guest_post[1]} {inflect(guest.name, 'gent')} "
        f"{person_gent(guest_name)}. Стороны обсудили расширение торгово-экономического "
        "сотрудничества и транспортные связи.",
        f"По словам {person_gent(host_surname)}, по итогам {year} года товарооборот между "
        f"двумя странами составил {amount}, что на {rng.randint(2, 40)},{rng.randint(1, 9)}% "
        "больше, чем годом ранее.",
    ]
    extra = [
        f"Стороны договорились довести объем взаимной торговли до {_amount(rng)} "
        f"к {day.year + rng.randint(2, 5)} году.",
        f"{home.name} планирует нарастить экспорт "
        f"{rng.choice(GOODS)} в {inflect(guest.name, 'accs')}.",
        f"Отдельно обсуждалось использование порта {inflect(rng.choice(ports()).label_ru, 'gent')} "
        "для транзитных грузов.",
        f"По итогам встречи {host_surname} и {guest_surname} подписали меморандум о "
        "сотрудничестве в области энергетики и дорожную карту на ближайшие три года.",
        # one fund per pair of countries, with one capital (the graph holds a fund's capital)
        f"Стороны также рассмотрели создание совместного инвестиционного фонда с капиталом "
        f"{_amount(random.Random(':'.join(sorted((home.place.key, guest.place.key)))))}.",
        f"В {MONTHS_LOCT[rng.randrange(12)]} {guest_name} посетит "
        f"{inflect(home.name, 'accs')} с ответным визитом.",
        f"Очередное заседание межправительственной комиссии решено провести в "
        f"{inflect(guest.capital.label_ru, 'loct')}.",
    ]
    paragraphs += rng.sample(extra, rng.randint(2, len(extra)))
    title = rng.choice(
        (
            f"{pair} обсудили расширение сотрудничества",
            f"{home.name} и {guest.name} нарастят товарооборот",
            f"{host_post[0].capitalize()} {inflect(home.name, 'gent')} встретился с "
            f"коллегой из {inflect(guest.name, 'gent')}",
        )
    )
    publisher = rng.choice(PUBLISHERS)
    return {
        "title": title,
        "date": day.isoformat(),
        "publisher": publisher,
        "text": "\n\n".join(paragraphs),
    }


def as_text(record: dict[str, str]) -> str:
    """The article as a plain-text file: headline, date, body, source line."""
    day = date.fromisoformat(record["date"])
    dated = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{record['title']}\n{dated}\n\n{record['text']}\n\nИсточник: {record['publisher']}\n"


def articles(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    for number in range(n):
        yield article(number, seed)


def write_texts(n: int, out: Path, seed: int = 0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, record in enumerate(articles(n, seed)):
        path = out / f"{number:06d}.txt"
        path.write_text(as_text(record), encoding="utf-8")
        paths.append(path)
    return paths


def copy_texts(n: int, source: Path, out: Path) -> list[Path]:
    """N texts cycled from the real articles in SOURCE (given by hand, never shipped), each
    copy ending in a view counter of its own, as pages print them, so that no two are one
    text to the build."""
    real = sorted(source.glob("*.txt"))
    if not real:
        raise SystemExit(f"no .txt files in {source}")
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(n):
        text = real[number % len(real)].read_text(encoding="utf-8").rstrip()
        path = out / f"{number:06d}.txt"
        path.write_text(f"{text}\nПросмотров: {number + 1}\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(n: int, path: Path, seed: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in articles(n, seed):
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="folder for NNNNNN.txt files")
    where.add_argument("--jsonl", type=Path, help="one JSON Lines file")
    args = parser.parse_args(argv)
    if args.out:
        write_texts(args.n, args.out, args.seed)
    else:
        write_jsonl(args.n, args.jsonl, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The words that tell of a meeting: verbs ("встретиться", "посетить", "подписать") and
event nouns ("встреча", "визит", "заседание"), each with what it says of its event."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CONDUCT", "NOUNS", "PLANNING", "VERBS", "Cue", "noun_cue"]


@dataclass(frozen=True)
class Cue:
    label: str
    visit: bool = False  # the subject travels: the place "в X" (accusative) is where it happens
    needs_guest: bool = False  # an event only with a person as its object ("принял X")
    needs_two: bool = False  # an event only when two people act together ("обсудили A и B")
    call: bool = False  # a telephone or video call: no place
    signing: bool = False
    joins: bool = False  # its people join the event told before: a signing, a co-chair


VERBS = {
    "встретиться": Cue("Встреча"),
    "встречаться": Cue("Встреча"),
    "переговорить": Cue("Переговоры"),
    "побеседовать": Cue("Беседа"),
    "принять": Cue("Встреча", needs_guest=True),
    "принимать": Cue("Встреча", needs_guest=True),
    "встретить": Cue("Встреча", needs_guest=True),
    "сопровождать": Cue("Встреча", needs_guest=True),
    "участвовать": Cue("Заседание", joins=True),
    "посетить": Cue("Визит", visit=True),
    "посещать": Cue("Визит", visit=True),
    "прибыть": Cue("Визит", visit=True),
    "приехать": Cue("Визит", visit=True),
    "побывать": Cue("Визит", visit=True),
    "обсудить": Cue("Переговоры", needs_two=True),
    "обсуждать": Cue("Переговоры", needs_two=True),
    "возглавить": Cue("Заседание", needs_two=True),
    # "делегации возглавляли X и Y", "делегациями руководили X и Y"
    "возглавлять": Cue("Заседание", needs_two=True),
    "руководить": Cue("Заседание", needs_two=True),
    "провести": Cue("Встреча", needs_two=True),
    "председательствовать": Cue("Заседание", needs_two=True),
    "подписать": Cue("Подписание", signing=True, joins=True),
    "подписывать": Cue("Подписание", signing=True, joins=True),
    # "X и Y договорились о ...": two people agreeing met or talked
    "договориться": Cue("Переговоры", needs_two=True),
}
# verbs whose object is the event itself: "провели переговоры", "имели встречу"
CONDUCT = {
    "провести",
    "проводить",
    "иметь",
    "начать",
    "начинать",
    "завершить",
    "завершать",
    "продолжить",
    "продолжать",
    "открыть",  # "открывая переговоры", "открыл заседание"
    "открывать",
    "организовать",
    "принять",  # "принял участие"
    "совершить",  # "совершил визит"
    "совершать",
    "нанести",  # "нанес визит"
    "наносить",
    "вести",  # "переговоры в X вел лично Y"
}
NOUNS = {
    "встреча": Cue("Встреча"),
    "переговоры": Cue("Переговоры"),
    "переговор": Cue("Переговоры"),
    "визит": Cue("Визит", visit=True),
    "прибытие": Cue("Визит", visit=True),  # "по прибытии в Ташкент глава X проследовал"
    "беседа": Cue("Беседа"),
    "разговор": Cue("Телефонный разговор", call=True),
    "видеоконференция": Cue("Видеоконференция", call=True),
    "заседание": Cue("Заседание"),
    "саммит": Cue("Саммит"),
    "консультация": Cue("Консультации"),
    "церемония": Cue("Церемония"),
    "мероприятие": Cue("Встреча"),
    # "сказал X на брифинге с президентом Ирана Y": a joint appearance is a meeting of two
    "брифинг": Cue("Встреча", needs_two=True),
    "пресс-конференция": Cue("Встреча", needs_two=True),
    "подписание": Cue("Подписание", signing=True, joins=True),
    # "принял участие в работе комиссии", "сказал сопредседатель комиссии X"
    "участие": Cue("Заседание", joins=True),
    "сопредседатель": Cue("Заседание", joins=True),
}
# "у Эрдогана запланирована встреча с ...", "планируется визит": an event to come
PLANNING = {
    "запланировать",
    "планироваться",
    "планировать",
    "намечать",
    "намечаться",
    "наметить",
    "предстоять",
    "готовиться",  # "готовятся к новым встречам"
}

# case endings of the nouns above, for a form the tagger did not lemmatise
_ENDINGS = {"", "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ам", "ям", "ами"}
_ENDINGS |= {"ями", "ах", "ях", "ов", "ев", "ию", "ии", "ия", "ий", "иям", "иями", "иях"}


def noun_cue(lemma: str, text: str, pos: str) -> Cue | None:
    """The event noun a word is, by its lemma, or by its form when the tagger took a
    capitalised noun for something else ("Сопредседателями комиссии являются A и B")."""
    if pos in {"NOUN", "PROPN"} and lemma in NOUNS:
        return NOUNS[lemma]
    if pos not in {"NOUN", "PROPN", "ADJ"} or not text[:1].isupper():
        return None
    word = text.lower()
    for noun, cue in NOUNS.items():
        stem = noun[:-1] if noun[-1] in "аяьеио" else noun
        if word.startswith(stem) and word[len(stem) :] in _ENDINGS and len(stem) > 4:
            return cue
    return None

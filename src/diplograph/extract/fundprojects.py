"""What a fund finances: "Первыми проектами фонда станут строительство X и модернизация Y",
"средства фонда будут направлены на строительство ...".
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Fact, Mention
from .context import Sent
from .infrastructure import NOT_INFRASTRUCTURE, Structure

__all__ = ["fund_projects"]

PROJECT_CUES = {
    "проект",
    "направить",
    "направлять",
    "финансировать",
    "финансироваться",
    "профинансировать",
    "инвестировать",
    "вложить",
    "поддержать",
}
WORKS = {
    "строительство",
    "создание",
    "модернизация",
    "реконструкция",
    "расширение",
    "развитие",
    "возведение",
    "обновление",
    "прокладка",
    "оснащение",
}


def _as_project(mention: Mention) -> Mention:
    """A plant a fund finances is a project, not one of the infrastructure objects."""
    if mention.subtype in NOT_INFRASTRUCTURE:
        return replace(mention, kind="project", subtype=None)
    return mention


FUTURE = {"быть", "стать", "планироваться"}


def _negated(sent: Sent) -> bool:
    """ "... финансироваться из фонда не будут": what a fund will not finance is none of its
    projects."""
    return any(
        t.lemma == "не" and (sent.lemma(k + 1) in FUTURE | PROJECT_CUES)
        for k, t in enumerate(sent.tokens)
    )


def _kinds(sent: Sent, k: int) -> int:
    """The last token of the kinds an object is of, from the kind at `k`: "объектов
    гидроэнергетики и возобновляемых источников энергии" is one project."""
    j = k + 1
    if sent.lemma(j) != "и":
        return k
    j += 1
    while j < len(sent.tokens) and sent.tokens[j].pos == "ADJ":
        j += 1
    noun = sent.tokens[j] if j < len(sent.tokens) else None
    if noun is None or noun.pos != "NOUN" or noun.feat("Case") != "Gen":
        return k
    if sent.tokens[j + 1 : j + 2] and sent.tokens[j + 1].head == j and sent.lemma(j + 1) != "и":
        return j + (sent.tokens[j + 1].pos == "NOUN" and sent.tokens[j + 1].feat("Case") == "Gen")
    return j


def fund_projects(
    sent: Sent, fund: Mention, structures: list[Structure], covered_by: list[tuple[int, int]]
) -> list[Fact]:
    """ "Первыми проектами фонда станут строительство X и модернизация Y"."""
    cue = next((i for i, t in enumerate(sent.tokens) if t.lemma in PROJECT_CUES), None)
    if cue is None or _negated(sent):
        return []
    # "терминал в порту Алят": the port is where the project is, not a project
    projects: list[Mention] = [
        _as_project(s.mention)
        for s in structures
        if s.first > cue and sent.lemma(s.first - 1) not in {"в", "на"}
    ]
    covered = {i for s in structures for i in range(s.first, s.last)}
    covered |= {i for first, last in covered_by for i in range(first, last)}
    i = cue + 1
    while i < len(sent.tokens):
        if sent.lemma(i) in WORKS or (sent.lemma(i) == "и" and projects):
            j = i + 1
            if sent.lemma(i) in WORKS and sent.tokens[j : j + 1] and sent.tokens[j].pos == "NUM":
                j += 1  # "строительство 14 объектов гидроэнергетики"
            if j < len(sent.tokens) and j not in covered and sent.tokens[j].pos in {"ADJ", "NOUN"}:
                first = j
                while j < len(sent.tokens) and sent.tokens[j].pos == "ADJ":
                    j += 1
                if (
                    j < len(sent.tokens)
                    and sent.tokens[j].pos == "NOUN"
                    and (sent.tokens[j].feat("Case") == "Gen" and sent.lemma(j) not in WORKS)
                ):
                    # "объектов гидроэнергетики": the kind of object in the genitive after it
                    kind = j + 1
                    while kind < len(sent.tokens) and sent.tokens[kind].pos == "ADJ":
                        kind += 1
                    if (
                        kind < len(sent.tokens)
                        and sent.tokens[kind].head == j
                        and sent.tokens[kind].pos == "NOUN"
                        and sent.tokens[kind].feat("Case") == "Gen"
                    ):
                        j = _kinds(sent, kind)
                    label = sent.phrase(first, j + 1).lower()
                    projects.append(
                        Mention(
                            "project",
                            label,
                            sent.index,
                            sent.tokens[first].start,
                            sent.tokens[j].stop,
                        )
                    )
                    covered.update(range(first, j + 1))
        i += 1
    if not projects:
        # "Первым проектом фонда станет Международный центр ... «Центральная Азия»"
        named = [
            n
            for n in sent.names
            if n.first > cue
            and n.mention.kind == "org"
            and n.first not in covered
            # "проекты в странах ОТГ": an organisation of members, not a project
            and sent.lemma(n.first - 1) != "страна"
            # "..., так как страна стала членом союза": a clause of its own
            and not any(
                sent.tokens[k].text == "," or sent.tokens[k].pos == "SCONJ"
                for k in range(cue + 1, n.first)
            )
        ]
        projects = [
            Mention("project", n.mention.label, sent.index, n.mention.start, n.mention.stop)
            for n in named[:1]
        ]
    return [
        Fact("fund", (("fund", fund), ("project", p)), (), (sent.index,), "fund-project")
        for p in projects
    ]

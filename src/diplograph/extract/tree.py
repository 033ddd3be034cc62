"""A sentence's dependency tree as the event and signing readers walk it: heads, children,
the verb a word belongs to, and the clause of a verb."""

from __future__ import annotations

from collections.abc import Sequence

from ..nlp.analyze import acyclic
from ..records import Token

__all__ = ["Tree"]

# clauses inside a clause: what they say is another predicate's
CLAUSE_RELS = {"ccomp", "advcl", "parataxis", "acl:relcl", "csubj", "list", "xcomp", "discourse"}


DASHES = {"-", "–", "—"}


class Tree:
    """A sentence's dependency tree: children by head, clauses by their verb."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        # (the analysis has cut the parser's loops already; tokens made by hand may have them)
        self.heads = acyclic([t.head for t in tokens], [t.rel for t in tokens])
        self.children: list[list[int]] = [[] for _ in tokens]
        for i, head in enumerate(self.heads):
            if head >= 0:
                self.children[head].append(i)

    def head(self, i: int) -> int:
        return self.heads[i]

    def ancestors(self, i: int) -> list[int]:
        out: list[int] = []
        h = self.head(i)
        while h >= 0 and h not in out and len(out) < len(self.tokens):
            out.append(h)
            h = self.head(h)
        return out

    def anchor(self, i: int) -> int:
        """The verb a word belongs to: itself, or the first verb above it. A noun the tree
        hangs from a verb before the one just before it ("Учреждение будет создано ...,—
        отметил глава X после встречи с Y") belongs to the nearer one."""
        j = i
        for _ in range(len(self.tokens)):
            if self.tokens[j].pos in {"VERB", "AUX"} or self.head(j) < 0:
                break
            j = self.head(j)
        if j < i and self.tokens[i].pos != "VERB":
            nearer = [
                k
                for k in range(j + 1, i)
                if self.tokens[k].pos == "VERB" and self.tokens[k].rel in {"parataxis", "conj"}
            ]
            if nearer:
                return nearer[-1]
        return j

    def clause(self, top: int, keep: int) -> set[int]:
        """The subtree of `top` less embedded clauses that do not hold token `keep`."""
        path = {keep, *self.ancestors(keep)}
        out: set[int] = set()
        stack = [top]
        while stack:
            i = stack.pop()
            if i in out:
                continue
            out.add(i)
            for child in self.children[i]:
                token = self.tokens[child]
                embedded = (token.rel in CLAUSE_RELS and not self._named_after_dash(child)) or (
                    token.rel == "conj"
                    and token.pos == "VERB"
                    and any(self.tokens[c].rel.startswith("nsubj") for c in self.children[child])
                )
                if embedded and child not in path:
                    continue
                stack.append(child)
        return out

    def _named_after_dash(self, i: int) -> bool:
        """ "вице-премьеры двух стран - X и Y": names after a dash spell out the noun before
        it, though the parser may take them for a clause of their own."""
        token = self.tokens[i]
        return token.pos == "PROPN" and i > 0 and self.tokens[i - 1].text in DASHES

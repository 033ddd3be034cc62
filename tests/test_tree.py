"""The dependency tree the event readers walk: whatever heads the parser gives, every walk ends."""

from __future__ import annotations

from diplograph.extract.tree import Tree
from diplograph.nlp.analyze import acyclic
from diplograph.records import Token


def _tokens(heads: list[int]) -> list[Token]:
    return [
        Token(i * 5, i * 5 + 4, f"w{i}", f"w{i}", "NOUN", (), head, "nmod")
        for i, head in enumerate(heads)
    ]


def test_a_sentence_of_cycles_only_gets_a_root_and_every_word_hangs_from_it():
    # every word has a head, so no word is the root: 0 -> 1 -> 2 -> 0 and 3 -> 4 -> 3
    tree = Tree(_tokens([1, 2, 0, 4, 3]))
    assert tree.heads.count(-1) == 1
    assert tree.clause(tree.heads.index(-1), 0) == {0, 1, 2, 3, 4}


def test_a_cycle_beside_the_root_hangs_from_the_root():
    tree = Tree(_tokens([-1, 2, 3, 1]))
    assert set(tree.ancestors(3)) >= {0}
    assert tree.clause(0, 3) == {0, 1, 2, 3}


def test_a_clause_walk_visits_each_word_once_even_when_the_children_loop():
    tree = Tree(_tokens([-1, 0, 1]))
    tree.children[2].append(1)  # a loop the walk itself must survive
    assert tree.clause(0, 2) == {0, 1, 2}


def test_a_word_that_is_its_own_head_hangs_from_the_root():
    tree = Tree(_tokens([-1, 0, 2, 2]))
    assert tree.heads == [-1, 0, 0, 2]
    assert tree.clause(0, 3) == {0, 1, 2, 3}


def test_names_after_a_dash_stay_in_the_clause_though_parsed_as_a_clause_of_their_own():
    tokens = [
        Token(0, 6, "вице-премьеры", "вице-премьер", "NOUN", (), -1, "root"),
        Token(7, 8, "-", "-", "PUNCT", (), 2, "punct"),
        Token(9, 12, "Иван", "иван", "PROPN", (), 0, "parataxis"),
        Token(13, 16, "идет", "идти", "VERB", (), 0, "parataxis"),
    ]
    assert Tree(tokens).clause(0, 0) == {0, 1, 2}


def test_the_analysis_cuts_a_loop_the_parser_closes_so_every_walk_up_ends():
    # 0 -> 1 -> 2 -> 1, which the root 3 never reaches: the loop is cut, 0 stays under 1
    heads = acyclic([1, 2, 1, -1])
    assert heads == [1, 3, 1, -1]
    for start in range(len(heads)):
        k, steps = start, 0
        while k >= 0:
            k, steps = heads[k], steps + 1
        assert steps <= len(heads)


def test_a_tree_without_loops_is_left_as_the_parser_gave_it():
    assert acyclic([2, 2, -1, 2]) == [2, 2, -1, 2]


def test_a_loop_of_an_adjective_and_its_noun_is_cut_at_the_noun():
    # "железнодорожного" <-> "участка" under the verb 2: the adjective keeps its noun
    assert acyclic([1, 0, -1], ["amod", "nmod", "root"]) == [1, 2, -1]

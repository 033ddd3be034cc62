"""`diplograph query` as people use it: the questions named in --help and --list, a misspelt
name answered with the closest one, a time limit, SERVICE only when allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.sparql.dataset import competency_names, competency_questions


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_help_and_list_name_every_competency_question(runner):
    help_text = runner.invoke(cli, ["query", "--help"]).output
    listed = runner.invoke(cli, ["query", "--list"])
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert len(lines) == len(competency_names()) >= 10
    for name, question in competency_questions().items():
        assert name in help_text
        assert any(line.split()[0] == name and line.endswith(question) for line in lines)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("meeting", "meetings"), ("post", "posts"), ("agrements", "agreements"), ("Trade", "trade")],
)
def test_a_misspelt_name_is_said_with_the_closest_one(runner, bundled_build: Path, typed, meant):
    result = runner.invoke(cli, ["query", typed, "--graph", str(bundled_build)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {typed!r} is no competency question; did you mean {meant!r}? "
        "(`diplograph query --list` names them all)"
    ]


def test_no_query_is_a_usage_error(runner):
    result = runner.invoke(cli, ["query"])
    assert result.exit_code == 2 and "competency question's name" in result.output


def test_a_query_past_its_timeout_is_stopped_in_one_line(runner, tmp_path: Path):
    many = tmp_path / "many.nt"
    many.write_text(
        "".join(
            f'<http://example.org/s{i}> <http://example.org/p> "v{i}" .\n' for i in range(3000)
        ),
        encoding="utf-8",
    )
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = runner.invoke(cli, ["query", heavy, "--graph", str(many), "--timeout", "1"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: the time limit of 1 s was hit and the query was stopped"
    ]


def test_names_in_errors_are_printed_escaped(runner, tmp_path: Path):
    missing = tmp_path / "два\nрежима\x1b[31m\u202e.ttl"
    result = runner.invoke(cli, ["query", "posts", "--graph", str(missing)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path}/два\\nрежима\\x1b[31m\\u202e.ttl: no such file or folder"
    ]


def test_a_graph_file_whose_name_holds_a_newline_fails_in_one_escaped_line(runner, tmp_path):
    broken = tmp_path / "bad\nname.ttl"
    broken.write_text("<http://example.org/a> <oops\n", encoding="utf-8")
    result = runner.invoke(cli, ["query", "posts", "--graph", str(broken)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "bad\\nname.ttl: cannot be parsed as turtle" in lines[0]

"""The pages', the diagram's and the endpoint's assets are JavaScript, CSS and Jinja templates
(of HTML or SVG) of their own: each parses as what it is (djlint lints the templates in
.ci/run)."""

from __future__ import annotations

from pathlib import Path

import esprima
import jinja2
import pytest
import tinycss2

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diplograph"
SCRIPTS = sorted(PACKAGE.rglob("assets/*.js"))
STYLES = sorted(PACKAGE.rglob("assets/*.css"))
TEMPLATES = sorted([*PACKAGE.rglob("assets/*.html"), *PACKAGE.rglob("assets/*.svg")])


def test_there_are_assets():
    assert SCRIPTS and STYLES and len(TEMPLATES) == 4


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_script_parses_and_puts_text_only_as_text(path: Path):
    source = path.read_text(encoding="utf-8")
    tokens = esprima.tokenize(source)  # raises on a syntax error
    esprima.parseScript(source)
    names = {t.value for t in tokens if t.type == "Identifier"}
    assert not names & {"innerHTML", "outerHTML", "insertAdjacentHTML", "eval"}


@pytest.mark.parametrize("path", STYLES, ids=lambda p: p.name)
def test_style_sheet_parses(path: Path):
    rules = tinycss2.parse_stylesheet(
        path.read_text(encoding="utf-8"), skip_comments=True, skip_whitespace=True
    )
    errors = [r for r in rules if r.type == "error"]
    assert rules and not errors, errors
    for rule in rules:
        declarations = tinycss2.parse_declaration_list(
            rule.content, skip_comments=True, skip_whitespace=True
        )
        assert not [d for d in declarations if d.type == "error"], tinycss2.serialize(rule.prelude)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_template_compiles(path: Path):
    jinja2.Environment().parse(path.read_text(encoding="utf-8"))

"""Shared fixtures: the models and the bundled article's build are made once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled article built once into a temporary folder, through the library."""
    from diplograph.build import build, bundled_article

    out = tmp_path_factory.mktemp("bundled")
    build([bundled_article()], out, exports=["nq", "jsonld"])
    return out


@pytest.fixture(scope="session")
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("chromium is not installed (apt-get install chromium); page tests skipped")
    return path


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own corpus (tests/fixtures/corpus) and the bundled article built together
    once into a temporary folder: the 25-article graph of issue 17."""
    from diplograph.build import build, bundled_article

    articles = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("[0-9][0-9][0-9]_*.txt"))
    out = tmp_path_factory.mktemp("corpus")
    build([*articles, bundled_article()], out, jobs=2)
    return out

"""Corpus builds: worker processes give the same bytes; commands that need no NLP never load it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli import cli

CORPUS = sorted((Path(__file__).parent / "fixtures" / "corpus").glob("0[0-1]*.txt"))


def test_jobs_two_gives_the_same_bytes_as_one(tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    paths = [str(p) for p in CORPUS]
    a = CliRunner().invoke(cli, ["build", *paths, "--out", str(one), "--jobs", "1", "--quiet"])
    assert a.exit_code == 0, a.output
    b = CliRunner().invoke(
        cli, ["build", *reversed(paths), "--out", str(two), "--jobs", "2", "--quiet"]
    )
    assert b.exit_code == 0, b.output
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_progress_line_stays_out_of_pipes(tmp_path: Path):
    command = [
        sys.executable,
        "-m",
        "diplograph.cli",
        "build",
        str(CORPUS[0]),
        "--out",
        str(tmp_path / "o"),
        "--no-html",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "articles," not in result.stderr  # no progress bar when stderr is not a terminal


def test_query_and_validate_never_load_the_nlp_models(bundled_build: Path):
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from diplograph.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['query', 'posts', '--graph', {str(bundled_build)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        f"r = CliRunner().invoke(cli, ['validate', {str(bundled_build / 'graph.ttl')!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('natasha' in sys.modules, 'slovnet' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False False"

"""Promises the README makes about output and input: the files of a build are replaced
together (a kill at any rename leaves all old or, once recovered, all new), the same bytes
whatever PYTHONHASHSEED, text in any Cyrillic code page read right or refused in one line,
and invisible marks never splitting a name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.build import build, bundled_article, process
from diplograph.cli import cli
from diplograph.errors import ArticleError
from diplograph.files import JOURNAL, commit, recover
from diplograph.ingest import decode, parse_article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
NAMES = ["graph.ttl", "graph.trig", "graph.nq", "graph.html"]
GOOD = (
    "Министры экономики Грузии и Армении встретились в Тбилиси\n"
    "5 марта 2024\n\n"
    "Министр экономики Грузии Леван Давиташвили провел в Тбилиси переговоры с министром "
    "экономики Армении Ваан Керобяном, сообщает Новости-Грузия.\n\n"
    "По итогам 2023 года товарооборот между Грузией и Арменией превысил 1,1 млрд долларов.\n"
)


def _killed_at(rename: int, out: Path, work: object) -> None:
    """Run `work` in a forked child that is killed (os._exit, as by SIGKILL: no cleanup) at
    its `rename`-th rename of a file into `out`."""
    pid = os.fork()
    if pid == 0:
        real, done = os.replace, [0]

        def dying(source, target, *args, **kwargs):
            if Path(target).parent == out:
                if done[0] == rename:
                    os._exit(9)
                done[0] += 1
            return real(source, target, *args, **kwargs)

        os.replace = dying  # type: ignore[assignment]
        try:
            work()  # type: ignore[operator]
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def _folder(out: Path) -> tuple[Path, list[Path]]:
    out.mkdir()
    for name in NAMES:
        (out / name).write_text(f"old {name}", encoding="utf-8")
    staged = out / ".build-1-x" / "staged"
    staged.mkdir(parents=True)
    for name in NAMES:
        (staged / name).write_text(f"new {name}", encoding="utf-8")
    return staged, [staged / name for name in NAMES]


@pytest.mark.parametrize("rename", range(len(NAMES) + 2))
def test_a_kill_at_any_rename_leaves_all_old_or_all_new_files(tmp_path: Path, rename: int):
    out = tmp_path / "out"
    _, staged = _folder(out)
    _killed_at(rename, out, lambda: commit(staged, out))
    torn = {(out / name).read_text(encoding="utf-8").split()[0] for name in NAMES}
    # rename 0 is the journal's own: killed there, nothing was replaced
    assert torn == {"old"} if rename == 0 else torn <= {"old", "new"}
    recover(out)  # what the next build, and every command that reads the folder, does first
    ages = {(out / name).read_text(encoding="utf-8").split()[0] for name in NAMES}
    assert ages == ({"old"} if rename == 0 else {"new"})
    assert not (out / JOURNAL).exists()


def test_a_reader_finishes_a_killed_commit_before_reading(tmp_path: Path):
    from diplograph.sparql.dataset import graph_files

    out = tmp_path / "out"
    _, staged = _folder(out)
    _killed_at(2, out, lambda: commit(staged, out))
    assert (out / JOURNAL).exists()
    assert graph_files([out]) == [out / "graph.ttl"]
    assert (out / "graph.trig").read_text(encoding="utf-8") == "new graph.trig"


def test_a_journal_naming_other_files_is_never_followed(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("mine", encoding="utf-8")
    (out / JOURNAL).write_text('{"from": "..", "files": ["victim.txt"]}', encoding="utf-8")
    assert recover(out) is False
    assert victim.read_text(encoding="utf-8") == "mine"


def test_a_build_killed_between_its_renames_is_finished_by_the_next_reader(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    build([article], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    article.write_text(GOOD.replace("1,1 млрд", "1,3 млрд"), encoding="utf-8")
    _killed_at(2, out, lambda: build([article], out))  # after graph.ttl, before graph.trig
    assert "1300000000" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert "1300000000" not in (out / "graph.trig").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(out)])
    assert result.exit_code == 0, result.output
    assert "1300000000" in (out / "graph.trig").read_text(encoding="utf-8")
    assert all((out / name).read_bytes() != data for name, data in before.items())


def test_a_build_after_a_kill_leaves_no_temporary_file_behind(tmp_path: Path):
    # a build killed while writing its journal or a graph file leaves its temporary beside
    # the final name, where no .build- folder holds it
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    build([article], out)
    for leftover in (f".{JOURNAL}.x1y2.tmp", ".graph.ttl.a1b2.tmp"):
        (out / leftover).write_bytes(b"{")
    build([article], out)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


def test_every_file_is_the_same_bytes_whatever_the_hash_seed(tmp_path: Path):
    articles = [str(p) for p in sorted(CORPUS.glob("*.txt"))[:4]]
    # the same report under another headline: facts and entities met in two articles
    first = Path(articles[0]).read_text(encoding="utf-8").split("\n", 1)[1]
    retold = tmp_path / "retold.txt"
    retold.write_text("Министры обсудили торговлю и логистику\n" + first, encoding="utf-8")
    articles.append(str(retold))
    runs = {}
    for seed in ("0", "1"):
        out = tmp_path / f"seed{seed}"
        command = [sys.executable, "-m", "diplograph", "build", *articles, "--out", str(out)]
        env = dict(os.environ, PYTHONHASHSEED=seed)
        runs[seed] = (
            out,
            subprocess.Popen([*command, "--export", "nq,jsonld", "--quiet"], env=env),
        )
    files = {}
    for seed, (out, proc) in runs.items():
        assert proc.wait() == 0
        files[seed] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert sorted(files["0"]) == [
        "graph.html",
        "graph.jsonld",
        "graph.nq",
        "graph.trig",
        "graph.ttl",
    ]
    for name in files["0"]:
        assert files["0"][name] == files["1"][name], name


# what an editor does to text saved in a code page that has no dashes or quotes
PLAIN = str.maketrans(
    {"—": "-", "–": "-", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "…": "..."}
)


@pytest.mark.parametrize("encoding", ["koi8_r", "cp866", "cp1251", "iso8859_5", "utf-16-le"])
def test_the_bundled_article_in_another_encoding_gives_its_graph(tmp_path: Path, encoding: str):
    text = bundled_article().read_text(encoding="utf-8").translate(PLAIN)
    plain, other = tmp_path / "plain.txt", tmp_path / f"{encoding}.txt"
    plain.write_text(text, encoding="utf-8")
    other.write_bytes(text.encode(encoding))  # no BOM
    graphs = []
    for path in (plain, other):
        out = tmp_path / path.stem
        result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out), "--no-html"])
        assert result.exit_code == 0, result.output
        graphs.append((out / "graph.ttl").read_bytes())
    assert graphs[0] == graphs[1]


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(128, 256)) * 20,  # every high byte: no code page reads it as Russian
        "Le ministre des affaires étrangères est arrivé à Paris hier soir.".encode("cp1252"),
        "Ministr pribyl v Tashkent".encode("ascii") + b"\xff\xfe\xfd" * 30,
    ],
)
def test_text_of_no_sure_encoding_is_refused_with_the_hint(data: bytes):
    with pytest.raises(ArticleError, match="pass --encoding"):
        decode(data, "x.txt")


def test_utf16_without_a_bom_is_read_in_either_byte_order():
    text = "Министр иностранных дел Казахстана прибыл в Баку 12 марта 2024 года."
    assert decode(text.encode("utf-16-le"), "x") == text
    assert decode(text.encode("utf-16-be"), "x") == text


INVISIBLE = ["\u200f", "\u200e", "\u200b", "\u2066", "\u202b", "\u00ad", "\ufeff", "\u2060"]


@pytest.mark.parametrize("mark", INVISIBLE, ids=[f"U+{ord(m):04X}" for m in INVISIBLE])
def test_an_invisible_mark_inside_a_name_makes_no_second_person(mark: str):
    marked = GOOD.replace("Давиташвили провел", f"Дави{mark}ташвили провел")
    plain, dirty = process(parse_article(GOOD)), process(parse_article(marked))
    people = [sorted(e.label for e in r.entities if e.kind == "person") for r in (plain, dirty)]
    assert people[0] == people[1] and "Леван Давиташвили" in people[0]


def test_text_is_compared_in_one_unicode_form():
    decomposed = GOOD.replace("й", "и\u0306")  # "й" as "и" and a combining breve
    assert parse_article(decomposed).text == parse_article(GOOD).text
    assert parse_article(decomposed).id == parse_article(GOOD).id

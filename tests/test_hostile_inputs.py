"""Hostile inputs: every input bounded (regular files only, read with a cap, an article-size
cap), parsing linear in its input, bad records costing only themselves, every build option
checked before any work, names printed escaped. Nothing here times anything: sizes and
counts of steps are compared (the seconds are in bench/hostile_inputs.py)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import ArticleError
from diplograph.ingest import parse_article, read_article, read_articles

GOOD = (
    "Министры экономики Грузии и Армении встретились в Тбилиси\n"
    "5 марта 2024\n\n"
    "Министр экономики Грузии Леван Давиташвили провел в Тбилиси переговоры с министром "
    "экономики Армении Ваан Керобяном, сообщает Новости-Грузия.\n\n"
    "По итогам 2023 года товарооборот между Грузией и Арменией превысил 1,1 млрд долларов.\n"
)
SENTENCE = "Министр иностранных дел Казахстана встретился с коллегой в Астане. "


def _old_build(out: Path) -> dict[str, bytes]:
    out.mkdir()
    (out / "graph.ttl").write_text("# the build before\n", encoding="utf-8")
    return {p.name: p.read_bytes() for p in out.iterdir()}


def _one_line_error(tmp_path: Path, path: Path, *options: str) -> str:
    out = tmp_path / "out"
    before = _old_build(out)
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out), *options])
    assert result.exit_code == 1, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    return result.output


def test_a_character_device_is_named_and_never_read(tmp_path: Path):
    said = _one_line_error(tmp_path, Path("/dev/zero"))
    assert "character device" in said


def test_a_fifo_is_named_and_never_waited_on(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading would block forever
    assert "FIFO" in _one_line_error(tmp_path, fifo)


def test_a_file_over_max_bytes_is_refused_by_its_size(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text(GOOD + SENTENCE * 1000, encoding="utf-8")
    said = _one_line_error(tmp_path, path, "--max-bytes", "10000")
    assert "too large" in said and "--max-bytes" in said


def test_an_article_over_max_chars_is_skipped_with_its_reason(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text(GOOD + SENTENCE * 100, encoding="utf-8")
    said = _one_line_error(tmp_path, path, "--max-chars", "5000")
    assert "too long" in said and "--max-chars 5000" in said


def test_default_caps_let_a_long_read_through_and_stop_a_book():
    paragraphs = [SENTENCE.replace("Астане", f"Астане {n}-й раз") * 10 for n in range(300)]
    long_read = GOOD + "\n\n".join(paragraphs)  # ~230,000 characters, all of it news
    assert len(parse_article(long_read).sentences) > 100
    with pytest.raises(ArticleError, match="too long"):
        parse_article(GOOD + SENTENCE * 20_000)  # 1.3 million characters


def test_devices_fifos_and_folders_in_a_corpus_are_skipped_and_named(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out"
    args = ["build", "/dev/zero", str(fifo), str(tmp_path), str(good), "--out", str(out)]
    result = CliRunner().invoke(cli, [*args, "--no-html"])
    assert result.exit_code == 0, result.output
    assert "skipped 3 bad article(s)" in result.output
    for said in ("/dev/zero: is a character device", "pipe.txt: is a FIFO", "is a directory"):
        assert said in result.output
    assert (out / "graph.ttl").is_file()


def test_an_unreadable_file_in_a_corpus_is_skipped_and_named(tmp_path: Path, monkeypatch):
    good, locked = tmp_path / "good.txt", tmp_path / "locked.txt"
    good.write_text(GOOD, encoding="utf-8")
    locked.write_text(GOOD.replace("1,1", "1,2"), encoding="utf-8")
    opening = os.open

    def refuse(path, *args, **kwargs):  # chmod 000 does not stop root, who runs CI
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return opening(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(locked), str(good), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "locked.txt: cannot be read: Permission denied" in result.output


def test_names_are_printed_escaped(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    evil = tmp_path / "a\nfake line\x1b[31m.txt"
    evil.write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(evil), str(good), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "a\\nfake line\\x1b[31m.txt: empty" in result.output
    assert "\x1b" not in result.output and "\nfake line" not in result.output


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--date", "2024-13-45", "not a date"),
        ("--date", "11 марта", "not a date"),
        ("--encoding", "no-such-codec", "no such encoding"),
        ("--max-bytes", "0", "--max-bytes"),
        ("--max-chars", "-5", "--max-chars"),
    ],
)
def test_bad_build_options_fail_before_any_input_is_read(
    tmp_path: Path, monkeypatch, option: str, value: str, said: str
):
    from diplograph.ingest import read as reader

    def never(*args, **kwargs):
        raise AssertionError("an input was read before the options were checked")

    monkeypatch.setattr(reader, "read_capped", never)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(good), "--out", str(out), option, value])
    assert result.exit_code == 2, result.output
    assert said in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_the_library_checks_the_date_before_any_work(tmp_path: Path):
    from diplograph.build import build
    from diplograph.errors import DiplographError

    with pytest.raises(DiplographError, match="not a date"):
        build([tmp_path / "missing.txt"], tmp_path / "out", date="2025-02-30")
    assert not (tmp_path / "out").exists()


def test_a_huge_jsonl_record_costs_only_itself(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "a", "text": GOOD}, ensure_ascii=False)
    huge = json.dumps({"id": "b", "text": SENTENCE * 20_000}, ensure_ascii=False)
    bad_date = json.dumps({"id": "c", "text": GOOD, "date": "2024-13-45"}, ensure_ascii=False)
    corpus.write_text("\n".join([good, huge, "{broken", bad_date, good]) + "\n", "utf-8")
    items = list(read_articles(corpus, max_bytes=100_000))
    problems = [(i.source, i.problem) for i in items if isinstance(i, ArticleError)]
    assert problems == [
        ("corpus.jsonl:2", "a record over 100000 bytes (the limit is --max-bytes)"),
        ("corpus.jsonl:3", "not JSON (Expecting property name enclosed in double quotes)"),
    ]
    articles = [i for i in items if not isinstance(i, ArticleError)]
    assert [a.source for a in articles] == ["corpus.jsonl:1", "corpus.jsonl:4", "corpus.jsonl:5"]
    assert articles[1].date == articles[0].date  # the text's own date, not one that is none


def test_a_huge_jsonl_record_is_never_held_whole(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    huge = json.dumps({"id": "b", "text": "ж" * 5_000_000}, ensure_ascii=False)
    good = json.dumps({"text": GOOD}, ensure_ascii=False)
    corpus.write_text(huge + "\n" + good + "\n", encoding="utf-8")
    tracemalloc.start()
    items = list(read_articles(corpus, max_bytes=100_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(items[0], ArticleError) and not isinstance(items[1], ArticleError)
    assert peak < 5_000_000  # the record is 10 MB: read past in pieces, never whole


def test_a_file_is_read_with_its_cap_not_its_reported_size(tmp_path: Path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_text(GOOD + SENTENCE * 2000, encoding="utf-8")
    real = os.fstat

    class Small:  # a file that says it is empty (as /proc files do) but is not
        def __init__(self, info: os.stat_result) -> None:
            self.st_mode, self.st_size = info.st_mode, 0

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real(fd)))
    with pytest.raises(ArticleError, match="too large"):
        read_article(path, max_bytes=50_000)


HOSTILE_LINES = {
    "one letter": "ж",
    "capitals": "Ж",
    "latin": "a",
    "digits": "1",
    "stops": ".",
    "letter and stop": "ж.",
    "bars": " |",
    "dashes": " - ",
    "spaced words": "Аа  ",
    "short words": "ж ",
}


def _steps(text: str) -> int:
    """Calls made while parsing `text` (Python functions and built-ins, regex calls among
    them): a loop over the text per line or per character shows up here."""
    count = 0

    def tally(frame, event, arg):
        nonlocal count
        count += 1

    sys.setprofile(tally)
    try:
        parse_article(text, max_chars=10**8)
    except ArticleError:
        pass
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("unit", list(HOSTILE_LINES.values()), ids=list(HOSTILE_LINES))
def test_parsing_a_hostile_line_takes_steps_and_memory_linear_in_its_size(unit: str):
    def text(size: int) -> str:
        return GOOD + "\n\nМинистр " + unit * (size // len(unit)) + "\n"

    small, big = _steps(text(20_000)), _steps(text(80_000))
    assert big <= 4.5 * small + 1000, (small, big)
    peaks = []
    for size in (20_000, 80_000):
        tracemalloc.start()
        with contextlib.suppress(ArticleError):
            parse_article(text(size), max_chars=10**8)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] <= 4.5 * peaks[0] + 100_000, peaks

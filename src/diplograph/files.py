"""The one way diplograph writes a file: into a temporary file beside it, renamed into place.

A reader, or a build killed half-way, sees the old file or the new one, never half of one.
The new file gets the mode any new file of the user gets (0666 less the umask): mkstemp's
0600 would keep a shared graph from the people it is for.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

__all__ = ["JOURNAL", "atomic_file", "clear_temporaries", "commit", "recover", "write_atomic"]

# The files of a build replaced together: each file is renamed into place atomically, but a
# build writes several (graph.ttl, graph.trig, graph.html...), and a kill between two renames
# would leave a new graph.ttl beside an old graph.trig. So the renames are journalled: once
# every new file is complete in the scratch folder, a journal naming them is written
# (atomically) into the output folder, the files are renamed, and the journal is removed. A
# build killed while renaming leaves the journal and the rest of its files behind; the next
# build, or any command that reads the folder, first finishes those renames (recover), so the
# folder is never read half-replaced. The renames are idempotent: recovering twice, or being
# killed while recovering, is harmless.
JOURNAL = ".diplograph-commit.json"


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to stream into, renamed to `path` only when the block ends without an error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    with atomic_file(path) as out:
        out.write(data)


def clear_temporaries(out: Path) -> None:
    """Remove the temporary files a killed build left in `out`: its graph files and the
    journal are written beside their final names, so a kill mid-write leaves one behind."""
    for pattern in (".graph.*.tmp", f".{JOURNAL}.*.tmp"):
        for stale in out.glob(pattern):
            stale.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def commit(staged: Sequence[Path], out: Path) -> list[Path]:
    """Rename the complete files `staged` (all in one folder inside `out`) into `out`,
    together; returns their new paths."""
    if not staged:
        return []
    folder = staged[0].parent
    record = {"from": os.path.relpath(folder, out), "files": [p.name for p in staged]}
    write_atomic(out / JOURNAL, json.dumps(record).encode("utf-8"))
    _replay(out, record)
    return [out / p.name for p in staged]


def recover(out: Path) -> bool:
    """Finish the renames of a build that was killed while making them; True if there were."""
    journal = out / JOURNAL
    try:
        record = json.loads(journal.read_bytes())
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return False  # write_atomic never leaves a torn journal: this is not ours
    if not _ours(record):
        return False  # a reader of a folder must never be made to move other files
    _replay(out, record)
    return True


STAGED = re.compile(r"\.build-[\w.-]+/staged")
GRAPH_FILE = re.compile(r"graph\.[a-z]+")


def _ours(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and isinstance(record.get("from"), str)
        and STAGED.fullmatch(record["from"]) is not None
        and isinstance(record.get("files"), list)
        and all(isinstance(n, str) and GRAPH_FILE.fullmatch(n) for n in record["files"])
    )


def _replay(out: Path, record: dict[str, Any]) -> None:
    folder = out / record["from"]
    for name in record["files"]:
        source = folder / name
        if source.exists():  # not yet moved (a killed build moved those before it)
            os.replace(source, out / name)
    (out / JOURNAL).unlink(missing_ok=True)

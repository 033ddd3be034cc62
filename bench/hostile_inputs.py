"""By hand: `diplograph build` on the hostile inputs of issue 15, each into a folder that
holds an earlier build; prints the seconds each took, its message, and whether the folder
was left alone. Each must end in < 30 s with one line and no change; the 1 MB article
(bench/long_article.py) must build.

    python bench/hostile_inputs.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from long_article import long_article

SENTENCES = (
    "Министр иностранных дел Казахстана встретился с коллегой в Астане. "
    "Стороны обсудили торговлю и транзит. "
)


def inputs(folder: Path) -> dict[str, Path]:
    made = {"/dev/zero": Path("/dev/zero")}
    fifo = folder / "fifo.txt"
    os.mkfifo(fifo)
    made["a FIFO"] = fifo
    made["5 MB on one line"] = folder / "oneline.txt"
    made["5 MB on one line"].write_text("ж" * 2_500_000, encoding="utf-8")
    for name, size in (("16 MB text", 16_000_000), ("50 MB text", 50_000_000)):
        path = folder / f"{size}.txt"
        with path.open("w", encoding="utf-8") as out:
            written = 0
            while written < size:
                out.write(SENTENCES * 100 + "\n\n")
                written += len((SENTENCES * 100).encode("utf-8")) + 2
        made[name] = path
    made["1 MB real-looking article"] = folder / "long.txt"
    made["1 MB real-looking article"].write_text(long_article(), encoding="utf-8")
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, default=None, help="Make the inputs here.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in inputs(folder).items():
        out = folder / f"out-{abs(hash(name))}"
        out.mkdir()
        (out / "graph.ttl").write_text("# an earlier build\n", encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "diplograph", "build", str(path), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=1800,
        )
        seconds = time.perf_counter() - start
        left = sorted(p.name for p in out.iterdir())
        same = left == ["graph.ttl"] and (out / "graph.ttl").read_text().startswith("# an")
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()
        print(
            f"{name}: {seconds:.1f} s, exit {done.returncode}, {len(said)} line(s): "
            f"{said[-1] if said else ''!r}; --out {'unchanged' if same else 'replaced'}"
        )


if __name__ == "__main__":
    main()

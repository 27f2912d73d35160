"""How plan parsing time grows with the file (issue 12, H2).

    PYTHONPATH=. python -m benchmarks.plan_parse_bench [--baseline-rev 8d26a21] --json

Two shapes, each at three sizes doubling: ``lines`` repeats the example plans (many short
paragraphs), ``paragraph`` is one long paragraph full of recurring time phrases (a plan pasted
without line breaks). CPU seconds of ``parse_plan`` in a fresh process each, so other load on
the machine counts less. With ``--baseline-rev`` the same inputs are parsed by the parser of
that git revision too (extracted with ``git archive``), in the same run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = PROJECT_ROOT / "content" / "plans" / "examples"

_MEASURE = """
import sys, time
sys.path.insert(0, sys.argv[1])
from reminders.parsing import parse_plan
text = open(sys.argv[2], encoding="utf-8").read()
start = time.process_time()
plan = parse_plan(text)
print(len(plan.tasks), time.process_time() - start)
"""


def inputs(folder: Path) -> dict[str, Path]:
    example = "\n".join(p.read_text() for p in sorted(EXAMPLES.glob("*.txt"))).splitlines()
    made: dict[str, Path] = {}
    for n in (10_000, 20_000, 40_000):
        path = folder / f"lines-{n}.txt"
        path.write_text("\n".join((example * (n // len(example) + 1))[:n]))
        made[f"lines_{n}"] = path
    for n in (1_000, 2_000, 4_000):
        sentence = "hằng tháng các thôn báo cáo kết quả thi đua số {}, nhiệm vụ chi hằng quý"
        path = folder / f"paragraph-{n}.txt"
        body = " ".join(sentence.format(i) for i in range(n))
        path.write_text("KẾ HOẠCH\nCông tác thi đua năm 2026\n" + body)
        made[f"paragraph_{n}"] = path
    return made


def measure(root: Path, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(root), str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(root)},
    )
    tasks, seconds = done.stdout.split()
    return {"tasks": int(tasks), "cpu_s": round(float(seconds), 2)}


def extract(revision: str, folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", revision, "reminders"], cwd=PROJECT_ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-rev")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result: dict[str, dict[str, dict[str, float]]] = {"current": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = inputs(folder)
        roots = {"current": PROJECT_ROOT}
        if args.baseline_rev:
            roots[f"baseline_{args.baseline_rev}"] = extract(args.baseline_rev, folder / "base")
        for label, root in roots.items():
            result[label] = {name: measure(root, path) for name, path in made.items()}
    if args.json:
        print(json.dumps(result))
    else:
        for label, rows in result.items():
            for name, row in rows.items():
                print(f"{label:>18} {name:>16} {row['tasks']:>6} tasks {row['cpu_s']:>7} s")


if __name__ == "__main__":
    main()

"""Benchmarks shipped with the package and run as ``tdkt bench …`` (results in BENCHMARKS.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


class SourceTreeMissing(RuntimeError):
    """An evaluation benchmark was run from an installed package, without the tests/ folder."""


def source_tree(command: str) -> Path:
    """The source checkout around this package, put on ``sys.path``.

    The evaluation benchmarks (questions, plan corpus, the chat harness) score the bot on data
    kept with the tests, which a wheel does not carry: they run from a checkout only.
    """
    root = Path(__file__).resolve().parent.parent
    if not (root / "tests" / "__init__.py").is_file():
        raise SourceTreeMissing(
            f"`tdkt bench {command}` đo trên bộ dữ liệu đánh giá trong thư mục tests/ của mã "
            "nguồn, không có trong gói cài đặt: chạy lệnh này trong bản mã nguồn "
            f"(scripts/run.sh bench {command})."
        )
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return root


def print_result(result: dict[str, Any], as_json: bool, width: int) -> None:
    """A bench's result: one JSON line (``--json``), else one aligned ``key: value`` a line."""
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:>{width}}: {value}")

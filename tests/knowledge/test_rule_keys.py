"""Each rule of content/facts/ is named once in its file.

The key names a rule in traces, tests and merges; two rules under one key made a merge of two
branches' hearsay.yaml keep one and drop the other (stop 50: a fixer's new rule shared the key of
an older one, and the merged tree lost it)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

FACTS = Path(__file__).resolve().parents[2] / "content" / "facts"


def _keyed_files() -> list[Path]:
    return sorted(p for p in FACTS.glob("*.yaml") if "\n- key:" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", _keyed_files(), ids=lambda p: p.name)
def test_every_rule_key_is_used_once(path: Path) -> None:
    rules = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys = Counter(rule["key"] for rule in rules if isinstance(rule, dict) and "key" in rule)
    assert keys, path
    assert [key for key, n in keys.items() if n > 1] == []

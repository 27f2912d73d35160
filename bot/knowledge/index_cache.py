"""BM25 indexes cached on disk, keyed by a hash of the text they index.

Building the knowledge base's four indexes (KB entries, ways of asking, plan passages, law
clauses) means folding and splitting every text and letting bm25s precompute its score columns;
at start-up that is the biggest share of loading the knowledge base. The result only depends on
the indexed texts and the code that turns text into terms, so it is saved once under the data
directory and every later start (and every replica or CLI process sharing the directory) loads
the arrays memory-mapped instead of rebuilding them.

The key is a SHA-256 of the texts themselves, the tokenizer's and index's source code and the
bm25s version: editing ``content/``, a deployment's overlay, an imported law text, a staff
answer or the tokenizer gives a new key, so a stale index is never served and there is nothing
to invalidate by hand. Entries are written to a temporary directory and renamed into place, so
two processes starting at once both get a whole index (the slower rename loses and reads the
winner's). A damaged entry is rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy and bm25s (~20 MB) load with the first index, not with the bot
    from bot.knowledge.index import BM25Index

__all__ = ["IndexCache", "Indexer", "build_index"]

log = logging.getLogger(__name__)

#: Bump when the layout of a cache entry changes.
FORMAT = "1"
#: Entries no process has used for this long are removed when a new one is written.
KEEP_S = 14 * 24 * 3600

Indexer = Callable[[Sequence[str]], "BM25Index"]


def build_index(texts: Sequence[str]) -> BM25Index:
    """The index of ``texts`` built in memory (no cache)."""
    from bot.knowledge.index import BM25Index
    from bot.knowledge.normalize import terms

    return BM25Index(terms(t) for t in texts)


def _code_fingerprint() -> bytes:
    # The terms of a text depend on this code; a change to it must never reuse an old index.
    import bm25s
    import numpy as np

    import bot.core.numbers
    import bot.core.text
    import bot.knowledge.index
    import bot.knowledge.normalize

    digest = hashlib.sha256(f"{FORMAT}|{bm25s.__version__}|{np.__version__}".encode())
    for module in (bot.core.text, bot.core.numbers, bot.knowledge.normalize, bot.knowledge.index):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.digest()


class IndexCache:
    """``cache(texts)`` → the BM25 index of ``texts``, from ``folder`` when it was built before."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fingerprint: bytes | None = None

    def key(self, texts: Sequence[str]) -> str:
        if self._fingerprint is None:
            self._fingerprint = _code_fingerprint()
        digest = hashlib.sha256(self._fingerprint)
        digest.update(len(texts).to_bytes(8, "little"))
        for text in texts:
            data = text.encode("utf-8", "surrogatepass")
            # Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ.
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)
        return digest.hexdigest()[:40]

    def __call__(self, texts: Sequence[str]) -> BM25Index:
        texts = list(texts)
        key = self.key(texts)
        entry = self.folder / key
        if entry.is_dir():
            try:
                index = _load(entry, len(texts))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("index cache %s unreadable, rebuilding: %s", entry.name, exc)
            else:
                _touch(entry)
                return index
        index = build_index(texts)
        try:
            self._store(index, entry)
        except OSError as exc:  # a read-only or full disk costs speed, never an answer
            log.warning("index cache not written (%s): %s", entry, exc)
        return index

    def _store(self, index: BM25Index, entry: Path) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.folder))
        try:
            _save(index, tmp)
            if entry.is_dir():  # damaged: replace it (readers that have it mapped keep theirs)
                shutil.rmtree(entry, ignore_errors=True)
            try:
                tmp.rename(entry)
            except OSError:
                if not entry.is_dir():
                    raise
                # Another process stored the same index first; theirs is as good as ours.
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        self._prune(keep=entry)

    def _prune(self, keep: Path) -> None:
        cutoff = time.time() - KEEP_S
        for old in self.folder.iterdir():
            try:
                if old != keep and old.stat().st_mtime < cutoff:
                    shutil.rmtree(old, ignore_errors=True)
            except OSError:
                continue


def _touch(entry: Path) -> None:
    # The mtime says when an entry was last used, for pruning; failing to set it is harmless.
    with contextlib.suppress(OSError):
        os.utime(entry)


def _save(index: BM25Index, folder: Path) -> None:
    import numpy as np

    index._bm25.save(str(folder), show_progress=False)
    np.save(folder / "unique.npy", np.asarray(index._unique, dtype=np.int32))
    np.save(folder / "offsets.npy", np.asarray(index._offsets, dtype=np.int64))
    np.save(folder / "df.npy", index._df.astype(np.int64))
    meta = {"size": index.size, "terms": len(index.vocab)}
    # Written last: an entry without it is incomplete.
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _load(folder: Path, size: int) -> BM25Index:
    import bm25s
    import numpy as np

    from bot.knowledge.index import BM25Index

    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    if meta["size"] != size:
        raise ValueError(f"{meta['size']} documents cached, {size} expected")
    bm25 = bm25s.BM25.load(str(folder), mmap=True, load_corpus=False)
    unique = np.load(folder / "unique.npy", mmap_mode="r")
    offsets = np.load(folder / "offsets.npy")
    df = np.load(folder / "df.npy", mmap_mode="r")
    n_terms = int(meta["terms"])
    if len(df) != n_terms or len(offsets) != size + 1 or int(offsets[-1]) != len(unique):
        raise ValueError("cached arrays do not agree")
    # bm25s adds an empty token to its vocabulary; ours holds only the corpus's terms.
    vocab = {t: i for t, i in bm25.vocab_dict.items() if i < n_terms and t}
    if len(vocab) != n_terms:
        raise ValueError("cached vocabulary does not match the document frequencies")
    return BM25Index.from_parts(
        bm25=bm25, vocab=vocab, df=df, unique=unique, offsets=offsets, size=size
    )

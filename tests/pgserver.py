"""Moved to :mod:`benchmarks.pgserver` (shipped for ``tdkt bench``); kept as an alias."""

from benchmarks.pgserver import PostgresServer, PostgresUnavailable, postgres_server

__all__ = ["PostgresServer", "PostgresUnavailable", "postgres_server"]

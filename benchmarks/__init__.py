"""Benchmarks shipped with the package and run as ``tdkt bench …`` (results in BENCHMARKS.md)."""

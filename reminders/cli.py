"""`tdkt plan ...` and `tdkt bench broadcast`."""

from __future__ import annotations

import typer

plan_app = typer.Typer(help="Yearly TĐKT plans: parse, import, list.", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks.", no_args_is_help=True)

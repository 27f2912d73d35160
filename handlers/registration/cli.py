"""`tdkt export registrations`."""

from __future__ import annotations

import typer

export_app = typer.Typer(help="Export data to Excel.", no_args_is_help=True)

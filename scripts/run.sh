#!/usr/bin/env bash
# Run the bot. On a fresh machine this creates .venv and installs the pinned dependencies first.
# Without TDKT_TELEGRAM_TOKEN the bot runs on its own local sandbox and prints the chat page's
# address. Extra arguments go to `tdkt` (default: `run`), e.g. scripts/run.sh invite --unit XA-DEMO
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ] || [ constraints.txt -nt .venv/.installed ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -c constraints.txt -e .
    touch .venv/.installed
fi
if [ "$#" -eq 0 ]; then
    set -- run
fi
exec .venv/bin/tdkt "$@"

#!/usr/bin/env bash
# Run the bot. On a fresh machine this creates .venv and installs the pinned dependencies first.
# Without TDKT_TELEGRAM_TOKEN the bot runs on its own local sandbox and prints the chat page's
# address. Extra arguments go to `tdkt` (default: `run`), e.g. scripts/run.sh invite --unit XA-DEMO
set -euo pipefail
cd "$(dirname "$0")/.."

# OCR of scanned plans and photos needs tesseract and its Vietnamese model; the bot runs without
# them (it then asks for a Word file instead), so a failed install only warns.
if ! command -v tesseract >/dev/null || ! compgen -G "/usr/share/tesseract-ocr/*/tessdata/vie.traineddata" >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing Debian packages: tesseract-ocr tesseract-ocr-vie (OCR of scanned plans)"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
        --no-install-recommends tesseract-ocr tesseract-ocr-vie; } \
        || echo "Warning: OCR not installed; scanned plans and photos will be refused." >&2
fi

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

#!/usr/bin/env bash
# Run the whole test suite on a fresh Debian/Ubuntu machine: installs the PostgreSQL server,
# Redis and Chromium from Debian's packages if they are missing (the tests start their own
# throwaway PostgreSQL and Redis servers and drive headless Chromium), creates .venv with the
# pinned dependencies, checks ruff, then runs pytest. Extra arguments go to pytest.
# With CI=true a missing PostgreSQL, Redis or Chromium fails the run instead of skipping
# (tests/services.py), so a CI machine without them cannot stay green by testing less.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || packages+=(postgresql)
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v redis-server >/dev/null || packages+=(redis-server)
# OCR of scanned plans and photos (bot/ocr.py): tesseract and its Vietnamese model.
command -v tesseract >/dev/null || packages+=(tesseract-ocr)
compgen -G "/usr/share/tesseract-ocr/*/tessdata/vie.traineddata" >/dev/null || packages+=(tesseract-ocr-vie)
# Test pages and scans are rendered in DejaVu Serif (Vietnamese glyphs).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf ] || packages+=(fonts-dejavu-core)
if [ "${#packages[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing Debian packages: ${packages[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
if [ ! -f .venv/.installed-test ] || [ pyproject.toml -nt .venv/.installed-test ] || [ constraints.txt -nt .venv/.installed-test ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -c constraints.txt -e ".[test]"
    touch .venv/.installed-test
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
status=0
.venv/bin/python -m pytest "$@" || status=$?
# The desk's browser tests leave screenshots of every page at both sizes (tests/desk/browsing.py).
shots=${TDKT_DESK_SHOTS:-var/test-artifacts/desk}
if compgen -G "$shots/*.jpg" > /dev/null; then
    echo "Desk screenshots (1366x768, 820x1180): $(ls "$shots"/*.jpg | wc -l) files in $(cd "$shots" && pwd)"
fi
exit "$status"

#!/usr/bin/env bash
# Runs the app on http://localhost:5173 (installs the npm packages first when they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
ensure_node_modules
exec npx vite dev --host 127.0.0.1 --port "${PORT:-5173}" "$@"

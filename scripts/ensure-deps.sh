#!/usr/bin/env bash
# Installs what the app and the tests need, only when it is missing. Sourced by start.sh and test.sh.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
	if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

ensure_node_modules() {
	local major
	major=$(node -p 'process.versions.node.split(".")[0]')
	if [ "$major" -lt 20 ]; then echo "Node 20 or newer is needed (found $(node --version))." >&2; exit 1; fi
	# npm ci when node_modules is missing or older than the lock file.
	if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
		echo "== installing npm packages (npm ci)"
		npm ci --no-audit --no-fund --loglevel=error
	fi
}

ensure_chromium() {
	if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium > /dev/null 2>&1; then
		echo "== installing Debian's chromium (apt-get)"
		apt_install chromium fonts-liberation fonts-noto-cjk
	fi
}

# The PyTorch export test runs the exported code with Debian's python3-torch (under /usr/bin/python3).
ensure_torch() {
	if ! /usr/bin/python3 -c 'import torch' > /dev/null 2>&1; then
		echo "== installing Debian's python3-torch (apt-get)"
		apt_install python3-torch
	fi
}

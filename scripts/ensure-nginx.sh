#!/usr/bin/env bash
# Makes sure nginx exists for the deploy/ test and the serve benchmark:
# Debian's package when we are root on Debian/Ubuntu.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's nginx for the deploy/ test…"
  apt-get update -qq
  # Installed to be run by the tests, not as a service.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  exit 0
fi
echo "nginx is missing and cannot be installed here (needs root and apt-get): install nginx to test deploy/" >&2
exit 1

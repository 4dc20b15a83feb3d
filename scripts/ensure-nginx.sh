#!/usr/bin/env bash
# Makes sure nginx and its brotli filter exist for the deploy/ test and the
# serve benchmark, and wrk, the benchmark's load generator: Debian's packages
# when we are root on Debian/Ubuntu.
set -euo pipefail
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
# The path deploy/render-nginx-conf.mjs loads it from by default.
[ -f /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || missing+=(libnginx-mod-http-brotli-filter)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the deploy/ test and the serve benchmark…"
  apt-get update -qq
  # Installed to be run by the tests, not as a service.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "${missing[*]} missing and cannot be installed here (needs root and apt-get): install them to test deploy/ and run the serve benchmark" >&2
exit 1

#!/usr/bin/env bash
# Makes sure a Java runtime exists for the Nu HTML checker (vnu-jar): Debian's
# headless JRE when we are root on Debian/Ubuntu. vnu-jar's own postinstall
# would download a JDK, which this project's machines cannot fetch.
set -euo pipefail
if command -v java >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's headless Java runtime for the Nu HTML checker…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "No Java runtime: install one (Java 11 or later) for the Nu HTML checker." >&2
exit 1

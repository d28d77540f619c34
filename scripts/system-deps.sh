#!/usr/bin/env bash
# Installs the Debian packages the tests use, when they are missing:
#   chromium (booklet PDFs, bench), chromium-headless-shell (browser tests, see
#   tools/chromium.ts), nginx, apache2 and caddy (hosting tests, each with the configuration
#   in hosting/), libnginx-mod-http-brotli-static (nginx's brotli_static), poppler-utils and
#   qpdf (PDF checks), epubcheck (the EPUB of the whole handbook, Java), fonts-liberation (a font Chromium recommends; the PDFs were checked
#   with it).
# Exit 0 when all are present; 1 with a fix hint when they are missing and cannot be installed.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromium-headless-shell ] || need+=(chromium-headless-shell)
[ -x /usr/sbin/nginx ] || need+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
[ -x /usr/sbin/apache2 ] || need+=(apache2)
[ -x /usr/bin/caddy ] || need+=(caddy)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]}. Install them as root: apt-get update && apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${need[*]} with apt-get"
# The tests start the servers themselves; the packages must not start them as services
# (nginx, Apache and Caddy would all want port 80). policy-rc.d is Debian's switch for that.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

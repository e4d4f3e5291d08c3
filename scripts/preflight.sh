#!/usr/bin/env bash
# Before `npm test`: the system packages the tests drive. Installs what is missing when this user
# can (root with apt-get); otherwise stops at once with the one command that fixes it.
set -euo pipefail
need=()
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] || need+=(chromium)
# xmllint (libxml2-utils) checks the SCORM manifests against their schemas.
command -v xmllint >/dev/null || need+=(libxml2-utils)
# The workshop store and cluster tests start their own throwaway Postgres and Redis servers.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
# The proxy tests run the documented nginx and HAProxy configurations in front of two processes.
[[ -x /usr/sbin/nginx ]] || need+=(nginx)
[[ -x /usr/sbin/haproxy ]] || need+=(haproxy)
((${#need[@]} == 0)) && exit 0
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  echo "npm test: installing ${need[*]} (Debian packages the tests need)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
echo "npm test needs ${need[*]}. Install with: sudo apt-get install -y ${need[*]}" >&2
exit 1

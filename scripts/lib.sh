# Shared by scripts/dev and scripts/test. Everything here is idempotent: a fresh machine gets
# what it needs, a machine that has it loses no time.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Where cargo puts what it builds: target/, or CARGO_TARGET_DIR (or build.target-dir) when set.
target_dir() {
  cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])'
}

# The local Cognito (moto, pinned) in a virtualenv of its own.
ensure_moto() {
  local stamp="$VENV/.requirements.sha256"
  local want
  want="$(sha256sum "$ROOT/scripts/requirements-moto.txt" | cut -d' ' -f1)"
  if [[ -x "$VENV/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return
  fi
  command -v python3 >/dev/null || { echo "python3 is needed for the local Cognito (moto)" >&2; exit 1; }
  say "Installing the local Cognito (moto) into .venv"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-compile -r "$ROOT/scripts/requirements-moto.txt"
  echo "$want" > "$stamp"
}

# Credentials the local Cognito accepts; the SDK reads them as it would real ones.
use_local_aws() {
  export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing
  export AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true AWS_MAX_ATTEMPTS=1
}

# Processes a script started, stopped when it exits.
CHILD_PIDS=()
stop_children() {
  for pid in "${CHILD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_children EXIT INT TERM

# Starts the local Cognito on a free port; exports AWS_ENDPOINT_URL. Extra arguments go to the
# launcher (e.g. --mail-log FILE).
start_local_cognito() {
  mkdir -p "$ROOT/.cache"
  local port_file="$ROOT/.cache/moto.$$.port"
  "$VENV/bin/python" "$ROOT/scripts/moto_server.py" --port "${MOTO_PORT:-0}" "$@" > "$port_file" 2> "$ROOT/.cache/moto.log" &
  CHILD_PIDS+=($!)
  for _ in $(seq 1 100); do [[ -s "$port_file" ]] && break; sleep 0.1; done
  local port
  port="$(head -n1 "$port_file")"
  rm -f "$port_file"
  [[ -n "$port" ]] || { echo "the local Cognito did not start; see .cache/moto.log" >&2; exit 1; }
  export AWS_ENDPOINT_URL="http://127.0.0.1:$port"
}

# Provisions a pool with the portal binary $1 into env file $2 and exports its settings; its
# invitations name the sign-in address $3 when given.
provision_local_pool() {
  local portal="$1" env_file="$2" public_url="${3:-}"
  rm -f "$env_file"
  "$portal" provision --pool-name "portal-local" --env-file "$env_file" \
    ${public_url:+--public-url "$public_url"} >&2
  set -a; source "$env_file"; set +a
  export COGNITO_JWKS_URL="$AWS_ENDPOINT_URL/$COGNITO_POOL_ID/.well-known/jwks.json"
}

# Creates admin, pat (professional), cleo and chris (clients), all with password $2.
seed_local_accounts() {
  local portal="$1" password="$2"
  "$portal" create-admin --username admin --email admin@example.com \
    --given-name Ada --family-name Admin --temporary-password "$password" >&2
  "$VENV/bin/python" "$ROOT/scripts/seed_dev_users.py" "$COGNITO_POOL_ID" "$password" admin
}

# The session cookie of $2 (password $3) signed in at portal $1, for the benchmark scripts.
sign_in_cookie() {
  "$VENV/bin/python" - "$1" "$2" "$3" <<'PY'
import sys
sys.path.insert(0, "scripts")
from portal_client import Browser
b = Browser(sys.argv[1]); b.sign_in(sys.argv[2], sys.argv[3]); print(b.cookie)
PY
}

# Waits until portal $1's /professional, viewed with session cookie $2, shows its client list
# (read in the background on the first view), for at most $3 seconds (60); fails if it never
# does, rather than let a benchmark measure the "still loading" page.
wait_for_client_list() {
  local deadline=$((SECONDS + ${3:-60}))
  until curl -fs -H "Cookie: __Host-portal=$2" "$1/professional" | grep -q 'class="list-count"'; do
    ((SECONDS < deadline)) || { echo "$1/professional showed no client list within ${3:-60} s" >&2; return 1; }
    sleep 0.2
  done
}

# wrk, from Debian's packages, for the load and benchmark scripts.
ensure_wrk() {
  command -v wrk >/dev/null && return
  if [[ $(id -u) -eq 0 ]]; then
    say "Installing wrk"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is needed: sudo apt-get install wrk" >&2; exit 1
  fi
}

# Debian's Chromium and ChromeDriver for the browser tests.
# Debian's redis-server, for the tests of several instances sharing state.
ensure_redis() {
  if command -v redis-server >/dev/null; then return; fi
  if [[ $(id -u) -eq 0 ]]; then
    say "Installing redis-server"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "The tests of several instances need Redis: sudo apt-get install redis-server" >&2; exit 1
  fi
}

# A Redis of our own on a free loopback port, keeping nothing on disk, stopped when the script
# exits. Exports its URL as REDIS_URL_STARTED.
start_local_redis() {
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
    --loglevel warning --dir "${TMPDIR:-/tmp}" > "$ROOT/.cache/redis.log" 2>&1 &
  CHILD_PIDS+=($!)
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "Redis did not start; see .cache/redis.log" >&2; exit 1; }
  export REDIS_URL_STARTED="redis://127.0.0.1:$port/0"
}

ensure_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  if [[ $(id -u) -eq 0 ]]; then
    say "Installing chromium and chromium-driver"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Chromium: sudo apt-get install chromium chromium-driver" >&2; exit 1
  fi
}

# axe-core, pinned, for the accessibility checks.
AXE_VERSION=4.11.0
ensure_axe() {
  local dir="$ROOT/.cache/npm"
  if [[ -f "$dir/node_modules/axe-core/axe.min.js" ]] && grep -q "\"version\": \"$AXE_VERSION\"" "$dir/node_modules/axe-core/package.json"; then
    return
  fi
  command -v npm >/dev/null || { echo "npm is needed to fetch axe-core" >&2; exit 1; }
  say "Installing axe-core $AXE_VERSION"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --silent "axe-core@$AXE_VERSION" >/dev/null
}

# Shared by scripts/dev and scripts/test. Everything here is idempotent: a fresh machine gets
# what it needs, a machine that has it loses no time.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

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
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/scripts/requirements-moto.txt"
  echo "$want" > "$stamp"
}

# Credentials the local Cognito accepts; the SDK reads them as it would real ones.
use_local_aws() {
  export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing
  export AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true AWS_MAX_ATTEMPTS=1
}

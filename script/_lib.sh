# Shared helpers for script/setup and script/test (sourced, not run).
# Finds a Python >= 3.14.2; where none is on PATH (these Debian 12 machines), runs inside a Debian-unstable
# root folder whose python3 is 3.14, with the checkout bind-mounted at the same absolute path.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The routing data set lives beside the checkout (../shared); benchmarks and tests read it there.
SHARED_DIR="$(cd "$REPO_DIR/.." && pwd)/shared"
VENV_DIR="${LLM_ROUTER_VENV:-$REPO_DIR/.venv}"
ROOTFS="${LLM_ROUTER_ROOTFS:-/var/cache/llm-router/sid-root}"
MIN_PY="3.14.2"

python_ok() {
  "$1" -c "import sys; sys.exit(0 if sys.version_info >= (3, 14, 2) else 1)" 2>/dev/null
}

find_python() {
  local candidate
  for candidate in python3.14 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$(command -v "$candidate")"; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

# "native" when a suitable interpreter is on PATH, else "rootfs".
detect_mode() {
  if [ -n "${LLM_ROUTER_FORCE_ROOTFS:-}" ]; then echo rootfs; return; fi
  if find_python >/dev/null; then echo native; else echo rootfs; fi
}

# Mounts are shared by concurrent runs (e.g. tests in two terminals): each run leaves its PID in a folder,
# and the last live run to finish unmounts. PIDs of runs that were killed are ignored.
_live_users() {
  local users="$ROOTFS.users.d" pid_file
  mkdir -p "$users"
  for pid_file in "$users"/*; do
    [ -e "$pid_file" ] || continue
    kill -0 "$(basename "$pid_file")" 2>/dev/null || rm -f "$pid_file"
  done
  ls "$users" | wc -l
}

rootfs_mount() {
  mkdir -p "$ROOTFS.users.d"
  touch "$ROOTFS.users.d/$$"
  exec 9>"$ROOTFS.lock"
  flock 9
  mkdir -p "$ROOTFS/proc" "$ROOTFS$REPO_DIR" "$ROOTFS/dev/shm"
  mountpoint -q "$ROOTFS/proc" || mount -t proc proc "$ROOTFS/proc"
  mountpoint -q "$ROOTFS$REPO_DIR" || mount --bind "$REPO_DIR" "$ROOTFS$REPO_DIR"
  if [ -d "$SHARED_DIR" ]; then
    mkdir -p "$ROOTFS$SHARED_DIR"
    mountpoint -q "$ROOTFS$SHARED_DIR" || mount --bind -o ro "$SHARED_DIR" "$ROOTFS$SHARED_DIR"
  fi
  mountpoint -q "$ROOTFS/dev/shm" || mount -t tmpfs tmpfs "$ROOTFS/dev/shm"
  cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
  mkdir -p "$ROOTFS/etc/ssl/certs"
  cp -L /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt" 2>/dev/null || true
  exec 9>&-
}

rootfs_unmount() {
  local mnt
  rm -f "$ROOTFS.users.d/$$"
  exec 9>"$ROOTFS.lock"
  flock 9
  if [ "$(_live_users)" -eq 0 ]; then
    for mnt in "$ROOTFS$SHARED_DIR" "$ROOTFS$REPO_DIR" "$ROOTFS/dev/shm" "$ROOTFS/proc"; do
      if mountpoint -q "$mnt" 2>/dev/null; then umount "$mnt" || umount -l "$mnt" || true; fi
    done
  fi
  exec 9>&-
}

# Run a command with the project's interpreter environment, from the repo directory.
in_env() {
  if [ "$(detect_mode)" = native ]; then
    (cd "$REPO_DIR" && "$@")
  else
    local quoted
    quoted="$(printf '%q ' "$@")"
    chroot "$ROOTFS" /usr/bin/env -i HOME=/root PATH="$VENV_DIR/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
      LANG=C.UTF-8 CI="${CI:-}" PYTHONDONTWRITEBYTECODE=1 TZ=UTC \
      /bin/bash -c "cd $(printf '%q' "$REPO_DIR") && $quoted"
  fi
}

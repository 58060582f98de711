# Puts the project's Node (the version in .nvmrc) first on PATH, installing it from the npm
# registry into .toolchain/ when the machine's Node is another major. Source it:
#   source scripts/node24.sh        (a developer's shell, .ci/run)
# Node's own Linux builds are published on the registry as node-linux-<arch>; they include the
# headers, so native modules (better-sqlite3) are built against this Node, not the system one.
# Nothing is downloaded from anywhere but the npm registry.

_sportello_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_sportello_want="$(tr -d ' \n\r' <"$_sportello_root/.nvmrc")"
_sportello_major="${_sportello_want%%.*}"

_sportello_use_node() {
  local have
  have="$(node --version 2>/dev/null || true)"
  if [ "${have#v}" = "$_sportello_want" ] || { [ -z "${SPORTELLO_EXACT_NODE:-}" ] && [ "${have%%.*}" = "v$_sportello_major" ]; }; then
    return 0
  fi

  local arch
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) arch=x64 ;;
    Linux-aarch64 | Linux-arm64) arch=arm64 ;;
    *)
      echo "✗ Node $_sportello_want is needed (found ${have:-none}). Install it with your usual tool (nvm, fnm, the installer from nodejs.org): .nvmrc names the version." >&2
      return 1
      ;;
  esac

  local prefix="$_sportello_root/.toolchain/node-$_sportello_want"
  local pkg="$prefix/node_modules/node-linux-$arch"
  if [ ! -x "$pkg/bin/node" ]; then
    echo "▶ installing Node $_sportello_want from the npm registry (node-linux-$arch) into .toolchain/"
    mkdir -p "$prefix"
    if ! npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "node-linux-$arch@$_sportello_want" >/dev/null; then
      echo "✗ could not install node-linux-$arch@$_sportello_want from the npm registry" >&2
      return 1
    fi
  fi
  export PATH="$pkg/bin:$PATH"
  # node-gyp builds against these headers (the machine's npm config may point at another Node).
  export npm_config_nodedir="$pkg"
  hash -r 2>/dev/null || true
}

if _sportello_use_node; then
  echo "✓ Node $(node --version) ($(command -v node)), npm $(npm --version)"
else
  unset -f _sportello_use_node
  unset _sportello_root _sportello_want _sportello_major
  return 1 2>/dev/null || exit 1
fi
unset -f _sportello_use_node
unset _sportello_root _sportello_want _sportello_major

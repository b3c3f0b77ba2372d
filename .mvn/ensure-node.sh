#!/usr/bin/env bash
# Makes sure Vaadin's frontend build (vaadin-maven-plugin build-frontend) finds Node.js >= 24.
#
#   .mvn/ensure-node.sh NODE_VERSION [ENABLED [HOME]]     e.g. .mvn/ensure-node.sh 24.17.0 true /root
#
# Vaadin uses a Node.js >= 24 from PATH, else ~/.vaadin/node-v<version>, which it would download from
# nodejs.org. Where nodejs.org is not reachable but the npm registry is, this installs that same layout
# (bin/node, lib/node_modules/npm) from the registry's node-<os>-<arch> and npm packages, with any npm.
# Does nothing when a new enough Node.js or the folder is already there. Run by Maven (pom.xml).
set -euo pipefail
version=${1:?usage: ensure-node.sh NODE_VERSION [ENABLED [HOME]]}
[ "${2:-true}" = false ] && exit 0 # -Dlectern.optimizedBundle=false: no Node.js build
npm_version=11.21.2
major=${version%%.*}

if command -v node > /dev/null 2>&1 \
  && [ "$(node -p 'process.versions.node.split(".")[0]' 2> /dev/null || echo 0)" -ge "$major" ]; then
  exit 0
fi
dir="${3:-$HOME}/.vaadin/node-v$version"
if [ -x "$dir/bin/node" ] && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
if ! command -v npm > /dev/null 2>&1; then
  echo "ensure-node: Node.js $major+ is needed for the frontend build: install Node.js $major+ or npm" \
    "(Debian: apt-get install npm), or build without the optimised bundle: -Dlectern.optimizedBundle=false" >&2
  exit 1
fi
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "ensure-node: unsupported OS $(uname -s)" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "ensure-node: unsupported CPU $(uname -m)" >&2; exit 1 ;; esac

echo "ensure-node: installing Node.js $version and npm $npm_version from the npm registry into $dir"
tmp="$dir.tmp.$$"
rm -rf "$tmp"
npm install --global --prefix "$tmp" --ignore-scripts --no-audit --no-fund --loglevel=error \
  "node-$os-$arch@$version" "npm@$npm_version"
"$tmp/bin/node" --version > /dev/null
mkdir -p "$(dirname "$dir")"
rm -rf "$dir"
mv "$tmp" "$dir"

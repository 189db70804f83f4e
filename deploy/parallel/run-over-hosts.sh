#!/usr/bin/env bash
# GNU parallel over a few machines you can ssh into, no scheduler needed:
#   FOISCOPE_INPUT=/srv/letters FOISCOPE_OUT=/srv/run FOISCOPE_SHARDS=6 \
#     deploy/parallel/run-over-hosts.sh hosts.txt
# hosts.txt lists one ssh login a line ("2/user@host" runs two shards at once on it).
# Every host must see FOISCOPE_INPUT and FOISCOPE_OUT at the same paths (NFS, or
# copy the letters first) and have foiscope and this deploy/ folder installed at
# FOISCOPE_DEPLOY (default: the same path as here). With no hosts file, shards
# run on this machine one at a time: the way the test runs the recipe.
# A shard that fails is reported by parallel's exit code and can be re-run alone:
#   deploy/foiscope-shard.sh K
set -euo pipefail
: "${FOISCOPE_SHARDS:?set FOISCOPE_SHARDS to the number of shards}"
here="$(cd "$(dirname "$0")/.." && pwd)"
deploy="${FOISCOPE_DEPLOY:-$here}"
vars=(FOISCOPE_INPUT FOISCOPE_OUT FOISCOPE_SHARDS FOISCOPE_JOBS FOISCOPE_BIN FOISCOPE_ARGS)
if [ -n "${1:-}" ]; then
  env_args=()
  for v in "${vars[@]}"; do [ -n "${!v:-}" ] && env_args+=(--env "$v"); done
  parallel --sshloginfile "$1" "${env_args[@]}" --halt never --line-buffer "$deploy/foiscope-shard.sh" {} ::: $(seq 1 "$FOISCOPE_SHARDS")
else
  for k in $(seq 1 "$FOISCOPE_SHARDS"); do "$deploy/foiscope-shard.sh" "$k"; done
fi
"$deploy/foiscope-merge.sh"

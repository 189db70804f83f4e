#!/usr/bin/env bash
# After every shard has finished: merge their stores into one and write the
# reports of the whole corpus to $FOISCOPE_OUT/merged. Refuses to merge when a
# shard's store is missing, so a failed shard is never silently left out.
#
# Settings: FOISCOPE_OUT, FOISCOPE_SHARDS, FOISCOPE_BIN as for foiscope-shard.sh;
# FOISCOPE_MERGE_ARGS for more merge options (e.g. "--bom --min-n 20").
set -euo pipefail
: "${FOISCOPE_OUT:?set FOISCOPE_OUT to the shared output folder}"
: "${FOISCOPE_SHARDS:?set FOISCOPE_SHARDS to the number of shards}"
bin="${FOISCOPE_BIN:-foiscope}"
stores=()
missing=()
for k in $(seq 1 "$FOISCOPE_SHARDS"); do
  s="$FOISCOPE_OUT/part-$k/foiscope.sqlite"
  if [ -f "$s" ]; then stores+=("$s"); else missing+=("$k"); fi
done
if [ ${#missing[@]} -gt 0 ]; then echo "foiscope-merge: no store from shard(s) ${missing[*]} of $FOISCOPE_SHARDS; re-run them first" >&2; exit 1; fi
# shellcheck disable=SC2086
exec $bin merge "${stores[@]}" --out "$FOISCOPE_OUT/merged" ${FOISCOPE_MERGE_ARGS:-}

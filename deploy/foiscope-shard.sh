#!/usr/bin/env bash
# One shard of a foiscope run, whichever scheduler started it.
#
# The shard number comes from the scheduler's own variable:
#   Kubernetes Indexed Job  JOB_COMPLETION_INDEX   0 … N-1
#   Slurm job array         SLURM_ARRAY_TASK_ID    1 … N   (sbatch --array=1-N)
#   GNU parallel / by hand  FOISCOPE_SHARD_INDEX   1 … N   (or the first argument)
# and is turned into `foiscope analyze --shard K/N`, which picks files by a stable
# hash of their names: every shard sees the same input folder and takes its own
# slice, so no file list is handed out and re-running one shard redoes only it.
#
# Settings (environment):
#   FOISCOPE_INPUT   folder of letters, the same path on every node (required)
#   FOISCOPE_OUT     folder shared by all shards; shard K writes $FOISCOPE_OUT/part-K (required)
#   FOISCOPE_SHARDS  N, the number of shards (required)
#   FOISCOPE_JOBS    workers per shard (default: the cores the shard was given)
#   FOISCOPE_BIN     the foiscope command (default: foiscope on PATH)
#   FOISCOPE_ARGS    more analyze options, e.g. "--no-ocr --timeout 120"
set -euo pipefail
: "${FOISCOPE_INPUT:?set FOISCOPE_INPUT to the folder of letters}"
: "${FOISCOPE_OUT:?set FOISCOPE_OUT to the shared output folder}"
: "${FOISCOPE_SHARDS:?set FOISCOPE_SHARDS to the number of shards}"
if [ -n "${1:-}" ]; then k="$1"
elif [ -n "${JOB_COMPLETION_INDEX:-}" ]; then k=$((JOB_COMPLETION_INDEX + 1))
elif [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then k="$SLURM_ARRAY_TASK_ID"
elif [ -n "${FOISCOPE_SHARD_INDEX:-}" ]; then k="$FOISCOPE_SHARD_INDEX"
else echo "foiscope-shard: no shard number (JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID, FOISCOPE_SHARD_INDEX or an argument)" >&2; exit 2
fi
n="$FOISCOPE_SHARDS"
if ! [ "$k" -ge 1 ] 2>/dev/null || ! [ "$k" -le "$n" ] 2>/dev/null; then echo "foiscope-shard: shard $k is not within 1…$n" >&2; exit 2; fi
jobs="${FOISCOPE_JOBS:-${SLURM_CPUS_PER_TASK:-$(nproc)}}"
bin="${FOISCOPE_BIN:-foiscope}"
# shellcheck disable=SC2086 # FOISCOPE_ARGS is a list of options
exec $bin analyze "$FOISCOPE_INPUT" --out "$FOISCOPE_OUT/part-$k" --shard "$k/$n" --jobs "$jobs" --no-progress --reports csv,jsonl ${FOISCOPE_ARGS:-}

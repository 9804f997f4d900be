#!/usr/bin/env bash
# Submit an XHPO sweep to a Spark cluster.
#
#   submit-scripts/spark-submit.sh CONFIG.yaml [spark-submit options]
#   e.g. submit-scripts/spark-submit.sh conf/quickstart.yaml --master yarn --deploy-mode cluster
#
# Ships the config with --files (so a cluster-mode driver finds it in its working directory) and
# runs the cluster jar (XHPO + Smile + OpenBLAS; Spark, Scala and Jackson come from the cluster).
# The output directory is the config's output.dir: use a path every node can reach (hdfs://, s3a://).
# XHPO_OUT overrides it. spark-submit is taken from SPARK_SUBMIT, else SPARK_HOME/bin, else PATH;
# SPARK_SUBMIT=submit-scripts/spark-submit-from-maven uses the Spark jars Maven resolved (no install).
set -euo pipefail

if [[ $# -lt 1 || "$1" == -* ]]; then
  echo "usage: $0 CONFIG.yaml [spark-submit options]" >&2
  exit 2
fi
CONFIG="$1"; shift
if [[ ! -f "$CONFIG" ]]; then
  echo "spark-submit.sh: config file '$CONFIG' does not exist" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

SUBMIT="spark-submit"
[[ -n "${SPARK_HOME:-}" ]] && SUBMIT="$SPARK_HOME/bin/spark-submit"
[[ -n "${SPARK_SUBMIT:-}" ]] && SUBMIT="$SPARK_SUBMIT"
if ! command -v "$SUBMIT" >/dev/null 2>&1; then
  echo "spark-submit.sh: '$SUBMIT' not found: this needs a Spark 3.5 installation (set SPARK_HOME, or put" \
    "spark-submit on PATH); to rehearse without one: SPARK_SUBMIT=submit-scripts/spark-submit-from-maven" \
    "submit-scripts/spark-submit.sh $CONFIG --master 'local[2]'" >&2
  exit 127
fi

# shellcheck source=build.sh
source "$ROOT/submit-scripts/build.sh"
xhpo_build_if_needed
JAR="$XHPO_CLUSTER_JAR"

JOB_ARGS=(run "$(cd "$(dirname "$CONFIG")" && pwd)/$(basename "$CONFIG")")
[[ -n "${XHPO_OUT:-}" ]] && JOB_ARGS+=(--out "$XHPO_OUT")

exec "$SUBMIT" --class org.xhpo.jobs.cli.XhpoMain --name "xhpo $(basename "$CONFIG")" \
  --files "$CONFIG" "$@" "$JAR" "${JOB_ARGS[@]}"

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
JAR="$ROOT/jobs/target/xhpo-jobs-0.1.0-SNAPSHOT-cluster.jar"
if [[ ! -f "$JAR" ]]; then
  echo "[xhpo] building the cluster jar (mvn package, tests skipped) ..." >&2
  (cd "$ROOT" && mvn -q -B -DskipTests package) >&2
fi

SUBMIT="spark-submit"
[[ -n "${SPARK_HOME:-}" ]] && SUBMIT="$SPARK_HOME/bin/spark-submit"
[[ -n "${SPARK_SUBMIT:-}" ]] && SUBMIT="$SPARK_SUBMIT"

JOB_ARGS=(run "$(cd "$(dirname "$CONFIG")" && pwd)/$(basename "$CONFIG")")
[[ -n "${XHPO_OUT:-}" ]] && JOB_ARGS+=(--out "$XHPO_OUT")

exec "$SUBMIT" --class org.xhpo.jobs.cli.XhpoMain --name "xhpo $(basename "$CONFIG")" \
  --files "$CONFIG" "$@" "$JAR" "${JOB_ARGS[@]}"

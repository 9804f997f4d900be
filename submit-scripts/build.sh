#!/usr/bin/env bash
# build.sh — builds XHPO's jars with Maven (tests skipped) when they are missing or older than the sources.
#
#   submit-scripts/build.sh           build if needed (what xhpo and spark-submit.sh do before running)
#   submit-scripts/build.sh --force   build now
#
# Says why it builds (first use, or which source changed), shows one line per Maven module as it
# goes (batch mode, no download progress bars, escape codes stripped) and keeps Maven's full output in
# a log whose path it prints; on failure it shows the log's last lines. Sourced by the other scripts
# for the function xhpo_build_if_needed. XHPO_MVN_ARGS adds Maven arguments (e.g. -o to stay offline).

XHPO_ROOT="${XHPO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
XHPO_JAR="$XHPO_ROOT/jobs/target/xhpo-jobs-0.1.0-SNAPSHOT.jar"
XHPO_CLUSTER_JAR="$XHPO_ROOT/jobs/target/xhpo-jobs-0.1.0-SNAPSHOT-cluster.jar"
XHPO_CLASSPATH_FILE="$XHPO_ROOT/jobs/target/local-classpath.txt"

# Prints why a build is needed (nothing when the jars are up to date).
xhpo_build_reason() {
  local artifact changed
  for artifact in "$XHPO_JAR" "$XHPO_CLUSTER_JAR" "$XHPO_CLASSPATH_FILE"; do
    if [[ ! -f "$artifact" ]]; then
      echo "first use: ${artifact#"$XHPO_ROOT"/} does not exist yet"
      return
    fi
  done
  changed="$(find "$XHPO_ROOT/pom.xml" "$XHPO_ROOT/hpo-lib/pom.xml" "$XHPO_ROOT/jobs/pom.xml" \
    "$XHPO_ROOT/hpo-lib/src/main" "$XHPO_ROOT/jobs/src/main" -newer "$XHPO_JAR" -type f -print -quit)"
  if [[ -n "$changed" ]]; then
    echo "sources changed since the last build: ${changed#"$XHPO_ROOT"/}"
  fi
}

# Builds with the given reason; returns Maven's exit code.
xhpo_build() {
  local reason="$1" log status
  log="$(mktemp "${TMPDIR:-/tmp}/xhpo-build.XXXXXX")"
  echo "[xhpo] building XHPO ($reason): mvn -B -DskipTests package; the first build downloads" \
    "Spark and the other dependencies (a few minutes); full log: $log" >&2
  set +e
  # shellcheck disable=SC2086
  (cd "$XHPO_ROOT" && mvn -B --no-transfer-progress -Dstyle.color=never ${XHPO_MVN_ARGS:-} -DskipTests package) 2>&1 \
    | sed -u 's/\x1b\[[0-9;]*[A-Za-z]//g' | tee "$log" \
    | sed -u -n -E 's/^\[INFO\] Building (.*[^ ]) +\[([0-9]+)\/([0-9]+)\]$/[xhpo]   module \2\/\3: \1/p;
                    s/^\[INFO\] BUILD (SUCCESS|FAILURE)$/[xhpo]   build \L\1/p' >&2
  status="${PIPESTATUS[0]}"
  set -e
  if [[ "$status" -ne 0 ]]; then
    echo "[xhpo] the build failed (mvn exit code $status); the end of $log:" >&2
    grep -E '^\[(ERROR|WARNING)\]' "$log" | tail -n 30 >&2 || tail -n 30 "$log" >&2
    return "$status"
  fi
  rm -f "$log"
}

# Builds when the jars are missing or older than the sources.
xhpo_build_if_needed() {
  local reason
  reason="$(xhpo_build_reason)"
  if [[ -n "$reason" ]]; then
    xhpo_build "$reason"
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  if [[ "${1:-}" == "--force" ]]; then
    xhpo_build "asked for with --force"
  else
    xhpo_build_if_needed
  fi
fi

#!/usr/bin/env bash
# A real multi-process check (issue 6): a Spark standalone master and two workers started from the
# Spark 3.5.7 jars Maven resolved (no Spark installation), a sweep submitted to them with
# spark-submit (client mode, the cluster jar), one executor JVM killed with SIGKILL mid-sweep —
# then the table must hold every trial exactly once, with the same results as a local run.
#
#   submit-scripts/standalone-executor-kill.sh [WORKDIR]
#
# Everything binds to 127.0.0.1; the processes it starts are stopped on exit. Prints PASS or FAIL.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-$(mktemp -d /tmp/xhpo-standalone.XXXXXX)}"
mkdir -p "$WORK"
export SPARK_LOCAL_IP=127.0.0.1

[[ -f "$ROOT/jobs/target/local-classpath.txt" && -f "$ROOT/jobs/target/xhpo-jobs-0.1.0-SNAPSHOT-cluster.jar" ]] \
  || (cd "$ROOT" && mvn -q -B -DskipTests package)

# Workers launch executors from $SPARK_HOME/jars: make one out of the Maven-resolved jars.
export SPARK_HOME="$WORK/spark-home"
mkdir -p "$SPARK_HOME/jars"
echo "Spark 3.5.7 (jars resolved by Maven for XHPO)" > "$SPARK_HOME/RELEASE"  # marks a binary layout
export SPARK_SCALA_VERSION=2.12
tr ':' '\n' < "$ROOT/jobs/target/local-classpath.txt" | grep -v -E '/hpo-lib|/smile-|/bytedeco/' \
  | while read -r jar; do ln -sf "$jar" "$SPARK_HOME/jars/"; done
CP="$SPARK_HOME/jars/*"
OPENS=$(grep -o -- '--add-opens=[^ ]*' "$ROOT/submit-scripts/spark-submit-from-maven" | tr '\n' ' ')
export SPARK_EXECUTOR_OPTS="$OPENS"

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; pkill -f "spark-home/jars" 2>/dev/null || true; }
trap cleanup EXIT

# shellcheck disable=SC2086
java $OPENS -Xmx512m -cp "$CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7177 --webui-port 8180 \
  > "$WORK/master.log" 2>&1 & PIDS+=($!)
sleep 5
for i in 1 2; do
  # shellcheck disable=SC2086
  java $OPENS -Xmx512m -cp "$CP" org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7177 --host 127.0.0.1 \
    --cores 1 --memory 1500m --webui-port $((8180 + i)) --work-dir "$WORK/worker$i" > "$WORK/worker$i.log" 2>&1 & PIDS+=($!)
done
sleep 8

OUT="$WORK/cluster-out"
echo "[check] submitting the sweep to spark://127.0.0.1:7177 (2 workers, 1 core each)"
SPARK_SUBMIT="$ROOT/submit-scripts/spark-submit-from-maven" XHPO_OUT="$OUT" \
  "$ROOT/submit-scripts/spark-submit.sh" "$ROOT/conf/cluster-check.yaml" --master spark://127.0.0.1:7177 \
  --conf spark.executor.memory=1g --conf "spark.executor.extraJavaOptions=$OPENS" > "$WORK/driver.log" 2>&1 &
DRIVER=$!
PIDS+=($DRIVER)
until grep -q "round 2:" "$WORK/driver.log" 2>/dev/null; do
  if ! kill -0 "$DRIVER" 2>/dev/null; then echo "FAIL: driver ended early"; tail -30 "$WORK/driver.log"; exit 1; fi
  sleep 1
done
VICTIM=$(pgrep -f CoarseGrainedExecutorBackend | head -1)
echo "[check] round 2 done; killing executor JVM $VICTIM with SIGKILL"
kill -9 "$VICTIM"
wait "$DRIVER" || { echo "FAIL: the sweep did not finish"; tail -30 "$WORK/driver.log"; exit 1; }
grep "\[xhpo\]" "$WORK/driver.log" | tail -4

echo "[check] the same sweep in local mode, for comparison"
"$ROOT/submit-scripts/xhpo" run "$ROOT/conf/cluster-check.yaml" --out "$WORK/local-out" > "$WORK/local.log" 2>&1

"$ROOT/submit-scripts/xhpo" sql "SELECT count(*) AS n, count(DISTINCT trial_id) AS ids, sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) AS ok FROM trials" \
  --out "$OUT" 2>/dev/null | tee "$WORK/cluster-count.txt"
java -cp "$(cat "$ROOT/jobs/target/local-classpath.txt"):$ROOT/jobs/target/xhpo-jobs-0.1.0-SNAPSHOT.jar" $OPENS \
  -Dlog4j2.configurationFile="$ROOT/conf/log4j2.properties" org.xhpo.jobs.bench.TableDiff \
  "$OUT/cluster-check/trials" "$WORK/local-out/cluster-check/trials" | tee "$WORK/diff.txt"
grep -q "^SAME" "$WORK/diff.txt" && grep -q "|48 |48 |48 |" "$WORK/cluster-count.txt" && echo "PASS" || { echo "FAIL"; exit 1; }

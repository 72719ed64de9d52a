#!/usr/bin/env bash
# The batch on a real Spark cluster: starts a standalone master and one worker on this machine (loopback
# only, free ports) from the project's own Spark jars, submits the cluster jar with spark-submit in
# client mode, and checks that the published DuckDB file holds exactly what a local run publishes.
# Master, worker and executors are stopped on every exit, failures included. See docs/cluster.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

usage() {
  cat <<'TXT'
Usage: analytics/cluster/standalone-check.sh [--input PATH] [--work DIR]

  --input PATH  what the batch reads (default: data/sample)
  --work DIR    scratch folder for the cluster, both runs and their logs; emptied first
                (default: analytics/target/cluster-check)

Needs Java 17 and a build of the project (mvn -B -q install -DskipTests, or mvn -B verify): the local
reference run uses the modules' target/classes and analytics/target/lib. The script builds the cluster jar itself
(mvn -Pcluster) and may fetch the maven-shade-plugin once. Exit 0 when both runs publish the same
tables, 1 when they differ or a step fails, 2 on a usage error.
Environment: ITA_CLUSTER_TIMEOUT (seconds per batch run, default 1800).
TXT
}

die() { echo "cluster-check: $*" >&2; exit 1; }

INPUT="$ROOT/data/sample"
WORK="$ROOT/analytics/target/cluster-check"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; INPUT="$2"; shift 2 ;;
    --work) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; WORK="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "cluster-check: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ -e "$INPUT" ]] || { echo "cluster-check: no input at $INPUT" >&2; exit 2; }
# Absolute, because the runs start in the work folder (Spark leaves files in its working directory).
INPUT="$(cd "$(dirname "$INPUT")" && pwd)/$(basename "$INPUT")"
TIMEOUT="${ITA_CLUSTER_TIMEOUT:-1800}"

command -v java >/dev/null || die "java not found (Java 17 is needed)"
command -v mvn >/dev/null || die "mvn not found (Maven 3.8 is needed)"
[[ -d analytics/target/classes && -d analytics/target/lib ]] \
  || die "build the project first: mvn -B -q install -DskipTests (analytics/target/lib is missing)"

# Spark's --add-opens flags for Java 17: one list in pom.xml (spark.jvm.flags), copied to .mvn/jvm.config.
# Every JVM here needs them: master, worker, driver and — via spark.executor.extraJavaOptions — executors.
SPARK_FLAGS="$(tr '\n' ' ' < "$ROOT/.mvn/jvm.config")"
# Every JVM of this check carries this marker, so the cleanup finds the executors the worker forked too.
MARK="ita-cluster-check-$$-$RANDOM"
JVM_COMMON="$SPARK_FLAGS -Dfile.encoding=UTF-8 -Dita.cluster-check=$MARK"

started=$SECONDS
phase_name=""
phase_start=$SECONDS
timings=()
phase() { # closes the running phase (its time goes into the summary) and names the next one
  if [[ -n "$phase_name" ]]; then
    timings+=("$(printf '%5d s  %s' $((SECONDS - phase_start)) "$phase_name")")
  fi
  phase_name="$1"
  phase_start=$SECONDS
  [[ -n "$1" ]] && echo "cluster-check: $1 …" >&2
  return 0
}

# The work folder is emptied: refuse one that holds anything but an earlier check's files.
if [[ -d "$WORK" && -n "$(ls -A "$WORK")" && ! -d "$WORK/spark-home" ]]; then
  echo "cluster-check: $WORK is not empty and not an earlier check's folder; choose another --work" >&2
  exit 2
fi
rm -rf "$WORK"
mkdir -p "$WORK"/{local,cluster,logs,worker,spark-local,spark-home/jars}
WORK="$(cd "$WORK" && pwd)"
LOGS="$WORK/logs"

ours() { pgrep -f -- "-Dita.cluster-check=$MARK" || true; }

stop_cluster() {
  local pids
  pids="$(ours)"
  [[ -z "$pids" ]] && return 0
  # shellcheck disable=SC2086
  kill $pids 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while [[ -n "$(ours)" && $SECONDS -lt $deadline ]]; do sleep 1; done
  pids="$(ours)"
  if [[ -n "$pids" ]]; then
    echo "cluster-check: still running after 30 s, killing: $pids" >&2
    # shellcheck disable=SC2086
    kill -9 $pids 2>/dev/null || true
  fi
}

on_exit() {
  local code=$?
  stop_cluster
  if [[ $code -ne 0 ]]; then
    echo "cluster-check: FAILED after $((SECONDS - started)) s; logs in $LOGS" >&2
  fi
  exit "$code"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

show_log() { echo "---- last lines of $1" >&2; tail -n 40 "$1" >&2 || true; }

# 1. The cluster jar: our modules and their libraries, Spark left out (provided).
phase "building the cluster jar (mvn -Pcluster -pl analytics -am package)"
if ! mvn -B -q -Dstyle.color=never -Pcluster -pl analytics -am package -DskipTests > "$LOGS/build.log" 2>&1; then
  show_log "$LOGS/build.log"
  die "the cluster jar did not build"
fi
APP_JAR="$(ls "$ROOT"/analytics/target/ita-analytics-*-cluster.jar)"

# 2. A Spark "installation" that holds Spark and nothing of ours: the closure of spark-sql (versions
#    from the parent pom), linked from ~/.m2. The worker builds each executor's classpath from
#    SPARK_HOME/jars, so our classes can only reach the executors through the submitted jar.
phase "linking Spark's jars into $WORK/spark-home/jars"
if ! mvn -B -q -Dstyle.color=never -f analytics/cluster/spark-distribution.pom.xml dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$WORK/spark.classpath" > "$LOGS/spark-classpath.log" 2>&1; then
  show_log "$LOGS/spark-classpath.log"
  die "could not resolve Spark's jars"
fi
tr ':' '\n' < "$WORK/spark.classpath" > "$WORK/spark.jars"
while IFS= read -r jar; do
  [[ -n "$jar" ]] && ln -s "$jar" "$WORK/spark-home/jars/"
done < "$WORK/spark.jars"
if compgen -G "$WORK/spark-home/jars/ita-*" > /dev/null; then
  die "the Spark installation must not contain our own jars"
fi
export SPARK_HOME="$WORK/spark-home"
export SPARK_SCALA_VERSION=2.13          # the worker's launcher cannot tell it from a jars/ folder
export SPARK_LOCAL_IP=127.0.0.1          # every service binds to loopback
export SPARK_LOCAL_DIRS="$WORK/spark-local"
SPARK_CP="$SPARK_HOME/jars/*"

# 3. The reference: the same batch in local mode, as ./ita run does it (its flags and libraries). The
#    modules' classes come first: step 1 just compiled them into the cluster jar, while the copies of
#    our jars in target/lib date from the last default build and may be older.
phase "local run (reference): ita run --input $INPUT"
LOCAL_CP="$ROOT/data/target/classes:$ROOT/ingest/target/classes:$ROOT/analytics/target/classes:$ROOT/analytics/target/lib/*"
set +e
# shellcheck disable=SC2086
(cd "$WORK" && timeout "$TIMEOUT" java $JVM_COMMON -Xmx1g -Dspark.sql.warehouse.dir="$WORK/spark-warehouse" \
  -cp "$LOCAL_CP" th.ita.insight.analytics.BatchCli \
  run --input "$INPUT" --db "$WORK/local/ita.duckdb" --fresh --lang en > "$LOGS/local.out" 2> "$LOGS/local.log")
local_code=$?
set -e
cat "$LOGS/local.out" >&2
[[ $local_code -eq 0 || $local_code -eq 3 ]] || { show_log "$LOGS/local.log"; die "the local run failed (exit $local_code)"; }

# 4. A standalone master and one worker (2 cores, 1 GiB for executors); ports chosen by the OS, read
#    back from the logs; the master's REST submission server stays off (it would take port 6066).
wait_for() { # LOG PATTERN PID WHAT
  local deadline=$((SECONDS + 180))
  until grep -q "$2" "$1" 2>/dev/null; do
    kill -0 "$3" 2>/dev/null || { show_log "$1"; die "$4 exited before it was ready"; }
    [[ $SECONDS -lt $deadline ]] || { show_log "$1"; die "$4 not ready after 180 s"; }
    sleep 1
  done
}
phase "starting a standalone master and one worker on 127.0.0.1"
# shellcheck disable=SC2086
java $JVM_COMMON -Xmx256m -Dspark.master.rest.enabled=false -cp "$SPARK_CP" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 > "$LOGS/master.log" 2>&1 &
master_pid=$!
wait_for "$LOGS/master.log" "Starting Spark master at spark://" "$master_pid" "the master"
MASTER_URL="$(grep -o -m1 'spark://127\.0\.0\.1:[0-9]*' "$LOGS/master.log")"
# shellcheck disable=SC2086
java $JVM_COMMON -Xmx256m -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --port 0 --webui-port 0 --cores 2 --memory 1g --work-dir "$WORK/worker" \
  "$MASTER_URL" > "$LOGS/worker.log" 2>&1 &
worker_pid=$!
wait_for "$LOGS/worker.log" "Successfully registered with master" "$worker_pid" "the worker"
echo "cluster-check: master $MASTER_URL (pid $master_pid), worker pid $worker_pid" >&2

# 5. spark-submit in client mode: the driver runs here (it also publishes the DuckDB file), the
#    executors on the worker. On one machine a local folder is "shared storage"; on a real cluster
#    the input, the store and the database folder must be mounted at the same path everywhere.
phase "cluster run: spark-submit --master $MASTER_URL --deploy-mode client"
set +e
# shellcheck disable=SC2086
(cd "$WORK" && timeout "$TIMEOUT" java $JVM_COMMON -Xmx1g -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER_URL" --deploy-mode client --name ita-cluster-check \
  --class th.ita.insight.analytics.BatchCli \
  --conf spark.executor.memory=1g --conf spark.executor.cores=2 --conf spark.cores.max=2 \
  --conf "spark.executor.extraJavaOptions=$JVM_COMMON" \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.ui.enabled=false --conf spark.sql.warehouse.dir="$WORK/spark-warehouse" \
  "$APP_JAR" run --input "$INPUT" --db "$WORK/cluster/ita.duckdb" --fresh --lang en \
  > "$LOGS/cluster.out" 2> "$LOGS/cluster.log")
cluster_code=$?
set -e
cat "$LOGS/cluster.out" >&2
[[ $cluster_code -eq 0 || $cluster_code -eq 3 ]] || { show_log "$LOGS/cluster.log"; die "the cluster run failed (exit $cluster_code)"; }
[[ $cluster_code -eq $local_code ]] || die "exit codes differ: local $local_code, cluster $cluster_code"

# The work must really have run in the worker's executor, not in the driver.
executor_log="$(compgen -G "$WORK/worker/app-*/*/stderr" || true)"
[[ -n "$executor_log" ]] || die "the worker launched no executor (see $LOGS/worker.log)"
# shellcheck disable=SC2086
tasks="$(cat $executor_log | grep -c 'Running task' || true)"
[[ "$tasks" -gt 0 ]] || die "no task ran in the executor ($executor_log)"
echo "cluster-check: the executor on the worker ran $tasks tasks ($executor_log)" >&2

# 6. Same results: every table of the contract (only run_info's run id, times and app version left
#    out), and the same rejects report.
phase "comparing the two published files"
java -cp "$ROOT/data/target/classes:$ROOT/analytics/target/lib/*" th.ita.insight.store.PublishedComparison \
  "$WORK/local/ita.duckdb" "$WORK/cluster/ita.duckdb" || die "the cluster run published other results than the local run"
if ! diff <(sort "$WORK/local/ita.duckdb.rejects.csv") <(sort "$WORK/cluster/ita.duckdb.rejects.csv") > "$LOGS/rejects.diff"; then
  show_log "$LOGS/rejects.diff"
  die "the rejects reports differ"
fi
echo "cluster-check: rejects reports equal ($(($(wc -l < "$WORK/local/ita.duckdb.rejects.csv") - 1)) rejects)" >&2

phase "stopping master, worker and executors"
stop_cluster
[[ -z "$(ours)" ]] || die "Spark processes of this check are still running: $(ours)"
phase ""
printf '%s\n' "${timings[@]}"
echo "cluster-check: passed in $((SECONDS - started)) s (local exit $local_code, cluster exit $cluster_code; logs in $LOGS)"

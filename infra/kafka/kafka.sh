#!/usr/bin/env bash
# The bundled single-node Apache Kafka broker (KRaft, combined broker + controller) for
# Tamga development and CI. No Docker needed: Maven fetches the broker jars (pom.xml).
#
#   infra/kafka/kafka.sh install   fetch the jars into infra/kafka/target/lib (only if needed)
#   infra/kafka/kafka.sh start     install, format storage on first run, start, wait until ready
#   infra/kafka/kafka.sh stop      stop the broker that `start` started
#   infra/kafka/kafka.sh status    exit 0 if a broker answers on the port
#   infra/kafka/kafka.sh restart   stop, then start
#
# Every subcommand is idempotent and never reads standard input.
# Settings (environment):
#   KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_DATA_DIR (<repo>/.tamga/kafka),
#   KAFKA_START_TIMEOUT (90 s), KAFKA_STOP_TIMEOUT (30 s),
#   KAFKA_HEAP_OPTS (-Xms256m -Xmx512m), KAFKA_JVM_PERFORMANCE_OPTS (G1 settings as in Kafka's own scripts).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

KAFKA_HOST=127.0.0.1
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KAFKA_DATA_DIR=${KAFKA_DATA_DIR:-$REPO_ROOT/.tamga/kafka}
[[ $KAFKA_DATA_DIR == /* ]] || KAFKA_DATA_DIR=$PWD/$KAFKA_DATA_DIR
KAFKA_START_TIMEOUT=${KAFKA_START_TIMEOUT:-90}
KAFKA_STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-30}
KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}
KAFKA_JVM_PERFORMANCE_OPTS=${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}

POM=$SCRIPT_DIR/pom.xml
LIB_DIR=$SCRIPT_DIR/target/lib
INSTALL_STAMP=$SCRIPT_DIR/target/install.stamp
TEMPLATE=$SCRIPT_DIR/server.properties.template
LOG4J_CONFIG=$SCRIPT_DIR/log4j2.properties

CONFIG_FILE=$KAFKA_DATA_DIR/server.properties
CLUSTER_ID_FILE=$KAFKA_DATA_DIR/cluster.id
LOG_DIRS=$KAFKA_DATA_DIR/data
PID_FILE=$KAFKA_DATA_DIR/kafka.pid
LOG_FILE=$KAFKA_DATA_DIR/kafka.log
PROBE_SOURCE=$KAFKA_DATA_DIR/probe/KafkaReady.java

# Main classes of Apache Kafka 4.x (both in kafka_2.13.jar).
BROKER_MAIN=kafka.Kafka
STORAGE_TOOL_MAIN=kafka.tools.StorageTool
# KafkaRaftServer logs this once the broker is registered, caught up on metadata and unfenced.
STARTED_MARKER='Kafka Server started'

log() { printf '[kafka.sh] %s\n' "$*"; }
die() { printf '[kafka.sh] ERROR: %s\n' "$*" >&2; exit 1; }

require() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed; it is needed to $2"
}

# Serialises concurrent calls (say two test runners starting the broker at once):
# with_lock FD LOCK_FILE COMMAND... holds an flock on LOCK_FILE through file descriptor FD.
with_lock() {
  local fd=$1 lock_file=$2
  shift 2
  mkdir -p "$(dirname "$lock_file")"
  if command -v flock >/dev/null 2>&1; then
    eval "exec $fd>\"\$lock_file\""
    flock -w 300 "$fd" || die "could not take the lock $lock_file within 300 s"
  fi
  "$@"
}

check_java() {
  require java "run the Kafka broker (Java 17 or newer)"
  local version major
  version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  major=${version%%.*}
  [[ $major =~ ^[0-9]+$ ]] || die "could not tell the Java version (got '$version')"
  ((major >= 17)) || die "Kafka 4 needs Java 17 or newer; 'java' is Java $version"
}

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

is_installed() {
  [[ -f $INSTALL_STAMP && $(cat "$INSTALL_STAMP") == "$(pom_hash)" ]] &&
    compgen -G "$LIB_DIR/kafka_2.13-*.jar" >/dev/null
}

do_install() {
  if is_installed; then
    log "Kafka jars are up to date in ${LIB_DIR#"$REPO_ROOT"/}"
    return 0
  fi
  require mvn "fetch the Kafka jars"
  check_java
  log "fetching Apache Kafka with Maven into ${LIB_DIR#"$REPO_ROOT"/} ..."
  # Fetch into a staging folder and swap it in, so a failed fetch leaves the old jars alone.
  local staging=$LIB_DIR.new
  rm -rf "$staging"
  mkdir -p "$SCRIPT_DIR/target"
  if ! mvn -B -q -Dstyle.color=never -f "$POM" "-Dkafka.lib.dir=$staging" dependency:copy-dependencies \
    >"$SCRIPT_DIR/target/mvn.log" 2>&1; then
    cat "$SCRIPT_DIR/target/mvn.log" >&2
    die "Maven could not fetch Kafka (see above)"
  fi
  compgen -G "$staging/kafka_2.13-*.jar" >/dev/null || die "Maven finished but no kafka_2.13 jar is in $staging"
  rm -rf "$LIB_DIR" "$INSTALL_STAMP"
  mv "$staging" "$LIB_DIR"
  pom_hash >"$INSTALL_STAMP"
  log "installed $(find "$LIB_DIR" -name '*.jar' | wc -l | tr -d ' ') jars"
}

INSTALL_LOCK=$SCRIPT_DIR/target/install.lock
DATA_LOCK=$KAFKA_DATA_DIR.lock

cmd_install() { with_lock 8 "$INSTALL_LOCK" do_install; }

port_open() {
  # shellcheck disable=SC2016 # $0 and $1 are expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$KAFKA_HOST" "$1" 2>/dev/null
}

# The pid from the pid file, if that process is alive and is our broker.
running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid
  pid=$(cat "$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  ps -p "$pid" -o args= 2>/dev/null | grep -qF "$BROKER_MAIN" || return 1
  echo "$pid"
}

# Sets JAVA_CMD to the java command line shared by the broker and the storage tool.
java_cmd() {
  local heap perf
  read -r -a heap <<<"$KAFKA_HEAP_OPTS"
  read -r -a perf <<<"$KAFKA_JVM_PERFORMANCE_OPTS"
  JAVA_CMD=(java "${heap[@]}" "${perf[@]}"
    "-Dlog4j2.configurationFile=$LOG4J_CONFIG" "-Dkafka.logs.dir=$KAFKA_DATA_DIR"
    -cp "$LIB_DIR/*")
}

render_config() {
  sed -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" \
    -e "s#@KAFKA_CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    -e "s#@KAFKA_LOG_DIRS@#$LOG_DIRS#g" \
    "$TEMPLATE" >"$CONFIG_FILE.tmp"
  mv "$CONFIG_FILE.tmp" "$CONFIG_FILE"
}

# Formats the storage once; the cluster id is kept in cluster.id (and in data/meta.properties).
format_storage_once() {
  if [[ -f $LOG_DIRS/meta.properties ]]; then
    return 0
  fi
  local cluster_id
  if [[ -s $CLUSTER_ID_FILE ]]; then
    cluster_id=$(cat "$CLUSTER_ID_FILE")
  else
    cluster_id=$(java -cp "$LIB_DIR/*" "$STORAGE_TOOL_MAIN" random-uuid 2>/dev/null | tail -n 1)
    [[ $cluster_id =~ ^[A-Za-z0-9_-]{22}$ ]] || die "could not generate a cluster id (got '$cluster_id')"
    echo "$cluster_id" >"$CLUSTER_ID_FILE"
  fi
  log "formatting storage in ${LOG_DIRS} (cluster id $cluster_id)"
  KAFKA_HEAP_OPTS='-Xmx256m' java_cmd
  "${JAVA_CMD[@]}" -Dtamga.kafka.log.level=WARN "$STORAGE_TOOL_MAIN" format --ignore-formatted -t "$cluster_id" -c "$CONFIG_FILE" >"$KAFKA_DATA_DIR/format.log" 2>&1 ||
    { tail -n 30 "$KAFKA_DATA_DIR/format.log" >&2; die "formatting the storage failed"; }
}

# A tiny Kafka client: the broker is ready when cluster metadata is served on the advertised
# listener and the group and transaction coordinators answer. Asking them also creates
# __consumer_offsets and __transaction_state on a new broker and gets it a block of producer
# ids, so that the first consumer group or idempotent producer of a test does not meet
# "The coordinator is loading" (kafkajs 2.2.4 logs it as an error, and its consumer crashes
# and restarts on it). Java's source-file launcher runs it, so nothing
# has to be compiled in advance.
write_probe() {
  mkdir -p "$(dirname "$PROBE_SOURCE")"
  cat >"$PROBE_SOURCE.tmp" <<'JAVA'
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public class KafkaReady {
  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.put("bootstrap.servers", args[0]);
    props.put("client.id", "tamga-kafka-ready");
    props.put("request.timeout.ms", "5000");
    props.put("default.api.timeout.ms", "20000");
    try (Admin admin = Admin.create(props)) {
      DescribeClusterResult cluster = admin.describeCluster();
      String clusterId = cluster.clusterId().get(10, TimeUnit.SECONDS);
      int nodes = cluster.nodes().get(10, TimeUnit.SECONDS).size();
      if (nodes < 1) throw new IllegalStateException("no broker in the cluster metadata");
      int topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).size();
      // Group coordinator (retried by the admin client while it loads).
      try {
        admin.describeConsumerGroups(List.of("tamga-kafka-ready")).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        // Kafka 4 answers "not found" for an unknown group; older brokers describe it as Dead.
        if (!(e.getCause() instanceof GroupIdNotFoundException)) throw e;
      }
      // Transaction coordinator and the broker's first block of producer ids (retried by the
      // producer while they load), which every idempotent producer needs.
      Properties producerProps = new Properties();
      producerProps.putAll(props);
      producerProps.remove("default.api.timeout.ms");
      // A new id each time: only a new transactional id makes the broker hand out a producer
      // id (a known one just gets its epoch bumped). Unused ids expire after 7 days.
      producerProps.put("transactional.id", "tamga-kafka-ready-" + UUID.randomUUID());
      producerProps.put("max.block.ms", "30000");
      try (Producer<byte[], byte[]> producer =
          new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
        producer.initTransactions();
      }
      System.out.println("cluster " + clusterId + ", " + nodes + " broker(s), " + topics + " topic(s)");
    }
  }
}
JAVA
  mv "$PROBE_SOURCE.tmp" "$PROBE_SOURCE"
}

probe_ready() {
  java -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$LOG4J_CONFIG" -Dtamga.kafka.log.level=OFF \
    -cp "$LIB_DIR/*" "$PROBE_SOURCE" "$KAFKA_HOST:$KAFKA_PORT" 2>&1
}

fail_start() {
  printf '[kafka.sh] ERROR: %s\n' "$1" >&2
  if [[ -f $LOG_FILE ]]; then
    printf '[kafka.sh] last 40 lines of %s:\n' "$LOG_FILE" >&2
    tail -n 40 "$LOG_FILE" >&2
  fi
  do_stop >&2 || true
  exit 1
}

wait_ready() {
  local pid=$1 deadline=$((SECONDS + KAFKA_START_TIMEOUT)) probe_out=''
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || fail_start "the broker (pid $pid) exited during start-up"
    if grep -q "$STARTED_MARKER" "$LOG_FILE" 2>/dev/null && port_open "$KAFKA_PORT"; then
      if probe_out=$(probe_ready); then
        log "ready on $KAFKA_HOST:$KAFKA_PORT (pid $pid): ${probe_out##*$'\n'}"
        return 0
      fi
    fi
    sleep 1
  done
  [[ -n $probe_out ]] && printf '[kafka.sh] last readiness probe said:\n%s\n' "$probe_out" >&2
  fail_start "the broker was not ready on $KAFKA_HOST:$KAFKA_PORT within ${KAFKA_START_TIMEOUT}s"
}

do_start() {
  local pid
  if port_open "$KAFKA_PORT"; then
    if pid=$(running_pid); then
      log "already running on $KAFKA_HOST:$KAFKA_PORT (pid $pid); reusing it"
    else
      log "a broker already answers on $KAFKA_HOST:$KAFKA_PORT (not started by this script); reusing it"
    fi
    return 0
  fi
  cmd_install
  check_java
  mkdir -p "$KAFKA_DATA_DIR" "$LOG_DIRS"
  write_probe

  if pid=$(running_pid); then
    # Started earlier but not answering yet (or hung): wait for it rather than start a second one.
    log "broker pid $pid is already starting; waiting for it"
    wait_ready "$pid"
    return 0
  fi
  if port_open "$KAFKA_CONTROLLER_PORT"; then
    die "the controller port $KAFKA_HOST:$KAFKA_CONTROLLER_PORT is taken by another process; set KAFKA_CONTROLLER_PORT"
  fi

  render_config
  format_storage_once
  [[ -f $LOG_FILE ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"

  log "starting Kafka on $KAFKA_HOST:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT, data in $KAFKA_DATA_DIR)"
  java_cmd
  # In a session of its own (setsid keeps the pid), so the broker outlives the shell or test
  # runner that started it and gets no signal meant for that one's process group; without
  # the lock descriptors (8, 9), which it would otherwise hold for as long as it runs.
  if command -v setsid >/dev/null 2>&1; then
    setsid "${JAVA_CMD[@]}" "$BROKER_MAIN" "$CONFIG_FILE" </dev/null >"$LOG_FILE" 2>&1 8>&- 9>&- &
  else
    nohup "${JAVA_CMD[@]}" "$BROKER_MAIN" "$CONFIG_FILE" </dev/null >"$LOG_FILE" 2>&1 8>&- 9>&- &
  fi
  pid=$!
  echo "$pid" >"$PID_FILE"
  wait_ready "$pid"
}

do_stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PID_FILE"
    if port_open "$KAFKA_PORT"; then
      log "a broker answers on $KAFKA_HOST:$KAFKA_PORT but was not started by this script; leaving it alone"
    else
      log "not running"
    fi
    return 0
  fi
  log "stopping Kafka (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after ${KAFKA_STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 10))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && die "could not stop pid $pid"
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if port_open "$KAFKA_PORT"; then
    if pid=$(running_pid); then
      log "running on $KAFKA_HOST:$KAFKA_PORT (pid $pid, data in $KAFKA_DATA_DIR)"
    else
      log "a broker answers on $KAFKA_HOST:$KAFKA_PORT (not started by this script)"
    fi
    return 0
  fi
  if pid=$(running_pid); then
    log "pid $pid is alive but $KAFKA_HOST:$KAFKA_PORT does not answer (starting, or hung)"
  else
    log "not running"
  fi
  return 1
}

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
  case "${1:-}" in
    install) cmd_install ;;
    start) with_lock 9 "$DATA_LOCK" do_start ;;
    stop) with_lock 9 "$DATA_LOCK" do_stop ;;
    restart) with_lock 9 "$DATA_LOCK" do_stop && with_lock 9 "$DATA_LOCK" do_start ;;
    status) cmd_status ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"

#!/usr/bin/env bash
# Load benchmark of the gateway as a Postfix milter (issue 5, "Done when"); see docs/milter.md.
#
# Postfix's smtp-source sends the same messages over parallel sessions into one throwaway Postfix
# (own config, queue and log in a temporary folder, loopback only) that relays to smtp-sink, on
# three listeners that differ only in their milter:
#   (a) none                   -- Postfix alone
#   (b) a do-nothing milter    -- a trivial jmilter milter that accepts everything (same negotiation)
#   (c) the gateway's milter   -- every detector on, the example school's configuration
# and prints messages/s for each and the ratios. Target: (c) at least 90 % of (b).
#
# Run as root (Postfix needs it) from anywhere:  sudo bench/milter-bench.sh
# Needs: smtp-source, smtp-sink, postfix, postconf (Debian package postfix), java 17, and the gateway
# built with its test classes (mvn -q -B -pl scanners,gateway package -DskipTests). It installs
# nothing and touches no system configuration; everything lives in a temporary folder removed on exit.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"

MESSAGES=2000
SESSIONS=10
LENGTH=20000
WARMUP=500
RUNS=3
JAR="$REPO/gateway/target/gateway.jar"
TEST_CLASSES="$REPO/gateway/target/test-classes"
CONFIG="$REPO/config"
MESSAGE=""
KEEP=0
FROM=head@hawthornlane.leeds.sch.uk
TO=someone@example.org
TARGET=0.90

usage() {
  cat <<USAGE
usage: $0 [options]
  --messages N   messages per measured run (default $MESSAGES)
  --sessions N   parallel SMTP sessions (default $SESSIONS)
  --length N     message size for smtp-source -l (default $LENGTH bytes of text lines)
  --message FILE send this message instead (smtp-source -F), e.g. a real 20 KB staff notice
  --warmup N     messages down each path before measuring (default $WARMUP; the JIT needs them)
  --runs N       measured rounds, each path once per round, in turn (default $RUNS)
  --config DIR   gateway configuration to copy (default config/)
  --keep         keep the temporary folder (logs) and print where it is
USAGE
}

while [ $# -gt 0 ]; do
  case "$1" in
    --messages) MESSAGES="$2"; shift 2 ;;
    --sessions) SESSIONS="$2"; shift 2 ;;
    --length) LENGTH="$2"; shift 2 ;;
    --message) MESSAGE="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --config) CONFIG="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "milter-bench: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

die() { echo "milter-bench: ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites
missing=()
for tool in smtp-source smtp-sink postfix postconf postqueue java; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "milter-bench: missing: ${missing[*]}" >&2
  echo "  smtp-source, smtp-sink, postfix, postconf and postqueue come with Debian's postfix package:" >&2
  echo "    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postfix" >&2
  echo "  java: a Java 17 runtime, e.g. apt-get install openjdk-17-jre-headless" >&2
  exit 2
fi
export PATH="$PATH:/usr/sbin"
[ "$(id -u)" = 0 ] || die "run as root: the throwaway Postfix needs it (sudo $0)"
[ -f "$JAR" ] || die "$JAR not found: build it (cd $REPO && mvn -q -B -pl scanners,gateway package -DskipTests)"
[ -f "$TEST_CLASSES/uk/schoolgate/receive/milter/DoNothingMilter.class" ] ||
  die "the do-nothing milter is not built: cd $REPO && mvn -q -B -pl scanners,gateway package -DskipTests"
[ -f "$CONFIG/gateway.yaml" ] || die "$CONFIG/gateway.yaml not found"
if grep -Eq '^(smtp|upstream|data_dir|milter):' "$CONFIG/gateway.yaml"; then
  die "$CONFIG/gateway.yaml already has smtp:, upstream:, data_dir: or milter:; the benchmark sets these itself"
fi
[ -z "$MESSAGE" ] || [ -f "$MESSAGE" ] || die "$MESSAGE not found"
for n in "$MESSAGES" "$SESSIONS" "$LENGTH" "$WARMUP" "$RUNS"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "--messages, --sessions, --length, --warmup and --runs take whole numbers"
done

now() { date +%s.%N; }

# ---------------------------------------------------------------- temp folder, cleanup
WORK="$(mktemp -d /tmp/milter-bench.XXXXXX)"
chmod 755 "$WORK"   # smtp-sink runs as nobody, Postfix's daemons as postfix
SINK_PID=""; GW_PID=""; NOOP_PID=""; PF_STARTED=0
stop_pid() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$PF_STARTED" = 1 ]; then
    postfix -c "$WORK/postfix/etc" stop >/dev/null 2>&1 || postfix -c "$WORK/postfix/etc" abort >/dev/null 2>&1 || true
  fi
  stop_pid "$GW_PID"; stop_pid "$NOOP_PID"; stop_pid "$SINK_PID"
  if [ "$KEEP" = 1 ]; then echo "milter-bench: kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

listening() {   # is anything listening on TCP port $1?
  local hex; hex="$(printf '%04X' "$1")"
  cat /proc/net/tcp /proc/net/tcp6 2>/dev/null |
    awk -v p=":$hex" '$4=="0A" && substr($2, length($2)-4)==p {found=1} END {exit !found}'
}
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 30000 ))
    case " ${USED_PORTS:-} " in *" $p "*) continue ;; esac
    if ! listening "$p"; then USED_PORTS="${USED_PORTS:-} $p"; echo "$p"; return 0; fi
  done
  die "no free loopback port found"
}
wait_listening() {   # port pid what log
  for _ in $(seq 1 600); do
    listening "$1" && return 0
    if [ -n "$2" ] && ! kill -0 "$2" 2>/dev/null; then tail -n 20 "$4" >&2; die "$3 exited before listening"; fi
    sleep 0.1
  done
  tail -n 20 "$4" >&2; die "$3 is not listening on 127.0.0.1:$1 after 60 s"
}
sink_count() {   # messages smtp-sink has received (its -c counter)
  local last
  last="$(tail -c 300 "$WORK/sink.out" | tr '\r' '\n' | grep -o 'mesg=[0-9]*' | tail -n 1 || true)"
  last="${last#mesg=}"
  echo "${last:-0}"
}

# ---------------------------------------------------------------- machine
echo "== milter-bench: Postfix alone, Postfix + a do-nothing milter, Postfix + the gateway's milter"
cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
mem="$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "machine: $(nproc) CPUs ($cpu), $mem RAM, $(uname -sr)"
echo "         $(java -version 2>&1 | head -n 1); Postfix $(postconf -d -h mail_version 2>/dev/null)"
if git -C "$REPO" rev-parse --short HEAD >/dev/null 2>&1; then
  echo "gateway: commit $(git -C "$REPO" rev-parse --short HEAD)"
fi
echo "load:    $MESSAGES messages per run, $SESSIONS sessions, $RUNS rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

SINK_PORT="$(free_port)"; NOOP_PORT="$(free_port)"; MILTER_PORT="$(free_port)"; GW_SMTP_PORT="$(free_port)"
PORT_A="$(free_port)"; PORT_B="$(free_port)"; PORT_C="$(free_port)"

# ---------------------------------------------------------------- smtp-sink
smtp-sink -c -u nobody "127.0.0.1:$SINK_PORT" 256 >"$WORK/sink.out" 2>"$WORK/sink.err" &
SINK_PID=$!
wait_listening "$SINK_PORT" "$SINK_PID" "smtp-sink" "$WORK/sink.err"

# ---------------------------------------------------------------- the two milters
GW="$WORK/gateway"
mkdir -p "$GW"
cp -r "$CONFIG" "$GW/config"
cat >>"$GW/config/gateway.yaml" <<YAML

# added by bench/milter-bench.sh
smtp:
  listen: 127.0.0.1:$GW_SMTP_PORT
upstream:            # notices to senders (none expected here)
  host: 127.0.0.1
  port: $SINK_PORT
  tls: none
data_dir: $GW/data
milter:
  listen: 127.0.0.1:$MILTER_PORT
YAML
(cd "$GW" && exec java -jar "$JAR" serve --config "$GW/config") >"$WORK/gateway.out" 2>"$WORK/gateway.log" &
GW_PID=$!
java -cp "$JAR:$TEST_CLASSES" uk.schoolgate.receive.milter.DoNothingMilter "127.0.0.1:$NOOP_PORT" \
  >"$WORK/noop.out" 2>"$WORK/noop.log" &
NOOP_PID=$!
wait_listening "$MILTER_PORT" "$GW_PID" "the gateway's milter" "$WORK/gateway.log"
wait_listening "$NOOP_PORT" "$NOOP_PID" "the do-nothing milter" "$WORK/noop.log"

# ---------------------------------------------------------------- Postfix: one instance, three listeners
PF="$WORK/postfix"
mkdir -p "$PF/etc" "$PF/queue" "$PF/data"
chown "$(postconf -d -h mail_owner)" "$PF/data"
: > "$PF/etc/main.cf"
if [ -f /usr/share/postfix/master.cf.dist ]; then cp /usr/share/postfix/master.cf.dist "$PF/etc/master.cf"
else cp /etc/postfix/master.cf "$PF/etc/master.cf"; fi
postconf -c "$PF/etc" -e \
  "compatibility_level = 3.6" \
  "queue_directory = $PF/queue" "data_directory = $PF/data" \
  "myhostname = milter-bench.localdomain" "mydomain = localdomain" "syslog_name = postfix-milter-bench" \
  "inet_interfaces = 127.0.0.1" "inet_protocols = ipv4" \
  "mydestination =" "local_recipient_maps =" "alias_maps =" "alias_database =" \
  "relayhost = [127.0.0.1]:$SINK_PORT" "default_transport = smtp" "relay_transport = relay" \
  "mynetworks = 127.0.0.0/8" "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination" \
  "smtp_dns_support_level = disabled" "smtp_tls_security_level = none" "smtpd_tls_security_level = none" \
  "biff = no" \
  "maillog_file_prefixes = /var, /dev/stdout, $PF" "maillog_file = $PF/postfix.log" \
  "milter_default_action = tempfail" "milter_protocol = 6" \
  "milter_connect_timeout = 10s" "milter_command_timeout = 30s" "milter_content_timeout = 300s"
postconf -c "$PF/etc" -F '*/*/chroot = n'
postconf -c "$PF/etc" -Me "127.0.0.1:$PORT_A/inet = 127.0.0.1:$PORT_A inet n - n - - smtpd"
postconf -c "$PF/etc" -Me "127.0.0.1:$PORT_B/inet = 127.0.0.1:$PORT_B inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$NOOP_PORT"
postconf -c "$PF/etc" -Me "127.0.0.1:$PORT_C/inet = 127.0.0.1:$PORT_C inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$MILTER_PORT"
postconf -c "$PF/etc" -MX smtp/inet
postfix -c "$PF/etc" check >"$WORK/postfix-start.out" 2>&1 || { cat "$WORK/postfix-start.out" >&2; die "postfix check failed"; }
PF_STARTED=1
postfix -c "$PF/etc" start >>"$WORK/postfix-start.out" 2>&1 || { cat "$WORK/postfix-start.out" >&2; die "postfix start failed"; }
for p in "$PORT_A" "$PORT_B" "$PORT_C"; do wait_listening "$p" "" "Postfix" "$PF/postfix.log"; done
echo "ports:   sink $SINK_PORT; Postfix (a) $PORT_A, (b) $PORT_B -> do-nothing milter $NOOP_PORT, (c) $PORT_C -> gateway milter $MILTER_PORT"

if [ -n "$MESSAGE" ]; then
  BODY_ARGS=(-F "$MESSAGE"); echo "message: $MESSAGE ($(wc -c < "$MESSAGE") bytes)"
else
  BODY_ARGS=(-l "$LENGTH"); echo "message: smtp-source -l $LENGTH (about $((LENGTH / 1000)) KB of text lines)"
fi
echo "command: smtp-source -s $SESSIONS -m $MESSAGES ${BODY_ARGS[*]} -f $FROM -t $TO 127.0.0.1:PORT"
echo

# ---------------------------------------------------------------- runs
SENT=0
drain() {   # wait until Postfix has delivered everything so far to the sink (a run must not pay for the last)
  local want=$1
  for _ in $(seq 1 3000); do
    [ "$(sink_count)" -ge "$want" ] && return 0
    postqueue -c "$PF/etc" -f >/dev/null 2>&1 || true
    sleep 0.1
  done
  die "smtp-sink has $(sink_count) messages, expected $want (see $PF/postfix.log; --keep keeps it)"
}
source_run() {   # count port -> seconds
  local t0 t1
  t0="$(now)"
  smtp-source -s "$SESSIONS" -m "$1" "${BODY_ARGS[@]}" -f "$FROM" -t "$TO" "127.0.0.1:$2" >"$WORK/source.out" 2>&1 ||
    { cat "$WORK/source.out" >&2; die "smtp-source to 127.0.0.1:$2 failed"; }
  t1="$(now)"
  SENT=$(( SENT + $1 ))
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b-a}'
}
if [ "$WARMUP" -gt 0 ]; then
  echo "warming up: $WARMUP messages down each path ..."
  for p in "$PORT_A" "$PORT_B" "$PORT_C"; do source_run "$WARMUP" "$p" >/dev/null; drain "$SENT"; done
fi

declare -A total=([a]=0 [b]=0 [c]=0)
printf '  %-6s %-42s %8s %8s\n' round path seconds msg/s
for r in $(seq 1 "$RUNS"); do
  # A different order each round, so that no path always runs on a warmer (or busier) machine.
  case $(( r % 3 )) in 1) order="a b c" ;; 2) order="b c a" ;; 0) order="c a b" ;; esac
  for k in $order; do
    case $k in a) port=$PORT_A; what="(a) Postfix alone" ;; b) port=$PORT_B; what="(b) Postfix + do-nothing milter" ;;
               c) port=$PORT_C; what="(c) Postfix + gateway milter" ;; esac
    before_lines="$(grep -c 'door=milter' "$WORK/gateway.log" || true)"
    secs="$(source_run "$MESSAGES" "$port")"
    drain "$SENT"
    total[$k]="$(awk -v t="${total[$k]}" -v s="$secs" 'BEGIN {print t+s}')"
    printf '  %-6s %-42s %8s %8.0f\n' "$r" "$what" "$secs" "$(awk -v n="$MESSAGES" -v s="$secs" 'BEGIN {print n/s}')"
    if [ "$k" = c ]; then
      lines="$(grep 'door=milter' "$WORK/gateway.log" | tail -n +"$(( before_lines + 1 ))")"
      ok="$(grep -c 'action=DELIVER .*outcome=accepted' <<<"$lines" || true)"
      [ "$ok" -eq "$MESSAGES" ] || { grep -o 'action=[A-Z]* .*outcome=[^ ]*' <<<"$lines" | sort | uniq -c >&2; \
        die "the gateway delivered $ok of $MESSAGES messages in this run"; }
    fi
  done
done

rate() { awk -v n="$(( MESSAGES * RUNS ))" -v s="$1" 'BEGIN {printf "%.0f", n/s}'; }
RA="$(rate "${total[a]}")"; RB="$(rate "${total[b]}")"; RC="$(rate "${total[c]}")"
echo
echo "== throughput, all rounds ($(( MESSAGES * RUNS )) messages per path, accepted by Postfix; every one reached smtp-sink)"
printf '  %-42s %8s\n' "(a) Postfix alone" "$RA msg/s"
printf '  %-42s %8s\n' "(b) Postfix + do-nothing milter" "$RB msg/s"
printf '  %-42s %8s\n' "(c) Postfix + gateway milter (every detector)" "$RC msg/s"
R_CB="$(awk -v c="$RC" -v b="$RB" 'BEGIN {printf "%.2f", c/b}')"
R_CA="$(awk -v c="$RC" -v a="$RA" 'BEGIN {printf "%.2f", c/a}')"
R_BA="$(awk -v b="$RB" -v a="$RA" 'BEGIN {printf "%.2f", b/a}')"
echo "  ratios: gateway/do-nothing = $R_CB, gateway/Postfix alone = $R_CA, do-nothing/Postfix alone = $R_BA"
echo
echo "== where the gateway's time goes (its log, every measured message)"
grep 'door=milter' "$WORK/gateway.log" | tail -n "$(( MESSAGES * RUNS ))" |
  awk '{for (i=1;i<=NF;i++) if ($i ~ /_ms=/) {split($i,a,"="); s[a[1]]+=a[2]}}
       END {printf "  mean ms per message: parse %.2f, extract %.2f, detect %.2f, decide %.2f, stamp %.2f, total %.2f\n",
            s["parse_ms"]/NR, s["extract_ms"]/NR, s["detect_ms"]/NR, s["decide_ms"]/NR, s["stamp_ms"]/NR, s["total_ms"]/NR}'
echo
if awk -v r="$R_CB" -v t="$TARGET" 'BEGIN {exit !(r >= t)}'; then
  echo "target: gateway >= $TARGET x do-nothing milter: $R_CB -> yes"
else
  echo "target: gateway >= $TARGET x do-nothing milter: $R_CB -> NO"
fi

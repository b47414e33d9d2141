#!/usr/bin/env bash
# Benchmark Grace on this machine against the local PostgreSQL, and print a summary.
#
#   bench/run.sh                      # from the repository root (or anywhere: it finds the root)
#   DB_POOL_SIZE=10 BENCH_DURATION=30s bench/run.sh
#
# What it does: builds bootstrap/target/grace.jar if it is missing, creates a fresh database
# grace_bench_<random> on PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth; PGPORT/PGUSER override),
# starts the jar on it with a fixed HMAC secret on a free port bound to 127.0.0.1, waits for /health, seeds
# a hotel through signed webhook events (bin/sign-webhook), then measures:
#   - start-up: launch to the first 200 from /health, and the JVM's RSS (VmRSS in /proc/PID/status)
#   - GET /rates for a 3-night stay over 8 quoted room types, with wrk, at each BENCH_CONNECTIONS
#   - GET /health with wrk
#   - signed booking.created events with bench/BookingLoad.java: R >= N (every booking fits) and R < N
#     (the room type sells out), each followed by an availability check through GET /rates (PASS/FAIL)
#   - RSS again after the warm-up and after all the load
# On exit (also on Ctrl-C or failure) it stops the JVM and drops the database. The JVM's log and wrk's full
# output stay in the directory printed at the start.
#
# Needs: bash, java 17+, psql, curl, openssl, wrk. Nothing is installed for you.
# Settings (environment): BENCH_DURATION (15s, each wrk run), BENCH_WARMUP (10s), BENCH_WRK_THREADS (2),
# BENCH_CONNECTIONS ("16 64"), BOOKING_COUNT (400), BOOKING_ROOMS (50, for the sell-out run),
# BOOKING_THREADS (16), JAVA_OPTS (passed to the JVM). Grace's own settings (DB_POOL_SIZE,
# DB_MAX_OVERFLOW, DB_POOL_TIMEOUT, IS_SERVERLESS, ...) pass through to it unchanged.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

duration="${BENCH_DURATION:-15s}"
warmup="${BENCH_WARMUP:-10s}"
wrk_threads="${BENCH_WRK_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-16 64}"
booking_count="${BOOKING_COUNT:-400}"
booking_rooms="${BOOKING_ROOMS:-50}"
booking_threads="${BOOKING_THREADS:-16}"
pg_port="${PGPORT:-5432}"
pg_user="${PGUSER:-postgres}"
jar="$root/bootstrap/target/grace.jar"

for tool in java psql curl openssl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required and missing" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
  echo "bench: wrk is missing. Install it, e.g.: apt-get install -y wrk" >&2
  exit 1
fi

out="$(mktemp -d /tmp/grace-bench.XXXXXX)"
log="$out/grace.log"
db="grace_bench_$(date +%s)_$RANDOM"
secret="grace-bench-secret-not-for-production"
jvm_pid=""
child_pid=""
db_created=""

psql_admin() {
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 "$@"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$child_pid" ] && kill -0 "$child_pid" 2>/dev/null; then
    kill -TERM "$child_pid" 2>/dev/null || true
    wait "$child_pid" 2>/dev/null || true
  fi
  if [ -n "$jvm_pid" ] && kill -0 "$jvm_pid" 2>/dev/null; then
    kill -TERM "$jvm_pid" 2>/dev/null || true
    # Graceful shutdown waits up to 20 s for requests in flight; give it 30 s, then stop it hard.
    for _ in $(seq 1 300); do kill -0 "$jvm_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$jvm_pid" 2>/dev/null && { echo "bench: JVM did not stop in 30 s, killing it" >&2; kill -KILL "$jvm_pid" 2>/dev/null || true; }
  fi
  if [ -n "$db_created" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 \
      || echo "bench: could not drop database $db; drop it by hand" >&2
  fi
  echo "bench: logs kept in $out"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Long-running children (the build, wrk, the booking generator) run in the background and are waited for.
# A foreground child that handles Ctrl-C itself and exits normally (wrk prints its results, a JVM exits
# with 130) makes bash ignore the Ctrl-C, and the run would carry on; `wait` returns at once instead, so
# the trap above runs, and cleanup stops the child. The child's output goes to the file given first ("-"
# for the script's own output); redirecting the call instead would redirect the trap's messages too.
run_child() {
  local to="$1"
  shift
  if [ "$to" = - ]; then "$@" & else "$@" >"$to" 2>&1 & fi
  child_pid=$!
  local rc=0
  wait "$child_pid" || rc=$?
  child_pid=""
  return "$rc"
}

if [ ! -f "$jar" ]; then
  echo "bench: $jar is missing; building it (./mvnw -B -q -DskipTests package)"
  # Offline first: the dependencies are usually in ~/.m2 already; go online only if something is missing.
  run_child - ./mvnw -B -q -o -DskipTests package || run_child - ./mvnw -B -q -DskipTests package
fi

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$jvm_pid/status"; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$jvm_pid/status"; }
mib() { awk -v kb="$1" 'BEGIN {printf "%.0f MiB", kb / 1024}'; }

summary=()
note() { summary+=("$*"); echo "$*"; }

echo "bench: output in $out"
note "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
note "java: $(java -version 2>&1 | head -1)"
note "postgresql: $(psql -X -At -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -c 'SHOW server_version')"
note "wrk: $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')"
note "pool: DB_POOL_SIZE=${DB_POOL_SIZE:-20 (default)} DB_MAX_OVERFLOW=${DB_MAX_OVERFLOW:-10 (default)} IS_SERVERLESS=${IS_SERVERLESS:-false (default)} JAVA_OPTS=${JAVA_OPTS:-none}"

psql_admin -c "CREATE DATABASE $db"
db_created=1

# PORT=0 lets Grace pick a free port; it is read back from the start-up log. SERVER_ADDRESS keeps the
# listener on loopback (production mode would otherwise listen on every interface).
started_ns=$(date +%s%N)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options on purpose
DATABASE_URL="postgresql://$pg_user@127.0.0.1:$pg_port/$db" HMAC_SECRET="$secret" PORT=0 SERVER_ADDRESS=127.0.0.1 \
  java ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
jvm_pid=$!

port=""
for _ in $(seq 1 1200); do   # at most 120 s
  kill -0 "$jvm_pid" 2>/dev/null || { echo "bench: Grace exited during start-up; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  port="$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)"
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "bench: no 'Tomcat started on port' line within 120 s; see $log" >&2; exit 1; }
url="http://127.0.0.1:$port"
healthy=""
for _ in $(seq 1 300); do    # at most 30 s more
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health")" = 200 ]; then healthy=1; break; fi
  sleep 0.1
done
[ -n "$healthy" ] || { echo "bench: /health did not answer 200 within 30 s of start-up; see $log" >&2; exit 1; }
healthy_ns=$(date +%s%N)
spring_says="$(sed -n 's/.*Started GraceApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | head -1)"
note "startup: $(awk -v a="$started_ns" -v b="$healthy_ns" 'BEGIN {printf "%.1f", (b - a) / 1e9}') s from launch to first 200 on /health (Spring: started in ${spring_says:-?} s); RSS $(mib "$(rss_kb)")"

# --- seed a hotel through signed events ---------------------------------------------------------------
export HMAC_SECRET="$secret" GRACE_URL="$url"
day() { date -u -d "+$1 days" +%F; }
run_id="$(date +%s)"
send() { # event-id type data-json
  local body="{\"event_id\":\"evt_seed_${run_id}_$1\",\"type\":\"$2\",\"data\":$3}"
  if ! printf '%s' "$body" | bin/sign-webhook >>"$out/seed.log" 2>&1; then
    echo "bench: seeding event $1 failed:" >&2; tail -3 "$out/seed.log" >&2; exit 1
  fi
}
room_type() { # code name max_guests rooms price from to
  send "rt_$1" room_type.upserted "{\"code\":\"$1\",\"name\":\"$2\",\"max_guests\":$3,\"rooms\":$4}"
  send "rates_$1" rates.updated "{\"room_type\":\"$1\",\"from\":\"$6\",\"to\":\"$7\",\"price\":\"$5\",\"currency\":\"EUR\"}"
}
quote_from="$(day 1)"; quote_to="$(day 121)"
# Eight room types take 2 guests and are quoted; SGL (1 guest) is filtered out by guests=2.
room_type DBL "Double room" 2 40 120.00 "$quote_from" "$quote_to"
room_type TWN "Twin room" 2 30 110.00 "$quote_from" "$quote_to"
room_type TRP "Triple room" 3 20 150.00 "$quote_from" "$quote_to"
room_type QUAD "Quadruple room" 4 10 180.00 "$quote_from" "$quote_to"
room_type FAM "Family room" 5 8 210.00 "$quote_from" "$quote_to"
room_type JRS "Junior suite" 2 6 260.00 "$quote_from" "$quote_to"
room_type STE "Suite" 4 4 390.00 "$quote_from" "$quote_to"
room_type DLX "Deluxe double" 2 12 170.00 "$quote_from" "$quote_to"
room_type SGL "Single room" 1 20 80.00 "$quote_from" "$quote_to"
# Booking targets are priced only around their own stay, so they never show up in the /rates benchmark.
book_in="$(day 150)"; book_out="$(day 153)"
room_type WARM "Warm-up room" 2 1000 100.00 "$(day 150)" "$(day 154)"
room_type BOOKA "Bench room A" 2 "$booking_count" 100.00 "$(day 150)" "$(day 154)"
room_type BOOKB "Bench room B" 2 "$booking_rooms" 100.00 "$(day 150)" "$(day 154)"
rates_path="/rates?check_in=$(day 30)&check_out=$(day 33)&guests=2"
quotes="$(curl -s "$url$rates_path" | grep -o '"room_type"' | wc -l)"
note "seeded: 12 room types by 24 signed events; GET $rates_path returns $quotes quotes"
[ "$quotes" = 8 ] || { echo "bench: expected 8 quotes, got $quotes" >&2; exit 1; }

# --- measurements --------------------------------------------------------------------------------------
wrk_run() { # name path connections duration
  local file="$out/wrk-$1-c$3.txt"
  run_child "$file" wrk -t"$wrk_threads" -c"$3" -d"$4" --timeout 10s --latency "$url$2" \
    || { echo "bench: wrk failed; see $file" >&2; exit 1; }
  [ "$1" = warmup ] && return 0
  note "$(awk -v name="$1" -v c="$3" -v d="$4" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /requests in/ { n = $1 }
    /Non-2xx/ { non2xx = $NF }
    /Socket errors/ { sub(/.*Socket errors: /, ""); errs = $0 }
    END { printf "%s c=%s %s: %s req/s, latency p50 %s p90 %s p99 %s, %s requests, non-2xx %s, socket errors %s\n",
                 name, c, d, rps, p50, p90, p99, n, non2xx ? non2xx : 0, errs ? errs : "none" }' "$file")"
}

echo "bench: warm-up: GET /rates for $warmup (not reported)"
wrk_run warmup "$rates_path" 16 "$warmup"
HMAC_SECRET="$secret" run_child "$out/booking-warmup.txt" java "$root/bench/BookingLoad.java" --url "$url" \
  --room-type WARM --check-in "$book_in" --check-out "$book_out" --rooms 1000 --count 200 \
  --threads "$booking_threads" --max-seconds 60 --label warmup || { echo "bench: booking warm-up failed; see $out/booking-warmup.txt" >&2; cat "$out/booking-warmup.txt" >&2; exit 1; }
note "memory after warm-up: RSS $(mib "$(rss_kb)")"

for c in $connections; do
  wrk_run rates "$rates_path" "$c" "$duration"
done
wrk_run health /health 16 "$duration"

booking_run() { # label room-type rooms
  local file="$out/booking-$1.txt" rc=0
  HMAC_SECRET="$secret" run_child "$file" java "$root/bench/BookingLoad.java" --url "$url" --room-type "$2" \
    --check-in "$book_in" --check-out "$book_out" --rooms "$3" --count "$booking_count" \
    --threads "$booking_threads" --max-seconds 120 --label "$1" || rc=$?
  while IFS= read -r line; do note "$line"; done <"$file"
  return "$rc"
}
booking_failed=""
booking_run "bookings-fit(R=$booking_count)" BOOKA "$booking_count" || booking_failed=1
booking_run "bookings-sellout(R=$booking_rooms)" BOOKB "$booking_rooms" || booking_failed=1

note "memory after load: RSS $(mib "$(rss_kb)"), peak RSS (VmHWM) $(mib "$(hwm_kb)")"
note "grace log: $(grep -c ' ERROR ' "$log" || true) ERROR lines, $(grep -c ' WARN ' "$log" || true) WARN lines"
note "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "===== summary ====="
printf '%s\n' "${summary[@]}"
[ -z "$booking_failed" ] || { echo "bench: a booking availability check FAILED" >&2; exit 1; }

#!/usr/bin/env bash
# Sends requests through the shipped nginx site (server/deploy/nginx/casekb.conf) in
# front of a real casekb-server, and checks what nginx refuses and what it passes on.
#
#   nginx_test.sh CASEKB_INDEX CASEKB_SERVER FIXTURE_CORPUS SITE_CONF
#
# Everything runs on 127.0.0.1: casekb-server on a port of its choosing, nginx on two
# random high ports with a temp prefix and a self-signed certificate made here.
# Exit 0 when every check passes, 1 on the first failure (with the logs), 2 on usage.
set -euo pipefail

if (($# != 4)); then
  echo "usage: $0 CASEKB_INDEX CASEKB_SERVER FIXTURE_CORPUS SITE_CONF" >&2
  exit 2
fi
index_bin=$1 server_bin=$2 corpus=$3 site=$4

tmp=""
server_pid=""
nginx_pid=""

fail() {
  echo "FAIL: $*" >&2
  if [[ -n $tmp ]]; then
    for log in error.log access.log server.err; do
      [[ -s $tmp/$log ]] && { echo "--- $log (last lines)" >&2; tail -n 15 "$tmp/$log" >&2; }
    done
  fi
  exit 1
}

# Stops what this script started (nginx stops its workers on TERM), then removes the
# temp directory. Runs on every exit, failed or not.
stop() {
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop "$nginx_pid"
  stop "$server_pid"
  [[ -n $tmp ]] && rm -rf "$tmp"
}
trap cleanup EXIT
trap "exit 1" INT TERM  # so that the EXIT trap runs on a signal too
trap 'fail "unexpected error at line $LINENO: $BASH_COMMAND"' ERR

# --- Tools. A missing nginx is a failure, not a skip: scripts/install-deps installs it.
nginx_bin=$(command -v nginx || true)
[[ -z $nginx_bin && -x /usr/sbin/nginx ]] && nginx_bin=/usr/sbin/nginx
[[ -n $nginx_bin ]] || fail "nginx is not installed (run scripts/install-deps)"
for tool in curl openssl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (run scripts/install-deps)"
done
for file in "$index_bin" "$server_bin"; do [[ -x $file ]] || fail "not an executable: $file"; done
[[ -d $corpus ]] || fail "no fixture corpus at $corpus"
[[ -f $site ]] || fail "no site config at $site"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/casekb-nginx.XXXXXX")
chmod 711 "$tmp"  # nginx's workers run as nobody when the test runs as root

# --- casekb-server over an index of the fixture corpus.
"$index_bin" "$corpus" --db "$tmp/db" >"$tmp/index.log" 2>&1 || fail "casekb-index failed: $(tail -n 5 "$tmp/index.log")"
"$server_bin" --db "$tmp/db" --corpus "$corpus" --host 127.0.0.1 --port 0 >"$tmp/server.out" 2>"$tmp/server.err" &
server_pid=$!
backend_port=""
for _ in $(seq 100); do
  backend_port=$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$tmp/server.out")
  [[ -n $backend_port ]] && break
  kill -0 "$server_pid" 2>/dev/null || fail "casekb-server exited before listening"
  sleep 0.1
done
[[ -n $backend_port ]] || fail "casekb-server did not print its port within 10 s"

# --- A certificate for the test host name, valid for a day.
host=casekb.test
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 \
  -subj "/CN=$host" -addext "subjectAltName=DNS:$host" \
  -keyout "$tmp/key.pem" -out "$tmp/cert.pem" >"$tmp/openssl.log" 2>&1 || fail "openssl could not make a certificate"

# The site as shipped, with its placeholders, ports and backend replaced. Each string
# must occur exactly as often as expected, so a change to the site that the test no
# longer covers fails here instead of testing something else.
render_site() {
  local text from to want rest count
  text=$(<"$site")
  while (($# >= 3)); do
    from=$1 to=$2 want=$3
    shift 3
    rest=${text//"$from"/}
    count=$(((${#text} - ${#rest}) / ${#from}))
    ((count == want)) || fail "$site: expected \"$from\" $want time(s), found $count"
    text=${text//"$from"/"$to"}
  done
  printf '%s\n' "$text" >"$tmp/casekb.conf"
}

# Debian's /etc/nginx/nginx.conf around the site: the same http {} settings, so the
# site is checked against what it will be included into (e.g. no duplicate directives).
write_main_conf() {
  local user_line=""
  if (($(id -u) == 0)); then user_line="user nobody $(id -gn nobody);"; fi
  cat >"$tmp/nginx.conf" <<EOF
$user_line
worker_processes 1;
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/error.log notice;
events { worker_connections 256; }
http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    gzip on;
    client_body_temp_path $tmp/client_body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    # Which requests reached casekb: upstream=- means nginx answered on its own.
    log_format checks 'check=\$http_x_check \$status \$request_method \$request_uri upstream=\$upstream_addr upstream_status=\$upstream_status';
    access_log $tmp/access.log checks;
    include $tmp/casekb.conf;
}
EOF
}

# --- nginx on two random high ports; another pick if one is taken.
http_port="" https_port=""
for attempt in 1 2 3 4 5; do
  http_port=$((20000 + RANDOM % 40000))
  https_port=$((20000 + RANDOM % 40000))
  ((http_port != https_port)) || continue
  render_site \
    "listen 80;" "listen 127.0.0.1:$http_port;" 1 \
    "listen [::]:80;" "# (no IPv6 in the test)" 1 \
    "listen 443 ssl http2;" "listen 127.0.0.1:$https_port ssl http2;" 1 \
    "listen [::]:443 ssl http2;" "# (no IPv6 in the test)" 1 \
    "server 127.0.0.1:8080;" "server 127.0.0.1:$backend_port;" 1 \
    "/etc/letsencrypt/live/casekb.example.jp/fullchain.pem" "$tmp/cert.pem" 1 \
    "/etc/letsencrypt/live/casekb.example.jp/privkey.pem" "$tmp/key.pem" 1 \
    "server_name casekb.example.jp;" "server_name $host;" 2
  write_main_conf
  : >"$tmp/error.log"
  "$nginx_bin" -t -q -p "$tmp" -e "$tmp/error.log" -c "$tmp/nginx.conf" 2>"$tmp/nginx-t.log" ||
    fail "nginx rejects the site: $(cat "$tmp/nginx-t.log")"
  "$nginx_bin" -p "$tmp" -e "$tmp/error.log" -c "$tmp/nginx.conf" 2>>"$tmp/error.log" &
  nginx_pid=$!
  for _ in $(seq 100); do
    kill -0 "$nginx_pid" 2>/dev/null || break
    curl -s -o /dev/null --cacert "$tmp/cert.pem" --resolve "$host:$https_port:127.0.0.1" "https://$host:$https_port/" && break
    sleep 0.1
  done
  kill -0 "$nginx_pid" 2>/dev/null && break
  wait "$nginx_pid" 2>/dev/null || true
  nginx_pid=""
  grep -q "Address already in use" "$tmp/error.log" || fail "nginx did not start"
done
[[ -n $nginx_pid ]] || fail "nginx found no free ports in 5 attempts"
https="https://$host:$https_port"

# --- Requests. request NAME [curl options] URL: status in $status, headers and body in
# $tmp/NAME.headers and $tmp/NAME.body. HTTP/1.1 unless a check says otherwise: its
# parsing is where cpp-httplib 0.11.4's gaps are.
request() {
  local name=$1
  shift
  status=$(curl --silent --http1.1 --max-time 20 --cacert "$tmp/cert.pem" \
    --resolve "$host:$https_port:127.0.0.1" --resolve "$host:$http_port:127.0.0.1" \
    -H "X-Check: $name" -D "$tmp/$name.headers" -o "$tmp/$name.body" -w '%{http_code}' "$@") || true
}
header() {  # header NAME FIELD: the field's value in NAME's response, or nothing
  sed -n "s/^$2: *\(.*\)\r\$/\1/Ip" "$tmp/$1.headers" | tail -n 1
}
# For requests nginx refuses while the client is still sending: if nginx closes before
# it has read everything, the rest of the request makes the socket reset and curl may
# stop with a send error before it reads the answer. A transport race, not a status:
# try again (at most 3 times); the status is still checked exactly.
request_until_answered() {
  for _ in 1 2 3; do
    request "$@"
    [[ $status != 000 ]] && return 0
  done
  return 0
}
expect_status() {  # expect_status NAME WANT...: any of WANT
  local want
  for want in "${@:2}"; do [[ $status == "$want" ]] && return 0; done
  fail "$1: status $status, expected ${*:2}; body: $(head -c 300 "$tmp/$1.body" 2>/dev/null)"
}
expect_header() {  # expect_header NAME FIELD VALUE: exact value
  local got
  got=$(header "$1" "$2")
  [[ $got == "$3" ]] || fail "$1: $2 is \"$got\", expected \"$3\""
}
expect_body() {  # expect_body NAME TEXT: body contains TEXT
  grep -qF -- "$2" "$tmp/$1.body" || fail "$1: body lacks $2: $(head -c 300 "$tmp/$1.body")"
}
upstream_of() {  # what the access log says about : the upstream status, or -
  local line tries
  # nginx logs a request after it has sent the answer, so curl may return before the line
  # is written (seen under ASan with the chunked lint): wait for it, up to three seconds.
  for tries in $(seq 30); do
    line=$(grep -F "check=$1 " "$tmp/access.log" | tail -n 1)
    [[ -n $line ]] && break
    sleep 0.1
  done
  [[ -n $line ]] || fail "$1: no line in nginx's access log"
  sed -n 's/.*upstream_status=\(.*\)$/\1/p' <<<"$line"
}
expect_refused_by_nginx() {  # the request never reached casekb
  local upstream
  upstream=$(upstream_of "$1")
  [[ $upstream == "-" ]] || fail "$1: casekb saw the request (upstream status $upstream)"
  [[ -z $(header "$1" Content-Security-Policy) ]] || fail "$1: the answer came from casekb"
}
expect_answered_by_casekb() {
  local upstream
  upstream=$(upstream_of "$1")
  [[ $upstream == "$2" ]] || fail "$1: casekb answered $upstream, expected $2"
}

csp="default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
draft="$corpus/cases/$(ls "$corpus/cases" | head -n 1)"
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$tmp/2mib.txt"
head -c $((300 * 1024)) /dev/zero | tr '\0' 'a' >"$tmp/300kib.txt"

# Search through TLS: casekb's JSON, its CSP passed on, HSTS added, no nginx version.
request search "$https/api/search"
expect_status search 200
expect_header search Content-Type "application/json; charset=utf-8"
expect_body search '"results":['
expect_header search Strict-Transport-Security "max-age=63072000"
expect_header search Server "nginx"
expect_header search Content-Security-Policy "$csp"
expect_answered_by_casekb search 200

request page "$https/"
expect_status page 200
expect_header page Content-Security-Policy "$csp"
expect_header page X-Content-Type-Options "nosniff"

# HTTP/2 works too (ALPN).
http_version=$(curl --silent --http2 --cacert "$tmp/cert.pem" --resolve "$host:$https_port:127.0.0.1" \
  -o /dev/null -w '%{http_version} %{http_code}' "$https/api/search") || true
[[ $http_version == "2 200" ]] || fail "h2: got \"$http_version\", expected \"2 200\""

# Responses are compressed by nginx.
request gzip --compressed "$https/api/search"
expect_status gzip 200
expect_header gzip Content-Encoding "gzip"
expect_body gzip '"results":['

# Plain http only redirects, to the configured name, path and query kept.
request redirect "http://$host:$http_port/search?q=x"
expect_status redirect 301
expect_header redirect Location "https://$host/search?q=x"
expect_refused_by_nginx redirect

# 2 MiB bodies: 413 from nginx, casekb never sees them (with a length, and chunked).
request_until_answered big-length -H "Content-Type: text/plain" --data-binary @"$tmp/2mib.txt" "$https/api/search"
expect_status big-length 413
expect_refused_by_nginx big-length
expect_header big-length Strict-Transport-Security "max-age=63072000"
expect_body big-length '"code":"payload_too_large"'
request_until_answered big-chunked -H "Transfer-Encoding: chunked" -H "Content-Type: text/plain" --data-binary @"$tmp/2mib.txt" "$https/"
expect_status big-chunked 413
expect_refused_by_nginx big-chunked

# 300 KiB to the endpoints that take drafts, and one byte over casekb's own 128 KiB cap:
# refused by nginx, so casekb never has to.
head -c $((128 * 1024 + 1)) /dev/zero | tr '\0' 'a' >"$tmp/128kib-and-1.txt"
request over-cap -H "Content-Type: text/markdown" --data-binary @"$tmp/128kib-and-1.txt" "$https/api/lint"
expect_status over-cap 413
expect_refused_by_nginx over-cap
for path in /api/lint /api/similar /similar; do
  name=draft-too-large${path//\//-}
  request "$name" -H "Content-Type: text/markdown" --data-binary @"$tmp/300kib.txt" "$https$path"
  expect_status "$name" 413
  expect_refused_by_nginx "$name"
done
expect_header draft-too-large-api-lint Content-Type "application/json; charset=utf-8"
expect_header draft-too-large-similar Content-Type "text/html; charset=utf-8"

# A small draft sent chunked reaches casekb whole, with a Content-Length: casekb
# answers 200 (it answers 411 to any Transfer-Encoding).
request lint-chunked -H "Transfer-Encoding: chunked" -H "Content-Type: text/markdown; charset=utf-8" \
  --data-binary @"$draft" "$https/api/lint"
expect_status lint-chunked 200
expect_answered_by_casekb lint-chunked 200
expect_body lint-chunked '"problems":'
# The same for a draft of about 50 KB, still arriving when nginx could start passing it
# on: only proxy_request_buffering keeps it from reaching casekb chunked.
{
  cat "$draft"
  for _ in $(seq 500); do echo "後継者と工場長による社内チームを組成し、事業承継の計画を共有した。"; done
} >"$tmp/draft-50k.md"
request lint-chunked-48k -H "Transfer-Encoding: chunked" -H "Content-Type: text/markdown; charset=utf-8" \
  --data-binary @"$tmp/draft-50k.md" "$https/api/lint"
expect_status lint-chunked-48k 200
expect_answered_by_casekb lint-chunked-48k 200

# Compressed request bodies are refused (cpp-httplib would inflate them unbounded).
gzip -c "$draft" >"$tmp/draft.gz"
request lint-gzip -H "Content-Encoding: gzip" -H "Content-Type: text/markdown" --data-binary @"$tmp/draft.gz" "$https/api/lint"
expect_status lint-gzip 415
expect_refused_by_nginx lint-gzip

# Range is dropped: casekb would build a multipart answer of every part asked for.
request range -H "Range: bytes=0-0,1-1,2-2" "$https/static/style.css"
expect_status range 200
expect_header range Content-Type "text/css; charset=utf-8"

# A 64 KiB header line (cpp-httplib has no line limit): nginx answers, casekb never reads it.
long=$(head -c 65536 /dev/zero | tr '\0' 'a')
request_until_answered long-header -H "X-Long: $long" "$https/api/search"
expect_status long-header 400 494
expect_refused_by_nginx long-header
# A request line over 8k gets 414. 16 KiB, not 64: nginx stops reading at 8k and closes,
# and a client still sending 64 KiB then only sees a broken pipe, never the 414.
request_until_answered long-line "$https/api/search?q=${long:0:16384}"
expect_status long-line 414

# 40 quick POSTs to /api/lint on one connection: the first pass, then 429s from nginx
# (JSON, as casekb's own errors), none of which reaches casekb. The write zone drains at
# 5 r/s: the POSTs above may have left up to its burst of 10 in it, so wait until it is
# empty (on a fast machine they came within a second and 9 of the burst passed).
sleep 2.5
burst=()
for i in $(seq 40); do burst+=(-o "$tmp/burst-$i.body" "$https/api/lint"); done
statuses=$(curl --silent --http1.1 --max-time 30 --cacert "$tmp/cert.pem" --resolve "$host:$https_port:127.0.0.1" \
  -H "X-Check: burst" -H "Content-Type: text/markdown; charset=utf-8" --data-binary @"$draft" \
  -w '%{http_code}\n' "${burst[@]}") || true
ok=$(grep -c '^200$' <<<"$statuses" || true)
limited=$(grep -c '^429$' <<<"$statuses" || true)
((ok + limited == 40)) || fail "burst: statuses other than 200 and 429: $(sort <<<"$statuses" | uniq -c | tr '\n' ' ')"
((ok >= 10)) || fail "burst: only $ok of 40 passed, expected the burst of 10 to pass"
((limited >= 1)) || fail "burst: no 429 among 40 quick POSTs"
reached=$(grep -c '^check=burst .* upstream_status=200$' "$tmp/access.log" || true)
((reached == ok)) || fail "burst: casekb saw $reached requests, expected only the $ok that passed"
first_limited=$(grep -n '^429$' <<<"$statuses" | head -n 1 | cut -d: -f1)
expect_body "burst-$first_limited" '"code":"too_many_requests"'

# Searches are not limited by the write zone.
request after-burst "$https/api/search"
expect_status after-burst 200

echo "ok: nginx fronts casekb ($ok of 40 burst POSTs passed, $limited got 429)"

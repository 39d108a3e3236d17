#!/usr/bin/env python3
"""Publishing benchmark (issue 12): publish → searchable over N cases, and search
latency while an author saves and a reviewer publishes once a second.

usage: publish_bench.py BUILD_DIR CORPUS_DIR OUT_DIR [--n 10000] [--publishes 50] [--seconds 60]

Copies CORPUS_DIR's cases (renamed) up to N, indexes them with casekb-index, starts
casekb-server --state on 127.0.0.1, and measures over HTTP only:
  - publish → searchable: from sending POST /publish until /api/search finds the
    case's unique word (p50/p95 over --publishes publishes; the publish call itself
    is included);
  - search p50/p99 at rest, and while one client saves a draft and another
    publishes once a second each, for --seconds.
Every loop is bounded; all traffic goes to 127.0.0.1.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

build, corpus_src, out = sys.argv[1:4]
args = dict(zip(sys.argv[4::2], sys.argv[5::2]))
N = int(args.get("--n", 10000))
PUBLISHES = int(args.get("--publishes", 50))
SECONDS = int(args.get("--seconds", 60))
OFFICE = "関東経済産業局"
QUERIES = ["事業承継", "見える化", "製造業 後継者", "\"粗利益\"", "人手不足 DX", "販路開拓", "組織 社員", "補助金"]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def request(base, method, path, token=None, body=None, ctype=None, headers=None):
    data = body.encode() if isinstance(body, str) else body
    req = urllib.request.Request(base + path, data=data, method=method)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if ctype:
        req.add_header("Content-Type", ctype)
    if data is None and method in ("POST", "PUT", "DELETE"):
        req.add_header("Content-Length", "0")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)


def word(n):
    kana = "アイウエオカキクケコ"
    return "計測標識" + "".join(kana[int(c)] for c in str(100000 + n))


def case(n, version=1):
    return ("---\ntitle: 計測用の事例 %d\ncompany: B社\nindustry: 製造業\nregion: 埼玉県\nwalls: [見えない]\n"
            "outcomes: [組織・人材]\npublished: 2024-03-31\n---\n\n## 設定された課題\n\n%sを確かめた。版 %d。\n\n"
            "## 支援アプローチ\n\n対話を重ねた。\n\n## 生まれた事業上の変化\n\n社員が動いた。\n") % (n, word(n), version)


def main():
    os.makedirs(out, exist_ok=True)
    corpus = os.path.join(out, "corpus-%d" % N)
    cases = os.path.join(corpus, "cases")
    index = os.path.join(out, "index-%d" % N)
    if not os.path.isdir(index):
        shutil.rmtree(corpus, ignore_errors=True)
        os.makedirs(cases)
        for name in ("taxonomy.yaml", "synonyms.yaml", "anonymity-allow.txt"):
            if os.path.exists(os.path.join(corpus_src, name)):
                shutil.copy(os.path.join(corpus_src, name), corpus)
        sources = sorted(os.listdir(os.path.join(corpus_src, "cases")))
        for i in range(N):
            src = sources[i % len(sources)]
            shutil.copy(os.path.join(corpus_src, "cases", src), os.path.join(cases, "%s-%06d.md" % (src[:-3], i)))
        started = time.time()
        subprocess.run([os.path.join(build, "indexer/casekb-index"), corpus, "--db", index, "--quiet"], check=True)
        print("index of %d cases built in %.1f s" % (N, time.time() - started))
    state = os.path.join(out, "state-%d.db" % N)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(state + suffix):
            os.remove(state + suffix)
    admin = os.path.join(build, "admin/casekb-admin")

    def last_line(*a):
        return subprocess.run([admin, "--state", state, *a], check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]

    last_line("user", "add", "bench-author", "--office", OFFICE, "--role", "author")
    last_line("user", "add", "bench-reviewer", "--office", OFFICE, "--role", "reviewer")
    author, reviewer = last_line("token", "add", "bench-author"), last_line("token", "add", "bench-reviewer")
    server = subprocess.Popen([os.path.join(build, "server/casekb-server"), "--db", index, "--corpus", corpus,
                               "--port", "0", "--state", state], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = re.search(r":(\d+)", server.stdout.readline()).group(1)
        base = "http://127.0.0.1:" + port

        def ready(n, login=author):
            cid = "bench-pub-%d" % n
            s, _, _ = request(base, "PUT", "/api/drafts/" + cid, login, case(n), "text/markdown")
            assert s in (200, 201), s
            s, b, _ = request(base, "POST", "/api/drafts/%s/submit" % cid, login)
            assert s == 200, b
            return cid

        def found(n):
            _, b, _ = request(base, "GET", "/api/search?q=" + urllib.parse.quote(word(n)))
            return json.loads(b)["total"] == 1

        # 1. publish → searchable
        took, publish_call = [], []
        for n in range(PUBLISHES):
            cid = ready(n)
            start = time.perf_counter()
            s, b, _ = request(base, "POST", "/api/drafts/%s/publish" % cid, reviewer)
            publish_call.append(time.perf_counter() - start)
            assert s == 200, b
            deadline = start + 10
            while not found(n) and time.perf_counter() < deadline:
                time.sleep(0.005)
            took.append(time.perf_counter() - start)
        print("publish → searchable over %d cases: p50 %.0f ms, p95 %.0f ms, max %.0f ms (the publish call alone: p50 %.0f ms, p95 %.0f ms)"
              % (N, pct(took, 50) * 1000, pct(took, 95) * 1000, max(took) * 1000,
                 pct(publish_call, 50) * 1000, pct(publish_call, 95) * 1000))

        # 2. search latency at rest, then under once-a-second saves and publishes
        def searches(seconds):
            lat, end, i = [], time.time() + seconds, 0
            while time.time() < end:
                q = QUERIES[i % len(QUERIES)]
                i += 1
                start = time.perf_counter()
                s, _, _ = request(base, "GET", "/api/search?q=" + urllib.parse.quote(q) + "&page=%d" % (1 + i % 3))
                lat.append(time.perf_counter() - start)
                assert s == 200
            return lat

        rest = searches(min(SECONDS, 20))
        stop = threading.Event()
        counts = {"saves": 0, "publishes": 0}

        def saver():
            etag, v = None, 1
            while not stop.is_set():
                h = {"If-Match": etag} if etag else {}
                s, _, hd = request(base, "PUT", "/api/drafts/bench-saved", author, case(999999, v), "text/markdown", h)
                if s in (200, 201):
                    etag, v = hd.get("ETag"), v + 1
                    counts["saves"] += 1
                stop.wait(1)

        def publisher():
            n = 100000
            while not stop.is_set():
                cid = ready(n)
                if request(base, "POST", "/api/drafts/%s/publish" % cid, reviewer)[0] == 200:
                    counts["publishes"] += 1
                n += 1
                stop.wait(1)

        threads = [threading.Thread(target=saver), threading.Thread(target=publisher)]
        for t in threads:
            t.start()
        busy = searches(SECONDS)
        stop.set()
        for t in threads:
            t.join()
        print("search at rest: p50 %.1f ms, p99 %.1f ms (%d queries)" % (pct(rest, 50) * 1000, pct(rest, 99) * 1000, len(rest)))
        print("search while saving and publishing once a second for %d s (%d saves, %d publishes): p50 %.1f ms, p99 %.1f ms (%d queries)"
              % (SECONDS, counts["saves"], counts["publishes"], pct(busy, 50) * 1000, pct(busy, 99) * 1000, len(busy)))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()

"""Load test of a running companion: N clients on loopback for a bounded time.

Each client keeps one HTTP connection and loops: analyse a generated post (varied names,
numbers and policies, so caches cannot hide growth), and every fifth time redact the findings
it got. It prints requests/s, latency percentiles, errors, and the companion's resident memory
before and after, read from /proc (Linux) for the process that listens on the port.

Exit status: 0 when there was no error and memory grew less than --max-growth percent, else 1.

`--hostile` runs the hostile mix instead (scripts/hostile_mix.py): a companion started with
hostile organization packs, pathological 100,000-character posts (some abandoned after 2 s)
beside a client typing short posts; see that file for what it prints and checks.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from companion.config import CHROME_EXTENSION_ID

ROOT = Path(__file__).resolve().parent.parent
GARDE_FOU = ROOT / ".venv" / "bin" / "garde-fou"
REQUEST_TIMEOUT_S = 60

FIRST_NAMES = ["Marie", "Jean", "Sophie", "Léa", "Mathieu", "Chloé", "Olivier", "Camille",
               "Gabriel", "Émilie", "Samuel", "Noémie", "Alexandre", "Juliette"]
LAST_NAMES = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
              "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque"]
TEMPLATES = [
    "Ma cliente {name} m'a appelée au {phone} au sujet de son dossier {court}.",
    "Bravo à {name} pour sa victoire ce matin au palais de justice! 🎉",
    "Rencontre avec {name} demain au {number}, rue Principale, {postal}. Écrivez à {email}.",
    "L'enfant de {name}, suivi par la DPJ, a changé d'école cette semaine.",
    "Quel idiot, ce juge. {name} méritait mieux. Appelez-moi au {phone}.",
    "Thanks to {name} for the great talk today! Reach me at {email} or {phone}.",
    "Belle journée pour courir au parc avec l'équipe. #montreal",
    "Notre groupe de soutien se réunit jeudi 19 h au {number}, boulevard Saint-Laurent.",
]
POLICIES = [None, None, "barreau-qc", "law-firm", "shelter", "cisss-gaspesie", "rseq-monteregie"]


def generated_post(rng: random.Random) -> dict[str, object]:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    text = rng.choice(TEMPLATES).format(
        name=name,
        phone=f"514-555-{rng.randrange(10_000):04d}",
        court=f"500-17-{rng.randrange(1_000_000):06d}-{rng.randrange(1000):03d}",
        number=rng.randrange(1, 9999),
        postal=f"H{rng.randrange(10)}X {rng.randrange(10)}Y{rng.randrange(10)}",
        email=f"{name.split()[0].lower()}{rng.randrange(100)}@example.com",
    )
    body: dict[str, object] = {"text": text}
    policy = rng.choice(POLICIES)
    if policy:
        body["policy"] = policy
    return body


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Client:
    """One browser tab: one keep-alive connection, requests one after the other."""

    def __init__(self, url: urllib.parse.SplitResult, token: str) -> None:
        self.url = url
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                        "Origin": f"chrome-extension://{CHROME_EXTENSION_ID}"}
        self.connection: http.client.HTTPConnection | None = None

    def post(self, path: str, body: dict[str, object]) -> dict[str, object]:
        if self.connection is None:
            self.connection = http.client.HTTPConnection(
                self.url.hostname, self.url.port, timeout=REQUEST_TIMEOUT_S)
        try:
            self.connection.request("POST", path, json.dumps(body).encode(), self.headers)
            response = self.connection.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status} {payload[:200]!r}")
        return json.loads(payload)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def run_client(number: int, url, token: str, deadline: float, tally: Tally,
               lock: threading.Lock) -> None:
    rng = random.Random(number)
    client = Client(url, token)
    iteration = 0
    while time.monotonic() < deadline:
        body = generated_post(rng)
        findings = _timed(client, "/v1/analyze", body, tally, lock)
        if iteration % 5 == 4 and findings is not None:
            _timed(client, "/v1/redact", {**body, "findings": _redactable(findings["findings"])},
                   tally, lock)
        iteration += 1
    client.close()


def _timed(client: Client, path: str, body: dict[str, object], tally: Tally,
           lock: threading.Lock) -> dict | None:
    """One request, counted either as a latency or as an error; never raises."""
    started = time.perf_counter()
    try:
        answer, failure = client.post(path, body), None
    except Exception as exc:  # every failure is counted, none stops the run
        answer, failure = None, f"{path}: {type(exc).__name__}: {exc}"
    elapsed_ms = (time.perf_counter() - started) * 1000
    with lock:
        if failure is None:
            tally.latencies_ms.append(elapsed_ms)
        else:
            tally.errors.append(failure)
    return answer


def _redactable(findings: list[dict]) -> list[dict]:
    """Findings with a suggestion, dropping any that overlaps one already kept."""
    chosen, end = [], -1
    for finding in sorted(findings, key=lambda f: (f["start"], f["end"])):
        if "suggestion" in finding and finding["start"] >= end:
            chosen.append(finding)
            end = finding["end"]
    return chosen


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.M).group(1)) / 1024


def pid_listening_on(port: int) -> int | None:
    """The process holding the listening socket on `port` (Linux /proc; same user)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":  # LISTEN
                inodes.add(f"socket:[{fields[9]}]")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if any(os.readlink(fd) in inodes for fd in (proc / "fd").iterdir()):
                return int(proc.name)
        except OSError:
            continue
    return None


def health(url, timeout: float) -> bool:
    try:
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
        connection.request("GET", "/v1/health")
        return connection.getresponse().status == 200
    except OSError:
        return False


class StartedCompanion:
    """`--start`: a companion of this checkout on a free port, with a throw-away config dir
    (`prepare(config_dir)` may fill it first). `startup_s`: from launch to healthy."""

    def __init__(self, prepare=None) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.config_dir = tempfile.mkdtemp(prefix="garde-fou-loadtest-")
        if prepare is not None:
            prepare(Path(self.config_dir))
        env = {**os.environ, "GARDE_FOU_CONFIG_DIR": self.config_dir}
        self.token = subprocess.run([GARDE_FOU, "token"], env=env, check=True,
                                    capture_output=True, text=True).stdout.strip()
        launched = time.monotonic()
        self.process = subprocess.Popen([GARDE_FOU, "serve", "--port", str(self.port)], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = urllib.parse.urlsplit(f"http://127.0.0.1:{self.port}")
        deadline = time.monotonic() + 300
        while not health(self.url, timeout=1):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                sys.exit("garde-fou loadtest: the companion did not start")
            time.sleep(0.2)
        self.startup_s = time.monotonic() - launched

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        shutil.rmtree(self.config_dir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--url", default="http://127.0.0.1:8731")
    parser.add_argument("--token", help="pairing token, as --token=T since it may start with "
                        "'-' (default: `garde-fou token`)")
    parser.add_argument("--pid", type=int, help="companion process (default: found from the port)")
    parser.add_argument("--start", action="store_true",
                        help="start a companion on a free port for the run (ignores --url)")
    parser.add_argument("--max-growth", type=float, default=10.0,
                        help="memory growth, in percent, above which the run fails")
    parser.add_argument("--hostile", action="store_true",
                        help="the hostile mix (starts its own companion, with hostile packs)")
    args = parser.parse_args()
    if args.hostile:
        from hostile_mix import run_hostile_mix

        return run_hostile_mix(args.seconds if args.seconds != 60 else 25)

    started = StartedCompanion() if args.start else None
    try:
        url = started.url if started else urllib.parse.urlsplit(args.url)
        token = (started.token if started else args.token) or subprocess.run(
            [GARDE_FOU, "token"], check=True, capture_output=True, text=True).stdout.strip()
        if not health(url, timeout=5):
            sys.exit(f"garde-fou loadtest: no companion answers at {url.geturl()}")
        pid = started.process.pid if started else args.pid or pid_listening_on(url.port)
        if pid is None:
            sys.exit(f"garde-fou loadtest: no process of yours listens on port {url.port}; "
                     "pass --pid")
        return run(args.clients, args.seconds, url, token, pid, args.max_growth)
    finally:
        if started:
            started.stop()


def run(clients: int, seconds: float, url, token: str, pid: int, max_growth: float) -> int:
    print(f"garde-fou loadtest: {clients} clients × {seconds:g} s against {url.geturl()} "
          f"(pid {pid})")
    rss_before = rss_mib(pid)
    tally, lock = Tally(), threading.Lock()
    began = time.monotonic()
    deadline = began + seconds
    threads = [threading.Thread(target=run_client, args=(n, url, token, deadline, tally, lock))
               for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    rss_after = rss_mib(pid)

    done = len(tally.latencies_ms) + len(tally.errors)
    growth = (rss_after - rss_before) / rss_before * 100
    lat = tally.latencies_ms
    print(f"requests: {done} in {wall:.1f} s = {done / wall:.1f} req/s "
          "(analyze; every 5th post also redacted)")
    print(f"errors: {len(tally.errors)}")
    for message, count in _most_common(tally.errors):
        print(f"  {count} × {message}")
    if lat:
        print(f"latency ms: p50 {percentile(lat, 50):.1f}  p95 {percentile(lat, 95):.1f}  "
              f"p99 {percentile(lat, 99):.1f}  max {max(lat):.1f}  "
              f"mean {statistics.fmean(lat):.1f}")
    print(f"resident memory: before {rss_before:.1f} MiB, after {rss_after:.1f} MiB "
          f"({growth:+.1f}%)")
    ok = not tally.errors and growth < max_growth
    print("result: " + ("PASS" if ok else "FAIL") + f" (zero errors, growth < {max_growth:g}%)")
    return 0 if ok else 1


def _most_common(messages: list[str], limit: int = 5) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for message in messages:
        counts[message] = counts.get(message, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])[:limit]


if __name__ == "__main__":
    sys.exit(main())

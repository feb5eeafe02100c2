"""`check --jsonl` analyses posts in batches and answers exactly as one analysis per post."""

from __future__ import annotations

import io
import json

from companion.cli import BATCH_POSTS, EXIT_USAGE, _check_batch


def test_batches_answer_like_single_analyses_in_order(pipeline, settings, capsys):
    texts = [f"Ma cliente Julie Roy{i} habite au {100 + i}, rue Principale. Merci!"
             if i % 3 else f"My client Mary Smith{i} called (418) 555-01{i % 100:02d}."
             for i in range(BATCH_POSTS + 6)]
    lines = [json.dumps({"id": i, "text": t, "policy": "barreau-qc" if i % 2 else None})
             for i, t in enumerate(texts)]
    lines[5] = "not json"
    lines[BATCH_POSTS + 2] = json.dumps({"id": "x", "text": "Bonjour", "policy": "no-such"})
    status = _check_batch(pipeline, io.StringIO("\n".join(lines) + "\n\n"), settings)
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(lines)
    assert status == EXIT_USAGE
    assert records[5]["error"]["message"].startswith("line 6")
    assert records[BATCH_POSTS + 2] == {
        "id": "x", "error": {"code": "bad_input",
                             "message": f"line {BATCH_POSTS + 3}: no policy pack 'no-such'"}}
    for i, (text, record) in enumerate(zip(texts, records, strict=True)):
        if i in (5, BATCH_POSTS + 2):
            continue
        single = pipeline.analyze(text, policy="barreau-qc" if i % 2 else None)
        expected = {"id": i, **single.to_json(single.language)}
        del expected["elapsed_ms"], record["elapsed_ms"]
        assert record == expected

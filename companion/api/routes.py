"""The /v1 endpoints."""

from __future__ import annotations

import json
import logging
import time
from importlib import resources
from typing import TypeVar

from flask import Blueprint, current_app, jsonify, request
from pydantic import BaseModel, ValidationError

from companion import __version__
from companion.api.errors import ApiError
from companion.api.schemas import AnalyzeRequest, FindingSpan, RedactRequest, describe
from companion.budget import Budget, Cancelled
from companion.language.detect import SUPPORTED
from companion.pipeline import AnalysisResult, Pipeline
from companion.suggestions.redaction import Edit, OverlappingEdits, apply_edits

bp = Blueprint("api", __name__, url_prefix="/v1")
_Body = TypeVar("_Body", bound=BaseModel)
log = logging.getLogger(__name__)
_OPENAPI = json.loads(resources.files(__package__).joinpath("openapi.json").read_text("utf-8"))


@bp.get("/health")
def health():
    return jsonify({"status": "ok", "version": __version__, "languages": list(SUPPORTED)})


@bp.get("/openapi.json")
def openapi():
    """The API's description (companion/api/openapi.json), with this companion's version and
    address."""
    settings = current_app.config["SETTINGS"]
    return jsonify({**_OPENAPI, "info": {**_OPENAPI["info"], "version": __version__},
                    "servers": [{"url": f"http://127.0.0.1:{settings.port}"}]})


@bp.get("/policies")
def policies():
    return jsonify(_pipeline().catalog.listing())


@bp.post("/analyze")
def analyze():
    body = _parse(AnalyzeRequest)
    result = _run_analysis(body, _budget(body, newest_of_box=True))
    _log_request("analyze", body.text, len(result.findings), result.elapsed_ms)
    return jsonify(result.to_json(_ui_language(result.language)))


@bp.post("/redact")
def redact():
    started = time.perf_counter()
    body = _parse(RedactRequest)
    edits = _edits_for(body, _budget(body, newest_of_box=False))
    try:
        redacted, applied = apply_edits(body.text, edits)
    except OverlappingEdits as exc:
        raise ApiError(400, "overlapping_findings", str(exc)) from None
    _log_request("redact", body.text, len(applied), (time.perf_counter() - started) * 1000)
    return jsonify({"text": redacted, "edits": [e.to_json() for e in applied]})


def _pipeline() -> Pipeline:
    return current_app.extensions["garde_fou_pipeline"]


def _parse(model: type[_Body]) -> _Body:
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    try:
        payload = json.loads(request.get_data(cache=False))
    except (ValueError, RecursionError):
        raise ApiError(400, "bad_json", "The body is not valid JSON (UTF-8).") from None
    if not isinstance(payload, dict):
        raise ApiError(400, "bad_json", "The body must be a JSON object.")
    try:
        body = model.model_validate(payload)
    except ValidationError as exc:
        raise ApiError(400, "bad_field", describe(exc)) from None
    limit = current_app.config["SETTINGS"].max_text_chars
    if len(body.text) > limit:
        raise ApiError(413, "text_too_long",
                       f"The text has {len(body.text)} characters; the limit is {limit}.")
    return body


def _budget(body: AnalyzeRequest, *, newest_of_box: bool) -> Budget:
    """The request's deadline; it also stops when its client leaves or, for an analysis with
    `box` and `seq`, when a newer one from the same box arrives."""
    settings = current_app.config["SETTINGS"]
    superseded = None
    if newest_of_box and body.box is not None and body.seq is not None:
        superseded = current_app.extensions["garde_fou_boxes"].arrive(body.box, body.seq)
    return Budget.within(settings.deadline_ms / 1000, len(body.text),
                         abandoned=request.environ.get("waitress.client_disconnected"),
                         superseded=superseded)


def _run_analysis(body: AnalyzeRequest, budget: Budget) -> AnalysisResult:
    try:
        return _pipeline().analyze(
            body.text, language=body.lang, policy=body.policy,
            always_flag=body.always_flag, never_flag=body.never_flag, budget=budget,
        )
    except KeyError:
        raise ApiError(400, "unknown_policy",
                       f"field 'policy': no policy pack {body.policy!r}; see GET /v1/policies."
                       ) from None
    except Cancelled as stopped:
        log.info("analysis stopped (%s) chars=%d", stopped.reason, len(body.text))
        raise _stopped_error(stopped.reason, body) from None


def _stopped_error(reason: str, body: AnalyzeRequest) -> ApiError:
    if reason == "superseded":
        return ApiError(409, "superseded", f"A newer request from box {body.box!r} replaced "
                        f"this one (seq {body.seq}); its answer is the one to show.")
    if reason == "abandoned":
        return ApiError(503, "abandoned", "The client left before the analysis was done.")
    seconds = current_app.config["SETTINGS"].deadline_ms / 1000
    return ApiError(503, "deadline_exceeded",
                    f"The text was not checked: its analysis would take longer than {seconds:g} s "
                    f"(setting deadline_ms). Try again, or check a shorter text.")


def _edits_for(body: RedactRequest, budget: Budget) -> list[Edit]:
    """Finding ids are resolved by analysing the text again (nothing is kept between
    requests); finding objects are checked against the text they claim to cover."""
    by_id = None
    edits = []
    for index, chosen in enumerate(body.findings):
        field = f"findings.{index}"
        if isinstance(chosen, str):
            if by_id is None:
                findings = _run_analysis(body, budget).findings
                by_id = {f"f{i}": f for i, f in enumerate(findings, 1)}
            finding = by_id.get(chosen)
            if finding is None:
                raise ApiError(400, "bad_field",
                               f"field '{field}': no finding {chosen!r} in this text.")
            if finding.suggestion is None:
                raise ApiError(400, "bad_field",
                           f"field '{field}': finding {chosen!r} has no suggestion.")
            edits.append(Edit(finding.start, finding.end, finding.suggestion.replacement))
        else:
            edits.append(_edit_from_span(chosen, body.text, field))
    return edits


def _edit_from_span(span: FindingSpan, text: str, field: str) -> Edit:
    if not span.start < span.end <= len(text):
        raise ApiError(400, "bad_field", f"field '{field}': start/end are outside the text.")
    if span.text is not None and text[span.start:span.end] != span.text:
        raise ApiError(400, "stale_finding",
                       f"field '{field}': the text at {span.start}-{span.end} is no longer "
                       f"what was flagged; analyse again.")
    replacement = span.chosen_replacement()
    if replacement is None:
        raise ApiError(400, "bad_field", f"field '{field}': give 'replacement' or 'suggestion'.")
    return Edit(span.start, span.end, replacement)


def _ui_language(post_language: str) -> str:
    return request.accept_languages.best_match(SUPPORTED) or post_language


def _log_request(action: str, text: str, count: int, elapsed_ms: float) -> None:
    """Sizes, counts and timings only: never the text."""
    log.info("%s chars=%d findings=%d elapsed_ms=%.1f", action, len(text), count, elapsed_ms)

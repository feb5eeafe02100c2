"""Flask app factory (Flask tutorial style): settings in, app out."""

from __future__ import annotations

from flask import Flask
from flask_cors import CORS

from companion.api.boxes import LatestPerBox
from companion.api.errors import register_error_handlers
from companion.api.guards import allowed_origin_patterns, install_guards
from companion.api.json_provider import TextSafeJSONProvider
from companion.api.routes import bp
from companion.config import Settings
from companion.pipeline import Pipeline
from companion.security.logs import keep_text_out_of_logs
from companion.security.token import TokenFile


class _App(Flask):
    json_provider_class = TextSafeJSONProvider


def create_app(settings: Settings, pipeline: Pipeline, *, allow_remote: bool = False) -> Flask:
    keep_text_out_of_logs()
    app = _App(__name__)
    origins = allowed_origin_patterns(settings.extension_ids)
    token_file = TokenFile(settings.token_path)
    app.config.update(
        SETTINGS=settings,
        #: The token when the app was built (what tests and tools send); the guard itself
        #: reads `token_file`, which follows `garde-fou token --rotate`.
        TOKEN=token_file.current(),
        ALLOW_REMOTE=allow_remote,
        ORIGIN_PATTERNS=origins,
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
    )
    app.extensions["garde_fou_pipeline"] = pipeline
    app.extensions["garde_fou_token"] = token_file
    app.extensions["garde_fou_boxes"] = LatestPerBox()
    install_guards(app)
    CORS(app, resources={r"/v1/*": {"origins": origins}},
         allow_headers=["Authorization", "Content-Type"], methods=["GET", "POST"],
         max_age=600)
    app.register_blueprint(bp)
    register_error_handlers(app)
    return app

"""Flask app factory (Flask tutorial style): settings in, app out."""

from __future__ import annotations

from flask import Flask
from flask_cors import CORS

from companion.api.errors import register_error_handlers
from companion.api.guards import allowed_origin_patterns, install_guards
from companion.api.routes import bp
from companion.config import Settings
from companion.pipeline import Pipeline
from companion.security.token import read_or_create_token


def create_app(settings: Settings, pipeline: Pipeline, *, allow_remote: bool = False) -> Flask:
    app = Flask(__name__)
    origins = allowed_origin_patterns(settings.extension_ids)
    app.config.update(
        SETTINGS=settings,
        TOKEN=read_or_create_token(settings.token_path),
        ALLOW_REMOTE=allow_remote,
        ORIGIN_PATTERNS=origins,
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_SORT_KEYS=False,
    )
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    app.extensions["garde_fou_pipeline"] = pipeline
    install_guards(app)
    CORS(app, resources={r"/v1/*": {"origins": origins}},
         allow_headers=["Authorization", "Content-Type"], methods=["GET", "POST"],
         max_age=600)
    app.register_blueprint(bp)
    register_error_handlers(app)
    return app

"""Fixtures for the HTTP API tests: the OpenAPI document with a checker of response bodies
against it (the client that talks like the extension is in tests/conftest.py)."""

from __future__ import annotations

import json
from importlib import resources

import pytest


@pytest.fixture(scope="session")
def openapi_document() -> dict:
    return json.loads(resources.files("companion.api").joinpath("openapi.json").read_text())


@pytest.fixture(scope="session")
def conforms(openapi_document):
    """conforms(response, path, method) -> list of problems of the response with the document
    (status documented, JSON body matching the documented schema); empty when it conforms."""

    def check(response, path: str, method: str) -> list[str]:
        operation = openapi_document["paths"][path][method]
        documented = operation["responses"].get(str(response.status_code))
        if documented is None:
            return [f"{method.upper()} {path}: status {response.status_code} is not documented"]
        documented = _resolve(openapi_document, documented)
        if not response.is_json:
            return [f"{method.upper()} {path}: {response.content_type} body, not JSON"]
        schema = documented["content"]["application/json"]["schema"]
        return schema_problems(openapi_document, schema, response.get_json(), "body")

    return check


# The subset of JSON Schema the document uses; anything else fails loudly, so the checker can
# never pass a body by ignoring a keyword it does not know.
_KNOWN_KEYWORDS = {"$ref", "type", "properties", "required", "additionalProperties", "items",
                   "enum", "const", "minimum", "maximum", "maxItems", "maxLength", "oneOf",
                   "default", "description"}
_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def schema_problems(document: dict, schema: dict, value, where: str) -> list[str]:
    schema = _resolve(document, schema)
    unknown = set(schema) - _KNOWN_KEYWORDS
    if unknown:
        raise AssertionError(f"{where}: the checker does not know {sorted(unknown)}")
    if "type" in schema and not _has_type(value, schema["type"]):
        return [f"{where}: {type(value).__name__} is not {schema['type']}"]
    if "const" in schema and value != schema["const"]:
        return [f"{where}: {value!r} is not {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not one of {schema['enum']}"]
    if "oneOf" in schema:
        matching = [s for s in schema["oneOf"] if not schema_problems(document, s, value, where)]
        if len(matching) != 1:
            return [f"{where}: matches {len(matching)} of the oneOf schemas, not exactly 1"]
    problems = []
    if "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{where}: {value} < {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        problems.append(f"{where}: {value} > {schema['maximum']}")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        problems.append(f"{where}: longer than {schema['maxLength']}")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        problems.append(f"{where}: more than {schema['maxItems']} items")
    if isinstance(value, dict):
        problems += _object_problems(document, schema, value, where)
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problems += schema_problems(document, schema["items"], item, f"{where}[{index}]")
    return problems


def _object_problems(document: dict, schema: dict, value: dict, where: str) -> list[str]:
    properties = schema.get("properties", {})
    problems = [f"{where}: no {key!r}" for key in schema.get("required", []) if key not in value]
    for key, item in value.items():
        if key in properties:
            problems += schema_problems(document, properties[key], item, f"{where}.{key}")
        elif schema.get("additionalProperties") is False:
            problems.append(f"{where}: {key!r} is not documented")
    return problems


def _has_type(value, expected) -> bool:
    names = expected if isinstance(expected, list) else [expected]
    for name in names:
        if name == "integer" and isinstance(value, int) and not isinstance(value, bool):
            return True
        if name == "number" and isinstance(value, int | float) and not isinstance(value, bool):
            return True
        if name in _TYPES and isinstance(value, _TYPES[name]):
            return True
    return False


def _resolve(document: dict, node: dict) -> dict:
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = document["components"][section][name]
    return node

"""The `garde-fou` command: serve, check (--explain), policies (--validate, --test), token."""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from companion import __version__
from companion.config import ConfigError, Settings, load_settings
from companion.heap import freeze_startup_objects

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("garde-fou")


class InputError(Exception):
    """The user's input cannot be analysed; the message says why (exit code 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(port=getattr(args, "port", None), host=getattr(args, "host", None))
        _configure_logging(args.command, settings.log_level)
        return args.run(args, settings)
    except (ConfigError, InputError) as exc:
        print(f"garde-fou: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _configure_logging(command: str, level: str) -> None:
    """The service logs at the configured level; one-shot commands print their answer and only
    warnings besides (not the libraries' start-up chatter), unless asked for DEBUG."""
    from companion.security.logs import keep_text_out_of_logs

    level = level.upper()
    if command != "serve" and level != "DEBUG":
        level = "WARNING"
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    keep_text_out_of_logs()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="garde-fou",
        description="Local guard for social-media posts: personal data and organization policies.",
    )
    parser.add_argument("--version", action="version", version=f"garde-fou {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the companion for the browser extension")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8731)")
    serve.add_argument("--allow-remote", action="store_true",
                       help="allow binding a non-loopback address (drafts would cross the network)")
    serve.set_defaults(run=_serve)

    check = commands.add_parser("check", help="analyse a text file (or stdin) and print findings")
    check.add_argument("file", nargs="?", default="-", help="file to read, or - for stdin")
    check.add_argument("--policy", help="policy pack id (see `garde-fou policies`)")
    check.add_argument("--lang", choices=["auto", "fr", "en"], default="auto")
    output = check.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the /v1/analyze response body")
    output.add_argument("--jsonl", action="store_true",
                        help='batch: each input line is {"id", "text", "policy", "lang"}')
    output.add_argument("--explain", action="store_true",
                        help="also say, for each policy rule that fired or nearly did, why")
    check.set_defaults(run=_check)

    policies = commands.add_parser("policies", help="list the policy packs")
    policies.add_argument("--json", action="store_true")
    pack_check = policies.add_mutually_exclusive_group()
    pack_check.add_argument("--validate", metavar="PATH", type=Path,
                            help="check a policy pack folder or file, report every problem, "
                                 "then run the pack's examples")
    pack_check.add_argument("--test", metavar="PATH", type=Path,
                            help="run every example of the pack in folder PATH")
    policies.set_defaults(run=_policies)

    token = commands.add_parser("token", help="print the pairing token for the extension")
    token.add_argument("--rotate", action="store_true",
                       help="replace the token (paired extensions must get the new one)")
    token.set_defaults(run=_token)

    install = commands.add_parser(
        "install", help="let your browsers start and pair with Garde-fou (this user only)")
    install.add_argument("--browser", action="append",
                         choices=["chrome", "chromium", "edge", "brave", "firefox", "all"],
                         help="browser to register (repeatable; default: every one found)")
    install.add_argument("--autostart", action="store_true",
                         help="also start the companion when you log in")
    install.add_argument("--user-data-dir", type=Path,
                         help="a Chromium-family browser's user data dir, if not its default")
    install.set_defaults(run=_install)
    uninstall = commands.add_parser("uninstall", help="remove everything `install` wrote")
    uninstall.set_defaults(run=_uninstall)
    return parser


def _build_pipeline(settings: Settings):
    # Imported here: loading models takes seconds, `token` and `policies` must stay instant.
    from companion.names import load_name_lists
    from companion.nlp.engine import ModelError
    from companion.pipeline import Pipeline

    try:
        names = load_name_lists(settings.name_lists_path)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    try:
        return Pipeline(_catalog(settings), names)
    except ModelError as exc:
        raise InputError(str(exc)) from None


def _catalog(settings: Settings):
    from companion.policy import PolicyCatalog

    return PolicyCatalog.load([settings.user_policies_dir, *map(Path, settings.policy_dirs)])


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    if not _is_loopback(settings.host):
        if not args.allow_remote:
            raise InputError(f"refusing to listen on {settings.host}: drafts would be reachable "
                             "from the network. Use 127.0.0.1, or add --allow-remote if you must.")
        log.warning("listening on %s: other machines can reach the companion", settings.host)

    from companion.api import create_app
    from companion.api.server import serve

    pipeline = _build_pipeline(settings)
    pipeline.warm_up()
    app = create_app(settings, pipeline, allow_remote=args.allow_remote)
    log.debug("%d start-up objects kept out of the garbage collector", freeze_startup_objects())
    log.info("Garde-fou %s listening on http://%s:%d", __version__, settings.host, settings.port)
    serve(app, settings)
    return EXIT_CLEAN


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check(args: argparse.Namespace, settings: Settings) -> int:
    pipeline = _build_pipeline(settings)
    freeze_startup_objects()
    with _open_input(args.file) as stream:
        if args.jsonl:
            return _check_batch(pipeline, stream, settings)
        text = _read_all(stream, args.file)
        _check_length(text, settings)
        try:
            result = pipeline.analyze(text, language=args.lang, policy=args.policy)
        except KeyError:
            raise InputError(f"no policy pack {args.policy!r}; see `garde-fou policies`.") from None
    body = result.to_json(result.language)
    if args.json:
        print(json.dumps(body, ensure_ascii=False, indent=2))
    else:
        _print_findings(body)
    if args.explain:
        _print_explanations(pipeline, text, args)
    return EXIT_FINDINGS if result.findings else EXIT_CLEAN


def _print_explanations(pipeline, text: str, args: argparse.Namespace) -> None:
    """`check --explain`: each policy rule that fired (what made it fire) or nearly did (why
    it did not)."""
    from companion.policy.explain import explain

    if not args.policy:
        print("No policy pack chosen (--policy ID): personal data only, no rule to explain.")
        return
    context = pipeline.policy_context(text, language=args.lang, policy=args.policy)
    explanations = explain(pipeline.catalog.get(args.policy), context)
    print(f"\nPolicy rules of {args.policy} that fired or nearly did:")
    if not explanations:
        print("  none: no rule found any of its evidence in this text.")
    for rule in explanations:
        print(f"  {'fired ' if rule.fired else 'nearly'} {rule.rule_id} ({rule.category}) "
              f"— {rule.source}")
        for item in rule.evidence:
            score = f", score {item.score:.2f}" if item.score is not None else ""
            print(f"         « {' '.join(item.text.split())} » {item.start}-{item.end}: "
                  f"{item.condition}{score}")
        if rule.reason:
            print(f"         not fired: {rule.reason}")


#: Posts analysed together in batch mode: their sentences go through spaCy as one batch.
BATCH_POSTS = 64


def _check_batch(pipeline, stream: TextIO, settings: Settings) -> int:
    """One output line per input line, in order; a bad line gets an error object and the
    batch goes on. Posts are analysed BATCH_POSTS at a time (`Pipeline.analyze_many`)."""
    status = EXIT_CLEAN
    pending: list[tuple[int, object, dict | None, dict | None]] = []  # number, id, item, error

    def flush() -> None:
        nonlocal status
        items = [item for _, _, item, _ in pending if item is not None]
        results = iter(pipeline.analyze_many(items))
        for number, record_id, item, error in pending:
            result = next(results) if item is not None else None
            if isinstance(result, KeyError):
                error = _bad_line(number, f"no policy pack {result.args[0]!r}")
            if error is not None:
                out = {"id": record_id, **error}
                status = EXIT_USAGE
            else:
                out = {"id": record_id, **result.to_json(result.language)}
                if result.findings and status == EXIT_CLEAN:
                    status = EXIT_FINDINGS
            print(json.dumps(out, ensure_ascii=False), flush=False)
        pending.clear()

    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        record_id = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError('each line must be an object with a "text" string')
            record_id = record.get("id")
            _check_length(record["text"], settings)
            pending.append((number, record_id, {"text": record["text"],
                                                "language": record.get("lang") or "auto",
                                                "policy": record.get("policy")}, None))
        except (ValueError, InputError) as exc:
            pending.append((number, record_id, None, _bad_line(number, str(exc))))
        if len(pending) >= BATCH_POSTS:
            flush()
    flush()
    sys.stdout.flush()
    return status


def _bad_line(number: int, message: str) -> dict:
    return {"error": {"code": "bad_input", "message": f"line {number}: {message}"}}


def _open_input(name: str):
    if name == "-":
        sys.stdin.reconfigure(encoding="utf-8", errors="strict")
        return _NoClose(sys.stdin)
    try:
        return open(name, encoding="utf-8", errors="strict")
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror}") from None


class _NoClose:
    """Lets stdin be used in a `with` block without closing it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def __enter__(self) -> TextIO:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        return None


def _read_all(stream: TextIO, name: str) -> str:
    try:
        return stream.read()
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text") from None


def _check_length(text: str, settings: Settings) -> None:
    if len(text) > settings.max_text_chars:
        raise InputError(f"the text has {len(text)} characters; the limit is "
                         f"{settings.max_text_chars} (setting max_text_chars)")


def _print_findings(body: dict) -> None:
    findings = body["findings"]
    if not findings:
        print(f"No finding ({body['language']}).")
        return
    for finding in findings:
        where = f"{finding['start']}-{finding['end']}"
        print(f"{finding['severity']:<7} {where:<9} {finding['type']}: {finding['text']!r}")
        print(f"        {finding['message']}")
        if "rule" in finding:
            print(f"        {finding['rule']['source']}: « {finding['rule']['quote']} »")
        if "suggestion" in finding:
            print(f"        → {finding['suggestion']['replacement']}")
    print(f"{len(findings)} finding(s) ({body['language']}).")
    if body.get("truncated"):
        print(f"Only the first {len(findings)} are shown: the text has more.")


def _policies(args: argparse.Namespace, settings: Settings) -> int:
    from companion.policy import PolicyError

    if args.validate is not None or args.test is not None:
        return _test_pack(args.validate or args.test, settings, validating=args.test is None)
    try:
        catalog = _catalog(settings)
    except PolicyError as exc:
        raise InputError(str(exc)) from None
    listing = catalog.listing()
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    for pack in listing["policies"]:
        replaced = "  (overrides the built-in pack)" if pack.get("overrides") else ""
        print(f"{pack['id']:<18} {pack['name']['fr']} / {pack['name']['en']}{replaced}")
    for failed in listing["errors"]:
        print(f"\nNot loaded: {failed['folder']}")
        for problem in failed["problems"]:
            print(f"  {problem}")
    return EXIT_CLEAN


def _test_pack(path: Path, settings: Settings, *, validating: bool) -> int:
    """`policies --validate PATH` / `--test PATH`: exit 2 when the pack is invalid (every
    problem printed), else runs its examples: exit 1 when one fails (each printed with its
    rule id), 0 when all pass. The built-in shared parts (base/, shared/) are only checked."""
    from companion.policy import PolicyError, load_pack
    from companion.policy.examples import run_examples

    try:
        pack = load_pack(path)
    except PolicyError as exc:
        for problem in exc.errors:
            print(problem)
        return EXIT_USAGE
    if pack is None:
        if not validating:
            raise InputError(f"{path} is a shared part of the built-in packs, not a pack; "
                             "--test runs the examples of a pack folder (holding pack.yaml)")
        print(f"{path}: valid.")
        return EXIT_CLEAN
    if validating:
        for note in pack.notes:
            print(f"note: {note}")
        print(f"{path}: valid; running its examples.")
    pipeline = _build_pipeline(settings)

    def fired_rules(posts):
        results = pipeline.analyze_many(
            [{"text": text, "language": lang, "policy": pack} for text, lang in posts])
        return [{f.rule.id for f in result.findings if f.kind == "policy"} for result in results]

    ran, failures = run_examples(pack, fired_rules)
    for failure in failures:
        print(failure.describe())
    print(f"{pack.id}: {ran - len(failures)} of {ran} examples pass"
          + (f", {len(failures)} fail." if failures else "."))
    return EXIT_FINDINGS if failures else EXIT_CLEAN


def _token(args: argparse.Namespace, settings: Settings) -> int:
    from companion.security.token import read_or_create_token, rotate_token

    token = rotate_token(settings.token_path) if args.rotate else read_or_create_token(
        settings.token_path)
    print(token)
    return EXIT_CLEAN


def _install(args: argparse.Namespace, settings: Settings) -> int:
    from companion.config import FIREFOX_ADDON_ID
    from companion.install.installer import InstallRequest, install
    from companion.install.platforms import BROWSERS

    chosen = [b for b in (args.browser or ["all"]) if b != "all"]
    named = bool(chosen) and "all" not in (args.browser or [])
    if args.user_data_dir is not None and not named:
        raise InputError("--user-data-dir needs --browser: which browser's profile is it?")
    request = InstallRequest(
        browsers=chosen if named else list(BROWSERS), named=named,
        extension_ids=settings.extension_ids, firefox_addon_id=FIREFOX_ADDON_ID,
        python=Path(sys.executable), autostart=args.autostart, user_data_dir=args.user_data_dir)
    platform, registry = _platform(settings)
    try:
        outcome = install(platform, request, registry)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(f"cannot write {exc.filename or 'the registry'}: {exc.strerror}") from None
    print("\n".join(outcome.lines))
    return EXIT_CLEAN if outcome.registered else EXIT_USAGE


def _uninstall(args: argparse.Namespace, settings: Settings) -> int:
    from companion.install.installer import uninstall

    platform, registry = _platform(settings)
    try:
        print("\n".join(uninstall(platform, registry).lines))
    except ValueError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(f"cannot remove {exc.filename or 'a registry key'}: {exc.strerror}") \
            from None
    return EXIT_CLEAN


def _platform(settings: Settings):
    import os

    from companion.install.platforms import Platform
    from companion.install.registry import WindowsRegistry

    platform = Platform.current(settings.config_dir, os.environ)
    return platform, WindowsRegistry() if platform.windows else None

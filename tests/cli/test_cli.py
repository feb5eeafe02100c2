"""The garde-fou command. Most tests call main() in-process with the session's models;
a few run the installed entry point to prove it is wired."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GARDE_FOU = Path(sys.prefix) / "bin" / "garde-fou"


def test_check_exits_1_and_lists_findings(run):
    code, out, _ = run("check", "-", stdin="Ma cliente Marie Tremblay, 514-555-0199.")
    assert code == 1
    assert "PERSON" in out and "Marie Tremblay" in out and "PHONE_NUMBER" in out


def test_check_says_when_a_text_has_more_findings_than_it_shows(run):
    code, out, _ = run("check", "-", stdin=" ".join(f"a{i}@b.ca" for i in range(600)))
    assert code == 1
    assert "500 finding(s)" in out and "Only the first 500 are shown" in out


def test_check_exits_0_on_a_clean_text(run):
    code, out, _ = run("check", "-", stdin="Belle journée au parc.")
    assert code == 0
    assert "No finding" in out


def test_check_json_prints_the_analyze_body(run, tmp_path):
    post = tmp_path / "post.txt"
    post.write_text("Call me at (418) 555-0123.", encoding="utf-8")
    code, out, _ = run("check", "--json", "--lang", "en", str(post))
    body = json.loads(out)
    assert code == 1
    assert set(body) == {"language", "findings", "elapsed_ms"}
    assert body["findings"][0]["type"] == "PHONE_NUMBER"


def test_check_with_a_policy_reports_policy_findings(run):
    code, out, _ = run("check", "--json", "--policy", "rseq-monteregie", "-",
                       stdin="Cet arbitre est un imbécile fini, on va l'attendre après le match.")
    assert code == 1
    assert any(f["kind"] == "policy" for f in json.loads(out)["findings"])


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("check", "/no/such/file.txt"), "", "cannot read"),
    (("check", "--policy", "nope", "-"), "Bonjour", "no policy pack"),
])
def test_input_errors_exit_2_with_a_message(run, args, stdin, message):
    code, _, err = run(*args, stdin=stdin)
    assert code == 2
    assert message in err


def test_a_file_that_is_not_utf8_exits_2(run, tmp_path):
    post = tmp_path / "latin1.txt"
    post.write_bytes("Cliente : Hélène".encode("latin-1"))
    code, _, err = run("check", str(post))
    assert code == 2
    assert "not UTF-8" in err


def test_batch_keeps_ids_and_order_and_reports_bad_lines(run):
    lines = [
        {"id": "a", "text": "Appelle Marie Tremblay au 514-555-0199", "policy": "barreau-qc"},
        {"id": 2, "text": "Bonne journée!"},
        "not json",
        {"id": "c", "text": "Call me at (418) 555-0123", "lang": "en"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    code, out, _ = run("check", "--jsonl", "-", stdin=stdin)
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", 2, None, "c"]
    assert records[0]["findings"] and records[1]["findings"] == []
    assert records[2]["error"]["message"].startswith("line 3")
    assert records[3]["language"] == "en"
    assert code == 2


def test_policies_lists_every_pack(run):
    code, out, _ = run("policies", "--json")
    ids = [p["id"] for p in json.loads(out)["policies"]]
    assert code == 0
    assert {"barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"} <= set(ids)


def test_policies_lists_the_packs_that_could_not_load_with_their_problems(run, tmp_path):
    from tests.policy.test_catalog import MINIMAL_RULE, write_pack

    write_pack(tmp_path / "config" / "policies", "shelter")
    write_pack(tmp_path / "config" / "policies", "my-org",
               MINIMAL_RULE.replace('["abracadabra"]', "['/(?<=a)b/']"))
    code, out, _ = run("policies")
    assert code == 0
    assert "Not loaded: " in out and "shelter" in out and "overrides: true" in out
    assert "my-org/rules.yaml: rule 'secret-word'" in out and "look-around" in out
    code, out, _ = run("policies", "--json")
    assert len(json.loads(out)["errors"]) == 2


def test_serve_refuses_a_public_address(run):
    code, _, err = run("serve", "--host", "0.0.0.0")
    assert code == 2
    assert "--allow-remote" in err


def test_installed_entry_point_prints_a_stable_token(tmp_path):
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(tmp_path)}
    def token(*args):
        return subprocess.run([GARDE_FOU, "token", *args], env=env, capture_output=True,
                              text=True, check=True)

    first, again, rotated = token(), token(), token("--rotate")
    assert first.stdout == again.stdout != rotated.stdout
    assert (tmp_path / "token").read_text().strip() == rotated.stdout.strip()


def test_python_dash_m_companion_works(tmp_path):
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "companion", "policies"], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "barreau-qc" in result.stdout


def test_check_prints_its_findings_and_no_library_chatter(tmp_path):
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run([GARDE_FOU, "check", "-"], input="Ma cliente Marie Tremblay.\n",
                            env=env, capture_output=True, text=True)
    assert result.returncode == 1  # findings
    assert "Marie Tremblay" in result.stdout
    assert result.stderr == ""  # no "INFO presidio-analyzer: Loaded recognizer …"

"""The companion makes no outbound connection: with every socket connection refused, models
load from installed packages and e-mail validation uses the bundled suffix list."""

import json
import os
import subprocess
import sys

BLOCK_NETWORK_THEN_CHECK = r"""
import socket, sys

attempts = []

def refuse(*args, **kwargs):
    attempts.append(args[1:] if len(args) > 1 else args)
    raise OSError("network disabled by test")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from companion import cli
code = cli.main(["check", "--json", "-"])
print("ATTEMPTS", len(attempts), file=sys.stderr)
sys.exit(code)
"""


def test_analysis_works_with_outbound_sockets_blocked(tmp_path):
    text = "Écrivez à marie.tremblay@exemple.qc.ca ou voyez www.cabinet-exemple.ca, Marie Tremblay."
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", BLOCK_NETWORK_THEN_CHECK], input=text, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    types = {f["type"] for f in json.loads(result.stdout)["findings"]}
    assert "EMAIL_ADDRESS" in types
    assert "ATTEMPTS 0" in result.stderr

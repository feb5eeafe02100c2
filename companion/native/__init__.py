"""The native messaging host the browsers start (`ca.gardefou.companion`): it hands the
extension the port and pairing token of the companion, starting the companion if needed.

Kept small: it imports neither spaCy nor Flask, so the browser gets its answer in a blink when
the companion already runs.
"""

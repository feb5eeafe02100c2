"""The extension's overlay as a test sees it: it lives in a closed shadow root that page scripts
(and Playwright's selectors) cannot enter, so it is read through the DevTools protocol, the way the
contract says: `DOM.getDocument` with `pierce: true` finds the shadow root, `DOM.querySelectorAll`
the elements, `DOM.describeNode` their attributes and `DOM.getBoxModel` where to click them.

Each query reads one fresh snapshot of the overlay (its nodes and their attributes), so that the
overlay redrawing meanwhile cannot mix two states; elements are then held by backend node id,
which stays valid across queries. Waits poll the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from .conftest import UI_WAIT_MS

POLL_MS = 100
OVERLAY_HOST = "garde-fou-overlay"


@dataclass(frozen=True)
class OverlayElement:
    overlay: Overlay
    backend_id: int
    attributes: dict[str, str]  # as they were when the element was queried
    selector: str  # the query that found it

    def attribute(self, name: str) -> str | None:
        return self.attributes.get(name)

    def _call(self, function: str):
        remote = self.overlay.send("DOM.resolveNode", {"backendNodeId": self.backend_id})
        result = self.overlay.send(
            "Runtime.callFunctionOn",
            {
                "objectId": remote["object"]["objectId"],
                "functionDeclaration": function,
                "returnByValue": True,
            },
        )
        return result["result"].get("value")

    def evaluate(self, function: str):
        """Calls `function` (a JS function declaration) with the element as `this`; its value."""
        return self._call(function)

    def text(self) -> str:
        """Its text now, or "" once it is gone."""
        try:
            return self._call("function () { return this.textContent; }")
        except PlaywrightError:
            return ""

    def box(self) -> dict | None:
        """Its border box in CSS pixels of the viewport, or None when it is not rendered."""
        try:
            model = self.overlay.send("DOM.getBoxModel", {"backendNodeId": self.backend_id})
        except PlaywrightError:
            return None
        quad = model["model"]["border"]
        xs, ys = quad[0::2], quad[1::2]
        if max(xs) - min(xs) <= 0 or max(ys) - min(ys) <= 0:
            return None
        return {"left": min(xs), "top": min(ys), "right": max(xs), "bottom": max(ys)}

    def is_visible(self) -> bool:
        return self.box() is not None

    def center(self) -> tuple[float, float]:
        box = self.box()
        assert box is not None, "the element is not shown"
        return (box["left"] + box["right"]) / 2, (box["top"] + box["bottom"]) / 2

    def stable_center(self) -> tuple[float, float]:
        """Its centre once it stays put for a poll (the chip re-lays out as its text changes). An
        element redrawn meanwhile (a mark after a new analysis) is found again by its query."""
        previous = None

        def settled() -> tuple[float, float] | None:
            nonlocal previous
            box = self.box()
            if box is None:
                again = self.overlay.visible(self.selector)
                box = again[0].box() if again else None
            still = box is not None and box == previous
            previous = box
            if not still:
                return None
            return (box["left"] + box["right"]) / 2, (box["top"] + box["bottom"]) / 2

        return self.overlay.wait_until(settled, f"{self.selector} to stay put")

    def click(self) -> None:
        """A person's click at its centre (trusted mouse events from the browser)."""
        self.overlay.page.mouse.click(*self.stable_center())

    def hover(self) -> None:
        self.overlay.page.mouse.move(*self.stable_center())


class Overlay:
    """The overlay of one page, read through a DevTools session of that page."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.session = page.context.new_cdp_session(page)

    def send(self, method: str, params: dict) -> dict:
        return self.session.send(method, params)

    def _host(self) -> dict | None:
        """The overlay's host element, its shadow tree included, from a fresh pierced document."""
        pending = [self.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]]
        while pending:
            node = pending.pop()
            if node.get("localName") == OVERLAY_HOST and node.get("shadowRoots"):
                return node
            pending.extend(node.get("children", []))
        return None

    def shadow_root_mode(self) -> str | None:
        host = self._host()
        return host["shadowRoots"][0].get("shadowRootType") if host else None

    def query_all(self, selector: str) -> list[OverlayElement]:
        host = self._host()
        if host is None:
            return []
        shadow_root = host["shadowRoots"][0]
        snapshot = {}
        pending = [shadow_root]
        while pending:
            node = pending.pop()
            snapshot[node["nodeId"]] = node
            pending.extend(node.get("children", []))
        node_ids = self.send(
            "DOM.querySelectorAll", {"nodeId": shadow_root["nodeId"], "selector": selector}
        )["nodeIds"]
        found = []
        for node_id in node_ids:
            node = snapshot.get(node_id)  # absent: drawn after the snapshot, seen next poll
            if node:
                values = node.get("attributes", [])
                attributes = dict(zip(values[::2], values[1::2], strict=True))
                found.append(OverlayElement(self, node["backendNodeId"], attributes, selector))
        return found

    def visible(self, selector: str) -> list[OverlayElement]:
        return [element for element in self.query_all(selector) if element.is_visible()]

    def wait_until(self, condition: Callable[[], object], what: str, timeout_ms: int = UI_WAIT_MS):
        """Polls `condition` until it returns something truthy, which it returns."""
        waited = 0
        while True:
            result = condition()
            if result:
                return result
            if waited >= timeout_ms:
                raise AssertionError(f"timed out after {timeout_ms} ms waiting for {what}")
            self.page.wait_for_timeout(POLL_MS)
            waited += POLL_MS

    def wait_for(self, selector: str, timeout_ms: int = UI_WAIT_MS) -> OverlayElement:
        """The first visible element matching `selector`, once there is one."""
        found = self.wait_until(
            lambda: self.visible(selector), f"{selector} to be shown", timeout_ms
        )
        return found[0]

    def wait_hidden(self, selector: str) -> None:
        self.wait_until(lambda: not self.visible(selector), f"{selector} to be hidden")

    def expect_count(self, selector: str, count: int) -> None:
        self.wait_until(
            lambda: len(self.query_all(selector)) == count, f"{count} × {selector}"
        )

    def expect_attribute(self, selector: str, name: str, expected: str | re.Pattern,
                         timeout_ms: int = UI_WAIT_MS) -> None:
        """Waits until the first element matching `selector` has that attribute value."""

        def matches() -> bool:
            found = self.query_all(selector)
            value = found[0].attribute(name) if found else None
            if value is None:
                return False
            if isinstance(expected, re.Pattern):
                return bool(expected.search(value))
            return value == expected

        self.wait_until(matches, f"{selector} [{name}] = {expected!r}", timeout_ms)

    def expect_text(self, selector: str, pattern: str | re.Pattern) -> None:
        def matches() -> bool:
            found = self.visible(selector)
            text = found[0].text() if found else ""
            if isinstance(pattern, re.Pattern):
                return bool(pattern.search(text))
            return pattern in text

        self.wait_until(matches, f"{selector} to show {pattern!r}")


_overlays: dict[int, Overlay] = {}


def overlay(page: Page) -> Overlay:
    """The overlay helper of `page` (one DevTools session per page)."""
    key = id(page)
    if key not in _overlays or _overlays[key].page is not page:
        _overlays[key] = Overlay(page)
    return _overlays[key]

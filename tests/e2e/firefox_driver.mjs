// Drives Firefox (WebDriver BiDi, through puppeteer-core) with the extension installed, like a
// person, and reports what the pages' own state holds:
// - redact: on each stand-in editor, types a post with a name, clicks the underlined name (marks let
//   the click through; the card opens by hit-testing), then the card's redact button;
// - redactAll: types two names, clicks "redact all", types on: where did the typing land?
// - guard: Enter on a Facebook comment holding a NAS, then "publish anyway": what was published?
// - privacy: a page script plants and feeds a box; what did the overlay analyse, what can the page see?
// The overlay is in a closed shadow root: WebDriver BiDi serializes it with its host (page scripts
// cannot reach it), and that handle is queried.
// Usage: node firefox_driver.mjs '<json>' with {firefox, extensionDir, proxyPort, pages: [{url, box,
// state}], facebook: url}; prints one JSON line {version, redact, redactAll, guard, privacy}.
import puppeteer from "puppeteer-core";
import { BidiElementHandle } from "puppeteer-core/internal/bidi/ElementHandle.js";

const TYPED = "Bravo 🎉 à Marie Tremblay pour tout!";
const TWO_NAMES = "Rencontre avec Marie Tremblay et Jean Gagnon hier.";
const SIN_COMMENT = "Mon NAS est le 271 849 382, merci de le noter.";
const WAIT_MS = 20000;

const { firefox, extensionDir, proxyPort, pages, facebook } = JSON.parse(process.argv[2]);
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: firefox,
  headless: true,
  acceptInsecureCerts: true,
  extraPrefsFirefox: {
    "network.proxy.type": 1,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": proxyPort,
  },
});

// The shown elements matching `selector` inside the overlay's closed shadow root (maybe none).
async function allInOverlay(page, selector) {
  const host = await page.$("garde-fou-overlay");
  const shadowRoot = host?.remoteValue().value?.shadowRoot;
  if (!shadowRoot) return [];
  const shown = [];
  for (const element of await BidiElementHandle.from(shadowRoot, host.realm).$$(selector)) {
    if (await element.boundingBox()) shown.push(element);
  }
  return shown;
}

// The first shown element matching `selector` in the overlay, once there are `count` of them.
async function inOverlay(page, selector, count = 1) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = await allInOverlay(page, selector);
    if (found.length >= count) return found[0];
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${selector} in the overlay`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// A person's click at the centre of an overlay element (marks let it through to the editor).
async function clickAt(page, handle) {
  const box = await handle.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

// Runs `steps(page)` on a fresh page at `url`; reports its result or the error and `state`.
async function onPage(url, state, steps) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction("window.__ready === true", { timeout: WAIT_MS });
    return { url, ...(await steps(page)) };
  } catch (error) {
    return { url, error: String(error.message), text: await page.evaluate(state).catch(() => null) };
  } finally {
    await page.close();
  }
}

function redact({ url, box, state }) {
  return onPage(url, state, async (page) => {
    await page.click(box);
    await page.keyboard.type(TYPED);
    await clickAt(page, await inOverlay(page, '.gf-mark[data-gf-type="PERSON"]'));
    await clickAt(page, await inOverlay(page, '[data-gf-card] [data-gf-action="redact"]'));
    await page.waitForFunction(`!(${state}).includes("Tremblay")`, { timeout: WAIT_MS });
    return { text: await page.evaluate(state) };
  });
}

// True once the caret is at the end of the box's text (the redaction puts it back a moment after
// the text changes).
function caretAtEnd(box) {
  const element = document.querySelector(box);
  if (element.tagName === "TEXTAREA") return element.selectionStart === element.value.length;
  const selection = window.getSelection();
  if (!selection.rangeCount || !element.contains(selection.focusNode)) return false;
  const rest = document.createRange();
  rest.selectNodeContents(element);
  rest.setStart(selection.focusNode, selection.focusOffset);
  return rest.toString().trim() === "";
}

function redactAll({ url, box, state }) {
  return onPage(url, state, async (page) => {
    await page.click(box);
    await page.keyboard.type(TWO_NAMES);
    await inOverlay(page, "[data-gf-chip]:not([data-gf-pending])");
    await inOverlay(page, '.gf-mark[data-gf-type="PERSON"]', 2);
    await clickAt(page, await inOverlay(page, '[data-gf-chip] [data-gf-action="redact-all"]'));
    await page.waitForFunction(`!(${state}).includes("Gagnon") && !(${state}).includes("Tremblay")`, { timeout: WAIT_MS });
    await page.waitForFunction(caretAtEnd, { timeout: WAIT_MS }, box);
    await page.keyboard.type(" FIN");
    await page.waitForFunction(`(${state}).includes(" FIN")`, { timeout: WAIT_MS });
    return { text: await page.evaluate(state) };
  });
}

function guard() {
  return onPage(facebook, "window.__published", async (page) => {
    await page.click("#comment");
    await page.keyboard.type(SIN_COMMENT);
    await inOverlay(page, '[data-gf-chip][data-gf-severity="block"]');
    await page.keyboard.press("Enter");
    const publishAnyway = await inOverlay(page, '[data-gf-chip] [data-gf-action="publish-anyway"]');
    const whileHeld = await page.evaluate("[...window.__published]");
    await clickAt(page, publishAnyway);
    await page.waitForFunction("window.__published.length > 0", { timeout: WAIT_MS });
    return { whileHeld, published: await page.evaluate("window.__published") };
  });
}

// A page script plants a visible box holding a phone number and feeds it a person's events; the
// person then types a name in the real post box.
function privacy() {
  return onPage(facebook, "window.__lexicalState().text", async (page) => {
    await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.contentEditable = "true";
      probe.setAttribute("role", "textbox");
      probe.style.cssText = "margin: 20px; min-height: 40px; border: 1px solid #999;";
      probe.textContent = "Rappelez au 514-555-0199.";
      document.body.append(probe);
      probe.focus();
      for (const type of ["focusin", "pointerdown", "keydown", "paste", "input"]) {
        probe.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      }
    });
    await page.click("#post");
    await page.keyboard.type("Bonjour Marie Tremblay.");
    await inOverlay(page, '.gf-mark[data-gf-type="PERSON"]');
    const host = await page.evaluate(() => {
      const element = document.querySelector("garde-fou-overlay");
      return { shadowRoot: element.shadowRoot !== null, attributes: element.getAttributeNames() };
    });
    return {
      chips: (await allInOverlay(page, "[data-gf-chip]")).length,
      phoneMarks: (await allInOverlay(page, '.gf-mark[data-gf-type="PHONE_NUMBER"]')).length,
      host,
    };
  });
}

try {
  await browser.installExtension(extensionDir);
  const report = { version: await browser.version(), redact: [], redactAll: [] };
  for (const target of pages) report.redact.push(await redact(target));
  for (const target of pages) report.redactAll.push(await redactAll(target));
  report.guard = await guard();
  report.privacy = await privacy();
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
}

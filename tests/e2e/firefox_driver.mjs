// Drives Firefox (WebDriver BiDi, through puppeteer-core) with the extension installed: on each
// stand-in site, types a post with a name, clicks the underline, then the card's redact button,
// and reports what the editor's own state holds. The overlay is in a closed shadow root: WebDriver
// BiDi serializes it with its host (page scripts cannot reach it), and that handle is queried. Usage: node firefox_driver.mjs '<json>' with
// {firefox, extensionDir, proxyPort, pages: [{url, box, state}]}; prints a JSON list of results.
import puppeteer from "puppeteer-core";
import { BidiElementHandle } from "puppeteer-core/internal/bidi/ElementHandle.js";

const TYPED = "Bravo 🎉 à Marie Tremblay pour tout!";
const WAIT_MS = 20000;

const { firefox, extensionDir, proxyPort, pages } = JSON.parse(process.argv[2]);
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

// The first element matching `selector` inside the overlay's closed shadow root, once there is one.
async function inOverlay(page, selector) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const host = await page.$("garde-fou-overlay");
    const shadowRoot = host?.remoteValue().value?.shadowRoot;
    if (shadowRoot) {
      const found = await BidiElementHandle.from(shadowRoot, host.realm).$(selector);
      if (found && (await found.boundingBox())) return found;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${selector} in the overlay`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// A person's click at the centre of an overlay element (marks let it through to the editor).
async function clickAt(page, handle) {
  const box = await handle.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function redactOn({ url, box, state }) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction("window.__ready === true", { timeout: WAIT_MS });
    await page.waitForSelector(box, { timeout: WAIT_MS });
    await page.click(box);
    await page.keyboard.type(TYPED);
    await clickAt(page, await inOverlay(page, '.gf-mark[data-gf-type="PERSON"]'));
    await clickAt(page, await inOverlay(page, '[data-gf-card] [data-gf-action="redact"]'));
    await page.waitForFunction(`!(${state}).includes("Tremblay")`, { timeout: WAIT_MS });
    return { url, text: await page.evaluate(state) };
  } catch (error) {
    return { url, error: String(error.message), text: await page.evaluate(state).catch(() => null) };
  } finally {
    await page.close();
  }
}

try {
  await browser.installExtension(extensionDir);
  const results = [];
  for (const target of pages) results.push(await redactOn(target));
  console.log(JSON.stringify({ version: await browser.version(), results }));
} finally {
  await browser.close();
}

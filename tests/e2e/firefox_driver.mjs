// Drives Firefox (WebDriver BiDi, through puppeteer-core) with the extension installed: on each
// stand-in site, types a post with a name, clicks the underline, then the card's redact button,
// and reports what the editor's own state holds. Usage: node firefox_driver.mjs '<json>' with
// {firefox, extensionDir, proxyPort, pages: [{url, box, state}]}; prints a JSON list of results.
import puppeteer from "puppeteer-core";

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

async function redactOn({ url, box, state }) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction("window.__ready === true", { timeout: WAIT_MS });
    await page.waitForSelector(box, { timeout: WAIT_MS });
    await page.click(box);
    await page.keyboard.type(TYPED);
    const mark = await page.waitForSelector('pierce/.gf-mark[data-gf-type="PERSON"]', { timeout: WAIT_MS });
    await mark.click();
    const redact = await page.waitForSelector('pierce/[data-gf-action="redact"]', { visible: true, timeout: WAIT_MS });
    await redact.click();
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

/*
 * Site adapters say which compose boxes of a site to watch and which editor strategy edits each.
 * An adapter: {platform, hosts: [hostnames], boxes: [{selector, editor, enterSubmits}]}, where
 * enterSubmits is a selector of the boxes that publish on Enter (comments, messages; elsewhere Enter
 * is a new line), or absent. The generic one has no hosts and serves as the fallback on every
 * supported site.
 */
(function (GardeFou) {
  "use strict";

  const siteAdapters = [];
  let fallbackAdapter = null;

  function register(adapter) {
    siteAdapters.push(adapter);
  }

  function registerFallback(adapter) {
    fallbackAdapter = adapter;
  }

  function platformOf(hostname) {
    const adapter = siteAdapters.find((candidate) => candidate.hosts.includes(hostname));
    return adapter ? adapter.platform : "other";
  }

  // The compose box around `target`, how to edit it and whether Enter publishes in it, or null
  // when it is none we watch.
  function boxAt(target, hostname) {
    const adapters = siteAdapters.filter((adapter) => adapter.hosts.includes(hostname)).concat(fallbackAdapter);
    for (const adapter of adapters) {
      for (const box of adapter.boxes) {
        const element = target.closest(box.selector);
        if (element) return { element, editor: box.editor, enterSubmits: Boolean(box.enterSubmits && element.matches(box.enterSubmits)) };
      }
    }
    return null;
  }

  GardeFou.adapters = { register, registerFallback, platformOf, boxAt };
})(globalThis.GardeFou);

/*
 * Site adapters say which compose boxes of a site to watch and which editor strategy edits each.
 * An adapter: {platform, hosts: [hostnames], boxes: [{selector, editor}]}; the generic one has no
 * hosts and serves as the fallback on every supported site.
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

  // The compose box around `target` and how to edit it, or null when it is none we watch.
  function boxAt(target, hostname) {
    const adapters = siteAdapters.filter((adapter) => adapter.hosts.includes(hostname)).concat(fallbackAdapter);
    for (const adapter of adapters) {
      for (const box of adapter.boxes) {
        const element = target.closest(box.selector);
        if (element) return { element, editor: box.editor };
      }
    }
    return null;
  }

  GardeFou.adapters = { register, registerFallback, platformOf, boxAt };
})(globalThis.GardeFou);

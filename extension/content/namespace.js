/* The content scripts share one isolated world; each file adds its part to this namespace, in manifest order. */
globalThis.GardeFou = { editors: {} };

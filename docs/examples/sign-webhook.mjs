#!/usr/bin/env node
// Sign an event with Grace's seed scheme and POST it to /webhooks (Node 20, node:crypto and fetch only).
//
//   node sign-webhook.mjs event.json          # or: node sign-webhook.mjs < event.json
//   GRACE_URL=https://grace.example node sign-webhook.mjs event.json
//
// Secret: $HMAC_SECRET, else development mode's saved secret in ./.grace/dev-hmac-secret. With a
// comma-separated list the first entry signs; a whsec_ entry is the base64-decoded bytes after the prefix.
// X-Signature = hex(HMAC-SHA256(secret, X-Timestamp immediately followed by the raw body bytes)).
// Prints the status and the answer; exits 0 for a 2xx answer, 1 otherwise, 2 on a usage error.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";

function secretKey() {
  let value = process.env.HMAC_SECRET;
  if (!value) {
    try {
      value = readFileSync(".grace/dev-hmac-secret", "utf8").trim();
    } catch {
      console.error("sign-webhook: set HMAC_SECRET, or run where development mode saved .grace/dev-hmac-secret");
      process.exit(2);
    }
  }
  const first = value.split(",")[0];
  return first.startsWith("whsec_")
    ? Buffer.from(first.slice("whsec_".length), "base64")
    : Buffer.from(first, "utf8");
}

const args = process.argv.slice(2);
if (args.length > 1) {
  console.error("usage: node sign-webhook.mjs [event.json|-]");
  process.exit(2);
}
// Raw bytes, signed and sent as they are: never re-serialise the JSON after signing it.
const body = args.length === 1 && args[0] !== "-" ? readFileSync(args[0]) : readFileSync(0);
const timestamp = String(Math.floor(Date.now() / 1000));
const signature = createHmac("sha256", secretKey())
  .update(Buffer.from(timestamp, "ascii"))
  .update(body)
  .digest("hex");

const url = (process.env.GRACE_URL ?? "http://127.0.0.1:8080").replace(/\/$/, "") + "/webhooks";
const response = await fetch(url, {
  method: "POST",
  headers: { "Content-Type": "application/json", "X-Timestamp": timestamp, "X-Signature": signature },
  body,
});
console.log(`HTTP ${response.status}`);
console.log(await response.text());
process.exit(response.ok ? 0 : 1);

#!/usr/bin/env python3
"""Sign an event with Grace's seed scheme and POST it to /webhooks (Python 3 standard library only).

    python3 sign_webhook.py event.json          # or: python3 sign_webhook.py < event.json
    GRACE_URL=https://grace.example python3 sign_webhook.py event.json

Secret: $HMAC_SECRET, else development mode's saved secret in ./.grace/dev-hmac-secret. With a
comma-separated list the first entry signs; a whsec_ entry is the base64-decoded bytes after the prefix.
X-Signature = hex(HMAC-SHA256(secret, X-Timestamp immediately followed by the raw body bytes)).
Prints the status and the answer; exits 0 for a 2xx answer, 1 otherwise, 2 on a usage error.
"""
import base64
import hashlib
import hmac
import os
import sys
import time
import urllib.error
import urllib.request


def secret_key() -> bytes:
    value = os.environ.get("HMAC_SECRET")
    if not value:
        try:
            with open(os.path.join(".grace", "dev-hmac-secret"), encoding="utf-8") as saved:
                value = saved.read().strip()
        except FileNotFoundError:
            sys.exit("sign_webhook: set HMAC_SECRET, or run where development mode saved .grace/dev-hmac-secret")
    first = value.split(",")[0]
    if first.startswith("whsec_"):
        return base64.b64decode(first[len("whsec_"):], validate=True)
    return first.encode("utf-8")


def main() -> int:
    if len(sys.argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    if len(sys.argv) == 2 and sys.argv[1] != "-":
        with open(sys.argv[1], "rb") as event:
            body = event.read()
    else:
        body = sys.stdin.buffer.read()

    timestamp = str(int(time.time()))
    # Sign the exact bytes that will be sent: never re-serialise the JSON after this point.
    signature = hmac.new(secret_key(), timestamp.encode("ascii") + body, hashlib.sha256).hexdigest()

    url = os.environ.get("GRACE_URL", "http://127.0.0.1:8080").rstrip("/") + "/webhooks"
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json",
        "X-Timestamp": timestamp,
        "X-Signature": signature,
    })
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, answer = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, answer = error.code, error.read()
    print(f"HTTP {status}")
    print(answer.decode("utf-8", errors="replace"))
    return 0 if 200 <= status < 300 else 1


if __name__ == "__main__":
    sys.exit(main())

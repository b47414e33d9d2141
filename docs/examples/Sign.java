// Sign an event with Grace's seed scheme and POST it to /webhooks (JDK 17+, java.net.http only).
//
//   java Sign.java event.json          # or: java Sign.java < event.json
//   GRACE_URL=https://grace.example java Sign.java event.json
//
// Secret: $HMAC_SECRET, else development mode's saved secret in ./.grace/dev-hmac-secret. With a
// comma-separated list the first entry signs; a whsec_ entry is the base64-decoded bytes after the prefix.
// X-Signature = hex(HMAC-SHA256(secret, X-Timestamp immediately followed by the raw body bytes)).
// Prints the status and the answer; exits 0 for a 2xx answer, 1 otherwise, 2 on a usage error.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Sign {
    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            System.err.println("usage: java Sign.java [event.json|-]");
            System.exit(2);
        }
        // Raw bytes, signed and sent as they are: never re-serialise the JSON after signing it.
        byte[] body = args.length == 1 && !args[0].equals("-")
                ? Files.readAllBytes(Path.of(args[0]))
                : System.in.readAllBytes();

        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretKey(), "HmacSHA256"));
        mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
        String signature = HexFormat.of().formatHex(mac.doFinal(body));

        String base = System.getenv().getOrDefault("GRACE_URL", "http://127.0.0.1:8080").replaceAll("/$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/webhooks"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Timestamp", timestamp)
                .header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        System.out.println("HTTP " + response.statusCode());
        System.out.println(response.body());
        System.exit(response.statusCode() / 100 == 2 ? 0 : 1);
    }

    private static byte[] secretKey() throws Exception {
        String value = System.getenv("HMAC_SECRET");
        if (value == null || value.isEmpty()) {
            try {
                value = Files.readString(Path.of(".grace", "dev-hmac-secret")).strip();
            } catch (NoSuchFileException absent) {
                System.err.println("Sign: set HMAC_SECRET, or run where development mode saved .grace/dev-hmac-secret");
                System.exit(2);
            }
        }
        String first = value.split(",", -1)[0];
        return first.startsWith("whsec_")
                ? Base64.getDecoder().decode(first.substring("whsec_".length()))
                : first.getBytes(StandardCharsets.UTF_8);
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends N distinct signed booking.created events for one room type and stay, T at a time, then checks
 * through GET /rates that the room type's availability went down by exactly the number of 201 answers.
 *
 * <pre>
 * HMAC_SECRET=... java bench/BookingLoad.java --url http://127.0.0.1:8080 --room-type BOOKB \
 *     --check-in 2027-01-10 --check-out 2027-01-13 --rooms 50 --count 400 --threads 16 --max-seconds 120
 * </pre>
 *
 * Single file on purpose (runs with `java File.java`, JDK only). Java 17 has no virtual threads, so a
 * fixed pool of T platform threads drives blocking sends. Bounded twice: at most N requests, and no
 * request starts after --max-seconds (those are counted as "not sent"). Exit 0 on PASS, 1 on FAIL,
 * 2 on a usage error.
 */
public final class BookingLoad {

    private static final Pattern AVAILABLE = Pattern.compile("\"available\"\\s*:\\s*(\\d+)");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([a-z_]+)\"");

    private record Outcome(int status, String code, long nanos, boolean replayed) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        String url = opts.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/+$", "");
        String roomType = required(opts, "room-type");
        LocalDate checkIn = LocalDate.parse(required(opts, "check-in"));
        LocalDate checkOut = LocalDate.parse(required(opts, "check-out"));
        int rooms = Integer.parseInt(required(opts, "rooms"));
        int count = Integer.parseInt(opts.getOrDefault("count", "200"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "16"));
        int maxSeconds = Integer.parseInt(opts.getOrDefault("max-seconds", "120"));
        String label = opts.getOrDefault("label", "bookings");
        if (count < 1 || count > 1_000_000 || threads < 1 || threads > 512 || maxSeconds < 1) {
            usage("--count 1..1000000, --threads 1..512, --max-seconds >= 1");
        }
        String secret = System.getenv("HMAC_SECRET");
        if (secret == null || secret.isBlank()) {
            usage("HMAC_SECRET must be set");
        }
        byte[] key = signingKey(secret.split(",", -1)[0]);

        // A run id keeps event ids and references distinct across runs against the same database.
        String runId = Long.toString(System.currentTimeMillis(), 36);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        Outcome[] outcomes = new Outcome[count];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                if (System.nanoTime() > deadline) {
                    return; // left null: not sent
                }
                String body = bookingEvent(runId, n, roomType, checkIn, checkOut);
                outcomes[n] = send(client, url, key, body);
            }));
        }
        pool.shutdown();
        // Each request has a 30 s timeout, so the pool always finishes within max-seconds + 30 s or so.
        if (!pool.awaitTermination(maxSeconds + 60L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - started;
        for (Future<?> f : futures) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get();
                } catch (Exception e) {
                    System.err.println("worker failed: " + e.getCause());
                }
            }
        }

        int created = 0;
        int soldOut = 0;
        int replayed = 0;
        int notSent = 0;
        Map<String, Integer> other = new TreeMap<>();
        List<Long> latencies = new ArrayList<>(count);
        for (Outcome o : outcomes) {
            if (o == null) {
                notSent++;
                continue;
            }
            latencies.add(o.nanos());
            if (o.replayed()) {
                replayed++;
            }
            if (o.status() == 201) {
                created++;
            } else if (o.status() == 409 && "sold_out".equals(o.code())) {
                soldOut++;
            } else {
                other.merge(o.status() + (o.code().isEmpty() ? "" : " " + o.code()), 1, Integer::sum);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = elapsed / 1e9;
        int sent = count - notSent;

        System.out.printf("%s: %d sent (%d not sent: time limit), %d threads, %.2f s, %.1f req/s%n",
                label, sent, notSent, threads, seconds, sent / seconds);
        System.out.printf("%s: latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", label,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf("%s: 201 created %d, 409 sold_out %d, other %s, replayed %d%n",
                label, created, soldOut, other.isEmpty() ? "0" : other.toString(), replayed);

        int available = availability(client, url, roomType, checkIn, checkOut);
        int expected = rooms - created;
        boolean pass = available == expected && created <= rooms && replayed == 0;
        System.out.printf("%s: availability check: rooms %d - created %d = %d expected, /rates says %d -> %s%n",
                label, rooms, created, expected, available, pass ? "PASS" : "FAIL");
        // Not a correctness rule (a 503 or timeout may leave rooms unsold), but worth seeing: did every
        // room that could be sold get sold?
        System.out.printf("%s: rooms sold %d of min(N=%d, R=%d)=%d%n",
                label, created, sent, rooms, Math.min(sent, rooms));
        System.exit(pass ? 0 : 1);
    }

    private static String bookingEvent(String runId, int n, String roomType, LocalDate in, LocalDate out) {
        String ref = "B" + runId + "-" + n;
        return "{\"event_id\":\"evt_bench_" + runId + "_" + roomType + "_" + n + "\",\"type\":\"booking.created\","
                + "\"data\":{\"reference\":\"" + ref + "\",\"room_type\":\"" + roomType + "\","
                + "\"check_in\":\"" + in + "\",\"check_out\":\"" + out + "\",\"guests\":1,"
                + "\"guest\":{\"name\":\"Bench Guest " + n + "\",\"email\":\"guest" + n + "@example.com\"}}}";
    }

    private static Outcome send(HttpClient client, String url, byte[] key, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String signature;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            signature = HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/webhooks"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Timestamp", timestamp)
                .header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t0;
            String code = "";
            if (response.statusCode() >= 300) {
                Matcher m = CODE.matcher(response.body());
                code = m.find() ? m.group(1) : "";
            }
            boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
            return new Outcome(response.statusCode(), code, nanos, replayed);
        } catch (java.io.IOException e) {
            return new Outcome(-1, e.getClass().getSimpleName(), System.nanoTime() - t0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted", System.nanoTime() - t0, false);
        }
    }

    private static int availability(HttpClient client, String url, String roomType, LocalDate in, LocalDate out)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/rates?check_in=" + in + "&check_out=" + out
                        + "&guests=1&room_type=" + roomType))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = AVAILABLE.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            System.err.println("GET /rates answered " + response.statusCode() + ": " + response.body());
            return -1;
        }
        return Integer.parseInt(m.group(1));
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        // Nearest-rank percentile.
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static byte[] signingKey(String entry) {
        if (entry.startsWith("whsec_")) {
            return Base64.getDecoder().decode(entry.substring("whsec_".length()));
        }
        return entry.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("bad arguments: " + Arrays.toString(args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            usage("--" + name + " is required");
        }
        return v;
    }

    private static void usage(String message) {
        System.err.println("BookingLoad: " + message);
        System.err.println("usage: HMAC_SECRET=... java bench/BookingLoad.java --url URL --room-type CODE"
                + " --check-in DATE --check-out DATE --rooms R [--count N] [--threads T] [--max-seconds S] [--label L]");
        System.exit(2);
    }
}

package dev.grace.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/sign-webhook} and every client example in {@code docs/examples/} against the running
 * test server, so the documentation cannot drift from what the service accepts. A language is skipped only
 * when its runtime is missing on this machine.
 */
class ClientExamplesTest extends RunningServer {
    @TempDir
    Path workDir;

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bin/sign-webhook")) && Files.isDirectory(p.resolve("docs/examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with bin/sign-webhook above " + here);
    }

    private static boolean onPath(String command) {
        try {
            Process probe = new ProcessBuilder("sh", "-c", "command -v " + command).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Run(int exit, String output) {
    }

    private Run run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("HMAC_SECRET");
        builder.environment().put("GRACE_URL", "http://127.0.0.1:" + port);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("%s finished", String.join(" ", command)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.exitValue(), output);
    }

    /** An event file whose exact bytes (spacing, key order, a non-ASCII name) must survive signing. */
    private Path eventFile(String code) throws IOException {
        String body = "{\"event_id\": \"" + UUID.randomUUID() + "\",\n \"type\": \"room_type.upserted\",\n"
                + " \"data\": {\"code\": \"" + code + "\", \"name\": \"Chambre double \u00e9t\u00e9\", \"max_guests\": 2,   \"rooms\": 3}}\n";
        Path file = workDir.resolve("event-" + code + ".json");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }

    private static String newCode() {
        return "EX" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private void assertAccepted(Run run, String code) {
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("HTTP 200").contains("\"code\":\"" + code + "\"");
        assertThat(http.get("/room-types").text()).contains(code);
    }

    private List<String[]> clients(Path root, Path event) {
        List<String[]> clients = new ArrayList<>();
        clients.add(new String[] {"bash", root.resolve("bin/sign-webhook").toString(), event.toString()});
        clients.add(new String[] {"python3", root.resolve("docs/examples/sign_webhook.py").toString(), event.toString()});
        clients.add(new String[] {"node", root.resolve("docs/examples/sign-webhook.mjs").toString(), event.toString()});
        clients.add(new String[] {"java", root.resolve("docs/examples/Sign.java").toString(), event.toString()});
        return clients;
    }

    private void requireRuntime(String runtime) {
        assumeTrue(onPath(runtime), runtime + " is not installed on this machine: skipping its example");
        if (runtime.equals("bash")) {
            assumeTrue(onPath("openssl") && onPath("curl"), "bin/sign-webhook needs openssl and curl: skipping");
        }
    }

    @Test
    void bin_sign_webhook_signs_with_hmac_secret() throws Exception {
        requireRuntime("bash");
        String code = newCode();
        Path root = repositoryRoot();
        assertAccepted(run(Map.of("HMAC_SECRET", WebTestApplication.SECRET + ",ignored-second-entry-123456"),
                "bash", root.resolve("bin/sign-webhook").toString(), eventFile(code).toString()), code);
    }

    @Test
    void python_example_signs_with_hmac_secret() throws Exception {
        requireRuntime("python3");
        String code = newCode();
        assertAccepted(run(Map.of("HMAC_SECRET", WebTestApplication.SECRET), clients(repositoryRoot(), eventFile(code)).get(1)), code);
    }

    @Test
    void javascript_example_signs_with_hmac_secret() throws Exception {
        requireRuntime("node");
        String code = newCode();
        assertAccepted(run(Map.of("HMAC_SECRET", WebTestApplication.SECRET), clients(repositoryRoot(), eventFile(code)).get(2)), code);
    }

    @Test
    void java_example_signs_with_hmac_secret() throws Exception {
        requireRuntime("java");
        String code = newCode();
        assertAccepted(run(Map.of("HMAC_SECRET", WebTestApplication.SECRET), clients(repositoryRoot(), eventFile(code)).get(3)), code);
    }

    @Test
    void every_client_reads_development_modes_saved_whsec_secret() throws Exception {
        Files.createDirectories(workDir.resolve(".grace"));
        Files.writeString(workDir.resolve(".grace/dev-hmac-secret"), WebTestApplication.SECOND_SECRET + "\n");
        String[] runtimes = {"bash", "python3", "node", "java"};
        for (int i = 0; i < runtimes.length; i++) {
            if (!onPath(runtimes[i])) {
                System.out.println("SKIPPED " + runtimes[i] + " example: runtime not installed");
                continue;
            }
            String code = newCode();
            assertAccepted(run(Map.of(), clients(repositoryRoot(), eventFile(code)).get(i)), code);
        }
    }

    @Test
    void a_wrong_secret_makes_every_client_exit_non_zero_with_the_problem() throws Exception {
        String[] runtimes = {"bash", "python3", "node", "java"};
        for (int i = 0; i < runtimes.length; i++) {
            if (!onPath(runtimes[i])) {
                System.out.println("SKIPPED " + runtimes[i] + " example: runtime not installed");
                continue;
            }
            String code = newCode();
            Run run = run(Map.of("HMAC_SECRET", "a-secret-the-server-does-not-know"),
                    clients(repositoryRoot(), eventFile(code)).get(i));
            assertThat(run.exit()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("HTTP 401").contains("invalid_signature");
        }
    }
}

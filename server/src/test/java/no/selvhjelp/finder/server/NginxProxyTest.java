package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import no.selvhjelp.finder.server.ops.RateLimit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nginx example in {@code docs/proxy/nginx-selvhjelp.conf}, as written (only its ports,
 * certificate and upstream swapped for test ones), started on loopback in front of a real server:
 * HTTPS answers carry HSTS (errors too) and the finder's own headers, plain HTTP redirects to
 * HTTPS, and the client's address arrives in X-Forwarded-For. Needs Debian's nginx (.ci/run
 * installs nginx-light); skipped without it, except in CI.
 */
class NginxProxyTest {
  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final Path EXAMPLE = Path.of("../docs/proxy/nginx-selvhjelp.conf");

  @TempDir Path dir;

  @Test
  void theDocumentedNginxConfigurationServesHstsRedirectsHttpAndForwardsTheClientAddress()
      throws Exception {
    if (!Files.isExecutable(NGINX)) {
      String message = "nginx is not installed; apt-get install nginx-light to run this test";
      if (System.getenv("CI") != null) {
        throw new AssertionError(message + " (required in CI, .ci/run installs it)");
      }
      Assumptions.abort(message);
    }
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    run(
        List.of(
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            key.toString(),
            "-out",
            cert.toString()));
    int http = freePort();
    int https = freePort();
    try (ApiServer api = new ApiServer(RateLimit.OFF, false);
        SignupTestSupport.LogCapture log = new SignupTestSupport.LogCapture()) {
      String example = Files.readString(EXAMPLE);
      String site =
          replace(
              example,
              "listen 80;",
              "listen 127.0.0.1:" + http + ";",
              "listen 443 ssl http2;",
              "listen 127.0.0.1:" + https + " ssl http2;",
              "server 127.0.0.1:8080;",
              "server 127.0.0.1:" + api.http.port() + ";",
              "/etc/letsencrypt/live/finder.example.org/fullchain.pem",
              cert.toString(),
              "/etc/letsencrypt/live/finder.example.org/privkey.pem",
              key.toString());
      Files.writeString(dir.resolve("selvhjelp.conf"), site);
      String d = dir.toString();
      Files.writeString(
          dir.resolve("nginx.conf"),
          "user root;\nworker_processes 1;\npid "
              + d
              + "/nginx.pid;\n"
              + "error_log "
              + d
              + "/error.log;\nevents { worker_connections 64; }\n"
              + "http {\n  client_body_temp_path "
              + d
              + "/body;\n  proxy_temp_path "
              + d
              + "/proxy;\n  fastcgi_temp_path "
              + d
              + "/fastcgi;\n  uwsgi_temp_path "
              + d
              + "/uwsgi;\n  scgi_temp_path "
              + d
              + "/scgi;\n  include "
              + d
              + "/selvhjelp.conf;\n}\n");
      List<String> nginx =
          List.of(NGINX.toString(), "-p", d, "-c", d + "/nginx.conf", "-g", "daemon off;");
      run(List.of(NGINX.toString(), "-t", "-p", d, "-c", d + "/nginx.conf"));
      Process proxy = new ProcessBuilder(nginx).redirectErrorStream(true).start();
      try {
        awaitListening(https);
        HttpClient client =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(trusting(cert))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> themes = get(client, "https://127.0.0.1:" + https + "/api/v1/themes");
        assertThat(themes.statusCode()).isEqualTo(200);
        assertThat(themes.headers().firstValue("Strict-Transport-Security"))
            .hasValue("max-age=63072000; includeSubDomains");
        assertThat(themes.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> missing = get(client, "https://127.0.0.1:" + https + "/no-such");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Strict-Transport-Security")).isPresent();
        HttpResponse<String> plain = get(client, "http://127.0.0.1:" + http + "/embed/groups");
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location"))
            .hasValue("https://127.0.0.1/embed/groups");
        // The server (without --trust-proxy here) says once that X-Forwarded-For arrives.
        assertThat(log.text()).contains("Requests arrive with X-Forwarded-For");
      } finally {
        proxy.destroy();
        assertThat(proxy.waitFor(10, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  private static String replace(String text, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      assertThat(text).as("the example still has " + pairs[i]).contains(pairs[i]);
      text = text.replace(pairs[i], pairs[i + 1]);
    }
    return text;
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static SSLContext trusting(Path cert) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = Files.newInputStream(cert)) {
      store.setCertificateEntry(
          "test", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Waits (at most 10 s) until nginx accepts connections on {@code port}. */
  private static void awaitListening(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(20); // polling the condition above, bounded by the deadline
      }
    }
  }
}

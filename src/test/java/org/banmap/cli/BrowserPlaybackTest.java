package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --html} snippet in a real browser: headless Chromium (Debian's {@code chromium}, which
 * CI installs) loads a page holding the snippet from a local HTTP server, and reports what its
 * {@code <video>} element saw. Skipped where {@code /usr/bin/chromium} is absent.
 */
@Tag("slow")
class BrowserPlaybackTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long BROWSER_TIMEOUT_SECONDS = 90;
  private static final Map<String, String> TYPES = Map.of(
      "mp4", "video/mp4", "png", "image/png", "html", "text/html; charset=utf-8");

  @TempDir Path dir;

  @Test
  void snippetPlaysInChromium() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "no " + CHROMIUM + ": install Debian's chromium package (apt-get install chromium) to run the browser test");
    Path media = Files.createDirectory(dir.resolve("media"));
    Path page = Files.createDirectory(dir.resolve("page"));
    StringWriter err = new StringWriter();
    int exit = BanMapCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true)).execute(
        "demo", "-o", media.resolve("bans.mp4").toString(), "--poster", media.resolve("poster.png").toString(),
        "--html", page.resolve("snippet.html").toString(), "--size", "320x180", "--fps", "10", "--duration", "3s", "-q");
    assertEquals(0, exit, err.toString());

    String snippet = Files.readString(page.resolve("snippet.html"));
    Files.writeString(page.resolve("test.html"), testPage(snippet));
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> serve(exchange, requests));
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/page/test.html";
      String dom = dumpDom(url);
      Matcher m = Pattern.compile("event=(\\w+) readyState=(\\d+) duration=([\\d.]+|NaN) videoWidth=(\\d+) videoHeight=(\\d+) error=(\\w+)")
          .matcher(dom);
      assertTrue(m.find(), "the page reported the video's state; requests " + requests + ", DOM:\n" + dom);
      System.out.println("chromium reported: " + m.group() + "; requests " + requests);
      assertEquals("none", m.group(6), "media error code; requests " + requests);
      assertTrue(Integer.parseInt(m.group(2)) >= 1, "readyState " + m.group(2) + " (>= 1: metadata loaded)");
      assertEquals(3.0, Double.parseDouble(m.group(3)), 0.05, "duration");
      assertEquals(320, Integer.parseInt(m.group(4)), "videoWidth");
      assertEquals(180, Integer.parseInt(m.group(5)), "videoHeight");
      assertTrue(requests.stream().anyMatch(r -> r.startsWith("/media/bans.mp4")),
          "the relative src ../media/bans.mp4 resolved; requests " + requests);
    } finally {
      server.stop(0);
    }
  }

  private static String testPage(String snippet) {
    return "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>banmap snippet test</title></head><body>\n"
        + snippet
        + "<pre id=\"result\">pending</pre>\n"
        + "<script>\n"
        + "const v = document.querySelector('video');\n"
        + "function report(ev) {\n"
        + "  document.getElementById('result').textContent = 'event=' + ev + ' readyState=' + v.readyState\n"
        + "    + ' duration=' + v.duration + ' videoWidth=' + v.videoWidth + ' videoHeight=' + v.videoHeight\n"
        + "    + ' error=' + (v.error ? v.error.code : 'none');\n"
        + "}\n"
        + "v.addEventListener('loadedmetadata', () => report('loadedmetadata'));\n"
        + "v.addEventListener('canplay', () => report('canplay'));\n"
        + "v.addEventListener('error', () => report('error'), true);\n"
        + "if (v.readyState >= 1) report('already');\n"
        + "</script>\n</body></html>\n";
  }

  /** Serves {@code dir}, with byte ranges (browsers fetch video with {@code Range: bytes=0-}). */
  private void serve(HttpExchange exchange, List<String> requests) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String range = exchange.getRequestHeaders().getFirst("Range");
      requests.add(path + (range == null ? "" : " " + range));
      Path file = dir.resolve(path.substring(1)).normalize();
      if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
      long size = Files.size(file);
      long first = 0;
      long last = size - 1;
      Matcher m = range == null ? null : Pattern.compile("bytes=(\\d*)-(\\d*)").matcher(range);
      boolean partial = m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty());
      if (partial) {
        if (m.group(1).isEmpty()) {
          first = Math.max(0, size - Long.parseLong(m.group(2)));
        } else {
          first = Long.parseLong(m.group(1));
          last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        }
        if (first > last) {
          exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + size);
      }
      long length = last - first + 1;
      exchange.sendResponseHeaders(partial ? 206 : 200, length);
      byte[] buffer = new byte[64 * 1024];
      try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r"); OutputStream out = exchange.getResponseBody()) {
        in.seek(first);
        long left = length;
        while (left > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            break;
          }
          out.write(buffer, 0, n);
          left -= n;
        }
      } catch (IOException e) {
        // The browser hung up early (it often only wants the first bytes): fine.
      }
    }
  }

  private String dumpDom(String url) throws Exception {
    Path profile = Files.createDirectory(dir.resolve("chromium-profile"));
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--autoplay-policy=no-user-gesture-required", "--virtual-time-budget=10000",
        "--dump-dom", url)
        .redirectError(dir.resolve("chromium-stderr.txt").toFile())
        .start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
      try {
        return p.getInputStream().readAllBytes();
      } catch (IOException e) {
        return new byte[0];
      }
    });
    if (!p.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + BROWSER_TIMEOUT_SECONDS + " s; stderr:\n"
          + Files.readString(dir.resolve("chromium-stderr.txt")));
    }
    String dom = new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    return dom + "\n(chromium exit " + p.exitValue() + ")";
  }
}

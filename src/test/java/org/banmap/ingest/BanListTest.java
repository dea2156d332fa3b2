package org.banmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ingest stage's ban columns: the same events back, sorted as the reader promises. */
class BanListTest {
  private static final Path A = Path.of("a.log");
  private static final Path B = Path.of("b.log");

  private static BanEvent ban(String time, String ip, String jail, Path file, long line) throws Exception {
    return new BanEvent(Instant.parse(time), InetAddress.getByName(ip), jail, new SourceLine(file, line));
  }

  @Test
  void givesBackEveryFieldOfEveryEvent() throws Exception {
    List<BanEvent> events = List.of(
        ban("2026-01-02T03:04:05.123456789Z", "203.0.113.7", "sshd", A, 1),
        ban("2026-01-02T03:04:05Z", "2001:db8::1", "postfix", B, 1L << 35),
        ban("1970-01-01T00:00:00Z", "255.255.255.255", "sshd", A, 7));
    BanList list = BanList.of(events);
    assertEquals(events, list);
    assertEquals(events.get(0).epochMilli(), list.epochMilli(0));
    assertTrue(list.isIpv4(0));
    assertEquals(0xCB007107, list.ipv4Bits(0));
    assertFalse(list.isIpv4(1));
    assertEquals(InetAddress.getByName("2001:db8::1"), list.otherAddress(1));
    assertThrows(IllegalStateException.class, () -> list.ipv4Bits(1));
    assertEquals(new SourceLine(B, 1L << 35), list.at(1));
    assertSame(list.jail(0), list.jail(2), "one String per jail");
    assertSame(list, BanList.of(list));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(3));
  }

  @Test
  void buildSortsByTimeThenPathThenLine() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    BanList.Builder builder = new BanList.Builder();
    List<BanEvent> expected = new ArrayList<>();
    // B is read before A (as when b.log starts earlier), and times repeat, so all three keys decide.
    for (Path file : List.of(B, A)) {
      for (int line = 1; line <= 3_000; line++) { // 6,000 bans: more than one chunk
        Instant t = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(50), random.nextInt(3) * 1_000_000);
        InetAddress ip = random.nextInt(10) == 0
            ? InetAddress.getByName("2001:db8::" + Integer.toHexString(line))
            : InetAddress.getByName("198.51.100." + random.nextInt(256));
        String jail = random.nextBoolean() ? "sshd" : "recidive";
        builder.add(t.getEpochSecond(), t.getNano(), ip, jail, file, line);
        expected.add(new BanEvent(t, ip, jail, new SourceLine(file, line)));
      }
    }
    expected.sort(BanEvent.BY_TIME_FILE_LINE);
    BanList sorted = builder.build(true);
    assertEquals(expected, sorted);
    for (int i = 0; i < sorted.size(); i++) {
      assertEquals(expected.get(i).isIpv4(), sorted.isIpv4(i), "address kind follows its ban");
    }
  }
}

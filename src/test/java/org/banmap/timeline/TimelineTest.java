package org.banmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.banmap.geo.LocatedBan;
import org.banmap.testing.Bans;
import org.junit.jupiter.api.Test;

class TimelineTest {
  @Test
  void sortsByTimeAndKeepsInputOrderForEqualTimes() {
    LocatedBan late = Bans.at("2026-10-02T00:00:00Z", 0, 0);
    LocatedBan tieA = Bans.at("2026-10-01T00:00:00Z", 1, 0);
    LocatedBan tieB = Bans.at("2026-10-01T00:00:00Z", 2, 0);
    Timeline t = Timeline.of(List.of(late, tieA, tieB));
    assertEquals(List.of(tieA, tieB, late), List.of(t.ban(0), t.ban(1), t.ban(2)));
  }

  @Test
  void binarySearchAgreesWithLinearScan() {
    Random random = new Random(42);
    List<LocatedBan> bans = new ArrayList<>();
    long base = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 500; i++) {
      bans.add(Bans.at(Instant.ofEpochMilli(base + random.nextInt(100_000)).toString(), 0, 0));
    }
    Timeline t = Timeline.of(bans);
    for (int probe = 0; probe < 300; probe++) {
      long ms = base - 10 + random.nextInt(100_020);
      int linearFirst = 0;
      while (linearFirst < t.size() && t.epochMillis(linearFirst) < ms) {
        linearFirst++;
      }
      int linearEnd = 0;
      while (linearEnd < t.size() && t.epochMillis(linearEnd) <= ms) {
        linearEnd++;
      }
      assertEquals(linearFirst, t.firstAtOrAfter(ms), "firstAtOrAfter " + ms);
      assertEquals(linearEnd, t.endAtOrBefore(ms), "endAtOrBefore " + ms);
    }
  }

  @Test
  void framePlanSpreadsTheSpanEvenlyFromStartToEnd() {
    Instant start = Instant.parse("2026-10-01T00:00:00Z");
    Instant end = Instant.parse("2026-10-31T00:00:00Z");
    FramePlan plan = FramePlan.of(start, end, Duration.ofSeconds(30), 30, Duration.ofDays(1));
    assertEquals(900, plan.frameCount());
    assertEquals(start, plan.timeAt(0));
    assertEquals(end, plan.timeAt(899));
    for (int i = 1; i < plan.frameCount(); i++) {
      assertTrue(plan.epochMillisAt(i) > plan.epochMillisAt(i - 1), "frames in time order");
    }
    assertEquals(Duration.ofDays(30).toMillis() * 30 / 899, plan.dataTimePerVideoSecond().toMillis(), 1);
  }

  @Test
  void framePlanRejectsNonsense() {
    Instant t = Instant.parse("2026-10-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> new FramePlan(t, t.minusSeconds(1), 10, 30, Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> new FramePlan(t, t, 0, 30, Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> new FramePlan(t, t, 10, 30, Duration.ZERO));
  }

  @Test
  void selectionFiltersByInclusiveTimeRangeAndJail() {
    LocatedBan a = Bans.at("2026-10-01T00:00:00Z", 0, 0, "sshd", "US");
    LocatedBan b = Bans.at("2026-10-02T00:00:00Z", 0, 0, "recidive", "US");
    LocatedBan c = Bans.at("2026-10-03T00:00:00Z", 0, 0, "sshd", "US");
    List<LocatedBan> all = List.of(a, b, c);
    assertEquals(List.of(a, c), new BanSelection(null, null, Set.of("sshd")).apply(all));
    assertEquals(List.of(a, b), new BanSelection(null, b.ban().time(), Set.of()).apply(all));
    assertEquals(List.of(b, c), new BanSelection(b.ban().time(), null, Set.of()).apply(all));
    assertThrows(IllegalArgumentException.class, () -> new BanSelection(c.ban().time(), a.ban().time(), Set.of()));
  }
}

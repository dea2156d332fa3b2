package org.banmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.banmap.geo.LocatedBan;
import org.banmap.geo.LocatedBans;
import org.banmap.testing.Bans;
import org.junit.jupiter.api.Test;

class TimelineTest {
  @Test
  void sortsByTimeAndKeepsInputOrderForEqualTimes() {
    LocatedBan late = Bans.at("2026-10-02T00:00:00Z", 0, 0);
    LocatedBan tieA = Bans.at("2026-10-01T00:00:00Z", 1, 0);
    LocatedBan tieB = Bans.at("2026-10-01T00:00:00Z", 2, 0);
    Timeline t = Timeline.of(List.of(late, tieA, tieB));
    assertEquals(List.of(1.0, 2.0, 0.0), List.of(lon(t, 0), lon(t, 1), lon(t, 2)));
    assertEquals(List.of(tieA.ban().ip(), tieB.ban().ip(), late.ban().ip()),
        List.of(t.bans().ip(0), t.bans().ip(1), t.bans().ip(2)));
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), t.first());
    assertEquals(Instant.parse("2026-10-02T00:00:00Z"), t.last());
  }

  private static double lon(Timeline t, int i) {
    return t.bans().place(i).lon();
  }

  @Test
  void stableSortOfManyBansMatchesTheLibrarySort() {
    Random random = new Random(7);
    List<LocatedBan> bans = new ArrayList<>();
    long base = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 3000; i++) {
      // Few distinct times, so most bans tie with others; the longitude records the input order.
      bans.add(Bans.at(Instant.ofEpochMilli(base + 1000L * random.nextInt(50)).toString(), i * 0.01, 0));
    }
    List<LocatedBan> expected = new ArrayList<>(bans);
    expected.sort(java.util.Comparator.comparing(b -> b.ban().time())); // List.sort is stable
    Timeline t = Timeline.of(bans);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).place().lon(), lon(t, i), "ban " + i);
      assertEquals(expected.get(i).ban().epochMilli(), t.epochMillis(i));
    }
  }

  @Test
  void bansAlreadyInTimeOrderAreNotCopied() {
    LocatedBans sorted = LocatedBans.of(List.of(Bans.at("2026-10-01T00:00:00Z", 0, 0), Bans.at("2026-10-02T00:00:00Z", 0, 0)));
    assertSame(sorted, Timeline.of(sorted).bans());
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
    LocatedBans all = LocatedBans.of(List.of(a, b, c));
    assertEquals(List.of(a, c), selected(all, new BanSelection(null, null, Set.of("sshd")), a, b, c));
    assertEquals(List.of(a, b), selected(all, new BanSelection(null, b.ban().time(), Set.of()), a, b, c));
    assertEquals(List.of(b, c), selected(all, new BanSelection(b.ban().time(), null, Set.of()), a, b, c));
    // Inclusive to the millisecond, also for bounds between two milliseconds.
    assertEquals(List.of(c), selected(all, new BanSelection(b.ban().time().plusNanos(1), null, Set.of()), a, b, c));
    assertEquals(List.of(a), selected(all, new BanSelection(null, b.ban().time().minusNanos(1), Set.of()), a, b, c));
    assertSame(all, new BanSelection(null, null, Set.of()).apply(all));
    assertThrows(IllegalArgumentException.class, () -> new BanSelection(c.ban().time(), a.ban().time(), Set.of()));
  }

  /** The bans of {@code candidates} (distinct times) that the selection keeps, found by time and jail. */
  private static List<LocatedBan> selected(LocatedBans all, BanSelection selection, LocatedBan... candidates) {
    LocatedBans kept = selection.apply(all);
    List<LocatedBan> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      for (LocatedBan c : candidates) {
        if (c.ban().epochMilli() == kept.epochMillis(i) && c.ban().jail().equals(kept.jail(i))) {
          out.add(c);
        }
      }
    }
    return out;
  }
}

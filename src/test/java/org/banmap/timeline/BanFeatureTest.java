package org.banmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.banmap.geo.LocatedBan;
import org.banmap.testing.Bans;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

class BanFeatureTest {
  private static final long HOUR = 3_600_000;

  private static BanFeatures features(LocatedBan... bans) {
    return BanFeatures.of(Timeline.of(List.of(bans)));
  }

  @Test
  void attributesOfABanAtAFrame() {
    LocatedBan ban = Bans.at("2026-10-01T12:00:00Z", 2.35, 48.85, "sshd", "FR");
    long frame = Instant.parse("2026-10-01T18:00:00Z").toEpochMilli();
    BanFeature f = features(ban).at(frame, 24 * HOUR).moveTo(0);
    assertEquals("sshd", f.attribute("jail"));
    assertEquals("FR", f.attribute("country_code"));
    assertEquals(ban.ban().ip().getHostAddress(), f.attribute("ip"));
    assertEquals(2.35, f.attribute("lon"));
    assertEquals(48.85, f.attribute("lat"));
    assertEquals("2026-10-01T12:00:00Z", f.attribute("time"));
    assertEquals(6 * 3600.0, f.attribute("age_s"));
    assertEquals(0.25, f.attribute("age"));
    assertEquals(86400.0, f.attribute("fade_s"));
    assertEquals(1, f.attribute("count"));
    assertNull(f.attribute("accuracy_km"));
    assertNull(f.attribute("no_such_attribute"));
    Point p = (Point) f.geometry();
    assertEquals(2.35, p.getX());
    assertEquals(48.85, p.getY());
  }

  @Test
  void countRunsForwardPerAddressAndRandIsStableAndInRange() {
    LocatedBan a = Bans.at("2026-10-01T00:00:00Z", 0, 0);
    LocatedBan b = Bans.at("2026-10-01T01:00:00Z", 0, 0);
    // Same address as a, later: a second ban of that address.
    LocatedBan a2 = new LocatedBan(
        new org.banmap.ingest.BanEvent(Instant.parse("2026-10-01T02:00:00Z"), a.ban().ip(), "recidive", a.ban().at()), a.place());
    BanFeatures all = features(a2, b, a);
    BanFeature f = all.at(Instant.parse("2026-10-01T03:00:00Z").toEpochMilli(), 24 * HOUR);
    assertEquals(1, f.moveTo(0).attribute("count"));
    assertEquals(1, f.moveTo(1).attribute("count"));
    assertEquals(2, f.moveTo(2).attribute("count"));
    double r0 = (Double) f.moveTo(0).attribute("rand");
    assertEquals(r0, features(a).at(0, 1).moveTo(0).attribute("rand"), "same ban, same random in every run and frame");
    assertTrue(r0 >= 0 && r0 < 1);
    assertTrue(!f.moveTo(0).attribute("rand").equals(f.moveTo(2).attribute("rand")), "another ban of the same address differs");
  }

  @Test
  void randomIsSpreadOverTheUnitInterval() {
    int[] buckets = new int[10];
    for (int i = 0; i < 10_000; i++) {
      double r = BanFeatures.random("198.51.100." + (i % 256), 1_700_000_000_000L + i * 60_000L);
      assertTrue(r >= 0 && r < 1);
      buckets[(int) (r * 10)]++;
    }
    for (int n : buckets) {
      assertTrue(n > 850 && n < 1150, "bucket count " + n);
    }
  }

  @Test
  void randFromTheAddressBitsEqualsRandFromTheAddressText() {
    LocatedBan[] bans = new LocatedBan[300];
    for (int i = 0; i < bans.length; i++) {
      bans[i] = Bans.at(Instant.ofEpochSecond(1_790_000_000L + i).toString(), 0, 0);
    }
    BanFeatures all = features(bans);
    BanFeature f = all.at(0, HOUR);
    for (int i = 0; i < bans.length; i++) {
      String ip = (String) f.moveTo(i).attribute("ip");
      assertEquals(bans[i].ban().ip().getHostAddress(), ip);
      assertEquals(BanFeatures.random(ip, bans[i].ban().epochMilli()), f.attribute("rand"), ip);
    }
  }

  @Test
  void theFlyweightMovesWithoutNewValuesForFixedAttributes() {
    BanFeatures all = features(Bans.at("2026-10-01T00:00:00Z", 10, 10));
    BanFeature f = all.at(0, HOUR).moveTo(0);
    assertSame(f.attribute("lat"), f.attribute("lat"), "fixed attributes are boxed once per timeline");
    assertSame(f.attribute("count"), all.at(5, HOUR).moveTo(0).attribute("count"));
    assertEquals(0.5, all.at(Instant.parse("2026-10-01T00:30:00Z").toEpochMilli(), HOUR).moveTo(0).age());
  }
}

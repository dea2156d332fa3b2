package org.banmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.banmap.geo.LocatedBan;
import org.banmap.geo.LocatedBans;
import org.banmap.testing.Bans;
import org.junit.jupiter.api.Test;

class BanSelectionTest {
  /** 900 postfix bans and 251 dovecot bans in October 2026. */
  private static List<LocatedBan> mailServer() {
    List<LocatedBan> bans = new ArrayList<>();
    for (int i = 0; i < 1151; i++) {
      String time = String.format("2026-10-%02dT%02d:00:00Z", 1 + i % 31, i % 24);
      bans.add(Bans.at(time, 2.35, 48.85, i < 900 ? "postfix" : "dovecot", "FR"));
    }
    return bans;
  }

  @Test
  void aJailThatMatchesNothingNamesTheJailsSeen() {
    BanSelection sshd = new BanSelection(null, null, Set.of("sshd"));
    LocatedBans bans = LocatedBans.of(mailServer());
    assertEquals(0, sshd.apply(bans).size());
    assertEquals("--jail sshd matched none of the 1,151 located bans; jails seen: postfix (900), dovecot (251)"
        + " (jail names are case-sensitive, as in fail2ban's log)", sshd.explainNoneMatched(bans, ZoneOffset.UTC));
  }

  @Test
  void aTimeRangeThatMatchesNothingGivesTheDataSpan() {
    BanSelection november = new BanSelection(Instant.parse("2026-11-01T00:00:00Z"), null, Set.of());
    assertEquals("--from 2026-11-01 01:00 matched none of the 1,151 located bans; they span"
        + " 2026-10-01 02:00 .. 2026-11-01 00:00 Europe/Berlin (times without an offset are in --log-zone Europe/Berlin)",
        november.explainNoneMatched(LocatedBans.of(mailServer()), ZoneId.of("Europe/Berlin")));
  }

  @Test
  void bothFiltersTogether() {
    BanSelection both = new BanSelection(null, Instant.parse("2026-10-01T05:00:00Z"), Set.of("dovecot"));
    LocatedBans bans = LocatedBans.of(List.of(Bans.at("2026-10-01T01:00:00Z", 0, 0, "postfix", "FR"),
        Bans.at("2026-10-02T01:00:00Z", 0, 0, "dovecot", "FR")));
    assertEquals(0, both.apply(bans).size());
    assertEquals("--jail dovecot and --to 2026-10-01 05:00 together matched none of the 2 located bans: 1 are in the"
        + " jails, 1 in the time range, none both; they span 2026-10-01 01:00 .. 2026-10-02 01:00 UTC;"
        + " jails seen: dovecot (1), postfix (1)", both.explainNoneMatched(bans, ZoneOffset.UTC));
  }

  @Test
  void toBeforeFromIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new BanSelection(Instant.parse("2026-10-02T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"), Set.of()));
  }
}

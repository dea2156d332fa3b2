package org.banmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.banmap.testing.Bans;
import org.junit.jupiter.api.Test;

class CountryTableTest {
  private static LocatedBans bans(String... countries) {
    List<LocatedBan> out = new ArrayList<>();
    for (String c : countries) {
      out.add(Bans.at("2026-10-01T00:00:00Z", 0, 0, "sshd", c));
    }
    return LocatedBans.of(out);
  }

  @Test
  void rowsAreSortedByCountWithOtherFoldedIn() {
    CountryTable table = CountryTable.of(bans("US", "US", "US", "RU", "RU", "CN", "DE", "FR"), 2,
        new CountryTable.Totals(100, 9, 8, 1));
    List<CountryTable.Row> rows = table.rows();
    assertEquals(3, rows.size());
    assertEquals("US", rows.get(0).isoCode());
    assertEquals(3, rows.get(0).bans());
    assertEquals(0.375, rows.get(0).share(), 1e-9);
    assertEquals("RU", rows.get(1).isoCode());
    assertEquals("Other (3 countries)", rows.get(2).country());
    assertEquals(3, rows.get(2).bans());
    assertEquals(1.0, rows.stream().mapToDouble(CountryTable.Row::share).sum(), 1e-9);
  }

  @Test
  void formats() {
    CountryTable table = CountryTable.of(bans("US", "PE"), 15, new CountryTable.Totals(10, 3, 2, 1));
    StringWriter csv = new StringWriter();
    table.print(new PrintWriter(csv), CountryTable.Format.CSV);
    assertEquals("rank,country,iso_code,bans,addresses,share\n1,PE,PE,1,1,0.5000\n2,US,US,1,1,0.5000\n",
        csv.toString().replace(System.lineSeparator(), "\n"));
    StringWriter md = new StringWriter();
    table.print(new PrintWriter(md), CountryTable.Format.MARKDOWN);
    assertTrue(md.toString().startsWith("| # | Country | ISO | Bans | IPs | Share |"), md.toString());
    assertTrue(md.toString().contains("10 lines read, 3 bans, 2 located, 1 unresolved"), md.toString());
  }

  @Test
  void theFooterSaysWhenTheTableCountsOnlyTheSelectedBans() {
    CountryTable table = CountryTable.of(bans("US", "PE"), 15, new CountryTable.Totals(100, 9, 8, 1));
    StringWriter text = new StringWriter();
    table.print(new PrintWriter(text), CountryTable.Format.TEXT);
    assertTrue(text.toString().contains("100 lines read, 9 bans, 8 located, 1 unresolved; the table counts the 2"
        + " selected by --from/--to/--jail"), text.toString());
  }
}

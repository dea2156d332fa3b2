package org.banmap.geo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bans per country, most first: the table that started this project. Rows beyond {@code top} are
 * folded into one "Other" row so shares still add up to 100%.
 */
public final class CountryTable {
  /** One row: a country (or "Other"), its bans, distinct addresses and share of all located bans. */
  public record Row(int rank, String country, String isoCode, long bans, long addresses, double share) {}

  /** Totals printed under the table. */
  public record Totals(long linesRead, long bans, long located, long unresolved) {}

  public enum Format {
    TEXT,
    MARKDOWN,
    CSV
  }

  private final List<Row> rows;
  private final Totals totals;
  private final long tabled;

  private CountryTable(List<Row> rows, Totals totals, long tabled) {
    this.rows = List.copyOf(rows);
    this.totals = totals;
    this.tabled = tabled;
  }

  public static CountryTable of(LocatedBans bans, int top, Totals totals) {
    // Country of each distinct place, then per ban only int work: a table of ten million bans
    // needs no per-ban objects.
    Map<String, Integer> slotOf = new HashMap<>();
    List<String> isoOfSlot = new ArrayList<>();
    int[] slotOfPlace = new int[bans.placeCount()];
    for (int p = 0; p < slotOfPlace.length; p++) {
      String code = bans.placeAt(p).countryCode();
      String iso = code == null ? "??" : code;
      slotOfPlace[p] = slotOf.computeIfAbsent(iso, k -> {
        isoOfSlot.add(k);
        return isoOfSlot.size() - 1;
      });
    }
    long[] banCount = new long[isoOfSlot.size()];
    Map<String, String> names = new HashMap<>();
    // (country slot, address number) pairs, sorted, give the distinct addresses per country.
    long[] pairs = new long[bans.size()];
    for (int i = 0; i < bans.size(); i++) {
      int slot = slotOfPlace[bans.placeIndex(i)];
      banCount[slot]++;
      String name = bans.place(i).countryName();
      if (name != null) {
        names.putIfAbsent(isoOfSlot.get(slot), name);
      }
      pairs[i] = ((long) slot << 32) | bans.addressIndex(i);
    }
    Arrays.sort(pairs);
    long[] ipCount = new long[isoOfSlot.size()];
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        ipCount[(int) (pairs[i] >>> 32)]++;
      }
    }
    Map<String, long[]> counts = new HashMap<>();
    for (int slot = 0; slot < isoOfSlot.size(); slot++) {
      if (banCount[slot] > 0) {
        counts.put(isoOfSlot.get(slot), new long[] {banCount[slot], ipCount[slot]});
      }
    }
    List<String> order = new ArrayList<>(counts.keySet());
    order.sort(Comparator.<String>comparingLong(k -> -counts.get(k)[0]).thenComparing(k -> k));
    double all = Math.max(1, bans.size());
    List<Row> rows = new ArrayList<>();
    long otherBans = 0;
    long otherIps = 0;
    int otherCountries = 0;
    for (int i = 0; i < order.size(); i++) {
      String iso = order.get(i);
      long n = counts.get(iso)[0];
      if (i < top) {
        String name = names.getOrDefault(iso, iso.equals("??") ? "Unknown country" : iso);
        rows.add(new Row(i + 1, name, iso, n, counts.get(iso)[1], n / all));
      } else {
        otherBans += n;
        otherIps += counts.get(iso)[1];
        otherCountries++;
      }
    }
    if (otherCountries > 0) {
      rows.add(new Row(0, "Other (" + otherCountries + " countries)", "", otherBans, otherIps, otherBans / all));
    }
    return new CountryTable(rows, totals, bans.size());
  }

  public List<Row> rows() {
    return rows;
  }

  public void print(PrintWriter out, Format format) {
    switch (format) {
      case CSV:
        out.println("rank,country,iso_code,bans,addresses,share");
        for (Row r : rows) {
          out.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%.4f%n",
              r.rank() == 0 ? "" : r.rank(), csv(r.country()), r.isoCode(), r.bans(), r.addresses(), r.share());
        }
        break;
      case MARKDOWN:
        out.println("| # | Country | ISO | Bans | IPs | Share |");
        out.println("|--:|:--|:--|--:|--:|--:|");
        for (Row r : rows) {
          out.printf(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %.1f%% |%n",
              r.rank() == 0 ? "" : r.rank(), r.country().replace("|", "\\|"), r.isoCode(), r.bans(), r.addresses(),
              100 * r.share());
        }
        out.printf(Locale.ROOT, "%n%s%n", totalsLine());
        break;
      default:
        int w = Math.max(7, rows.stream().mapToInt(r -> r.country().length()).max().orElse(7));
        out.printf(Locale.ROOT, "%3s  %-" + w + "s  %-3s  %9s  %8s  %6s%n", "#", "Country", "ISO", "Bans", "IPs", "Share");
        for (Row r : rows) {
          out.printf(Locale.ROOT, "%3s  %-" + w + "s  %-3s  %,9d  %,8d  %5.1f%%%n",
              r.rank() == 0 ? "" : r.rank(), r.country(), r.isoCode(), r.bans(), r.addresses(), 100 * r.share());
        }
        out.printf(Locale.ROOT, "%n%s%n", totalsLine());
    }
    out.flush();
  }

  /** The totals; when a filter kept only some located bans, also how many the table counts. */
  private String totalsLine() {
    String line = String.format(Locale.ROOT, "%,d lines read, %,d bans, %,d located, %,d unresolved",
        totals.linesRead(), totals.bans(), totals.located(), totals.unresolved());
    return tabled == totals.located() ? line
        : line + String.format(Locale.ROOT, "; the table counts the %,d selected by --from/--to/--jail", tabled);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

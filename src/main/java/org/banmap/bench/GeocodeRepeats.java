package org.banmap.bench;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.banmap.geo.BanGeocoder;
import org.banmap.geo.GeoLocator;
import org.banmap.geo.LocatedBans;
import org.banmap.ingest.SourceLine;
import org.banmap.pipeline.LoadedBans;
import org.banmap.geo.MaxMindGeoLocator;
import org.banmap.ingest.BanEvent;
import org.banmap.report.Problems;

/**
 * Geocoding when addresses repeat, as they do in real logs (the same scanners come back every
 * day): ten bans per synthetic ban (at least {@value #MIN_LOOKUPS}, at most {@value
 * #MAX_LOOKUPS}) cycling over a few distinct addresses, so nearly every lookup is answered by
 * {@link BanGeocoder}'s cache rather than the database. The synthetic log itself has almost no
 * repeats, so the main ingest table measures the database, this one the cache.
 */
final class GeocodeRepeats implements Benchmark.Extra {
  static final int MIN_LOOKUPS = 100_000;
  static final int MAX_LOOKUPS = 1_000_000;
  private static final int[] DISTINCT = {4, 1_000};

  record Row(int bans, int lookups, int distinct, double seconds, int located) {}

  private final List<Row> rows = new ArrayList<>();

  @Override
  public void afterIngest(int bans, SyntheticBans.Written input, LoadedBans loaded) {
    LocatedBans located = loaded.located();
    if (located.isEmpty()) {
      return;
    }
    try (GeoLocator locator = MaxMindGeoLocator.open(input.database())) {
      int lookups = (int) Math.max(MIN_LOOKUPS, Math.min(MAX_LOOKUPS, 10L * bans));
      for (int distinct : DISTINCT) {
        List<BanEvent> repeated = new ArrayList<>(lookups);
        for (int i = 0; i < lookups; i++) {
          int ban = i % Math.min(distinct, located.size());
          repeated.add(new BanEvent(Instant.ofEpochMilli(located.epochMillis(ban)), located.ip(ban), located.jail(ban),
              new SourceLine(input.log(), i + 1L)));
        }
        BanGeocoder geocoder = new BanGeocoder();
        geocoder.geocode(repeated, locator, new Problems()); // JIT warm-up
        long t0 = System.nanoTime();
        int n = geocoder.geocode(repeated, locator, new Problems()).located().size();
        rows.add(new Row(bans, lookups, Math.min(distinct, located.size()), (System.nanoTime() - t0) / 1e9, n));
      }
    }
  }

  @Override
  public void print(PrintWriter out) {
    out.println("Geocoding with repeats (bans cycling over a few distinct addresses, one geocode call)");
    out.println("| after bans | lookups | distinct addresses | located | lookups/s | time |");
    out.println("|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,.0f | %.3f s |%n", r.bans(), r.lookups(), r.distinct(),
          r.located(), r.lookups() / r.seconds(), r.seconds());
    }
    double worst = rows.stream().mapToDouble(r -> r.lookups() / r.seconds()).min().orElse(Double.NaN);
    Benchmark.target(out, "repeated addresses >= 1,000,000 lookups/s (slowest row)", worst, 1_000_000, true);
    out.println();
  }
}

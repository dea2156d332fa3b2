package org.banmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryPointsTest {
  @Test
  void coversEveryIsoCodePlusKosovo() {
    assertEquals(250, CountryPoints.size());
    assertNull(CountryPoints.of("ZZ"));
    assertNull(CountryPoints.of(null));
  }

  /** Spot checks: the point lies in the country's main landmass, near a known city. */
  @ParameterizedTest
  @CsvSource({
    "DE, Germany, 13.4, 52.5, EU",
    "us, United States, -74.0, 40.7, NA",
    "RU, Russia, 37.6, 55.8, EU",
    "AU, Australia, 151.2, -33.9, OC",
    "BR, Brazil, -46.6, -23.5, SA",
    "CN, China, 121.5, 31.2, AS",
    "ZA, South Africa, 28.0, -26.2, AF",
    "GB, United Kingdom, -0.1, 51.5, EU",
  })
  void knownPoints(String iso, String name, double lon, double lat, String continent) {
    CountryPoints.Point p = CountryPoints.of(iso);
    assertEquals(name, p.name());
    assertEquals(lon, p.lon(), 0.1);
    assertEquals(lat, p.lat(), 0.1);
    assertEquals(continent, p.continent().code());
  }
}

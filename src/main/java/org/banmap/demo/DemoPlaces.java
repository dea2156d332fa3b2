package org.banmap.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The demo's geography: real cities with real coordinates, each given a synthetic network.
 *
 * <p>The networks are made up: country number {@code c} gets the first octet {@code
 * SAFE_OCTETS[3c + 1]}, its {@code j}-th city the /20 {@code octet.(16 + 47c % 200 + j/16).(16 * (j % 16)).0}.
 * Real-world ownership of these addresses differs; the demo database says it is synthetic.
 * A few cities also get an IPv6 /48 under {@code 2a0c:9a40::/32}.
 */
final class DemoPlaces {
  private DemoPlaces() {}

  /** A country with its share of ordinary (non-burst) attackers, in percent. */
  record Country(int index, String iso, String name, double weight, List<City> cities) {}

  /**
   * A city with its share of its country's attackers, its IPv4 /20 and (for some) an IPv6 /48.
   */
  record City(
      String countryIso,
      String countryName,
      String name,
      double lat,
      double lon,
      double weight,
      int accuracyKm,
      InetAddress v4Network,
      InetAddress v6Network) {
    static final int V4_PREFIX = 20;
    static final int V6_PREFIX = 48;
  }

  /** iso|country name|weight%;city:lat:lon:weight,city:lat:lon:weight,... ; "*" marks an IPv6 city. */
  private static final String TABLE =
      """
      US|United States|51|Ashburn:39.0437:-77.4875:5*,San Jose:37.3382:-121.8863:3,Los Angeles:34.0522:-118.2437:3*,\
      Dallas:32.7767:-96.797:2,Chicago:41.8781:-87.6298:2,New York:40.7128:-74.006:3,Seattle:47.6062:-122.3321:2,\
      Miami:25.7617:-80.1918:2,Atlanta:33.749:-84.388:2,Phoenix:33.4484:-112.074:1,Denver:39.7392:-104.9903:1,\
      Kansas City:39.0997:-94.5786:1,Santa Clara:37.3541:-121.9552:2,Boardman:45.8399:-119.7006:2,\
      Columbus:39.9612:-82.9988:2,Salt Lake City:40.7608:-111.891:1,Houston:29.7604:-95.3698:1,\
      Newark:40.7357:-74.1724:1,Buffalo:42.8864:-78.8784:1,Portland:45.5152:-122.6784:1
      RU|Russia|17|Moscow:55.7558:37.6173:5*,Saint Petersburg:59.9343:30.3351:3,Novosibirsk:55.0084:82.9357:1,\
      Yekaterinburg:56.8389:60.6057:1,Kazan:55.7963:49.1088:1,Nizhny Novgorod:56.2965:43.9361:1,\
      Krasnodar:45.0355:38.9753:1,Samara:53.1959:50.1002:1,Vladivostok:43.1198:131.8869:1,Rostov-on-Don:47.2357:39.7015:1
      CN|China|7.5|Beijing:39.9042:116.4074:3,Shanghai:31.2304:121.4737:3,Shenzhen:22.5431:114.0579:2,\
      Chengdu:30.5728:104.0668:1,Guangzhou:23.1291:113.2644:2,Hangzhou:30.2741:120.1551:1,Nanjing:32.0603:118.7969:1,\
      Wuhan:30.5928:114.3055:1,Qingdao:36.0671:120.3826:1,Zhengzhou:34.7466:113.6253:1
      DE|Germany|4|Frankfurt am Main:50.1109:8.6821:3*,Berlin:52.52:13.405:1,Nuremberg:49.4521:11.0767:2*,\
      Falkenstein:50.4779:12.3713:1,Munich:48.1351:11.582:1,Dusseldorf:51.2277:6.7735:1,Hamburg:53.5511:9.9937:1
      FR|France|3|Paris:48.8566:2.3522:3*,Roubaix:50.6942:3.1746:2*,Gravelines:50.9865:2.1281:1,\
      Marseille:43.2965:5.3698:1,Lyon:45.764:4.8357:1,Strasbourg:48.5734:7.7521:1
      NL|Netherlands|3|Amsterdam:52.3676:4.9041:4*,Rotterdam:51.9244:4.4777:1,The Hague:52.0705:4.3007:1,\
      Eindhoven:51.4416:5.4697:1,Dronten:52.525:5.7181:1
      GB|United Kingdom|2.5|London:51.5074:-0.1278:4*,Manchester:53.4808:-2.2426:1,Edinburgh:55.9533:-3.1883:1,\
      Birmingham:52.4862:-1.8904:1,Maidenhead:51.5218:-0.7196:1
      JP|Japan|2.5|Tokyo:35.6762:139.6503:4*,Osaka:34.6937:135.5023:2,Nagoya:35.1815:136.9066:1,\
      Fukuoka:33.5904:130.4017:1,Sapporo:43.0618:141.3545:1
      KR|South Korea|2|Seoul:37.5665:126.978:4,Busan:35.1796:129.0756:1,Incheon:37.4563:126.7052:1,\
      Daejeon:36.3504:127.3845:1
      IN|India|3|Mumbai:19.076:72.8777:3,Bengaluru:12.9716:77.5946:2,New Delhi:28.6139:77.209:2,\
      Chennai:13.0827:80.2707:1,Hyderabad:17.385:78.4867:1,Kolkata:22.5726:88.3639:1,Pune:18.5204:73.8567:1
      BR|Brazil|2.5|Sao Paulo:-23.5505:-46.6333:4*,Rio de Janeiro:-22.9068:-43.1729:2,\
      Belo Horizonte:-19.9167:-43.9345:1,Fortaleza:-3.7319:-38.5267:1,Porto Alegre:-30.0346:-51.2177:1,\
      Curitiba:-25.4284:-49.2733:1,Brasilia:-15.7939:-47.8828:1,Recife:-8.0476:-34.877:1
      VN|Vietnam|2|Hanoi:21.0278:105.8342:3,Ho Chi Minh City:10.8231:106.6297:3,Da Nang:16.0544:108.2022:1,\
      Hai Phong:20.8449:106.6881:1
      PE|Peru|1|Lima:-12.0464:-77.0428:4,Arequipa:-16.409:-71.5375:1,Trujillo:-8.1116:-79.0287:1
      ID|Indonesia|2|Jakarta:-6.2088:106.8456:4,Surabaya:-7.2575:112.7521:1,Bandung:-6.9175:107.6191:1,\
      Medan:3.5952:98.6722:1
      IR|Iran|1.2|Tehran:35.6892:51.389:3,Mashhad:36.2605:59.6168:1,Isfahan:32.6546:51.668:1,Tabriz:38.08:46.2919:1
      UA|Ukraine|1.2|Kyiv:50.4501:30.5234:3,Kharkiv:49.9935:36.2304:1,Odesa:46.4825:30.7233:1,\
      Dnipro:48.4647:35.0462:1,Lviv:49.8397:24.0297:1
      CA|Canada|1.2|Toronto:43.6532:-79.3832:2,Montreal:45.5017:-73.5673:2,Vancouver:49.2827:-123.1207:1,\
      Beauharnois:45.3151:-73.8779:1
      SG|Singapore|1.2|Singapore:1.3521:103.8198:1*
      HK|Hong Kong|1|Hong Kong:22.3193:114.1694:1
      TW|Taiwan|0.8|Taipei:25.033:121.5654:2,Taichung:24.1477:120.6736:1,Kaohsiung:22.6273:120.3014:1
      TH|Thailand|0.8|Bangkok:13.7563:100.5018:3,Chiang Mai:18.7883:98.9853:1
      AR|Argentina|0.6|Buenos Aires:-34.6037:-58.3816:3,Cordoba:-31.4201:-64.1888:1
      MX|Mexico|0.7|Mexico City:19.4326:-99.1332:3,Guadalajara:20.6597:-103.3496:1,Monterrey:25.6866:-100.3161:1,\
      Queretaro:20.5888:-100.3899:1
      CO|Colombia|0.5|Bogota:4.711:-74.0721:2,Medellin:6.2442:-75.5812:1
      CL|Chile|0.4|Santiago:-33.4489:-70.6693:1
      TR|Turkey|0.8|Istanbul:41.0082:28.9784:3,Ankara:39.9334:32.8597:1,Izmir:38.4237:27.1428:1
      PL|Poland|0.6|Warsaw:52.2297:21.0122:2,Krakow:50.0647:19.945:1,Wroclaw:51.1079:17.0385:1
      RO|Romania|0.6|Bucharest:44.4268:26.1025:2,Cluj-Napoca:46.7712:23.6236:1
      BG|Bulgaria|0.4|Sofia:42.6977:23.3219:1
      IT|Italy|0.6|Milan:45.4642:9.19:2,Rome:41.9028:12.4964:1,Naples:40.8518:14.2681:1
      ES|Spain|0.6|Madrid:40.4168:-3.7038:2,Barcelona:41.3874:2.1686:1,Valencia:39.4699:-0.3763:1
      SE|Sweden|0.3|Stockholm:59.3293:18.0686:1
      FI|Finland|0.3|Helsinki:60.1699:24.9384:1*
      LT|Lithuania|0.3|Vilnius:54.6872:25.2797:1
      CZ|Czechia|0.3|Prague:50.0755:14.4378:1
      SC|Seychelles|0.3|Victoria:-4.6191:55.4513:1
      PK|Pakistan|0.5|Karachi:24.8607:67.0011:2,Lahore:31.5204:74.3587:1,Islamabad:33.6844:73.0479:1
      BD|Bangladesh|0.4|Dhaka:23.8103:90.4125:1
      PH|Philippines|0.5|Manila:14.5995:120.9842:2,Cebu City:10.3157:123.8854:1
      MY|Malaysia|0.4|Kuala Lumpur:3.139:101.6869:1
      EG|Egypt|0.4|Cairo:30.0444:31.2357:2,Alexandria:31.2001:29.9187:1
      ZA|South Africa|0.4|Johannesburg:-26.2041:28.0473:2,Cape Town:-33.9249:18.4241:1
      NG|Nigeria|0.3|Lagos:6.5244:3.3792:1
      KE|Kenya|0.2|Nairobi:-1.2921:36.8219:1
      MA|Morocco|0.2|Casablanca:33.5731:-7.5898:1
      AU|Australia|0.5|Sydney:-33.8688:151.2093:2,Melbourne:-37.8136:144.9631:1,Brisbane:-27.4698:153.0251:1
      KZ|Kazakhstan|0.3|Almaty:43.222:76.8512:1,Astana:51.1694:71.4491:1
      BY|Belarus|0.2|Minsk:53.9006:27.559:1
      MD|Moldova|0.2|Chisinau:47.0105:28.8638:1
      IL|Israel|0.2|Tel Aviv:32.0853:34.7818:1
      AE|United Arab Emirates|0.3|Dubai:25.2048:55.2708:1
      SA|Saudi Arabia|0.2|Riyadh:24.7136:46.6753:1
      EC|Ecuador|0.2|Quito:-0.1807:-78.4678:1,Guayaquil:-2.171:-79.9224:1
      VE|Venezuela|0.2|Caracas:10.4806:-66.9036:1
      HU|Hungary|0.2|Budapest:47.4979:19.0402:1
      KH|Cambodia|0.2|Phnom Penh:11.5564:104.9282:1
      GR|Greece|0.2|Athens:37.9838:23.7275:1
      PT|Portugal|0.2|Lisbon:38.7223:-9.1393:1
      IE|Ireland|0.3|Dublin:53.3498:-6.2603:1
      """;

  /**
   * First octets that are public unicast space: no 0/8, 10/8, 100/8 (has 100.64/10), 127/8,
   * 169/8 (link-local), 172/8 (has 172.16/12), 192/8, 198/8, 203/8 (documentation and
   * benchmarking blocks) and nothing from 224 (multicast, reserved).
   */
  static final List<Integer> SAFE_OCTETS = safeOctets();

  static final List<Country> COUNTRIES = parse();

  /** A first octet that no demo country uses: addresses there are deliberately not in the database. */
  static final int UNRESOLVED_OCTET = SAFE_OCTETS.get(3 * COUNTRIES.size() + 2);

  private static List<Integer> safeOctets() {
    List<Integer> out = new ArrayList<>();
    for (int o = 1; o < 224; o++) {
      if (o != 10 && o != 100 && o != 127 && o != 169 && o != 172 && o != 192 && o != 198 && o != 203) {
        out.add(o);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Country> parse() {
    List<Country> countries = new ArrayList<>();
    int v6Count = 0;
    for (String line : TABLE.strip().split("\n")) {
      String[] parts = line.split("\\|");
      int index = countries.size();
      List<City> cities = new ArrayList<>();
      Country country =
          new Country(index, parts[0], parts[1], Double.parseDouble(parts[2]), Collections.unmodifiableList(cities));
      int octet = SAFE_OCTETS.get(3 * index + 1);
      int secondOctet = 16 + (index * 47) % 200;
      String[] cityDefs = parts[3].split(",");
      for (int j = 0; j < cityDefs.length; j++) {
        String[] f = cityDefs[j].split(":");
        boolean v6 = f[3].endsWith("*");
        double weight = Double.parseDouble(v6 ? f[3].substring(0, f[3].length() - 1) : f[3]);
        InetAddress v4 = address(new byte[] {(byte) octet, (byte) (secondOctet + j / 16), (byte) (16 * (j % 16)), 0});
        InetAddress v6Net = null;
        if (v6) {
          int group = 0x100 + v6Count++;
          v6Net = address(new byte[] {0x2a, 0x0c, (byte) 0x9a, 0x40, (byte) (group >> 8), (byte) group, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        }
        int accuracy = weight >= 3 ? 20 : weight >= 2 ? 50 : 100;
        cities.add(new City(parts[0], parts[1], f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), weight, accuracy, v4, v6Net));
      }
      countries.add(country);
    }
    return Collections.unmodifiableList(countries);
  }

  static List<City> allCities() {
    List<City> all = new ArrayList<>();
    COUNTRIES.forEach(c -> all.addAll(c.cities()));
    return all;
  }

  static Country country(String iso) {
    return COUNTRIES.stream()
        .filter(c -> c.iso().equals(iso))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo country " + iso));
  }

  static City city(String iso, String name) {
    return country(iso).cities().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo city " + name + ", " + iso));
  }

  /** The demo city whose network holds {@code ip}, if any. */
  static Optional<City> cityOf(InetAddress ip) {
    for (City city : allCities()) {
      if (inNetwork(ip, city.v4Network(), City.V4_PREFIX)
          || (city.v6Network() != null && inNetwork(ip, city.v6Network(), City.V6_PREFIX))) {
        return Optional.of(city);
      }
    }
    return Optional.empty();
  }

  static boolean inNetwork(InetAddress ip, InetAddress network, int prefix) {
    byte[] a = ip.getAddress();
    byte[] n = network.getAddress();
    if (a.length != n.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >> (bit % 8);
      if ((a[bit / 8] & mask) != (n[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  static InetAddress address(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bad address length " + bytes.length, e);
    }
  }

}

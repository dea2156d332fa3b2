package org.banmap.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes MaxMind DB (format 2.0) files, so tests and the demo can make small GeoIP databases
 * without shipping MaxMind's data. Written from the public format specification.
 *
 * <p>Values in records map to MaxMind DB types as follows; the wrapper records pick an exact
 * unsigned type where a reader's model expects one (GeoIP2 wants {@code accuracy_radius} as
 * uint16 and {@code geoname_id} as uint32):
 *
 * <table>
 *   <caption>Java value to MaxMind DB type</caption>
 *   <tr><td>{@code Map<String, ?>}</td><td>map (keys written in sorted order)</td></tr>
 *   <tr><td>{@code List<?>}</td><td>array</td></tr>
 *   <tr><td>{@code String}</td><td>utf8_string</td></tr>
 *   <tr><td>{@code Double} / {@code Float}</td><td>double / float</td></tr>
 *   <tr><td>{@code Boolean}</td><td>boolean</td></tr>
 *   <tr><td>{@code Integer}, {@link Int32}</td><td>int32 (same range as Java {@code int})</td></tr>
 *   <tr><td>{@code Long} (must be &ge; 0), {@link Uint64}</td><td>uint64</td></tr>
 *   <tr><td>{@code BigInteger} (0 to 2^128-1), {@link Uint128}</td><td>uint128</td></tr>
 *   <tr><td>{@link Uint16}, {@link Uint32}</td><td>uint16, uint32</td></tr>
 * </table>
 *
 * <p>Identical values are written once: whole records share one data offset, and repeated maps,
 * arrays and strings inside records become pointers to their first copy.
 *
 * <p>Not thread-safe: build a database from one thread, then write it.
 */
public final class MmdbWriter {
  /** A uint16 value, 0 to 65535. */
  public record Uint16(int value) {
    public Uint16 {
      if (value < 0 || value > 0xFFFF) {
        throw new IllegalArgumentException("uint16 must be 0..65535, got " + value);
      }
    }
  }

  /** A uint32 value, 0 to 2^32-1. */
  public record Uint32(long value) {
    public Uint32 {
      if (value < 0 || value > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("uint32 must be 0..4294967295, got " + value);
      }
    }
  }

  /** A uint64 value, 0 to 2^64-1. */
  public record Uint64(BigInteger value) {
    public Uint64 {
      checkUnsigned(value, 64);
    }

    public Uint64(long value) {
      this(BigInteger.valueOf(value));
    }
  }

  /** A uint128 value, 0 to 2^128-1. */
  public record Uint128(BigInteger value) {
    public Uint128 {
      checkUnsigned(value, 128);
    }
  }

  /** A signed 32-bit value; plain {@code Integer} means the same. */
  public record Int32(int value) {}

  private static final byte[] METADATA_MARKER = {
    (byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'
  };
  private static final int DATA_SECTION_SEPARATOR = 16;

  private static final int POINTER = 1;
  private static final int UTF8_STRING = 2;
  private static final int DOUBLE = 3;
  private static final int UINT16 = 5;
  private static final int UINT32 = 6;
  private static final int MAP = 7;
  private static final int INT32 = 8;
  private static final int UINT64 = 9;
  private static final int UINT128 = 10;
  private static final int ARRAY = 11;
  private static final int BOOLEAN = 14;
  private static final int FLOAT = 15;

  /** A search tree node. A slot holds null (no data), a {@link Node}, or an Integer record id. */
  private static final class Node {
    Object left;
    Object right;

    Node(Object left, Object right) {
      this.left = left;
      this.right = right;
    }

    Object slot(int bit) {
      return bit == 0 ? left : right;
    }

    void set(int bit, Object value) {
      if (bit == 0) {
        left = value;
      } else {
        right = value;
      }
    }
  }

  private final String databaseType;
  private final int ipVersion;
  private final Map<String, String> description;
  private final List<String> languages;
  private final long buildEpochSeconds;
  private final Node root = new Node(null, null);
  private final List<Object> records = new ArrayList<>();
  private final Map<Object, Integer> recordIds = new HashMap<>();
  /** 0 = choose by size; tests force 28 or 32 without writing a quarter-gigabyte file. */
  private int forcedRecordSize;

  public MmdbWriter(
      String databaseType,
      int ipVersion,
      Map<String, String> description,
      List<String> languages,
      long buildEpochSeconds) {
    if (ipVersion != 4 && ipVersion != 6) {
      throw new IllegalArgumentException("ipVersion must be 4 or 6, got " + ipVersion);
    }
    if (buildEpochSeconds < 0) {
      throw new IllegalArgumentException("buildEpochSeconds must be >= 0, got " + buildEpochSeconds);
    }
    this.databaseType = Objects.requireNonNull(databaseType, "databaseType");
    this.ipVersion = ipVersion;
    this.description = new TreeMap<>(description);
    this.languages = List.copyOf(languages);
    this.buildEpochSeconds = buildEpochSeconds;
  }

  /**
   * Maps every address in {@code network/prefixLength} to {@code record}, replacing what earlier
   * inserts put there for this range. In an IPv6 database, IPv4 networks go under {@code ::/96};
   * {@code ::ffff:0:0/96} and {@code 2002::/16} are pointed at them when written.
   */
  public void insert(InetAddress network, int prefixLength, Map<String, ?> record) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(record, "record");
    byte[] address = network.getAddress();
    int maxPrefix = address.length * 8;
    if (prefixLength < 0 || prefixLength > maxPrefix) {
      throw new IllegalArgumentException(
          "prefix length for " + network.getHostAddress() + " must be 0.." + maxPrefix
              + ", got " + prefixLength);
    }
    if (ipVersion == 4 && !(network instanceof Inet4Address)) {
      throw new IllegalArgumentException(
          "cannot insert IPv6 network " + network.getHostAddress()
              + " into an IPv4 database; create the writer with ipVersion 6");
    }
    int depth = prefixLength;
    if (ipVersion == 6 && address.length == 4) {
      byte[] wide = new byte[16];
      System.arraycopy(address, 0, wide, 12, 4);
      address = wide;
      depth += 96;
    }
    Integer id = recordIds.computeIfAbsent(canonical(record, "record"), r -> {
      records.add(r);
      return records.size() - 1;
    });
    if (depth == 0) {
      root.left = id;
      root.right = id;
      return;
    }
    Node node = root;
    for (int i = 0; i < depth - 1; i++) {
      int bit = bit(address, i);
      Object child = node.slot(bit);
      if (child instanceof Node next) {
        node = next;
      } else {
        // A shorter earlier network (or nothing) covers this spot: split it so both halves keep
        // the old value and only our half is replaced further down.
        Node split = new Node(child, child);
        node.set(bit, split);
        node = split;
      }
    }
    node.set(bit(address, depth - 1), id);
  }

  /** The whole database file. */
  public byte[] toBytes() {
    Node top = ipVersion == 6 ? withIpv4Aliases() : root;

    // Number the nodes depth-first; alias slots share nodes, so each node gets one number.
    IdentityHashMap<Node, Integer> numbers = new IdentityHashMap<>();
    List<Node> ordered = new ArrayList<>();
    List<Integer> usedRecords = new ArrayList<>();
    boolean[] used = new boolean[records.size()];
    ArrayList<Node> stack = new ArrayList<>();
    stack.add(top);
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      if (numbers.containsKey(n)) {
        continue;
      }
      numbers.put(n, ordered.size());
      ordered.add(n);
      for (Object slot : new Object[] {n.right, n.left}) {
        if (slot instanceof Node child) {
          stack.add(child);
        } else if (slot instanceof Integer id && !used[id]) {
          used[id] = true;
          usedRecords.add(id);
        }
      }
    }

    DataEncoder data = new DataEncoder(true);
    long[] offsets = new long[records.size()];
    for (int id : usedRecords) {
      offsets[id] = data.offsetOf(records.get(id));
    }
    byte[] dataBytes = data.bytes();

    long nodeCount = ordered.size();
    long maxValue = nodeCount + DATA_SECTION_SEPARATOR + dataBytes.length;
    int recordSize = forcedRecordSize != 0 ? forcedRecordSize : recordSizeFor(maxValue);
    if (maxValue >= (1L << recordSize)) {
      throw new IllegalStateException(
          "database too large for " + recordSize + "-bit records: " + nodeCount + " nodes, "
              + dataBytes.length + " data bytes");
    }
    int nodeBytes = recordSize / 4;
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) (nodeCount * nodeBytes) + dataBytes.length + 512);
    byte[] nodeBuf = new byte[nodeBytes];
    for (Node n : ordered) {
      long left = recordValue(n.left, numbers, offsets, nodeCount);
      long right = recordValue(n.right, numbers, offsets, nodeCount);
      encodeNode(left, right, recordSize, nodeBuf);
      out.write(nodeBuf, 0, nodeBytes);
    }
    out.write(new byte[DATA_SECTION_SEPARATOR], 0, DATA_SECTION_SEPARATOR);
    out.write(dataBytes, 0, dataBytes.length);
    out.write(METADATA_MARKER, 0, METADATA_MARKER.length);
    byte[] meta = new DataEncoder(false).encode(metadata(nodeCount, recordSize));
    out.write(meta, 0, meta.length);
    return out.toByteArray();
  }

  /** Writes the database to a temporary file beside {@code target}, then renames it into place. */
  public void write(Path target) throws IOException {
    byte[] bytes = toBytes();
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Smallest of 24, 28 and 32 bits that can hold {@code maxValue}. */
  static int recordSizeFor(long maxValue) {
    if (maxValue < (1L << 24)) {
      return 24;
    }
    if (maxValue < (1L << 28)) {
      return 28;
    }
    if (maxValue < (1L << 32)) {
      return 32;
    }
    throw new IllegalStateException("database too large for 32-bit records: " + maxValue);
  }

  /** For tests: write with this record size instead of the smallest that fits. */
  MmdbWriter forceRecordSize(int bits) {
    if (bits != 24 && bits != 28 && bits != 32) {
      throw new IllegalArgumentException("record size must be 24, 28 or 32, got " + bits);
    }
    forcedRecordSize = bits;
    return this;
  }

  private Map<String, Object> metadata(long nodeCount, int recordSize) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("binary_format_major_version", new Uint16(2));
    m.put("binary_format_minor_version", new Uint16(0));
    m.put("build_epoch", new Uint64(buildEpochSeconds));
    m.put("database_type", databaseType);
    m.put("description", description);
    m.put("ip_version", new Uint16(ipVersion));
    m.put("languages", languages);
    m.put("node_count", new Uint32(nodeCount));
    m.put("record_size", new Uint16(recordSize));
    return m;
  }

  /**
   * MaxMind's own IPv6 databases let IPv4-mapped ({@code ::ffff:0:0/96}) and 6to4
   * ({@code 2002::/16}) addresses reach the IPv4 data; we do the same, but only where the caller
   * left those ranges empty. Path copying keeps the writer's own tree unchanged, so later inserts
   * never write through a shared alias node.
   */
  private Node withIpv4Aliases() {
    byte[] zero = new byte[16];
    Object ipv4 = slotAt(root, zero, 96);
    if (ipv4 == null) {
      return root;
    }
    Node top = root;
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xFF;
    mapped[11] = (byte) 0xFF;
    top = aliasIfEmpty(top, mapped, 96, ipv4);
    byte[] sixToFour = new byte[16];
    sixToFour[0] = 0x20;
    sixToFour[1] = 0x02;
    // 2002:AABB:CCDD::/48 carries IPv4 AA.BB.CC.DD in bits 16..47, so the IPv4 subtree fits there.
    top = aliasIfEmpty(top, sixToFour, 16, ipv4);
    return top;
  }

  /** The slot at {@code depth} along {@code address}, or null if the path ends before it. */
  private static Object slotAt(Node node, byte[] address, int depth) {
    for (int i = 0; i < depth - 1; i++) {
      if (!(node.slot(bit(address, i)) instanceof Node next)) {
        return null;
      }
      node = next;
    }
    return node.slot(bit(address, depth - 1));
  }

  private static Node aliasIfEmpty(Node top, byte[] address, int depth, Object target) {
    Node copyRoot = new Node(top.left, top.right);
    Node copy = copyRoot;
    for (int i = 0; i < depth - 1; i++) {
      int bit = bit(address, i);
      Object child = copy.slot(bit);
      if (child == null) {
        Node fresh = new Node(null, null);
        copy.set(bit, fresh);
        copy = fresh;
      } else if (child instanceof Node next) {
        Node next2 = new Node(next.left, next.right);
        copy.set(bit, next2);
        copy = next2;
      } else {
        return top; // data already covers this range
      }
    }
    int last = bit(address, depth - 1);
    if (copy.slot(last) != null) {
      return top;
    }
    copy.set(last, target);
    return copyRoot;
  }

  private static long recordValue(
      Object slot, IdentityHashMap<Node, Integer> numbers, long[] offsets, long nodeCount) {
    if (slot == null) {
      return nodeCount;
    }
    if (slot instanceof Node n) {
      return numbers.get(n);
    }
    return nodeCount + DATA_SECTION_SEPARATOR + offsets[(Integer) slot];
  }

  private static void encodeNode(long left, long right, int recordSize, byte[] buf) {
    switch (recordSize) {
      case 24 -> {
        put(buf, 0, left, 3);
        put(buf, 3, right, 3);
      }
      case 28 -> {
        // The middle byte holds the top nibble of the left record and of the right record.
        put(buf, 0, left & 0xFF_FFFF, 3);
        buf[3] = (byte) (((left >>> 24) & 0x0F) << 4 | ((right >>> 24) & 0x0F));
        put(buf, 4, right & 0xFF_FFFF, 3);
      }
      default -> {
        put(buf, 0, left, 4);
        put(buf, 4, right, 4);
      }
    }
  }

  private static void put(byte[] buf, int at, long value, int length) {
    for (int i = length - 1; i >= 0; i--) {
      buf[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  private static int bit(byte[] address, int index) {
    return (address[index >> 3] >> (7 - (index & 7))) & 1;
  }

  private static void checkUnsigned(BigInteger value, int bits) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || value.bitLength() > bits) {
      throw new IllegalArgumentException("uint" + bits + " out of range: " + value);
    }
  }

  /**
   * Copies {@code value} into an immutable, equality-comparable form and rejects types the format
   * cannot hold, so mistakes surface at {@code insert} with the key path rather than at write.
   */
  private static Object canonical(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> copy = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(
              "map keys must be strings, got " + e.getKey() + " at " + path);
        }
        copy.put(key, canonical(e.getValue(), path + "." + key));
      }
      return Collections.unmodifiableSortedMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(canonical(list.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Long l && l < 0) {
      throw new IllegalArgumentException(
          "Long values are written as uint64 and must be >= 0, got " + l + " at " + path
              + " (use Integer or MmdbWriter.Int32 for negative numbers)");
    }
    if (value instanceof BigInteger b) {
      checkUnsigned(b, 128);
      return value;
    }
    if (value instanceof String || value instanceof Double || value instanceof Float
        || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Uint16 || value instanceof Uint32 || value instanceof Uint64
        || value instanceof Uint128 || value instanceof Int32) {
      return value;
    }
    throw new IllegalArgumentException(
        "cannot write " + (value == null ? "null" : value.getClass().getName()) + " at " + path
            + "; use Map, List, String, Double, Float, Boolean, Integer, Long, BigInteger or"
            + " MmdbWriter.Uint16/Uint32/Uint64/Uint128/Int32");
  }

  /** Encodes values into one data section, pointing repeated values at their first copy. */
  private static final class DataEncoder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean usePointers;
    private final Map<Object, Long> written = new HashMap<>();

    DataEncoder(boolean usePointers) {
      this.usePointers = usePointers;
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    byte[] encode(Object value) {
      write(canonical(value, "metadata"));
      return bytes();
    }

    /** Offset of {@code value} in the section, writing it first if it is new. */
    long offsetOf(Object value) {
      Long at = written.get(value);
      if (at != null) {
        return at;
      }
      long offset = out.size();
      writeInline(value);
      written.put(value, offset);
      return offset;
    }

    private void write(Object value) {
      if (usePointers && worthPointing(value)) {
        Long at = written.get(value);
        if (at != null) {
          writePointer(at);
          return;
        }
        written.put(value, (long) out.size());
      }
      writeInline(value);
    }

    /** Pointers take 2 to 5 bytes; strings shorter than that are cheaper written again. */
    private static boolean worthPointing(Object value) {
      if (value instanceof String s) {
        return s.length() > 3;
      }
      return value instanceof Map<?, ?> m ? !m.isEmpty() : value instanceof List<?> l && !l.isEmpty();
    }

    private void writeInline(Object value) {
      if (value instanceof Map<?, ?> map) {
        control(MAP, map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          write(e.getKey());
          write(e.getValue());
        }
      } else if (value instanceof List<?> list) {
        control(ARRAY, list.size());
        for (Object item : list) {
          write(item);
        }
      } else if (value instanceof String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        control(UTF8_STRING, utf8.length);
        out.write(utf8, 0, utf8.length);
      } else if (value instanceof Double d) {
        control(DOUBLE, 8);
        bigEndian(Double.doubleToLongBits(d), 8);
      } else if (value instanceof Float f) {
        control(FLOAT, 4);
        bigEndian(Float.floatToIntBits(f) & 0xFFFF_FFFFL, 4);
      } else if (value instanceof Boolean b) {
        control(BOOLEAN, b ? 1 : 0);
      } else if (value instanceof Integer i) {
        int32(i);
      } else if (value instanceof Int32 i) {
        int32(i.value());
      } else if (value instanceof Uint16 u) {
        unsigned(UINT16, BigInteger.valueOf(u.value()));
      } else if (value instanceof Uint32 u) {
        unsigned(UINT32, BigInteger.valueOf(u.value()));
      } else if (value instanceof Long l) {
        unsigned(UINT64, BigInteger.valueOf(l));
      } else if (value instanceof Uint64 u) {
        unsigned(UINT64, u.value());
      } else if (value instanceof BigInteger b) {
        unsigned(UINT128, b);
      } else if (value instanceof Uint128 u) {
        unsigned(UINT128, u.value());
      } else {
        throw new IllegalStateException("unchecked value type " + value.getClass());
      }
    }

    private void int32(int v) {
      // Readers sign-extend only a full 4-byte int32, so negatives always take 4 bytes.
      int length = v < 0 ? 4 : minimalLength(v & 0xFFFF_FFFFL);
      control(INT32, length);
      bigEndian(v & 0xFFFF_FFFFL, length);
    }

    private void unsigned(int type, BigInteger v) {
      byte[] raw = v.toByteArray(); // big-endian, may carry a leading 0 sign byte
      int skip = 0;
      while (skip < raw.length && raw[skip] == 0) {
        skip++;
      }
      control(type, raw.length - skip);
      out.write(raw, skip, raw.length - skip);
    }

    private static int minimalLength(long v) {
      int n = 0;
      while (v != 0) {
        n++;
        v >>>= 8;
      }
      return n;
    }

    private void control(int type, int size) {
      int typeBits = type <= 7 ? type << 5 : 0;
      if (size < 29) {
        out.write(typeBits | size);
        extendedType(type);
      } else if (size < 29 + 256) {
        out.write(typeBits | 29);
        extendedType(type);
        bigEndian(size - 29, 1);
      } else if (size < 285 + 65536) {
        out.write(typeBits | 30);
        extendedType(type);
        bigEndian(size - 285, 2);
      } else if (size < 65821 + (1 << 24)) {
        out.write(typeBits | 31);
        extendedType(type);
        bigEndian(size - 65821, 3);
      } else {
        throw new IllegalArgumentException("value too large for MaxMind DB: " + size);
      }
    }

    private void extendedType(int type) {
      if (type > 7) {
        out.write(type - 7);
      }
    }

    private void writePointer(long offset) {
      int typeBits = POINTER << 5;
      if (offset < 2048) {
        out.write(typeBits | (int) (offset >>> 8));
        bigEndian(offset, 1);
      } else if (offset < 2048 + (1 << 19)) {
        long v = offset - 2048;
        out.write(typeBits | 1 << 3 | (int) (v >>> 16));
        bigEndian(v, 2);
      } else if (offset < 526336 + (1L << 27)) {
        long v = offset - 526336;
        out.write(typeBits | 2 << 3 | (int) (v >>> 24));
        bigEndian(v, 3);
      } else {
        out.write(typeBits | 3 << 3);
        bigEndian(offset, 4);
      }
    }

    private void bigEndian(long v, int length) {
      for (int i = length - 1; i >= 0; i--) {
        out.write((int) (v >>> (8 * i)));
      }
    }
  }
}

package org.banmap.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.banmap.timeline.FramePlan;
import org.banmap.timeline.Timeline;

/**
 * Draws the clock, the running count, the activity strip and the attribution. Fonts are the JDK's
 * logical "SansSerif", so nothing has to be installed beyond what a JRE needs.
 */
final class OverlayPainter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private final Overlay overlay;
  private final FramePlan plan;
  private final int width;
  private final int height;
  private final Font big;
  private final Font small;
  private final int margin;
  /** Bans per strip column over the whole plan, normalised to 0..1 (square-root scaled). */
  private final float[] activity;
  private final BufferedImage strip;

  /** Text colours for a dark map (light text, dark shadow) or a light one (the reverse). */
  private final Color primary;
  private final Color secondary;
  private final Color shadow;

  OverlayPainter(Overlay overlay, int width, int height, Timeline timeline, FramePlan plan, boolean darkMap) {
    this.primary = darkMap ? Color.WHITE : new Color(0x111111);
    this.secondary = darkMap ? new Color(0xdddddd) : new Color(0x333333);
    this.shadow = darkMap ? new Color(0, 0, 0, 170) : new Color(255, 255, 255, 190);
    this.overlay = overlay;
    this.plan = plan;
    this.width = width;
    this.height = height;
    this.margin = Math.max(4, height / 36);
    this.big = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 22));
    this.small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, height / 50));
    this.activity = overlay.enabled() ? activity(timeline, plan, width - 2 * margin) : new float[0];
    this.strip = overlay.enabled() ? drawStrip() : null;
  }

  private static float[] activity(Timeline timeline, FramePlan plan, int columns) {
    float[] counts = new float[Math.max(1, columns)];
    long start = plan.start().toEpochMilli();
    long span = Math.max(1, plan.end().toEpochMilli() - start);
    for (int i = 0; i < timeline.size(); i++) {
      long t = timeline.epochMillis(i);
      if (t < start || t > start + span) {
        continue;
      }
      int c = (int) Math.min(counts.length - 1, (t - start) * counts.length / span);
      counts[c]++;
    }
    float max = 0;
    for (float c : counts) {
      max = Math.max(max, c);
    }
    for (int i = 0; i < counts.length && max > 0; i++) {
      counts[i] = (float) Math.sqrt(counts[i] / max);
    }
    return counts;
  }

  private int stripHeight() {
    return Math.max(6, height / 18);
  }

  private BufferedImage drawStrip() {
    BufferedImage img = new BufferedImage(activity.length, stripHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int x = 0; x < activity.length; x++) {
      int bar = Math.round(activity[x] * img.getHeight());
      for (int y = img.getHeight() - bar; y < img.getHeight(); y++) {
        img.setRGB(x, y, 0x99ff6a4d);
      }
    }
    return img;
  }

  void paint(BufferedImage frame, Instant time, int bansSoFar, int visible) {
    if (!overlay.enabled()) {
      return;
    }
    Graphics2D g = frame.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      ZonedDateTime local = time.atZone(overlay.zone());

      g.setFont(big);
      FontMetrics bm = g.getFontMetrics();
      int y = margin + bm.getAscent();
      shadowed(g, DATE.format(local) + "  " + TIME.format(local), margin, y, primary);
      g.setFont(small);
      FontMetrics sm = g.getFontMetrics();
      int y2 = y + bm.getDescent() + sm.getAscent() + 2;
      String zone = overlay.zone().getId().equals("Z") ? "UTC" : overlay.zone().getId();
      shadowed(g, String.format(Locale.ROOT, "%s   %,d bans so far   %,d on the map", zone, bansSoFar, visible),
          margin, y2, secondary);

      if (plan.frameCount() > 1) {
        // A single frame (preview, poster of one instant) has no timeline to show a cursor on.
        int stripTop = height - margin - stripHeight() - sm.getHeight();
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(strip, margin, stripTop, null);
        int cursor = margin + (int) Math.round(progress(time) * (activity.length - 1));
        g.setColor(primary);
        g.fillRect(cursor, stripTop - 2, Math.max(1, height / 360), stripHeight() + 2);
      }

      int textY = height - margin - sm.getDescent();
      String credit = overlay.attribution();
      shadowed(g, credit, width - margin - sm.stringWidth(credit), textY, secondary);
    } finally {
      g.dispose();
    }
  }

  private double progress(Instant time) {
    double span = Math.max(1, plan.end().toEpochMilli() - plan.start().toEpochMilli());
    return Math.max(0, Math.min(1, (time.toEpochMilli() - plan.start().toEpochMilli()) / span));
  }

  /** Whether the map under the overlay is dark (mean luma below the middle), sampled on a grid. */
  static boolean isDark(int[] rgb) {
    long sum = 0;
    int n = 0;
    for (int i = 0; i < rgb.length; i += 97) {
      int p = rgb[i];
      sum += (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
      n++;
    }
    return n == 0 || sum / n < 128;
  }

  private void shadowed(Graphics2D g, String text, int x, int y, Color color) {
    g.setColor(shadow);
    g.drawString(text, x + 1, y + 1);
    g.setColor(color);
    g.drawString(text, x, y);
  }
}

package org.banmap.render.overlay;

import java.awt.Graphics2D;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.banmap.render.FrameContext;
import org.banmap.render.OverlayElement;

/**
 * Under the clock: how many bans there were from the count's start to the frame time, and how
 * many are on the map, e.g. "1,234 bans since 1 Oct 2026 00:00 · 56 on the map". The start is
 * printed with the number so the two always agree.
 */
public final class BanCounter implements OverlayElement {
  private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private final ZoneId zone;
  private final OverlayLayout layout;
  private final OverlayTheme theme;

  public BanCounter(ZoneId zone, OverlayLayout layout, OverlayTheme theme) {
    this.zone = zone;
    this.layout = layout;
    this.theme = theme;
  }

  String text(FrameContext frame) {
    return String.format(Locale.ROOT, "%,d %s since %s \u00b7 %,d on the map", frame.bansSince(),
        frame.bansSince() == 1 ? "ban" : "bans", SINCE.format(frame.countedSince().atZone(zone)),
        frame.visibleBans());
  }

  @Override
  public void paint(Graphics2D g, FrameContext frame) {
    g.setFont(layout.small());
    ShadowedText.draw(g, theme, text(frame), layout.margin(), layout.secondLine(), theme.secondary());
  }
}

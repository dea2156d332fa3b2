package org.banmap.render.overlay;

import java.awt.Graphics2D;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.banmap.render.FrameContext;
import org.banmap.render.OverlayElement;
import org.banmap.report.ZoneLabel;

/** The frame's data time at the top left, e.g. "Thu 1 Oct 2026  14:05" and then "UTC" in small type. */
public final class Clock implements OverlayElement {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy  HH:mm", Locale.ENGLISH);

  private final ZoneId zone;
  private final OverlayLayout layout;
  private final OverlayTheme theme;

  public Clock(ZoneId zone, OverlayLayout layout, OverlayTheme theme) {
    this.zone = zone;
    this.layout = layout;
    this.theme = theme;
  }

  /** The clock's text for a frame: date and time, and the zone's short name. */
  static String[] text(ZonedDateTime local) {
    return new String[] {DATE_TIME.format(local), ZoneLabel.of(local.getZone(), local.toInstant())};
  }

  @Override
  public void paint(Graphics2D g, FrameContext frame) {
    String[] text = text(frame.time().atZone(zone));
    int x = layout.margin();
    int y = layout.firstLine();
    g.setFont(layout.big());
    ShadowedText.draw(g, theme, text[0], x, y, theme.primary());
    int zoneX = x + g.getFontMetrics().stringWidth(text[0]) + layout.margin() / 2;
    g.setFont(layout.small());
    ShadowedText.draw(g, theme, text[1], zoneX, y, theme.secondary());
  }
}

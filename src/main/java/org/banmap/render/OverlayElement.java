package org.banmap.render;

import java.awt.Graphics2D;

/**
 * One thing drawn over the map and the bans (the clock, the counters, the activity strip, the
 * attribution; a legend or a title later). Elements draw in list order from the frame's context
 * alone; the graphics comes with antialiasing and fractional text metrics on, and an element may
 * leave its colour, font and composite changed. Called from several render threads at once.
 */
@FunctionalInterface
public interface OverlayElement {
  void paint(Graphics2D g, FrameContext frame);
}

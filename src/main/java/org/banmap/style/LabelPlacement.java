package org.banmap.style;

/** Where a label goes relative to its geometry. */
public sealed interface LabelPlacement {
  /**
   * At a point: anchor default (0, 0.5), i.e. starting at the point and vertically centred;
   * displacement +Y moves the label up (unlike point graphics); rotation in degrees clockwise.
   */
  record PointPlacement(AnchorPoint anchor, Displacement displacement, Expression rotation)
      implements LabelPlacement {}

  /**
   * Along a line. {@code perpendicularOffset} in pixels (positive is left/up of the line); SE 1.1
   * {@code IsRepeated}/{@code IsAligned}/{@code GeneralizeLine} are kept as flags.
   */
  record LinePlacement(
      Expression perpendicularOffset, boolean repeated, boolean aligned, boolean generalizeLine)
      implements LabelPlacement {}
}

package org.banmap.render.style;

/**
 * A resolved point symbol for the {@link PointStamper}, standing for every symbol that stamps the
 * same pixels (the same sprite and opacity). One that repeats (a constant graphic, or one distinct
 * value of a fading dot) keeps the sprites the stamper found for it, one per quarter-pixel phase:
 * a point whose symbol repeats then costs an array read, no lookup and no garbage. Its rotation
 * bucket is fixed, so the phase alone picks the sprite. Sprites are immutable, so threads sharing
 * one may race on a slot at no cost but a repeated lookup. A {@link #reusable()} one keeps nothing
 * and is re-pointed from symbol to symbol by one thread.
 */
final class StampablePoint {
  private PointStyleInstance instance;
  private final Sprite[] sprites;

  StampablePoint(PointStyleInstance instance) {
    this.instance = instance;
    this.sprites = new Sprite[PointStamper.PHASES * PointStamper.PHASES];
  }

  private StampablePoint() {
    this.sprites = null;
  }

  /** A holder for symbols that do not repeat: {@link #show} each, remembers no sprites. */
  static StampablePoint reusable() {
    return new StampablePoint();
  }

  /** Points this reusable holder at {@code symbol}; returns this. */
  StampablePoint show(PointStyleInstance symbol) {
    if (sprites != null) {
      throw new IllegalStateException("only a reusable point is re-pointed");
    }
    this.instance = symbol;
    return this;
  }

  PointStyleInstance instance() {
    return instance;
  }

  /** The remembered sprite for {@code phase}, or null. */
  Sprite sprite(int phase) {
    return sprites == null ? null : sprites[phase];
  }

  void remember(int phase, Sprite sprite) {
    if (sprites != null) {
      sprites[phase] = sprite;
    }
  }
}

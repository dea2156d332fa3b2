package org.banmap.render.style;

/**
 * A resolved point symbol that repeats from point to point (a constant graphic, or one distinct
 * value of a fading dot), with the sprites the {@link PointStamper} found for it, one per
 * quarter-pixel phase: a point whose symbol repeats then costs an array read, no lookup and no
 * garbage. The rotation is part of the instance, so the phase alone picks the sprite. Sprites are
 * immutable, so threads sharing one may race on a slot at no cost but a repeated lookup.
 */
final class StampablePoint {
  private final PointStyleInstance instance;
  private final Sprite[] sprites = new Sprite[PointStamper.PHASES * PointStamper.PHASES];

  StampablePoint(PointStyleInstance instance) {
    this.instance = instance;
  }

  PointStyleInstance instance() {
    return instance;
  }

  Sprite sprite(int phase) {
    return sprites[phase];
  }

  void remember(int phase, Sprite sprite) {
    sprites[phase] = sprite;
  }
}

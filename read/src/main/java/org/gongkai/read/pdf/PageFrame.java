package org.gongkai.read.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page as a reader sees it: origin top left, y downwards, the page's /Rotate applied, in
 * points. Text and ruling lines are both mapped here, so that a landscape page (whether its media
 * box is wide or it carries /Rotate) is read in the orientation it is printed in.
 */
final class PageFrame {

  private final float llx;
  private final float lly;
  private final float w;
  private final float h;
  private final int rotation;

  PageFrame(float llx, float lly, float w, float h, int rotation) {
    this.llx = llx;
    this.lly = lly;
    this.w = w;
    this.h = h;
    this.rotation = ((rotation % 360) + 360) % 360;
  }

  static PageFrame of(PDPage page) {
    PDRectangle box = page.getCropBox();
    int r = page.getRotation();
    return new PageFrame(
        box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight(), r - r % 90);
  }

  /** The displayed x of a user-space point. */
  float x(float ux, float uy) {
    float x0 = ux - llx;
    float y0 = uy - lly;
    return switch (rotation) {
      case 90 -> y0;
      case 180 -> w - x0;
      case 270 -> h - y0;
      default -> x0;
    };
  }

  /** The displayed y (downwards) of a user-space point. */
  float y(float ux, float uy) {
    float x0 = ux - llx;
    float y0 = uy - lly;
    return switch (rotation) {
      case 90 -> x0;
      case 180 -> y0;
      case 270 -> w - x0;
      default -> h - y0;
    };
  }

  /** The displayed x component of a user-space vector. */
  float dx(float vx, float vy) {
    return switch (rotation) {
      case 90 -> vy;
      case 180 -> -vx;
      case 270 -> -vy;
      default -> vx;
    };
  }

  /** The displayed y component (downwards) of a user-space vector. */
  float dy(float vx, float vy) {
    return switch (rotation) {
      case 90 -> vx;
      case 180 -> vy;
      case 270 -> -vx;
      default -> -vy;
    };
  }

  float width() {
    return rotation == 90 || rotation == 270 ? h : w;
  }

  float height() {
    return rotation == 90 || rotation == 270 ? w : h;
  }

  int rotation() {
    return rotation;
  }
}

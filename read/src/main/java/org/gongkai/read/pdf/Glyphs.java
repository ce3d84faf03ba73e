package org.gongkai.read.pdf;

import java.util.Arrays;

/**
 * The glyphs of one page, column-wise in primitive arrays so that a page of tens of thousands of
 * glyphs costs a few arrays rather than an object each. Coordinates are in the {@link PageFrame}.
 * The box is derived from the font size, not from the font's bounding box: producers disagree
 * wildly on the latter (LibreOffice reports boxes half again as tall as the type), while the size
 * is what the type is set in.
 */
final class Glyphs {

  private static final int INITIAL = 1024;

  int size;
  float[] left = new float[INITIAL];
  float[] right = new float[INITIAL];
  float[] top = new float[INITIAL];
  float[] bottom = new float[INITIAL];
  float[] centreX = new float[INITIAL];
  float[] centreY = new float[INITIAL];
  float[] fontSize = new float[INITIAL];
  String[] text = new String[INITIAL];
  boolean[] upright = new boolean[INITIAL];

  int add(String t, float l, float r, float tp, float b, float cx, float cy, float fs, boolean up) {
    if (size == text.length) {
      grow();
    }
    int i = size++;
    text[i] = t;
    left[i] = l;
    right[i] = r;
    top[i] = tp;
    bottom[i] = b;
    centreX[i] = cx;
    centreY[i] = cy;
    fontSize[i] = fs;
    upright[i] = up;
    return i;
  }

  private void grow() {
    int n = text.length * 2;
    left = Arrays.copyOf(left, n);
    right = Arrays.copyOf(right, n);
    top = Arrays.copyOf(top, n);
    bottom = Arrays.copyOf(bottom, n);
    centreX = Arrays.copyOf(centreX, n);
    centreY = Arrays.copyOf(centreY, n);
    fontSize = Arrays.copyOf(fontSize, n);
    text = Arrays.copyOf(text, n);
    upright = Arrays.copyOf(upright, n);
  }

  void clear() {
    Arrays.fill(text, 0, size, null);
    size = 0;
  }
}

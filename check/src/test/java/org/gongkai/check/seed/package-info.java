/** Checks of real and bundled documents read by the text reader: the seed and the demo. */
package org.gongkai.check.seed;

/**
 * What all readers agree on across formats: {@link org.gongkai.read.format.FormatDetector} tells
 * the format from the bytes (magic numbers, package entries, markup), {@link
 * org.gongkai.read.format.WrappedText} joins wrapped lines the same way in every format. The
 * readers themselves are registered in {@link org.gongkai.read.LayoutReaders}.
 */
package org.gongkai.read.format;

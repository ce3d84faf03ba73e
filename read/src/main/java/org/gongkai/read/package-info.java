/**
 * Reading disclosures: the facade {@link org.gongkai.read.DisclosureReader} picks the reader for a
 * file's format and the layout profile that fits it, and returns the disclosure with what was
 * noticed while reading; {@link org.gongkai.read.ReadMessages} renders those notices in Chinese.
 */
package org.gongkai.read;

/**
 * Budget data in: the YAML/JSON form of a unit's budget (and the XLSX template), read with Jackson,
 * and its validation into a list of Chinese errors naming the field.
 */
package org.gongkai.write.input;

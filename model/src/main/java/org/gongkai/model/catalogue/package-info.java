/**
 * The official classification catalogue (政府收支分类科目): code values ({@link
 * org.gongkai.model.catalogue.FunctionCode} 类/款/项, {@link org.gongkai.model.catalogue.EconomicCode}
 * 类/款) whose parents are derived from the digits, and the lists of official names, versioned by
 * year. The lists shipped with Gongkai are partial (gathered from public documents), so a lookup
 * distinguishes a code the list does not know from a code a complete, user-imported list does not
 * contain: only the latter may be called wrong. User lists live in the data folder ({@link
 * org.gongkai.model.catalogue.CatalogueStore}) and override the shipped ones for their year.
 * Everything here is immutable and thread-safe once loaded.
 */
package org.gongkai.model.catalogue;

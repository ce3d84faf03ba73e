/**
 * The recogniser: knows budgets, not formats. It turns a {@link org.gongkai.read.layout.Layout} and
 * a {@link org.gongkai.model.profile.LayoutProfile} into a {@link org.gongkai.model.Disclosure}: it
 * finds the tables by title and header, maps header rows to column roles, places values the text
 * form lost the position of by the identities they must satisfy, and reads the cover, contents,
 * overview, narrative, performance sheets and glossary.
 */
package org.gongkai.read.recognize;

/**
 * Layout profiles: data (YAML resources) that tell the recogniser which tables a kind of document
 * has, the titles they go by, and what each column means. A new province's layout is a new profile
 * file, not new code.
 */
package org.gongkai.model.profile;

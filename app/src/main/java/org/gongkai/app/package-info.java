/**
 * The {@code gongkai} command line: one picocli subcommand per job (parse, check, rules, catalogue
 * …). It is the only place that knows every stage and wires them: read → check → report.
 */
package org.gongkai.app;

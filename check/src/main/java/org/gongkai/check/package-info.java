/**
 * The checker's public API and engine: {@link org.gongkai.check.Rule} and its metadata {@link
 * org.gongkai.check.RuleInfo}, the outcomes a rule reports for each thing it examines, {@link
 * org.gongkai.check.Finding} and {@link org.gongkai.check.Location}, the rounding-aware {@link
 * org.gongkai.check.Comparisons}, the {@link org.gongkai.check.Checker} that runs rules over a
 * disclosure, the user's {@link org.gongkai.check.CheckProfile} and the resulting {@link
 * org.gongkai.check.Report}. Rules live in sub-packages by family and see the disclosure only
 * through table kinds and column roles.
 */
package org.gongkai.check;

package org.gongkai.model.claim;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.model.Money;

/**
 * A part stated as a rate: "0.15 万元/月" over 12 months, "0.03 万元/人" for 2000 people.
 *
 * @param perUnit the money per unit as printed
 * @param per what the rate is per, as printed (月, 人, 年, 次 …)
 * @param count how many of {@code per} apply (12 months, 2000 people); exact
 * @param countSource how the count was found: the printed count ("2000 人"), or the period
 *     ("2024年1月-2024年12月"), or the convention of a year's budget ("12 个月")
 */
public record Rate(Money perUnit, String per, BigDecimal count, String countSource) {
  public Rate {
    Objects.requireNonNull(perUnit, "perUnit");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(count, "count");
    countSource = countSource == null ? "" : countSource;
  }
}

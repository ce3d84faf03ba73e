package org.gongkai.check.performance;

import java.util.List;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;

/**
 * A rate's target points the right way: a rate to keep low (故障率, 事故率, 差错率, 投诉率 …) is capped ({@code
 * <=}, or {@code =} zero), a rate to reach (合格率, 及时率, 完成率, 满意度 …) is a floor ({@code >=}) or {@code
 * =}, never {@code <=}.
 */
public final class RateTargetHasSensibleOperator extends IndicatorRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-008", RuleFamily.PERFORMANCE, Severity.WARNING).build();

  private static final List<String> LOW =
      List.of(
          "故障率", "事故率", "事故发生率", "差错率", "出错率", "失误率", "投诉率", "违规率", "损失率", "流失率", "空置率", "返工率",
          "发病率", "死亡率", "失败率", "不合格率", "误报率", "漏报率");
  private static final List<String> HIGH =
      List.of(
          "合格率", "及时率", "完成率", "满意度", "满意率", "达标率", "覆盖率", "准确率", "办结率", "保障率", "到位率", "知晓率", "执行率",
          "正确率", "成功率", "通过率", "完好率", "安全运行率", "使用率", "参与率");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, Sheets.Read r, Location where) {
    String name = TableView.compact(r.indicator().name());
    String op = r.indicator().operator();
    if (!r.hasNumber() || op.isEmpty()) {
      return false;
    }
    boolean low = LOW.stream().anyMatch(name::contains);
    boolean high = !low && HIGH.stream().anyMatch(name::contains);
    if (!low && !high) {
      return false;
    }
    boolean ok =
        low
            ? op.equals("<=")
                || op.equals("<")
                || (op.equals("=") && r.indicator().value().signum() == 0)
            : !op.equals("<=") && !op.equals("<");
    if (ok) {
      out.pass(where);
    } else {
      out.fail(
          Severity.WARNING, low ? "low" : "high", where, low ? "<=" : ">=", r.indicator().target());
    }
    return true;
  }
}

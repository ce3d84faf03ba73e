package org.gongkai.read.claim;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Money;
import org.gongkai.model.claim.ClaimOrigin;
import org.gongkai.model.claim.Direction;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.ReasonClaim;
import org.gongkai.model.claim.ShareClaim;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;

/**
 * Reads one paragraph's events into claims. A small state machine: a subject named in a clause is
 * what that clause's figures are about (else the subject named last); a direction word makes the
 * next figure a change, 占 a share, 其中 opens a breakdown, 主要原因是 starts reasons, 主要用于 a purpose whose
 * figures are not claims, 包括 a list of names. Work is linear in the paragraph's length.
 */
final class ParagraphParser {

  private enum Mode {
    NORMAL,
    REASON,
    PURPOSE,
    LIST
  }

  private final ClaimSink sink;
  private final Lexicon lexicon;
  private final SectionContext sc;
  private final SectionState ss;
  private final Line line;
  private final String t;
  private final List<Event> events;
  private final Sentences sentences;

  private Mode mode = Mode.NORMAL;
  private int clauseStart;
  private int markEnd;
  private Subject clauseSubject;
  private Subject changeSubject;
  private String pendingDirection;
  private String pendingBasis;
  private Measure pendingMeasure;
  private boolean pendingShare;
  private boolean pendingCompletion;
  private boolean pendingNotUsed;
  private Subject shareWhole;
  private ChangeDraft change;
  private String lastChangeKey;
  private FundScope paragraphScope;
  private final Map<String, Money> amounts = new HashMap<>();
  private final Map<String, Money> budgets = new HashMap<>();
  private final Map<String, Money> lastYear = new HashMap<>();
  private final Deque<BreakdownDraft> breakdowns = new ArrayDeque<>();
  private int reasonStart;
  private Subject reasonSubject;
  private Money reasonChange;
  private int semicolonEnd = -1;

  ParagraphParser(
      EventScanner scanner, ClaimSink sink, SectionContext sc, SectionState ss, Line line) {
    this.sink = sink;
    this.lexicon = scanner.lexicon();
    this.sc = sc;
    this.ss = ss;
    this.line = line;
    this.t = line.normal();
    this.events = scanner.scan(t);
    this.sentences = new Sentences(t);
    if (ss.open != null) {
      ss.open.addedThisParagraph = 0;
      paragraphScope = ss.open.subject.scope();
    }
  }

  /** Reads the paragraph; returns the number of sentences it had. */
  int run() {
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (mode == Mode.REASON && e.type() != Event.Type.STOP && !reasonEndsAt(e)) {
        continue;
      }
      dispatch(e, i);
    }
    endOfParagraph();
    return sentences.count();
  }

  private void dispatch(Event e, int i) {
    switch (e.type()) {
      case STOP -> onStop(e);
      case CLAUSE -> {
        if (mode == Mode.PURPOSE
            && (e.text().equals("：") || e.text().equals(":"))
            && figuresBeforeStop(e)) {
          mode = Mode.NORMAL;
        }
        endClause(e.end());
      }
      case LIST_SEPARATOR -> {}
      case NUMBER -> onNumber(e);
      case SUBJECT, CLASS -> onSubject(e);
      default -> {
        if (mode == Mode.NORMAL) {
          onKeyword(e, i);
        }
      }
    }
  }

  private void onKeyword(Event e, int i) {
    if (clauseSubject != null && subjectGapEnd < 0) {
      subjectGapEnd = e.start();
    }
    switch (e.type()) {
      case REASON -> startReason(e);
      case PURPOSE -> mode = Mode.PURPOSE;
      case INCLUDES -> onIncludes(e, i);
      case OF_WHICH -> openBreakdown(e);
      case SHARE -> {
        pendingShare = true;
        shareWhole = null;
      }
      case COMPLETION -> pendingCompletion = true;
      case BASIS -> {
        pendingBasis = e.text();
        changeSubject = clauseSubject != null ? clauseSubject : ss.current;
      }
      case DIRECTION -> onDirection(e);
      case MEASURE -> pendingMeasure = Measure.valueOf(e.text());
      case NIL -> onNil(e);
      case NOT_USED -> pendingNotUsed = true;
      default -> {}
    }
    markEnd = e.end();
  }

  // --- boundaries

  private void onStop(Event e) {
    endClause(e.end());
    char c = e.text().charAt(0);
    if (mode == Mode.REASON) {
      if (c == '；' || c == ';') {
        semicolonEnd = e.end();
        return;
      }
      endReason(e.start());
    }
    mode = Mode.NORMAL;
    flushChange();
    pendingBasis = null;
    if (c == '。' || c == '！' || c == '？') {
      for (BreakdownDraft b : breakdowns) {
        b.sentenceEnded = true;
      }
      if (ss.open != null) {
        ss.open.sentenceEnded = true;
      }
    }
  }

  private void endClause(int next) {
    Subject flat = pendingDirection != null && isFlat(pendingDirection) ? subjectForChange() : null;
    if (flat != null) {
      changeFor(flat, false).direction = pendingDirection;
    }
    clauseSubject = null;
    subjectEnd = -1;
    subjectGapEnd = -1;
    pendingDirection = null;
    pendingMeasure = null;
    pendingShare = false;
    pendingCompletion = false;
    pendingNotUsed = false;
    shareWhole = null;
    clauseStart = next;
    markEnd = next;
  }

  private void endOfParagraph() {
    endClause(t.length());
    if (mode == Mode.REASON) {
      endReason(t.length());
    }
    flushChange();
    while (!breakdowns.isEmpty()) {
      close(breakdowns.pop());
    }
    if (ss.open != null && ss.open.addedThisParagraph == 0 && !openedHere) {
      close(ss.open);
      ss.open = null;
    }
  }

  private boolean openedHere;

  /** Where the clause's subject ends, and where the first key word after it starts (-1: none). */
  private int subjectEnd = -1;

  private int subjectGapEnd = -1;

  // --- subjects

  private void onSubject(Event e) {
    if (mode != Mode.NORMAL) {
      return;
    }
    Subject s = resolve(e);
    if (pendingShare) {
      shareWhole = s;
      return;
    }
    if (pendingNotUsed) {
      notUsed(e, s);
      return;
    }
    if (clauseSubject != null && !connectedByZhong(e)) {
      return;
    }
    clauseSubject = s;
    ss.current = s;
    markEnd = e.end();
    subjectEnd = e.end();
    subjectGapEnd = -1;
  }

  /**
   * "财政拨款的机关运行经费", "基本支出中人员经费": a later subject is the head when 的 or 中 joins it to the earlier
   * one; side by side ("面向中小企业预留政府采购…") the first names the figure.
   */
  private boolean connectedByZhong(Event e) {
    String between = t.substring(Math.min(markEnd, e.start()), e.start());
    return switch (between) {
      case "中", "中的", "之中", "的", "安排的", "用于" -> true;
      default -> false;
    };
  }

  private Subject resolve(Event e) {
    if (e.type() == Event.Type.CLASS) {
      List<Event.MarkedName> names = e.names();
      Event.MarkedName last = names.get(names.size() - 1);
      List<String> path = names.subList(0, names.size() - 1).stream().map(n -> n.name()).toList();
      return new Subject(
          SubjectKind.FUNCTIONAL_CLASS,
          last.name(),
          "",
          last.level(),
          contextScope(SubjectKind.FUNCTIONAL_CLASS),
          path);
    }
    Lexicon.Entry en = e.entry();
    FundScope scope = en.scope() != null ? en.scope() : contextScope(en.kind());
    return new Subject(en.kind(), en.phrase(), en.code(), null, scope, List.of());
  }

  private FundScope contextScope(SubjectKind k) {
    boolean scoped =
        switch (k.group()) {
          case TOTALS, STRUCTURE, CLASSES -> true;
          default -> k == SubjectKind.PROJECTS;
        };
    if (!scoped) {
      return FundScope.ALL;
    }
    return paragraphScope != null ? paragraphScope : sc.scope();
  }

  // --- numbers

  private void onNumber(Event e) {
    if (mode != Mode.NORMAL) {
      return;
    }
    NumberToken n = e.number();
    switch (n.kind()) {
      case MONEY -> onMoney(e);
      case PERCENT -> onPercent(e);
      case COUNT -> onCount(e);
      case YEAR -> onYear(e);
      case PLAIN -> {}
      default -> markEnd = e.end();
    }
  }

  private void onMoney(Event e) {
    Money m = e.number().money();
    if (EITHER.equals(pendingDirection)) {
      pendingDirection = null;
      markEnd = e.end();
      return;
    }
    if (pendingDirection != null) {
      Subject s = subjectForChange();
      if (s != null) {
        ChangeDraft d = changeFor(s, true);
        d.amount = m;
        d.direction = pendingDirection;
        lastChangeKey = s.key();
        offerChangePart(s, d.signed());
      }
      pendingDirection = null;
      markEnd = e.end();
      return;
    }
    Subject s = clauseSubject == null ? null : modified(clauseSubject, e);
    if (s == null) {
      s = labelSubject(e);
      if (s != null) {
        ss.current = s;
      }
    }
    if (s == null) {
      s = ss.current;
    }
    if (s != null) {
      amount(e, s, m);
    }
    clauseSubject = null;
    pendingMeasure = null;
    markEnd = e.end();
  }

  /**
   * "一般公共预算拨款安排的会议费 933.50 万元": a subject followed by 的/安排的/中/用于 and a name the parser does not
   * know is the frame of the figure, not what it counts; the figure is that name's.
   */
  private Subject modified(Subject s, Event number) {
    int end = subjectGapEnd >= 0 ? subjectGapEnd : number.start();
    if (subjectEnd < 0 || subjectEnd >= end) {
      return s;
    }
    String gap = t.substring(subjectEnd, end);
    for (String joint : new String[] {"安排的", "用于", "中的", "之中", "中", "的"}) {
      if (gap.startsWith(joint)) {
        String label = Labels.of(gap.substring(joint.length()), sc.unitName());
        if (!label.isEmpty()) {
          SubjectKind k =
              sc.topic() == SectionContext.Topic.ASSETS ? SubjectKind.ASSET : SubjectKind.OTHER;
          return Subject.of(k, FundScope.ALL, label);
        }
      }
    }
    return s;
  }

  private void amount(Event e, Subject s, Money m) {
    if (sc.topic() == SectionContext.Topic.PERFORMANCE
        && s.kind().group() == SubjectKind.Group.FUNDS) {
      // In 预算绩效情况 a fund's figure counts the funds of the projects with targets, not the
      // fund's whole budget: the projects' figure in that fund's scope, stated only here.
      s = Subject.of(SubjectKind.PROJECTS, fundScope(s.kind()), "项目" + s.name());
    }
    Measure measure = pendingMeasure == null ? Measure.THIS_YEAR : pendingMeasure;
    lastChangeKey = null;
    boolean part = measure == Measure.THIS_YEAR && offerPart(s, m);
    if (!(part && s.kind() == SubjectKind.OTHER)) {
      sink.amount(origin(e.start()), s, m, measure, false);
    }
    if (measure == Measure.THIS_YEAR) {
      amounts.put(s.key(), m);
    } else if (measure == Measure.ORIGINAL_BUDGET) {
      budgets.put(s.key(), m);
    } else {
      lastYear.put(s.key(), m);
    }
  }

  /**
   * "2023年预算执行数为 X": last year's figure; "2024年预算安排 Y": this year's. Only a year followed by 预算,
   * 决算, 执行 or 实际 says which figure follows.
   */
  private void onYear(Event e) {
    int year = e.number().value().intValue();
    int own = sink.context().metadata().year();
    boolean figure = false;
    for (String w : new String[] {"预算", "决算", "执行", "实际", "当年预算", "当年决算", "度预算", "度决算"}) {
      figure |= t.startsWith(w, e.end());
    }
    if (!figure || own <= 0) {
      return;
    }
    if (year == own - 1) {
      pendingMeasure = Measure.LAST_YEAR;
    } else if (year == own) {
      pendingMeasure = null;
    }
  }

  /** The fund scope a fund source stands for. */
  private static FundScope fundScope(SubjectKind fund) {
    return switch (fund) {
      case FUND_GENERAL_PUBLIC, FUND_GENERAL_PUBLIC_TRANSFER -> FundScope.GENERAL_PUBLIC;
      case FUND_GOV_FUNDS, FUND_GOV_FUNDS_TRANSFER -> FundScope.GOV_FUNDS;
      case FUND_STATE_CAPITAL, FUND_STATE_CAPITAL_TRANSFER -> FundScope.STATE_CAPITAL;
      case FUND_FISCAL, CARRYOVER_FISCAL -> FundScope.FISCAL;
      case FUND_SPECIAL_ACCOUNT,
          FUND_UNIT,
          FUND_OPERATING_REVENUE,
          FUND_BUSINESS_REVENUE,
          FUND_SUBSIDY,
          FUND_AFFILIATE,
          FUND_OTHER_INCOME,
          CARRYOVER_NON_FISCAL,
          FUND_NON_FISCAL ->
          FundScope.NON_FISCAL;
      default -> FundScope.ALL;
    };
  }

  private void onPercent(Event e) {
    BigDecimal p = e.number().value();
    Subject current = clauseSubject != null ? clauseSubject : ss.current;
    if (pendingShare && current != null) {
      share(e, current, p);
    } else if (pendingCompletion && current != null) {
      sink.share(
          origin(e.start()),
          current,
          p,
          current,
          ShareClaim.Basis.OF_BUDGET,
          amounts.get(current.key()),
          budgets.get(current.key()));
    } else if (pendingDirection != null && !EITHER.equals(pendingDirection)) {
      Subject s = subjectForChange();
      if (s != null) {
        ChangeDraft d = changeFor(s, false);
        if (d.percent != null) {
          flushChange();
          d = changeFor(s, false);
        }
        d.percent = p;
        d.percentDirection = pendingDirection;
      }
    }
    pendingShare = false;
    pendingCompletion = false;
    pendingDirection = null;
    markEnd = e.end();
  }

  private void share(Event e, Subject s, BigDecimal p) {
    Subject whole = shareWhole;
    Money wholeStated = null;
    BreakdownDraft b = breakdownHolding(s);
    if (whole == null && b != null) {
      whole = b.subject;
      wholeStated = b.total;
    }
    if (whole == null) {
      whole = Wholes.of(s);
    }
    if (wholeStated == null) {
      wholeStated = sink.statedAmount(whole);
    }
    sink.share(
        origin(e.start()),
        s,
        p,
        whole,
        ShareClaim.Basis.OF_WHOLE,
        amounts.get(s.key()),
        wholeStated);
  }

  private void onCount(Event e) {
    NumberToken n = e.number();
    boolean perItem = n.word().equals("个") || n.word().equals("项");
    boolean projects = perItem && (t.startsWith("项目", e.end()) || labelEndsWithProjects(e));
    if (projects || (clauseSubject != null && clauseSubject.kind() == SubjectKind.PROJECTS)) {
      Subject s =
          projects
              ? Subject.of(SubjectKind.PROJECTS, contextScope(SubjectKind.PROJECTS), "项目")
              : clauseSubject;
      int after = t.startsWith("项目", e.end()) ? e.end() + 2 : e.end();
      sink.count(origin(e.start()), s, n.value(), n.word(), qualifier(after));
      ss.current = s;
    } else if (clauseSubject == null) {
      Subject label = labelSubject(e);
      if (label != null) {
        ss.current = label;
      }
    }
    markEnd = e.end();
  }

  /** "纳入绩效管理的项目共 25 个": the count's label names projects. */
  private boolean labelEndsWithProjects(Event e) {
    if (clauseSubject != null) {
      return false;
    }
    int from = Math.max(clauseStart, markEnd);
    String label = from < e.start() ? Labels.of(t.substring(from, e.start()), sc.unitName()) : "";
    return label.endsWith("项目");
  }

  private String qualifier(int from) {
    int to = from;
    while (to < t.length() && !NarrativeText.isClauseEnd(t.charAt(to)) && to - from < 20) {
      to++;
    }
    return t.substring(from, to);
  }

  private Subject labelSubject(Event e) {
    int from = Math.max(clauseStart, markEnd);
    if (from >= e.start()) {
      return null;
    }
    String label = Labels.of(t.substring(from, e.start()), sc.unitName());
    if (label.isEmpty()) {
      return null;
    }
    SubjectKind k =
        sc.topic() == SectionContext.Topic.ASSETS ? SubjectKind.ASSET : SubjectKind.OTHER;
    return Subject.of(k, FundScope.ALL, label);
  }

  // --- changes

  /** A direction written with its alternative ("增加（减少）"): the text does not say which. */
  private static final String EITHER = "?";

  private void onDirection(Event e) {
    char before = e.start() > 0 ? t.charAt(e.start() - 1) : ' ';
    if (pendingDirection != null && (before == '(' || before == '/' || before == '、')) {
      pendingDirection = EITHER;
      return;
    }
    pendingDirection = baseWord(e.text());
    if (changeSubject == null) {
      changeSubject = clauseSubject;
    }
  }

  private static String baseWord(String w) {
    String s = w.endsWith("为") ? w.substring(0, w.length() - 1) : w;
    s = s.endsWith("了") ? s.substring(0, s.length() - 1) : s;
    return s.replace("幅度", "");
  }

  private static boolean isFlat(String w) {
    return Direction.of(w).map(d -> d == Direction.FLAT).orElse(false);
  }

  private Subject subjectForChange() {
    if (clauseSubject != null) {
      return clauseSubject;
    }
    return changeSubject != null ? changeSubject : ss.current;
  }

  private ChangeDraft changeFor(Subject s, boolean forAmount) {
    if (change != null
        && (!change.subject.key().equals(s.key()) || (forAmount && change.amount != null))) {
      flushChange();
    }
    if (change == null) {
      change = new ChangeDraft(s, origin(markEnd), pendingBasis);
    } else if (change.basis.isEmpty() && pendingBasis != null) {
      change.basis = pendingBasis;
    }
    return change;
  }

  private void flushChange() {
    if (change != null) {
      String key = change.subject.key();
      sink.change(change.origin, change, amounts.get(key), lastYear.get(key));
      ss.lastChange.put(change.subject.key(), change);
      change = null;
    }
    changeSubject = null;
  }

  // --- breakdowns

  private void openBreakdown(Event e) {
    Subject s = clauseSubject != null ? clauseSubject : ss.current;
    if (s == null) {
      return;
    }
    boolean ofChanges = s.key().equals(lastChangeKey) && change != null && change.signed() != null;
    Money total = ofChanges ? change.signed() : amounts.get(s.key());
    if (total == null
        || (!breakdowns.isEmpty() && breakdowns.peek().subject.key().equals(s.key()))) {
      return;
    }
    boolean atEnd = restIsPunctuation(e.end());
    BreakdownDraft.Reach reach =
        atEnd ? BreakdownDraft.Reach.SECTION : BreakdownDraft.Reach.PARAGRAPH;
    BreakdownDraft b = new BreakdownDraft(s, total, ofChanges, origin(e.start()), reach);
    if (atEnd) {
      if (ss.open != null) {
        close(ss.open);
      }
      ss.open = b;
      openedHere = true;
    } else {
      breakdowns.push(b);
    }
    paragraphScope = s.scope();
  }

  private boolean restIsPunctuation(int from) {
    for (int i = from; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private BreakdownDraft top() {
    return !breakdowns.isEmpty() ? breakdowns.peek() : ss.open;
  }

  private boolean offerPart(Subject s, Money m) {
    BreakdownDraft b = top();
    return b != null && !b.ofChanges && b.offer(s, m, line.source());
  }

  private void offerChangePart(Subject s, Money signed) {
    BreakdownDraft b = top();
    if (b != null && b.ofChanges && signed != null) {
      b.offer(s, signed, line.source());
    }
  }

  private BreakdownDraft breakdownHolding(Subject s) {
    BreakdownDraft b = top();
    if (b == null) {
      return null;
    }
    boolean holds = b.parts.stream().anyMatch(p -> p.subject().key().equals(s.key()));
    return holds ? b : null;
  }

  private void close(BreakdownDraft b) {
    if (!b.parts.isEmpty()) {
      sink.breakdown(b.origin, b.subject, b.total, b.parts, b.ofChanges, List.of());
    }
  }

  // --- nil statements

  private void onNil(Event e) {
    Subject s = clauseSubject;
    if (s == null || e.start() - markEnd > 8) {
      return;
    }
    Money zero = new Money(BigDecimal.ZERO, sink.context().narrativeUnit());
    sink.amount(origin(e.start()), s, zero, Measure.THIS_YEAR, true);
    offerPart(s, zero);
    clauseSubject = null;
  }

  private void notUsed(Event e, Subject s) {
    pendingNotUsed = false;
    Subject spent =
        switch (s.kind()) {
          case FUND_GENERAL_PUBLIC -> expenditure(FundScope.GENERAL_PUBLIC);
          case FUND_GOV_FUNDS -> expenditure(FundScope.GOV_FUNDS);
          case FUND_STATE_CAPITAL -> expenditure(FundScope.STATE_CAPITAL);
          case THREE_PUBLIC_TOTAL -> s;
          default -> null;
        };
    if (spent != null) {
      Money zero = new Money(BigDecimal.ZERO, sink.context().narrativeUnit());
      sink.amount(origin(e.start()), spent, zero, Measure.THIS_YEAR, true);
    }
  }

  private static Subject expenditure(FundScope scope) {
    return Subject.of(SubjectKind.EXPENDITURE_TOTAL, scope, "支出");
  }

  // --- lists and reasons

  private void onIncludes(Event e, int i) {
    Subject s = clauseSubject != null ? clauseSubject : ss.current;
    int stop = stopAfter(i);
    boolean figures = false;
    for (int k = i + 1; k < events.size() && events.get(k).start() < stop; k++) {
      Event x = events.get(k);
      figures |= x.type() == Event.Type.NUMBER && x.number().kind() == NumberToken.Kind.MONEY;
    }
    if (s != null) {
      paragraphScope = s.scope();
    }
    if (figures || s == null || s.kind() == SubjectKind.OTHER || s.kind() == SubjectKind.ASSET) {
      return;
    }
    List<String> items =
        EnumerationItems.split(
            t.substring(e.end(), stop), x -> itemSubject(x).kind() != SubjectKind.OTHER);
    if (!items.isEmpty()) {
      List<Subject> subjects = items.stream().map(this::itemSubject).toList();
      sink.enumeration(origin(e.start()), s, items, subjects);
    }
    mode = Mode.LIST;
  }

  /** What one listed name is: a lexicon phrase or table name covering it whole, else OTHER. */
  private Subject itemSubject(String item) {
    String name = item.replace("(类)", "").replace("(款)", "").replace("(项)", "");
    Lexicon.Entry en = name.isEmpty() ? null : lexicon.longestAt(name, 0);
    if (en == null || en.phrase().length() != name.length()) {
      return Subject.of(SubjectKind.OTHER, FundScope.ALL, item);
    }
    FundScope scope = en.scope() != null ? en.scope() : contextScope(en.kind());
    return new Subject(en.kind(), en.phrase(), en.code(), null, scope, List.of());
  }

  /** True when a money figure follows before the sentence ends ("主要用于以下方面：A X 万元…"). */
  private boolean figuresBeforeStop(Event colon) {
    int i = events.indexOf(colon);
    for (int k = i + 1; k < events.size(); k++) {
      Event x = events.get(k);
      if (x.type() == Event.Type.STOP) {
        return false;
      }
      if (x.type() == Event.Type.NUMBER && x.number().kind() == NumberToken.Kind.MONEY) {
        return true;
      }
    }
    return false;
  }

  private int stopAfter(int i) {
    for (int k = i + 1; k < events.size(); k++) {
      if (events.get(k).type() == Event.Type.STOP) {
        return events.get(k).start();
      }
    }
    return t.length();
  }

  private void startReason(Event e) {
    Subject s =
        change != null ? change.subject : clauseSubject != null ? clauseSubject : ss.current;
    reasonSubject = s;
    ChangeDraft d = change;
    if (d == null && s != null) {
      d = ss.lastChange.get(s.key());
    }
    reasonChange = d == null ? null : d.signed();
    reasonStart = e.end();
    semicolonEnd = -1;
    mode = Mode.REASON;
  }

  /** After a semicolon, a known subject starting the next sentence ends the reasons. */
  private boolean reasonEndsAt(Event e) {
    boolean subject = e.type() == Event.Type.SUBJECT || e.type() == Event.Type.CLASS;
    if (subject && semicolonEnd >= 0 && e.start() == semicolonEnd) {
      endReason(semicolonEnd - 1);
      mode = Mode.NORMAL;
      flushChange();
      return true;
    }
    return false;
  }

  private void endReason(int end) {
    mode = Mode.NORMAL;
    if (reasonSubject == null || end <= reasonStart) {
      return;
    }
    String text = t.substring(reasonStart, end);
    List<ReasonClaim.Reason> reasons = Reasons.parse(text);
    if (reasons.stream().anyMatch(r -> r.amount() != null)) {
      sink.reasons(
          origin(reasonStart),
          reasonSubject,
          reasonChange,
          reasons,
          line.text().printed(reasonStart, end));
    }
    reasonSubject = null;
  }

  // --- origins

  private ClaimOrigin origin(int pos) {
    int k = sentences.indexAt(Math.min(pos, Math.max(t.length() - 1, 0)));
    String printed = line.text().printed(sentences.start(k), sentences.end(k));
    return new ClaimOrigin(printed, line.source(), sc.labels(), ss.sentences + k + 1);
  }
}

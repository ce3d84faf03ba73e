package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.claim.ClassLevel;

/**
 * Turns a paragraph's normalised text into events: boundaries, numbers, subject phrases, class
 * paths with their 类/款/项 markers, and the key words of the claim grammar. One left-to-right pass;
 * at each position the first of boundary, number, key word, class path, subject phrase that matches
 * is taken.
 */
final class EventScanner {

  private static final String[][] KEYWORDS = {
    {"REASON", "主要原因是", "主要原因为", "主要原因:", "主要原因：", "主要原因", "原因是", "原因为", "主要是由于", "主要是因为", "主要由于"},
    {"PURPOSE", "主要用于", "主要是用于", "具体用于", "重点用于"},
    {"INCLUDES", "主要包括", "具体包括", "包括", "分别是", "分别为"},
    {"OF_WHICH", "其中"},
    {"COMPLETION", "完成年初预算的", "完成预算的", "占年初预算的", "为年初预算的"},
    {"SHARE", "所占比重为", "占比为", "比重为", "占比", "占"},
    {"NIL", "未安排"},
    {"NOT_USED", "没有使用", "未使用"},
  };
  private static final String[][] MEASURES = {
    {"ORIGINAL_BUDGET", "年初预算数为", "年初预算为", "年初预算数", "年初预算"},
    {"THIS_YEAR", "支出决算数为", "支出决算为", "决算数为", "决算为", "决算数"},
    {"LAST_YEAR", "上年预算数为", "上年预算为", "上年预算数", "上年数为"},
  };
  static final String[] DIRECTIONS = {
    "增长幅度为", "增幅为", "降幅为", "减幅为", "增加了", "减少了", "增长了", "下降了", "无变化", "增加", "减少", "持平", "新增", "增长",
    "下降", "上升", "降低", "增幅", "降幅", "减幅", "核减", "压减"
  };
  private static final String[] BASIS_PREFIXES = {"对比", "与", "比", "较"};
  private static final String[] BASIS_YEARS = {"上一年度", "上一年", "上年度", "上年", "去年"};
  private static final String[] BASIS_FIGURES = {"预算执行数", "预算数", "预算", "决算数", "决算", "执行数", "同期"};
  private static final int MAX_CLASS_NAME = 40;

  private final Lexicon lexicon;

  EventScanner(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  List<Event> scan(String t) {
    NumberToken[] numbers = new NumberToken[t.length()];
    for (NumberToken n : Numbers.scan(t)) {
      numbers[n.start()] = n;
    }
    Event[] classes = new Event[t.length()];
    if (t.indexOf("(类)") >= 0 || t.indexOf("(款)") >= 0 || t.indexOf("(项)") >= 0) {
      for (Map.Entry<Integer, Event> c : classPaths(t).entrySet()) {
        classes[c.getKey()] = c.getValue();
      }
    }
    List<Event> out = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      Event e = at(t, i, numbers, classes);
      if (e == null) {
        i++;
      } else {
        out.add(e);
        i = Math.max(e.end(), i + 1);
      }
    }
    return out;
  }

  private Event at(String t, int i, NumberToken[] numbers, Event[] classes) {
    char c = t.charAt(i);
    if (NarrativeText.isStop(c)) {
      return Event.of(Event.Type.STOP, i, i + 1, String.valueOf(c));
    }
    if (c == '，' || c == ',' || c == '：' || c == ':') {
      return Event.of(Event.Type.CLAUSE, i, i + 1, String.valueOf(c));
    }
    if (c == '、') {
      return Event.of(Event.Type.LIST_SEPARATOR, i, i + 1, "、");
    }
    NumberToken n = numbers[i];
    if (n != null) {
      return new Event(Event.Type.NUMBER, i, n.end(), t.substring(i, n.end()), n, null, List.of());
    }
    Event e = keyword(t, i);
    if (e != null) {
      return e;
    }
    e = classes[i];
    if (e != null) {
      return e;
    }
    Lexicon.Entry entry = lexicon.longestAt(t, i);
    // 非财政拨款… is not 财政拨款: a phrase does not start right after the negation 非
    if (entry != null && !(i > 0 && t.charAt(i - 1) == '非')) {
      int end = i + entry.phrase().length();
      return new Event(Event.Type.SUBJECT, i, end, entry.phrase(), null, entry, List.of());
    }
    return null;
  }

  private static Event keyword(String t, int i) {
    char c = t.charAt(i);
    if (!KEYWORD_FIRST.get(c)) {
      return null;
    }
    if ("比较与对同".indexOf(c) >= 0) {
      int basis = basisEnd(t, i);
      if (basis > i) {
        return Event.of(Event.Type.BASIS, i, basis, t.substring(i, basis));
      }
    }
    List<String[]> candidates = KEYWORD_INDEX.get(c);
    if (candidates == null) {
      return null;
    }
    for (String[] k : candidates) {
      String word = k[1];
      if (t.startsWith(word, i) && !(word.equals("占") && occupies(t, i))) {
        Event.Type type = Event.Type.valueOf(k[0]);
        String text = type == Event.Type.MEASURE ? k[2] : word;
        return Event.of(type, i, i + word.length(), text);
      }
    }
    return null;
  }

  /** The first characters of key words and basis phrases, to skip most positions at once. */
  private static final java.util.BitSet KEYWORD_FIRST = keywordFirst();

  private static java.util.BitSet keywordFirst() {
    java.util.BitSet b = new java.util.BitSet(1 << 16);
    for (String s : new String[] {"比", "较", "与", "对", "同"}) {
      b.set(s.charAt(0));
    }
    for (String[] g : KEYWORDS) {
      for (int k = 1; k < g.length; k++) {
        b.set(g[k].charAt(0));
      }
    }
    for (String[] g : MEASURES) {
      for (int k = 1; k < g.length; k++) {
        b.set(g[k].charAt(0));
      }
    }
    for (String d : DIRECTIONS) {
      b.set(d.charAt(0));
    }
    return b;
  }

  /** Key words by first character, longest first: {type, word, measure}. */
  private static final Map<Character, List<String[]>> KEYWORD_INDEX = keywordIndex();

  private static Map<Character, List<String[]>> keywordIndex() {
    List<String[]> all = new ArrayList<>();
    for (String[] group : KEYWORDS) {
      for (int k = 1; k < group.length; k++) {
        all.add(new String[] {group[0], group[k], ""});
      }
    }
    for (String[] group : MEASURES) {
      for (int k = 1; k < group.length; k++) {
        all.add(new String[] {"MEASURE", group[k], group[0]});
      }
    }
    for (String d : DIRECTIONS) {
      all.add(new String[] {"DIRECTION", d, ""});
    }
    Map<Character, List<String[]>> index = new HashMap<>();
    for (String[] k : all) {
      index.computeIfAbsent(k[1].charAt(0), x -> new ArrayList<>()).add(k);
    }
    index.replaceAll(
        (ch, list) -> {
          List<String[]> sorted = new ArrayList<>(list);
          sorted.sort((a, b) -> Integer.compare(b[1].length(), a[1].length()));
          return List.copyOf(sorted);
        });
    return Map.copyOf(index);
  }

  /** 占用, 占地: 占 that is not a share. */
  private static boolean occupies(String t, int i) {
    return t.startsWith("占用", i) || t.startsWith("占地", i) || t.startsWith("占有", i);
  }

  /** The end of a basis phrase (比上年预算, 与2023年预算相比, 较上年, 同比) at i, or -1. */
  static int basisEnd(String t, int i) {
    if (t.startsWith("同比", i)) {
      return i + 2;
    }
    for (String p : BASIS_PREFIXES) {
      if (t.startsWith(p, i)) {
        int j = yearEnd(t, i + p.length());
        if (j < 0) {
          return -1;
        }
        j = skipAny(t, j, new String[] {"度"});
        j = skipAny(t, j, BASIS_FIGURES);
        return skipAny(t, j, new String[] {"相比较", "相比", "比较"});
      }
    }
    return -1;
  }

  private static int yearEnd(String t, int j) {
    for (String y : BASIS_YEARS) {
      if (t.startsWith(y, j)) {
        return j + y.length();
      }
    }
    int k = j;
    while (k < t.length() && k - j < 4 && Character.isDigit(t.charAt(k))) {
      k++;
    }
    if (k - j == 4 && t.startsWith("年", k)) {
      return k + 1;
    }
    return -1;
  }

  private static int skipAny(String t, int j, String[] words) {
    for (String w : words) {
      if (t.startsWith(w, j)) {
        return j + w.length();
      }
    }
    return j;
  }

  /** Class paths keyed by their start: names each followed by (类), (款) or (项). */
  static Map<Integer, Event> classPaths(String t) {
    Map<Integer, Event> out = new HashMap<>();
    List<Event.MarkedName> names = new ArrayList<>();
    int chainStart = -1;
    int prevEnd = -1;
    int m = nextMarker(t, 0);
    while (m >= 0) {
      boolean continues = prevEnd >= 0 && isName(t, prevEnd, m);
      if (!continues) {
        flush(t, out, names, chainStart, prevEnd);
        names = new ArrayList<>();
        chainStart = nameStart(t, m);
      }
      int from = continues ? prevEnd : chainStart;
      String name = t.substring(from, m);
      if (!name.isEmpty()) {
        names.add(new Event.MarkedName(name, ClassLevel.ofMarker(t.substring(m + 1, m + 2))));
      }
      prevEnd = m + 3;
      m = nextMarker(t, prevEnd);
    }
    flush(t, out, names, chainStart, prevEnd);
    return out;
  }

  private static void flush(
      String t, Map<Integer, Event> out, List<Event.MarkedName> names, int start, int end) {
    if (!names.isEmpty() && start >= 0) {
      Event.MarkedName last = names.get(names.size() - 1);
      if (last.level() == ClassLevel.CLASS
          && !last.name().endsWith("支出")
          && t.startsWith("支出", end)) {
        // "一般公共服务（类）支出 X 万元": the class is 一般公共服务支出
        names = new ArrayList<>(names);
        names.set(names.size() - 1, new Event.MarkedName(last.name() + "支出", last.level()));
        end += 2;
      }
      out.put(
          start,
          new Event(
              Event.Type.CLASS,
              start,
              end,
              t.substring(start, end),
              null,
              null,
              List.copyOf(names)));
    }
  }

  private static int nextMarker(String t, int from) {
    int best = -1;
    for (String mk : new String[] {"(类)", "(款)", "(项)"}) {
      int k = t.indexOf(mk, from);
      if (k >= 0 && (best < 0 || k < best)) {
        best = k;
      }
    }
    return best;
  }

  /** True when [from, to) is one class name: no boundary, no digit, not too long, not empty. */
  private static boolean isName(String t, int from, int to) {
    if (to <= from || to - from > MAX_CLASS_NAME) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (NarrativeText.isClauseEnd(c) || c == '、' || Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Walks back from a marker to where its name starts: a boundary, a digit or a list marker. */
  private static int nameStart(String t, int marker) {
    int k = marker;
    while (k > 0 && marker - k < MAX_CLASS_NAME) {
      char c = t.charAt(k - 1);
      if (NarrativeText.isClauseEnd(c)
          || c == '、'
          || Character.isDigit(c)
          || c == '.'
          || c == '．'
          || c == '-'
          || c == '—') {
        break;
      }
      k--;
    }
    for (String lead : new String[] {"年度", "年", ")", "其中", "即"}) {
      if (t.startsWith(lead, k) && k + lead.length() < marker) {
        k += lead.length();
      }
    }
    return k;
  }
}

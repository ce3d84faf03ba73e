package org.gongkai.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeParsingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "201        | 201     | CLASS",
        "20103      | 20103   | SECTION",
        "2010301    | 2010301 | ITEM",
        "201 03 01  | 2010301 | ITEM",
        "201 03     | 20103   | SECTION",
        "' 201  03  01 ' | 2010301 | ITEM",
        "'201\t03\t99' | 2010399 | ITEM",
        "'201\u300003' | 20103 | SECTION",
        "２０１０３０１ | 2010301 | ITEM",
      })
  void parsesFunctionCodes(String text, String digits, CodeLevel level) {
    FunctionCode c = FunctionCode.parse(text);
    assertThat(c.digits()).isEqualTo(digits);
    assertThat(c.level()).isEqualTo(level);
    assertThat(c.classification()).isEqualTo(Classification.FUNCTION);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''          | EMPTY",
        "'   '       | EMPTY",
        "20          | BAD_LENGTH",
        "2011        | BAD_LENGTH",
        "201030      | BAD_LENGTH",
        "20103011    | BAD_LENGTH",
        "2010 301    | BAD_GROUPS",
        "20 10301    | BAD_GROUPS",
        "201 0301    | BAD_GROUPS",
        "201 03 01 1 | BAD_GROUPS",
        "201-03-01   | NOT_DIGITS",
        "201a        | NOT_DIGITS",
        "一般公共服务  | NOT_DIGITS",
        "101         | WRONG_CLASSIFICATION",
        "30101       | WRONG_CLASSIFICATION",
      })
  void rejectsMalformedFunctionCodes(String text, InvalidCodeException.Reason reason) {
    assertThatThrownBy(() -> FunctionCode.parse(text))
        .isInstanceOfSatisfying(
            InvalidCodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.input()).isEqualTo(text);
            })
        .hasMessageContaining("functional classification code");
  }

  @Test
  void rejectsNullAsEmpty() {
    assertThatThrownBy(() -> FunctionCode.parse(null))
        .isInstanceOfSatisfying(
            InvalidCodeException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidCodeException.Reason.EMPTY));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "301    | 301   | CLASS   | DEPARTMENT_ECONOMIC",
        "30101  | 30101 | SECTION | DEPARTMENT_ECONOMIC",
        "301 01 | 30101 | SECTION | DEPARTMENT_ECONOMIC",
        "50201  | 50201 | SECTION | GOVERNMENT_ECONOMIC",
      })
  void parsesEconomicCodes(String text, String digits, CodeLevel level, Classification c) {
    EconomicCode code = EconomicCode.parse(text);
    assertThat(code.digits()).isEqualTo(digits);
    assertThat(code.level()).isEqualTo(level);
    assertThat(code.classification()).isEqualTo(c);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3010101 | BAD_LENGTH",
        "301 01 01 | BAD_GROUPS",
        "3011    | BAD_LENGTH",
        "20101   | WRONG_CLASSIFICATION",
        "40101   | WRONG_CLASSIFICATION",
        "30 101  | BAD_GROUPS",
      })
  void rejectsMalformedEconomicCodes(String text, InvalidCodeException.Reason reason) {
    assertThatThrownBy(() -> EconomicCode.parse(text))
        .isInstanceOfSatisfying(
            InvalidCodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void economicCodeOfTheOtherListIsRejectedWhenTheListIsGiven() {
    assertThat(EconomicCode.parse("50101", Classification.GOVERNMENT_ECONOMIC).digits())
        .isEqualTo("50101");
    assertThatThrownBy(() -> EconomicCode.parse("50101", Classification.DEPARTMENT_ECONOMIC))
        .isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void constructorRejectsWhatParseRejects() {
    assertThatThrownBy(() -> new FunctionCode("201 03")).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> new EconomicCode("2010301")).isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void parentIsDerivedFromTheDigits() {
    FunctionCode item = FunctionCode.parse("2041099");
    assertThat(item.parent()).contains(new FunctionCode("20410"));
    assertThat(item.parent().flatMap(FunctionCode::parent)).contains(new FunctionCode("204"));
    assertThat(new FunctionCode("204").parent()).isEmpty();
    assertThat(item.ancestors())
        .containsExactly(new FunctionCode("204"), new FunctionCode("20410"));
    assertThat(item.classCode()).isEqualTo(new FunctionCode("204"));
    assertThat(EconomicCode.parse("30299").parent()).contains(new EconomicCode("302"));
    assertThat(new EconomicCode("302").parent()).isEmpty();
  }

  @Test
  void spacedFormSplitsTheLevels() {
    assertThat(FunctionCode.parse("2010301").spaced()).isEqualTo("201 03 01");
    assertThat(FunctionCode.parse("201").spaced()).isEqualTo("201");
    assertThat(EconomicCode.parse("30101").spaced()).isEqualTo("301 01");
  }

  @ParameterizedTest
  @CsvSource({
    "2010301, FUNCTION",
    "30101, DEPARTMENT_ECONOMIC",
    "502, GOVERNMENT_ECONOMIC",
  })
  void anyCodeIsParsedByItsFirstDigit(String text, Classification c) {
    assertThat(ClassificationCode.parse(text).classification()).isEqualTo(c);
  }

  @Test
  void anyCodeRejectsFirstDigitsOfNoExpenditureClassification() {
    assertThatThrownBy(() -> ClassificationCode.parse("10101"))
        .isInstanceOfSatisfying(
            InvalidCodeException.class,
            e ->
                assertThat(e.reason()).isEqualTo(InvalidCodeException.Reason.WRONG_CLASSIFICATION));
    assertThatThrownBy(() -> ClassificationCode.parse("3010101"))
        .isInstanceOf(InvalidCodeException.class);
  }
}

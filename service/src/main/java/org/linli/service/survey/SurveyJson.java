package org.linli.service.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How survey definitions and answers are stored: compact JSON. */
final class SurveyJson {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              v ->
                  JsonInclude.Value.construct(
                      JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();
  private static final TypeReference<Map<String, Answer>> ANSWERS = new TypeReference<>() {};

  private SurveyJson() {}

  static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  static SurveyDefinition definition(String json) {
    return JSON.readValue(json, SurveyDefinition.class);
  }

  static Map<String, Answer> answers(String json) {
    return JSON.readValue(json, ANSWERS);
  }
}

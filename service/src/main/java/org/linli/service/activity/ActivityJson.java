package org.linli.service.activity;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How extra fields and their answers are stored: compact JSON. */
final class ActivityJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<ExtraField>> FIELDS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};

  private ActivityJson() {}

  static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  static List<ExtraField> fields(String json) {
    return json == null || json.isEmpty() ? List.of() : JSON.readValue(json, FIELDS);
  }

  static Map<String, String> answers(String json) {
    return json == null || json.isEmpty() ? Map.of() : JSON.readValue(json, ANSWERS);
  }
}

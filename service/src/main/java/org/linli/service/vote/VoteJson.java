package org.linli.service.vote;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How a vote's options, rules and result are stored: compact JSON. */
final class VoteJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<VoteOption>> OPTIONS = new TypeReference<>() {};

  private VoteJson() {}

  static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  static List<VoteOption> options(String json) {
    return JSON.readValue(json, OPTIONS);
  }

  static RuleProfile rules(String json) {
    return JSON.readValue(json, RuleProfile.class);
  }

  static VoteResult result(String json) {
    return json == null ? null : JSON.readValue(json, VoteResult.class);
  }
}

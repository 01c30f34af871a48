package org.linli.service.activity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linli.service.common.Hashing;

/**
 * A sign-up request.
 *
 * @param seats seats for the resident and family
 * @param extra answers to the extra fields
 * @param acceptedTemplateIds subscribe message templates the user just accepted
 */
public record SignupCommand(
    int seats, Map<String, String> extra, List<String> acceptedTemplateIds) {

  public SignupCommand {
    extra = extra == null ? Map.of() : Map.copyOf(extra);
    acceptedTemplateIds =
        acceptedTemplateIds == null ? List.of() : List.copyOf(acceptedTemplateIds);
  }

  /** A digest of the request, to tell a retry from a different request under the same key. */
  String fingerprint() {
    // Length-prefixed, so no value can pass for another key or field.
    StringBuilder sb = new StringBuilder().append(seats).append('\n');
    new TreeMap<>(extra)
        .forEach(
            (k, v) ->
                sb.append(k.length())
                    .append(':')
                    .append(k)
                    .append(v == null ? -1 : v.length())
                    .append(':')
                    .append(v == null ? "" : v)
                    .append('\n'));
    acceptedTemplateIds.stream()
        .sorted()
        .forEach(t -> sb.append('t').append(t.length()).append(':').append(t).append('\n'));
    return Hashing.sha256Hex(sb.toString());
  }
}

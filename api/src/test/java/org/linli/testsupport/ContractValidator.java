package org.linli.testsupport;

import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * Validates real request/response pairs against the mini program contract ({@code
 * openapi/linli-api.yaml} from the miniapp-contract jar), errors included.
 */
public final class ContractValidator {

  private static final OpenApiInteractionValidator VALIDATOR = create();

  private ContractValidator() {}

  private static OpenApiInteractionValidator create() {
    URL spec = ContractValidator.class.getClassLoader().getResource("openapi/linli-api.yaml");
    if (spec == null) {
      throw new IllegalStateException("contract openapi/linli-api.yaml not on the classpath");
    }
    return OpenApiInteractionValidator.createForSpecificationUrl(spec.toString()).build();
  }

  /**
   * Fails the test when the response does not match the contract for the operation. Request
   * problems are not checked here, since tests send invalid requests on purpose.
   */
  public static void assertResponseMatches(
      String method,
      String path,
      Map<String, List<String>> requestHeaders,
      String requestBody,
      int status,
      Map<String, List<String>> responseHeaders,
      String responseBody) {
    String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(Request.Method.valueOf(method), pathOnly);
    if (path.contains("?")) {
      for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        request.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    requestHeaders.forEach(request::withHeader);
    if (requestBody != null) {
      request.withBody(requestBody);
    }
    SimpleResponse.Builder response = new SimpleResponse.Builder(status);
    responseHeaders.forEach(
        (name, values) -> {
          if (name != null) {
            response.withHeader(name, values);
          }
        });
    if (responseBody != null && !responseBody.isEmpty()) {
      response.withBody(responseBody);
    }
    ValidationReport report =
        VALIDATOR.validateResponse(pathOnly, Request.Method.valueOf(method), response.build());
    if (report.hasErrors()) {
      fail(
          "Response of %s %s (%d) breaks the contract:%n%s%nbody: %s",
          method, path, status, report.getMessages(), responseBody);
    }
  }
}

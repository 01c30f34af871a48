package org.linli.api.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors raised outside Spring MVC (by the servlet container or a filter) as problems too,
 * instead of Boot's default error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

  private final Problems problems;

  ProblemErrorController(Problems problems) {
    this.problems = problems;
  }

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<Object> error(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer i ? i : 500;
    if (code < 400) {
      code = 500;
    }
    return problems.response(problems.of(ProblemAdvice.byStatus(code)), null);
  }
}

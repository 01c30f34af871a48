/** Surveys (问卷调研): definitions, answers (答卷), anonymity and results. */
package org.linli.service.survey;

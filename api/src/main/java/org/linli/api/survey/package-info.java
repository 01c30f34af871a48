/** Surveys (问卷调研): building, answering and results. */
package org.linli.api.survey;

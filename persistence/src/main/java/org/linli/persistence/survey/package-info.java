/** Surveys (问卷调研): versions, participation, responses and drafts. */
package org.linli.persistence.survey;

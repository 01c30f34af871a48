package org.linli.service.survey;

/**
 * An option of a choice, matrix or ranking question.
 *
 * @param id stable id within the question (e.g. "a")
 * @param label text shown
 * @param other whether choosing it asks for "please specify" text
 */
public record ChoiceOption(String id, String label, boolean other) {}

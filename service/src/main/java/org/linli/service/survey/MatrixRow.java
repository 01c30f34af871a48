package org.linli.service.survey;

/** A row of a matrix question. */
public record MatrixRow(String id, String label) {}

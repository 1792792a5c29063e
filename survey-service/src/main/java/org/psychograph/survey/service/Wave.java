package org.psychograph.survey.service;

import java.time.LocalDate;

/** A survey's place in its tracker: its label, when it was fielded, and its 1-based number in the tracker's order. */
public record Wave(String label, LocalDate fieldedFrom, LocalDate fieldedTo, int number) {}

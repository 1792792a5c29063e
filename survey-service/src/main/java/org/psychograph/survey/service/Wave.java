package org.psychograph.survey.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A survey's place in its tracker: the tracker (the first wave's survey id, which never changes), its label, when it
 * was fielded, and its 1-based number in the tracker's order.
 */
public record Wave(UUID trackerId, String label, LocalDate fieldedFrom, LocalDate fieldedTo, int number) {}

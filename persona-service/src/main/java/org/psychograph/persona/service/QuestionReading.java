package org.psychograph.persona.service;

import org.psychograph.persona.generation.Meanings;

/** How a basis question of a run is read: its code and text, and the meaning (and who decided it). */
public record QuestionReading(String questionCode, String questionText, Meanings.Reading reading) {}

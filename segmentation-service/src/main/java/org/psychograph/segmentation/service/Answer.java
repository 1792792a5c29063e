package org.psychograph.segmentation.service;

/** A new respondent's answer to one basis question; null when left out. */
public record Answer(String questionCode, Double value) {}

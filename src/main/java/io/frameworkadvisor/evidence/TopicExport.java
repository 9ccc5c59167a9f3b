package io.frameworkadvisor.evidence;

import java.util.List;

import io.frameworkadvisor.matrix.MatrixFile;
import io.frameworkadvisor.matrix.TopicFile;

/**
 * A whole topic in one JSON document: the three seed formats side by side (see
 * {@code db/seed/README.md}). Imports into an install that does not have the topic yet.
 *
 * @param format always {@link #FORMAT}, so that another JSON file is recognised as such
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param topic the topic, candidates, criteria and metrics ({@code topic.json})
 * @param sources every source with its datasets and claims ({@code sources/*.json})
 * @param matrix derivation links, draft scores with evidence, questions, options, weights
 * and must-haves ({@code matrix.json})
 */
public record TopicExport(String format, Integer formatVersion, TopicFile topic, List<SourceFile> sources,
		MatrixFile matrix) {

	public static final String FORMAT = "framework-advisor-topic";

	public static final int FORMAT_VERSION = 1;

}

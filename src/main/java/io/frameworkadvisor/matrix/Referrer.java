package io.frameworkadvisor.matrix;

import java.util.List;

/**
 * Records that refer to something an editor wants to delete: what kind they are, how
 * many, and their readable names (dataset slugs, candidate keys, version numbers, ...).
 *
 * @param kind one of measurements, claims, stacks, scores, weights, mustHaves, links,
 * versions
 */
public record Referrer(String kind, int count, List<String> names) {

}

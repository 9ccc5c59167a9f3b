package io.frameworkadvisor.evidence.seed;

import java.math.BigDecimal;

/**
 * A stored figure in the terms of a seed article: values as plain decimal strings so that
 * "3.2" and "3.20" are equal and a failing assertion prints readably.
 */
record SeedFigure(String candidate, String metric, String statistic, String value, String valueMax, String unit) {

	static SeedFigure of(String candidate, String metric, String statistic, String value, String valueMax,
			String unit) {
		return new SeedFigure(candidate, metric, statistic, plain(value), plain(valueMax), unit);
	}

	private static String plain(String number) {
		return (number != null) ? new BigDecimal(number).stripTrailingZeros().toPlainString() : null;
	}

}

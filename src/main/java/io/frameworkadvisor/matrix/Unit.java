package io.frameworkadvisor.matrix;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;

/**
 * The units a figure may be printed in. Values are kept as printed; comparisons convert
 * to the metric's unit, which must measure the same dimension.
 */
public enum Unit {

	MS("ms", Dimension.TIME, BigDecimal.ONE), S("s", Dimension.TIME, BigDecimal.valueOf(1000)),
	MB("MB", Dimension.MEMORY, BigDecimal.ONE), GB("GB", Dimension.MEMORY, BigDecimal.valueOf(1024)),
	REQUESTS_PER_SECOND("req/s", Dimension.RATE, BigDecimal.ONE);

	private enum Dimension {

		TIME, MEMORY, RATE

	}

	private final String symbol;

	private final Dimension dimension;

	/** Size of this unit in the base unit of its dimension (ms, MB, req/s). */
	private final BigDecimal factor;

	Unit(String symbol, Dimension dimension, BigDecimal factor) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.factor = factor;
	}

	public String symbol() {
		return this.symbol;
	}

	public boolean convertsTo(Unit other) {
		return this.dimension == other.dimension;
	}

	/** Expresses {@code value} (in this unit) in {@code target}. */
	public double convert(BigDecimal value, Unit target) {
		if (!convertsTo(target)) {
			throw new IllegalArgumentException(this.symbol + " does not convert to " + target.symbol);
		}
		return value.multiply(this.factor).doubleValue() / target.factor.doubleValue();
	}

	/**
	 * Expresses a printed figure in {@code target}; a range ({@code valueMax} not null)
	 * counts as its midpoint.
	 */
	public double convert(BigDecimal value, BigDecimal valueMax, Unit target) {
		BigDecimal central = (valueMax != null) ? value.add(valueMax).divide(BigDecimal.valueOf(2)) : value;
		return convert(central, target);
	}

	public static Optional<Unit> fromSymbol(String symbol) {
		for (Unit unit : values()) {
			if (unit.symbol.equals(symbol)) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.symbol;
	}

	@jakarta.persistence.Converter
	public static class Converter implements AttributeConverter<Unit, String> {

		@Override
		public String convertToDatabaseColumn(Unit unit) {
			return (unit != null) ? unit.symbol : null;
		}

		@Override
		public Unit convertToEntityAttribute(String symbol) {
			return (symbol != null) ? fromSymbol(symbol).orElseThrow() : null;
		}

	}

}

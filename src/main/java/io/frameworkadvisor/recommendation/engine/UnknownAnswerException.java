package io.frameworkadvisor.recommendation.engine;

/** An answer names a question or an option that the matrix version does not have. */
public class UnknownAnswerException extends RuntimeException {

	private final String question;

	private final String option;

	private UnknownAnswerException(String message, String question, String option) {
		super(message);
		this.question = question;
		this.option = option;
	}

	static UnknownAnswerException question(String question) {
		return new UnknownAnswerException("Unknown question '" + question + "'", question, null);
	}

	static UnknownAnswerException option(String question, String option) {
		return new UnknownAnswerException("Unknown option '" + option + "' for question '" + question + "'", question,
				option);
	}

	public String question() {
		return this.question;
	}

	/** The unknown option, or null when the question itself is unknown. */
	public String option() {
		return this.option;
	}

}

package io.frameworkadvisor.admin.matrix;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A question: key (on creation only), label, help, position. */
record QuestionForm(
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "[a-z0-9][a-z0-9_]{0,62}",
				message = "{admin.matrix.error.identifier}") String key,
		@NotBlank(message = "{admin.matrix.error.required}") @Size(max = 300,
				message = "{admin.matrix.error.tooLong}") String label,
		@Size(max = 2000, message = "{admin.matrix.error.tooLong}") String help,
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "\\s*\\d{1,4}\\s*",
				message = "{admin.matrix.error.position}") String position,
		Long version) {

	static QuestionForm empty(int position) {
		return new QuestionForm("", "", "", String.valueOf(position), null);
	}

	QuestionForm withVersion(long version) {
		return new QuestionForm(this.key, this.label, this.help, this.position, version);
	}

	String helpOrEmpty() {
		return (this.help != null) ? this.help : "";
	}

	/** Call once validation passed. */
	int positionNumber() {
		return Integer.parseInt(this.position.strip());
	}

}

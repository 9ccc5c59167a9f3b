package io.frameworkadvisor.admin.matrix;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A candidate or criterion: key (on creation only), name, description, position. A
 * candidate name may be at most 100 characters (checked by the controller).
 */
record PartForm(
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "[a-z0-9][a-z0-9_]{0,62}",
				message = "{admin.matrix.error.identifier}") String key,
		@NotBlank(message = "{admin.matrix.error.required}") @Size(max = 200,
				message = "{admin.matrix.error.tooLong}") String name,
		@Size(max = 5000, message = "{admin.matrix.error.tooLong}") String description,
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "\\s*\\d{1,4}\\s*",
				message = "{admin.matrix.error.position}") String position,
		Long version) {

	static PartForm empty(int position) {
		return new PartForm("", "", "", String.valueOf(position), null);
	}

	PartForm withVersion(long version) {
		return new PartForm(this.key, this.name, this.description, this.position, version);
	}

	String descriptionOrEmpty() {
		return (this.description != null) ? this.description : "";
	}

	/** Call once validation passed. */
	int positionNumber() {
		return Integer.parseInt(this.position.strip());
	}

}

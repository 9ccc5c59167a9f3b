package io.frameworkadvisor.admin.matrix;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new topic, or a topic's name and description (its key never changes). */
record TopicForm(
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,118}",
				message = "{admin.matrix.error.slug}") String key,
		@NotBlank(message = "{admin.matrix.error.required}") @Size(max = 200,
				message = "{admin.matrix.error.tooLong}") String name,
		@Size(max = 5000, message = "{admin.matrix.error.tooLong}") String description, Long version) {

	static TopicForm empty() {
		return new TopicForm("", "", "", null);
	}

	TopicForm withVersion(long version) {
		return new TopicForm(this.key, this.name, this.description, version);
	}

	String descriptionOrEmpty() {
		return (this.description != null) ? this.description : "";
	}

}

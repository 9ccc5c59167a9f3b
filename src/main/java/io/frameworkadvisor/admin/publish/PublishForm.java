package io.frameworkadvisor.admin.publish;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Publishing the draft: the note that says what changed, and the version the editor's
 * diff was made against, so that a version published by someone else in the meantime is
 * never published over unseen.
 */
record PublishForm(@NotBlank @Size(max = 2000) String note, @NotNull @PositiveOrZero Integer basedOn) {

	static PublishForm basedOn(int version) {
		return new PublishForm("", version);
	}

}

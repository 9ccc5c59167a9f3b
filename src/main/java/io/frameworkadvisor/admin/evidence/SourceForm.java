package io.frameworkadvisor.admin.evidence;

import java.time.LocalDate;

import io.frameworkadvisor.evidence.Source;
import io.frameworkadvisor.evidence.Source.SourceDetails;
import io.frameworkadvisor.evidence.SourceEditor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The source form. {@code key} is entered only when creating (it never changes);
 * {@code version} is the stored version the editor started from.
 */
record SourceForm(@Pattern(regexp = "([a-z0-9][a-z0-9-]{0,118})?", message = "{evidence.form.slug}") String key,
		@NotBlank(message = "{evidence.form.required}") @Size(max = 300,
				message = "{evidence.form.tooLong}") String title,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String titleNote,
		@Size(max = 300, message = "{evidence.form.tooLong}") String publisher,
		@Size(max = 300, message = "{evidence.form.tooLong}") String author,
		@Pattern(regexp = "(https?://\\S+)?", message = "{evidence.form.url}") String url,
		@Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?", message = "{evidence.form.date}") String publishedOn,
		@Size(max = 20000, message = "{evidence.form.tooLong}") String notes, Long version) {

	static SourceForm empty() {
		return new SourceForm("", "", "", "", "", "", "", "", 0L);
	}

	static SourceForm of(Source source) {
		var fields = SourceEditor.fields(source);
		return new SourceForm(source.getKey(), fields.get("title"), fields.get("titleNote"), fields.get("publisher"),
				fields.get("author"), fields.get("url"), fields.get("publishedOn"), fields.get("notes"),
				source.getVersion());
	}

	/** The details; the date is checked by the pattern, the calendar by the caller. */
	SourceDetails toDetails() {
		return new SourceDetails(this.title.strip(), blankToNull(this.titleNote), blankToNull(this.publisher),
				blankToNull(this.author), blankToNull(this.url),
				(blankToNull(this.publishedOn) != null) ? LocalDate.parse(this.publishedOn) : null, null,
				(this.notes != null) ? this.notes.strip() : "");
	}

	/** The fields as text, named like the stored ones of a conflict. */
	java.util.Map<String, String> fields() {
		return Conflicts.fields("title", this.title, "titleNote", this.titleNote, "publisher", this.publisher, "author",
				this.author, "url", this.url, "publishedOn", this.publishedOn, "notes", this.notes);
	}

	SourceForm withVersion(long storedVersion) {
		return new SourceForm(this.key, this.title, this.titleNote, this.publisher, this.author, this.url,
				this.publishedOn, this.notes, storedVersion);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

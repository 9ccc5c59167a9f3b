package io.frameworkadvisor.admin.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

import io.frameworkadvisor.evidence.Dataset;
import io.frameworkadvisor.evidence.Dataset.Methodology;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The dataset form: its methodology and the stack per candidate ({@code stacks[key]}).
 * {@code slug} is entered only when creating.
 */
record DatasetForm(@Pattern(regexp = "([a-z0-9][a-z0-9-]{0,118})?", message = "{evidence.form.slug}") String slug,
		@NotBlank(message = "{evidence.form.required}") @Size(max = 300,
				message = "{evidence.form.tooLong}") String title,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String hardware,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String os,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String runtime,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String loadTool,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String loadProfile,
		@Pattern(regexp = "\\s*([1-9]\\d{0,8})?\\s*", message = "{evidence.form.positive}") String connections,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String duration,
		@Size(max = 2000, message = "{evidence.form.tooLong}") String database,
		@NotBlank(message = "{evidence.form.required}") @Size(max = 20000,
				message = "{evidence.form.tooLong}") String methodology,
		@Size(max = 20000, message = "{evidence.form.tooLong}") String caveats,
		Map<String, @Size(max = 300, message = "{evidence.form.tooLong}") String> stacks, Long version) {

	static DatasetForm empty() {
		return new DatasetForm("", "", "", "", "", "", "", "", "", "", "", "", new LinkedHashMap<>(), 0L);
	}

	/**
	 * @param stacks the stored stack per candidate key
	 */
	static DatasetForm of(Dataset dataset, Map<String, String> stacks) {
		return new DatasetForm(dataset.getSlug(), dataset.getTitle(), dataset.getHardware(), dataset.getOs(),
				dataset.getRuntime(), dataset.getLoadTool(), dataset.getLoadProfile(),
				(dataset.getConnections() != null) ? dataset.getConnections().toString() : "", dataset.getDuration(),
				dataset.getDatabase(), dataset.getMethodology(), dataset.getCaveats(), stacks, dataset.getVersion());
	}

	Methodology toMethodology() {
		return new Methodology(this.title.strip(), SourceForm.blankToNull(this.hardware),
				SourceForm.blankToNull(this.os), SourceForm.blankToNull(this.runtime),
				SourceForm.blankToNull(this.loadTool), SourceForm.blankToNull(this.loadProfile),
				(SourceForm.blankToNull(this.connections) != null) ? Integer.valueOf(this.connections.strip()) : null,
				SourceForm.blankToNull(this.duration), SourceForm.blankToNull(this.database), this.methodology.strip(),
				(this.caveats != null) ? this.caveats.strip() : "");
	}

	Map<String, String> stacksOrEmpty() {
		return (this.stacks != null) ? this.stacks : Map.of();
	}

	/** The fields as text, named like the stored ones of a conflict. */
	Map<String, String> fields() {
		Map<String, String> fields = Conflicts.fields("title", this.title, "hardware", this.hardware, "os", this.os,
				"runtime", this.runtime, "loadTool", this.loadTool, "loadProfile", this.loadProfile, "connections",
				this.connections, "duration", this.duration, "database", this.database, "methodology", this.methodology,
				"caveats", this.caveats);
		stacksOrEmpty().forEach((candidate, stack) -> fields.put("stacks[" + candidate + "]", stack.strip()));
		return fields;
	}

	DatasetForm withVersion(long storedVersion) {
		return new DatasetForm(this.slug, this.title, this.hardware, this.os, this.runtime, this.loadTool,
				this.loadProfile, this.connections, this.duration, this.database, this.methodology, this.caveats,
				this.stacks, storedVersion);
	}

}
